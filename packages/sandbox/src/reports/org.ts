// The organisation as the reports see it: the unit tree, which office a post belongs to, who works a
// post, and which part of the tree a caller may report on.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PostTable, UnitTable, UserTable } from '../db/schema.js';
import type { Principal } from '../operations/context.js';
import { ApiProblem, notFound } from '../problem.js';

type Db = Kysely<Database>;

/** Units that count as an office for the reports (a directorate or the Mantralaya is one too). */
const OFFICE_KINDS = new Set(['office', 'organisation', 'department']);
const ROLE_ALIASES: Record<string, string> = { reports: 'report_viewer' };

export interface Org {
  units: Map<string, Selectable<UnitTable>>;
  children: Map<string, string[]>;
  posts: Map<string, Selectable<PostTable>>;
  /** The user working each post: the one holding it substantively first, else whoever holds it on charge. */
  workers: Map<string, Selectable<UserTable>>;
  /** Each user's main post (for the designation shown in user rows). */
  mainPost: Map<string, string>;
}

export async function loadOrg(db: Db): Promise<Org> {
  const units = new Map((await db.selectFrom('units').selectAll().execute()).map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  const byCode = [...units.values()].sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  for (const unit of byCode) {
    if (!unit.parent_id) continue;
    const list = children.get(unit.parent_id) ?? [];
    list.push(unit.id);
    children.set(unit.parent_id, list);
  }
  const posts = new Map((await db.selectFrom('posts').selectAll().execute()).map((p) => [p.id, p]));
  const holdings = await db
    .selectFrom('user_posts')
    .innerJoin('users', 'users.id', 'user_posts.user_id')
    .selectAll('users')
    .select(['user_posts.post_id', 'user_posts.position'])
    .where('users.kind', '=', 'user')
    .orderBy('user_posts.position')
    .orderBy('users.id')
    .execute();
  const workers = new Map<string, Selectable<UserTable>>();
  const mainPost = new Map<string, string>();
  for (const { post_id, position, ...user } of holdings) {
    if (!workers.has(post_id)) workers.set(post_id, user);
    // Position 0 is the substantive post; later positions are charges.
    if (position === 0 || !mainPost.has(user.id)) mainPost.set(user.id, post_id);
  }
  return { units, children, posts, workers, mainPost };
}

/** The unit and everything below it. */
export function subtree(org: Org, rootId: string): Set<string> {
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(org.children.get(id) ?? []));
  }
  return out;
}

/** Units of the subtree in tree order (parent before children, siblings by code). */
export function treeOrder(org: Org, rootId: string): string[] {
  const out: string[] = [];
  const visit = (id: string) => {
    out.push(id);
    for (const child of org.children.get(id) ?? []) visit(child);
  };
  visit(rootId);
  return out;
}

/** The nearest unit at or above `unitId` accepted by `accept`, or the top of the tree. */
function nearest(org: Org, unitId: string, accept: (unit: Selectable<UnitTable>) => boolean): string {
  let current = org.units.get(unitId);
  let last = unitId;
  for (let depth = 0; current && depth < 20; depth++) {
    if (accept(current)) return current.id;
    last = current.id;
    current = current.parent_id ? org.units.get(current.parent_id) : undefined;
  }
  return last;
}

export function officeOf(org: Org, unitId: string): string {
  return nearest(org, unitId, (u) => OFFICE_KINDS.has(u.kind));
}

function departmentOf(org: Org, unitId: string): string {
  return nearest(org, unitId, (u) => u.kind === 'department');
}

function postHasRole(post: Selectable<PostTable>, role: string): boolean {
  return (JSON.parse(post.roles) as string[]).some((r) => (ROLE_ALIASES[r] ?? r) === role);
}

/**
 * The unit a report covers. Report viewers read their office or department and everything below it;
 * everyone else only their own section. Without `unitId`, the caller's department when they may read
 * it, else the widest unit they may read.
 */
export function reportUnit(org: Org, principal: Principal, unitId: unknown): string {
  const roots: string[] = [];
  for (const postId of principal.postIds) {
    const post = org.posts.get(postId);
    if (!post) continue;
    roots.push(postHasRole(post, 'report_viewer') ? officeOf(org, post.unit_id) : post.unit_id);
  }
  if (roots.length === 0) {
    throw new ApiProblem(403, 'auth.role_required', 'Reports are read through a post; you hold none.');
  }
  const readable = (id: string) => roots.some((root) => subtree(org, root).has(id));
  if (typeof unitId === 'string') {
    if (!org.units.has(unitId)) throw notFound('The unit');
    if (!readable(unitId)) {
      throw new ApiProblem(
        403,
        'auth.role_required',
        'Reports beyond your own section need the report_viewer role for that office.',
      );
    }
    return unitId;
  }
  const firstPost = org.posts.get(principal.postIds[0] ?? '');
  const department = firstPost ? departmentOf(org, firstPost.unit_id) : null;
  if (department && readable(department)) return department;
  // The widest readable root: the one whose subtree is largest.
  return [...roots].sort((a, b) => subtree(org, b).size - subtree(org, a).size)[0] as string;
}

/** Dealing hands (assistants, clerks) are not supervisory; Section Officers and above are. */
const DEALING =
  /^(assistant( grade[- ]?\w+)?|(upper|lower) division clerk|.*\bclerk\b.*|typist|data entry operator|multi[- ]tasking staff)$/i;

export function isSupervisory(post: Selectable<PostTable>): boolean {
  if (postHasRole(post, 'report_viewer')) return true;
  if (postHasRole(post, 'cru_operator') || postHasRole(post, 'cru')) return false;
  return !DEALING.test(post.designation_en.trim());
}
