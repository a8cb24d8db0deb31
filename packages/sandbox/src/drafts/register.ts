// The dispatch register (getDispatchRegister): letters issued from files of a unit and the units below
// it. Report viewers and the central registry (which dispatches for the whole office) read their office;
// everyone else only their own sections.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { requirePrincipal, type Handler, type Principal } from '../operations/context.js';
import { paginate, sortBy } from '../pagination.js';
import { postSummary, type PostSummary, loadUnit, unitSummary } from '../presenters/directory.js';
import type { FileData } from '../presenters/file.js';
import { ApiProblem, notFound } from '../problem.js';
import { istDate } from './dispatch.js';
import { draftData } from './store.js';
import { isWithin, loadUnitTree, officeOf, type UnitTree } from './units.js';

type Db = Kysely<Database>;

const VIEWER_ROLES = new Set(['report_viewer', 'reports']);
/** The central registry dispatches for every section of its office, so it keeps the office's register. */
const DISPATCH_ROLES = new Set(['cru_operator', 'cru']);

/** Units whose subtrees the principal may read reports of. */
async function readableRoots(db: Db, tree: UnitTree, principal: Principal): Promise<string[]> {
  if (principal.postIds.length === 0) return [];
  const posts = await db
    .selectFrom('posts')
    .select(['id', 'unit_id', 'roles'])
    .where('id', 'in', principal.postIds)
    .execute();
  const roots = new Set<string>();
  for (const post of posts) {
    const viewer = (JSON.parse(post.roles) as string[]).some(
      (r) => VIEWER_ROLES.has(r) || DISPATCH_ROLES.has(r),
    );
    roots.add(viewer ? (officeOf(tree, post.unit_id) ?? post.unit_id) : post.unit_id);
  }
  return [...roots];
}

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The UTC instant (ISO) at which IST day `day` (`YYYY-MM-DD`) plus `after` days begins. */
function istDayStart(day: string, after = 0): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + after * 86_400_000 - IST_OFFSET_MS).toISOString();
}

export const getDispatchRegister: Handler<'getDispatchRegister'> = async (ctx) => {
  const principal = requirePrincipal(ctx);
  const { db } = ctx.services;
  const q = ctx.query;
  const from = typeof q.from === 'string' ? q.from : null;
  const to = typeof q.to === 'string' ? q.to : null;
  if (from && to && to < from) {
    throw new ApiProblem(400, 'request.validation', '`to` is before `from`.', [
      { pointer: '/to', location: 'query', message: 'must not be before from', code: 'range' },
    ]);
  }
  const tree = await loadUnitTree(db);
  const roots = await readableRoots(db, tree, principal);
  let scope = roots;
  if (typeof q.unitId === 'string') {
    if (!tree.has(q.unitId)) throw notFound('The unit');
    const unitId = q.unitId;
    if (!roots.some((root) => isWithin(tree, unitId, root))) {
      throw new ApiProblem(403, 'auth.role_required', 'You may read the register of your own section only.');
    }
    scope = [unitId];
  }
  const rows = await db
    .selectFrom('drafts')
    // CROSS JOIN keeps drafts the outer loop (SQLite does not reorder it): an index search of the
    // issued drafts, then each one's file by key, never a scan of all files.
    .crossJoin('files')
    .whereRef('files.id', '=', 'drafts.file_id')
    .select([
      'drafts.id as id',
      'drafts.data as data',
      'drafts.issued_at as issuedAt',
      'files.id as fileId',
      'files.number as fileNumber',
      'files.section_id as sectionId',
      'files.data as fileData',
    ])
    .where('drafts.status', '=', 'issued')
    // The IST days asked for, as UTC instants, so the drafts_issued index finds them (the exact day
    // check on the dispatch below still decides).
    .$if(from !== null, (qb) => qb.where('drafts.issued_at', '>=', istDayStart(from as string)))
    .$if(to !== null, (qb) => qb.where('drafts.issued_at', '<', istDayStart(to as string, 1)))
    .execute();
  const entries = rows.filter((row) => {
    const dispatch = draftData(row).dispatch;
    if (!dispatch || !scope.some((root) => isWithin(tree, row.sectionId, root))) return false;
    const day = istDate(new Date(dispatch.issuedAt));
    if (from && day < from) return false;
    if (to && day > to) return false;
    return q.mode === undefined || dispatch.mode === q.mode;
  });
  const sorted = sortBy(entries, typeof q.sort === 'string' ? q.sort : '-issuedAt', (row) => row.issuedAt);
  const page = paginate(sorted, q);
  const posts = new Map<string, PostSummary>();
  const items = [];
  for (const row of page.items) {
    const { content, dispatch } = draftData(row);
    if (!dispatch) continue;
    let issuedBy = posts.get(dispatch.issuedByPostId);
    if (!issuedBy) {
      issuedBy = await postSummary(db, dispatch.issuedByPostId);
      posts.set(dispatch.issuedByPostId, issuedBy);
    }
    items.push({
      dispatchNumber: dispatch.dispatchNumber,
      issuedAt: dispatch.issuedAt,
      mode: dispatch.mode,
      draftId: row.id,
      file: {
        id: row.fileId,
        number: row.fileNumber,
        subject: (JSON.parse(row.fileData) as FileData).subject,
      },
      subject: content.subject,
      addressees: content.addressees.map((a) => a.name),
      issuedBy,
      section: unitSummary(await loadUnit(db, row.sectionId)),
      correspondenceLabel: dispatch.correspondenceLabel,
    });
  }
  return { status: 200, body: { items, nextCursor: page.nextCursor } };
};
