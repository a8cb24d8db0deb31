// What can be signed and by whom: a green note by its author, a draft's current revision by the holder
// of its file. Each target comes with its stored normal form, from which the canonical bytes are built.
import { CANON_VERSION, type DraftContent, type NoteContent, type SignableContent } from '@eoffice/signing';
import type { Kysely, Selectable } from 'kysely';
import { loadVisible } from '../access.js';
import type { Database, NoteTable } from '../db/schema.js';
import type { OperationContext, Principal } from '../operations/context.js';
import { ApiProblem, notFound } from '../problem.js';
import { draftData, findDraft, loadDraftForSigning, type StoredDraftContent } from '../drafts/store.js';

type Db = Kysely<Database>;

/** The contract's name of the canonical form version. */
export const CANON_NAME = `eoffice-canon/${CANON_VERSION}` as const;

export interface SigningTarget {
  type: 'note' | 'draft';
  id: string;
  /** Draft revision; always 1 for a note. */
  revision: number;
  fileId: string;
  /** The post the signature is made from: the note's author post, or the file holder's post. */
  signerPostId: string;
  content: SignableContent;
  /** The eSign `docInfo`, e.g. "टिप्पणी 3, नस्ती A-12011/3/2024-Estt. / Note 3 on file A-12011/3/2024-Estt.". */
  label: string;
}

interface NoteData {
  paragraphs: { number: number | null; html: string }[];
  confirmedAt: string | null;
  signatureId: string | null;
}

export function noteData(row: Selectable<NoteTable>): NoteData {
  return JSON.parse(row.data) as NoteData;
}

/** The stored normal form of a note: paragraphs as saved (sanitised once), with their numbers. */
export function noteContent(row: Selectable<NoteTable>): NoteContent {
  const data = noteData(row);
  return {
    type: 'note',
    id: row.id,
    fileId: row.file_id,
    sequence: row.sequence ?? 0,
    body: data.paragraphs.map((p) => p.html).join('\n'),
    paragraphs: data.paragraphs.map((p) => ({ number: p.number, html: p.html })),
    authorUserId: row.author_user_id,
    authorPostId: row.author_post_id,
    confirmedAt: data.confirmedAt,
  };
}

/** What the ESP shows the signer, in Hindi and English. */
function bilingualLabel(hi: string, en: string, n: number, file: string): string {
  return `${hi} ${n}, नस्ती ${file} / ${en} ${n} on file ${file}`;
}

async function fileNumber(db: Db, fileId: string): Promise<string> {
  const row = await db.selectFrom('files').select('number').where('id', '=', fileId).executeTakeFirst();
  return row?.number ?? fileId;
}

/** A note the caller may sign now: visible, theirs, green and not yet signed. */
export async function noteTarget(ctx: OperationContext, principal: Principal, noteId: string) {
  const { db } = ctx.services;
  const row = await db.selectFrom('notes').selectAll().where('id', '=', noteId).executeTakeFirst();
  if (!row || (row.status === 'yellow' && row.author_user_id !== principal.userId))
    throw notFound('The note');
  await loadVisible(ctx, 'files', row.file_id);
  if (row.author_user_id !== principal.userId) {
    throw new ApiProblem(403, 'note.not_author', 'Only the author of a note may sign it.');
  }
  if (row.status !== 'green') {
    throw new ApiProblem(
      409,
      'signature.target_not_signable',
      'A yellow note cannot be signed; confirm it first.',
    );
  }
  if (noteData(row).signatureId) {
    throw new ApiProblem(409, 'signature.already_signed', 'You have already signed this note.');
  }
  const target: SigningTarget = {
    type: 'note',
    id: row.id,
    revision: 1,
    fileId: row.file_id,
    signerPostId: row.author_post_id,
    content: noteContent(row),
    label: bilingualLabel('टिप्पणी', 'Note', row.sequence ?? 0, await fileNumber(db, row.file_id)),
  };
  return target;
}

/** The stored normal form of a draft revision, as the canonical form carries it. */
function draftContent(
  draft: { id: string; fileId: string; revision: number },
  content: StoredDraftContent,
): DraftContent {
  return {
    type: 'draft',
    id: draft.id,
    fileId: draft.fileId,
    version: draft.revision,
    draftType: content.draftType,
    subject: content.subject,
    language: content.language,
    addressees: content.addressees.map((addressee) => ({ ...addressee })),
    body: content.body,
  };
}

/** A draft the caller may sign now: its file is with one of their posts and it is still a draft. */
export async function draftTarget(
  ctx: OperationContext,
  principal: Principal,
  draftId: string,
): Promise<SigningTarget> {
  const draft = await loadDraftForSigning(ctx.services.db, principal, draftId);
  const holder = draft.file.holderPostId;
  if (!holder || !principal.postIds.includes(holder)) {
    throw new ApiProblem(403, 'file.not_with_you', 'The file is not with you.');
  }
  if (draft.status !== 'draft') {
    throw new ApiProblem(
      409,
      'signature.target_not_signable',
      `The draft is ${draft.status}; only a draft can be signed.`,
    );
  }
  return {
    type: 'draft',
    id: draft.id,
    revision: draft.revision,
    fileId: draft.fileId,
    signerPostId: holder,
    content: draftContent(draft, draft.content),
    label: bilingualLabel('प्रारूप संशोधन', 'Draft revision', draft.revision, draft.file.number),
  };
}

/** The target named by type and id, under the rules of the signing payload operations. */
export function loadTarget(
  ctx: OperationContext,
  principal: Principal,
  type: 'note' | 'draft',
  id: string,
): Promise<SigningTarget> {
  return type === 'note' ? noteTarget(ctx, principal, id) : draftTarget(ctx, principal, id);
}

/** Current content of a signed note or draft, whatever its state now (for re-verification). */
export async function currentContent(
  db: Db,
  type: 'note' | 'draft',
  id: string,
): Promise<{ content: SignableContent; revision: number; fileId: string } | null> {
  if (type === 'note') {
    const row = await db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { content: noteContent(row), revision: 1, fileId: row.file_id } : null;
  }
  const draft = await findDraft(db, id);
  if (!draft) return null;
  const stored = { id: draft.id, fileId: draft.file_id, revision: draft.revision };
  return {
    content: draftContent(stored, draftData(draft).content),
    revision: draft.revision,
    fileId: draft.file_id,
  };
}
