// Who may see and act on files and receipts, ETag checks, and the compare-and-set update that makes
// concurrent actions on one item resolve to exactly one winner.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ItemTable } from './db/schema.js';
import type { OperationContext, Principal } from './operations/context.js';
import { ApiProblem, notFound } from './problem.js';

type Db = Kysely<Database>;
export type ItemKind = 'files' | 'receipts';

export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** Sections of the principal's posts (section-level visibility). */
async function sectionsOf(db: Db, principal: Principal): Promise<Set<string>> {
  if (principal.postIds.length === 0) return new Set();
  const rows = await db.selectFrom('posts').select('unit_id').where('id', 'in', principal.postIds).execute();
  return new Set(rows.map((r) => r.unit_id));
}

/** True when one of the principal's posts is or was on the item's route. */
export async function onRoute(db: Db, principal: Principal, item: Selectable<ItemTable>): Promise<boolean> {
  const posts = principal.postIds;
  if (posts.length === 0) return false;
  if (item.holder_post_id && posts.includes(item.holder_post_id)) return true;
  const hit = await db
    .selectFrom('movements')
    .select('id')
    .where('item_id', '=', item.id)
    .where((eb) => eb.or([eb('from_post_id', 'in', posts), eb('to_post_id', 'in', posts)]))
    .executeTakeFirst();
  return hit !== undefined;
}

export async function canSee(db: Db, principal: Principal, item: Selectable<ItemTable>): Promise<boolean> {
  if (await onRoute(db, principal, item)) return true;
  const data = JSON.parse(item.data) as { classification?: string; fileId?: string | null };
  const classification = data.classification ?? 'normal';
  if (classification === 'normal' && (await sectionsOf(db, principal)).has(item.section_id)) return true;
  // A receipt put in a file moves with the file from then on: whoever may see the file reads its
  // correspondence, receipts included (a confidential receipt only by the file's route).
  if (data.fileId) {
    const file = await db.selectFrom('files').selectAll().where('id', '=', data.fileId).executeTakeFirst();
    if (!file) return false;
    return classification === 'normal' ? canSee(db, principal, file) : onRoute(db, principal, file);
  }
  return false;
}

/** Loads an item the caller may see; anything else is 404, never 403. */
export async function loadVisible(
  ctx: OperationContext,
  table: ItemKind,
  id: string,
): Promise<Selectable<ItemTable>> {
  const { db } = ctx.services;
  const item = await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
  if (!item || !ctx.principal || !(await canSee(db, ctx.principal, item))) {
    throw notFound(table === 'files' ? 'The file' : 'The receipt');
  }
  if (ctx.operation.method !== 'GET') await raceWindow();
  return item;
}

/**
 * better-sqlite3 is synchronous, so without a pause one request would run from read to commit before a
 * simultaneous one is even parsed, and the compare-and-set would never be exercised. A real database
 * has this window between reading and writing; the sandbox keeps a small one so clients (and our
 * tests) meet `conflict.concurrent_update` as they would in production.
 */
function raceWindow(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1));
}

/** Enforces If-Match: 428 when required and missing, 412 (with the current ETag) when stale. */
export function checkIfMatch(ctx: OperationContext, version: number, required: boolean): void {
  const header = ctx.headers['if-match'];
  if (!header) {
    if (required) throw new ApiProblem(428, 'precondition.required', 'Send If-Match with the ETag you have.');
    return;
  }
  if (header !== etagOf(version)) {
    throw new ApiProblem(412, 'precondition.failed', 'The item changed since you fetched it.', undefined, {
      etag: etagOf(version),
    });
  }
}

/**
 * Updates an item only if it still has the version the caller's checks were made against, bumping
 * the version. No row updated means another action got there first.
 */
export async function compareAndSet(
  trx: Db,
  table: ItemKind,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<ItemTable, 'holder_post_id' | 'status' | 'data' | 'updated_at' | 'number'>>,
): Promise<void> {
  const result = await trx
    .updateTable(table)
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    throw new ApiProblem(409, 'conflict.concurrent_update', 'Another action on this item completed first.');
  }
}

/** The post the caller acts from: `fromPostId` if given (must be theirs), else the one holding the item. */
export function actingPost(
  principal: Principal,
  holderPostId: string | null,
  fromPostId?: string,
): string | null {
  if (fromPostId) {
    if (!principal.postIds.includes(fromPostId)) {
      throw new ApiProblem(422, 'recipient.invalid', 'fromPostId is not one of your posts.');
    }
    return fromPostId;
  }
  if (holderPostId && principal.postIds.includes(holderPostId)) return holderPostId;
  return principal.postIds[0] ?? null;
}
