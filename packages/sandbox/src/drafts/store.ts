// Drafts for approval as stored: the current content, approval and dispatch in `drafts.data`, every
// revision's content in `draft_versions`. Loading checks visibility through the draft's file (a draft
// of a file you cannot see is 404), and writes compare-and-set the draft's version.
import type { Kysely, Selectable } from 'kysely';
import { canSee } from '../access.js';
import type { Database, DraftTable, ItemTable } from '../db/schema.js';
import type { Principal } from '../operations/context.js';
import type { Schemas } from '../presenters/contract-enums.js';
import { ApiProblem, notFound } from '../problem.js';

type Db = Kysely<Database>;

export type DraftStatus = DraftTable['status'];

export interface Addressee {
  name: string;
  designation?: string;
  organisation?: string;
  address?: string;
  email?: string;
}

/** Content of one revision in stored normal form: body sanitised, all text NFC with LF line ends. */
export interface StoredDraftContent {
  draftType: Schemas['DraftType'];
  subject: string;
  language: Schemas['Language'];
  addressees: Addressee[];
  body: string;
  replyToReceiptId: string | null;
  /** Optional: drafts stored before letters had a reference line or copy-to list lack them. */
  reference?: string | null;
  copyTo?: string[];
}

export interface StoredApproval {
  approvedByPostId: string;
  approvedAt: string;
  revision: number;
  /** Null for an approval made without signing. */
  signatureId: string | null;
  remarks: string | null;
}

/** An approval a later revision voided. */
export interface StoredInvalidatedApproval {
  approvedByPostId: string;
  approvedAt: string;
  revision: number;
  signatureId: string | null;
  invalidatedAt: string;
  invalidatedByRevision: number;
}

export interface StoredDispatch {
  dispatchNumber: string;
  mode: Schemas['DispatchMode'];
  issuedAt: string;
  issuedByPostId: string;
  correspondenceLabel: string;
  remarks: string | null;
}

/** `drafts.data`. */
export interface DraftData {
  content: StoredDraftContent;
  approval: StoredApproval | null;
  dispatch: StoredDispatch | null;
  /** The last approval a later revision voided (absent on drafts stored before this existed). */
  invalidatedApproval?: StoredInvalidatedApproval | null;
  /** Allow-list version the body was sanitised with (signatures cover the sanitised bytes). */
  sanitiser: string;
}

/** `draft_versions.data`. */
export interface DraftVersionData {
  content: StoredDraftContent;
  createdByPostId: string;
  remarks: string | null;
  sanitiser: string;
  /** The earlier revision this one restored (a revert). */
  revertedFrom?: number | null;
}

export function draftData(row: Pick<Selectable<DraftTable>, 'data'>): DraftData {
  return JSON.parse(row.data) as DraftData;
}

export async function findDraft(db: Db, draftId: string): Promise<Selectable<DraftTable> | undefined> {
  return db.selectFrom('drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
}

export async function fileOfDraft(db: Db, draft: Selectable<DraftTable>): Promise<Selectable<ItemTable>> {
  return db.selectFrom('files').selectAll().where('id', '=', draft.file_id).executeTakeFirstOrThrow();
}

/** What the signing operations need to build a draft's canonical bytes and check who may sign. */
export interface DraftForSigning {
  id: string;
  fileId: string;
  status: DraftStatus;
  /** The current revision: the one a signature must cover to approve the draft. */
  revision: number;
  /** Version behind the draft's ETag. */
  version: number;
  /** Content of the current revision in stored normal form (sanitised, NFC, LF). */
  content: StoredDraftContent;
  file: { id: string; number: string; status: string; holderPostId: string | null };
}

/**
 * Loads a draft the principal may see (404 `resource.not_found` otherwise, as for the file itself)
 * with its current revision's content as stored. Holder and status rules are the caller's to apply.
 */
export async function loadDraftForSigning(
  db: Db,
  principal: Principal,
  draftId: string,
): Promise<DraftForSigning> {
  const draft = await findDraft(db, draftId);
  if (!draft) throw notFound('The draft');
  const file = await fileOfDraft(db, draft);
  if (!(await canSee(db, principal, file))) throw notFound('The draft');
  return {
    id: draft.id,
    fileId: draft.file_id,
    status: draft.status,
    revision: draft.revision,
    version: draft.version,
    content: draftData(draft).content,
    file: { id: file.id, number: file.number, status: file.status, holderPostId: file.holder_post_id },
  };
}

/**
 * Updates a draft only if it still has the version its checks were made against, bumping the version;
 * no row updated means another action on the draft won.
 */
export async function compareAndSetDraft(
  trx: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<
    Pick<DraftTable, 'status' | 'revision' | 'data' | 'dispatch_number' | 'issued_at' | 'updated_at'>
  >,
): Promise<void> {
  const result = await trx
    .updateTable('drafts')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new ApiProblem(409, 'conflict.concurrent_update', 'Another action on this draft completed first.');
  }
}

/**
 * Inside a write transaction: the file must still be as the holder check saw it. If it was sent on
 * meanwhile, the previous holder no longer acts on its drafts.
 */
export async function assertFileUnchanged(trx: Db, file: Selectable<ItemTable>): Promise<void> {
  const now = await trx.selectFrom('files').select('version').where('id', '=', file.id).executeTakeFirst();
  if (now?.version !== file.version) {
    throw new ApiProblem(409, 'conflict.concurrent_update', 'The file changed while you acted on its draft.');
  }
}
