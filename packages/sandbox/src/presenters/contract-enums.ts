// Contract enums at the database boundary. Some columns and stored JSON hold an enum as a plain string;
// a presenter narrows it once here, against a member table the compiler checks against the contract
// (a `Record` over the enum: adding or removing a member in the contract breaks the table), and an
// unknown stored value is a server fault, not a wrong answer sent on.
import type { components } from '@eoffice/sdk';

export type Schemas = components['schemas'];

/** A contract enum's members, as the keys of a record the compiler checks for completeness. */
export type Members<T extends string> = Readonly<Record<T, true>>;

function isMember<T extends string>(value: string, members: Members<T>): value is T {
  return Object.hasOwn(members, value);
}

/** `value` as a member of the enum `members` lists; throws when the stored value is not one. */
export function asEnum<T extends string>(value: string, members: Members<T>, what: string): T {
  if (isMember(value, members)) return value;
  throw new Error(`stored ${what} ${JSON.stringify(value)} is not one the contract knows`);
}

export const FILE_STATUSES: Members<Schemas['FileStatus']> = {
  created: true,
  in_movement: true,
  parked: true,
  closed: true,
};

export const RECEIPT_STATUSES: Members<Schemas['ReceiptStatus']> = {
  diarised: true,
  sent: true,
  put_in_file: true,
  closed: true,
};

export const UNIT_KINDS: Members<Schemas['UnitKind']> = { department: true, office: true, section: true };

export const MOVEMENT_ACTIONS: Members<Schemas['MovementAction']> = {
  create: true,
  send: true,
  receive: true,
  return: true,
  pull_back: true,
  park: true,
  activate: true,
  close: true,
  reopen: true,
  put_in_file: true,
  copy: true,
  issue: true,
};

export const PRIORITIES: Members<Schemas['Priority']> = {
  normal: true,
  immediate: true,
  most_immediate: true,
};

export const ROLES: Members<Schemas['Role']> = {
  officer: true,
  cru_operator: true,
  report_viewer: true,
  dsc_admin: true,
  admin: true,
};

export const SCOPES: Members<Schemas['Scope']> = {
  'directory:read': true,
  'receipts:read': true,
  'receipts:write': true,
  'files:read': true,
  'files:write': true,
  'notes:write': true,
  'drafts:write': true,
  'attachments:read': true,
  'attachments:write': true,
  'signatures:write': true,
  'reports:read': true,
  'events:read': true,
  'clients:admin': true,
};

export const KEY_USAGES: Members<Schemas['Certificate']['keyUsage'][number]> = {
  digitalSignature: true,
  nonRepudiation: true,
  keyEncipherment: true,
  dataEncipherment: true,
  keyAgreement: true,
  keyCertSign: true,
  cRLSign: true,
  encipherOnly: true,
  decipherOnly: true,
};

export const CANON_VERSIONS: Members<Schemas['Signature']['canonVersion']> = { 'eoffice-canon/1': true };
