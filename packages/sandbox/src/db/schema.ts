// Typed view of the SQLite tables for Kysely. Resources keep the columns rules and queries need as
// columns, and the rest of their representation as JSON in `data`.
import type { Generated } from 'kysely';

export interface UnitTable {
  id: string;
  kind: string;
  parent_id: string | null;
  code: string;
  name_en: string;
  name_hi: string;
  active: number;
}

export interface PostTable {
  id: string;
  unit_id: string;
  designation_en: string;
  designation_hi: string;
  marking: string;
  roles: string; // JSON array
  active: number;
}

export interface UserTable {
  id: string;
  username: string;
  name_en: string;
  name_hi: string;
  email: string | null;
  password_hash: string | null;
  active: number;
  kind: 'user' | 'service';
}

export interface UserPostTable {
  user_id: string;
  post_id: string;
  position: number;
}

export interface ServiceClientTable {
  id: string;
  name_en: string;
  name_hi: string;
  secret_hash: string;
  scopes: string; // JSON array
  service_user_id: string;
  service_post_id: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  client_id: string | null;
  scope: string;
  created_at: string;
  revoked_at: string | null;
}

export interface RefreshTokenTable {
  token_hash: string;
  session_id: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: string;
}

export interface IdempotencyTable {
  principal: string;
  operation_id: string;
  idempotency_key: string;
  request_hash: string;
  state: 'running' | 'done';
  status: number | null;
  body: string | null;
  headers: string | null;
  created_at: string;
}

export interface CounterTable {
  name: string;
  value: number;
}

export interface ItemTable {
  id: string;
  version: number;
  holder_post_id: string | null;
  section_id: string;
  creator_user_id: string;
  status: string;
  number: string;
  tracking_code: string;
  data: string; // JSON
  created_at: string;
  updated_at: string;
}

export interface MovementTable {
  id: string;
  seq: Generated<number>;
  item_type: 'file' | 'receipt';
  item_id: string;
  action: string;
  kind: 'main' | 'copy' | 'none';
  from_post_id: string | null;
  to_post_id: string | null;
  actor_user_id: string;
  remarks: string | null;
  sent_at: string;
  read_at: string | null;
  pulled_back_at: string | null;
  data: string; // JSON: priority, dueDate, names at the time
}

export interface NoteTable {
  id: string;
  file_id: string;
  version: number;
  status: 'yellow' | 'green';
  author_user_id: string;
  author_post_id: string;
  sequence: number | null;
  data: string; // JSON
  created_at: string;
  updated_at: string;
}

export interface FileLinkTable {
  file_id: string;
  linked_file_id: string;
  created_at: string;
  created_by: string;
}

export interface EventTable {
  seq: Generated<number>;
  id: string;
  name: string;
  user_ids: string; // JSON array of recipients
  data: string;
  created_at: string;
}

/** Single-use event-stream tickets (operations/event-tickets.ts). */
export interface EventTicketTable {
  ticket_hash: string;
  principal: string; // JSON of the principal the ticket stands for
  expires_ms: number;
}

/** Fixed rate-limit windows shared by every instance (plugins/rate-limit-table-store.ts). */
export interface RateLimitWindowTable {
  key: string;
  count: number;
  started_ms: number;
  ends_ms: number;
}

export interface DraftTable {
  id: string;
  file_id: string;
  version: number;
  status: 'draft' | 'approved' | 'issued';
  revision: number;
  creator_user_id: string;
  creator_post_id: string;
  data: string; // JSON: content, approval, dispatch
  dispatch_number: string | null;
  issued_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftVersionTable {
  draft_id: string;
  revision: number;
  data: string; // JSON: content, createdBy, remarks
  created_at: string;
}

export interface SignatureTable {
  id: string;
  target_type: 'note' | 'draft';
  target_id: string;
  revision: number;
  method: 'dsc' | 'esign' | 'sandbox_key';
  signer_user_id: string;
  signer_post_id: string;
  digest: string;
  canon_version: string;
  cms: Buffer;
  certificate_id: string | null;
  data: string; // JSON: certificate summary, signingTime, verification at submission
  created_at: string;
}

export interface AttachmentTable {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  page_count: number | null;
  uploaded_by: string;
  uploaded_at: string;
  owner_type: 'receipt' | null;
  owner_id: string | null;
  position: number | null;
  unused_since: string | null;
  content: Buffer;
}

export interface SigningAuthorityTable {
  id: string;
  root_certificate: Buffer;
  ca_certificate: Buffer;
  ca_private_key: Buffer; // PKCS#8
  asp_certificate: Buffer;
  asp_private_key: Buffer; // PKCS#8
  created_at: string;
}

export interface DscCertificateTable {
  id: string;
  user_id: string;
  fingerprint: string;
  der: Buffer;
  status: 'active' | 'inactive';
  not_after: string;
  data: string; // JSON: label, subject, issuer, serialNumber, notBefore, keyUsage, deactivation
  registered_at: string;
}

export interface SandboxCertificateTable {
  fingerprint: string;
  user_id: string;
  issued_at: string;
}

export interface EsignTransactionTable {
  id: string;
  user_id: string;
  post_id: string;
  target_type: 'note' | 'draft';
  target_id: string;
  revision: number;
  digest: string;
  status: 'pending' | 'completed' | 'failed' | 'expired';
  otp: string;
  attempts: number;
  data: string; // JSON: espUrl, requestXml, responseUrl, signatureId, failureReason
  created_at: string;
  expires_at: string;
}

export interface Database {
  units: UnitTable;
  posts: PostTable;
  users: UserTable;
  user_posts: UserPostTable;
  service_clients: ServiceClientTable;
  sessions: SessionTable;
  refresh_tokens: RefreshTokenTable;
  login_failures: LoginFailureTable;
  idempotency_keys: IdempotencyTable;
  counters: CounterTable;
  files: ItemTable;
  receipts: ItemTable;
  movements: MovementTable;
  notes: NoteTable;
  file_links: FileLinkTable;
  events: EventTable;
  event_tickets: EventTicketTable;
  rate_limit_windows: RateLimitWindowTable;
  drafts: DraftTable;
  draft_versions: DraftVersionTable;
  signatures: SignatureTable;
  attachments: AttachmentTable;
  signing_authority: SigningAuthorityTable;
  dsc_certificates: DscCertificateTable;
  sandbox_certificates: SandboxCertificateTable;
  esign_transactions: EsignTransactionTable;
}
