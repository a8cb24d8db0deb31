// The rules of acting on a draft: only the file's current holder (a CRU of the file's office may also
// dispatch), only while the file is open for drafting, and the approval signature's checks.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ItemTable } from '../db/schema.js';
import type { Principal } from '../operations/context.js';
import { ApiProblem } from '../problem.js';
import { loadUnitTree, officeOf } from './units.js';

type Db = Kysely<Database>;

/** The principal's post holding the file, or 403 `file.not_with_you`. */
export function requireHolder(principal: Principal, file: Selectable<ItemTable>): string {
  if (!file.holder_post_id || !principal.postIds.includes(file.holder_post_id)) {
    throw new ApiProblem(
      403,
      'file.not_with_you',
      `File ${file.number} is with another post; only its holder acts on its drafts.`,
    );
  }
  return file.holder_post_id;
}

export function requireOpen(file: Selectable<ItemTable>): void {
  if (file.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
  if (file.status === 'parked')
    throw new ApiProblem(409, 'file.parked', 'The file is parked; activate it first.');
}

const CRU_ROLES = new Set(['cru_operator', 'cru']);

/**
 * A post of the principal with the CRU role in the same office as the file's section: the central
 * registry dispatches letters on the sections' behalf. Null when there is none.
 */
export async function cruPostFor(
  db: Db,
  principal: Principal,
  file: Selectable<ItemTable>,
): Promise<string | null> {
  if (principal.postIds.length === 0) return null;
  const tree = await loadUnitTree(db);
  const office = officeOf(tree, file.section_id);
  const posts = await db
    .selectFrom('posts')
    .select(['id', 'unit_id', 'roles'])
    .where('id', 'in', principal.postIds)
    .execute();
  for (const postId of principal.postIds) {
    const post = posts.find((p) => p.id === postId);
    if (!post) continue;
    const roles = JSON.parse(post.roles) as string[];
    if (roles.some((r) => CRU_ROLES.has(r)) && officeOf(tree, post.unit_id) === office) return post.id;
  }
  return null;
}

interface SignatureRowData {
  verification?: { valid?: unknown };
}

/**
 * The approval signature: a stored signature by the caller over this draft at its current revision
 * (422 `signature.not_for_target` otherwise), whose verification when it was stored succeeded
 * (422 `signature.invalid`).
 */
export async function checkApprovalSignature(
  db: Db,
  principal: Principal,
  draft: { id: string; revision: number },
  signatureId: string,
): Promise<void> {
  const signature = await db
    .selectFrom('signatures')
    .select(['target_type', 'target_id', 'revision', 'signer_user_id', 'data'])
    .where('id', '=', signatureId)
    .executeTakeFirst();
  const pointer = [
    { pointer: '/signatureId', location: 'body' as const, message: 'not usable for this approval' },
  ];
  if (!signature || signature.target_type !== 'draft' || signature.target_id !== draft.id) {
    throw new ApiProblem(
      422,
      'signature.not_for_target',
      `Signature ${signatureId} is not over this draft.`,
      pointer,
    );
  }
  if (signature.signer_user_id !== principal.userId) {
    throw new ApiProblem(
      422,
      'signature.not_for_target',
      'The signature is not yours; sign the draft yourself.',
      pointer,
    );
  }
  if (signature.revision !== draft.revision) {
    throw new ApiProblem(
      422,
      'signature.not_for_target',
      `The signature covers revision ${signature.revision}; the draft is at revision ${draft.revision}.`,
      pointer,
    );
  }
  const data = JSON.parse(signature.data) as SignatureRowData;
  if (data.verification?.valid !== true) {
    throw new ApiProblem(422, 'signature.invalid', 'The signature did not verify.', pointer);
  }
}
