// Directory representations (UnitSummary, PostSummary, User …) built from the tables.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PostTable, UnitTable, UserTable } from '../db/schema.js';
import { notFound } from '../problem.js';

type Db = Kysely<Database>;

export interface LocalizedText {
  en: string;
  hi: string;
}

/** The contract knows department, office and section; an organisation (e.g. a directorate) is an office. */
export function contractUnitKind(kind: string): string {
  return kind === 'organisation' ? 'office' : kind;
}

export function unitSummary(unit: Selectable<UnitTable>) {
  return {
    id: unit.id,
    code: unit.code,
    name: { en: unit.name_en, hi: unit.name_hi },
    kind: contractUnitKind(unit.kind),
  };
}

export function userSummary(user: Pick<Selectable<UserTable>, 'id' | 'name_en' | 'name_hi'>) {
  return { id: user.id, name: { en: user.name_en, hi: user.name_hi } };
}

export async function loadUnit(db: Db, id: string): Promise<Selectable<UnitTable>> {
  const unit = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!unit) throw notFound('The unit');
  return unit;
}

/** The user holding a post now (first by position), or null when vacant. */
export async function holderOf(db: Db, postId: string): Promise<Selectable<UserTable> | null> {
  const row = await db
    .selectFrom('user_posts')
    .innerJoin('users', 'users.id', 'user_posts.user_id')
    .selectAll('users')
    .where('user_posts.post_id', '=', postId)
    .where('users.kind', '=', 'user')
    .orderBy('users.id')
    .executeTakeFirst();
  return row ?? null;
}

export async function postSummaryOf(db: Db, post: Selectable<PostTable>) {
  const unit = await loadUnit(db, post.unit_id);
  const holder = await holderOf(db, post.id);
  const designation = { en: post.designation_en, hi: post.designation_hi };
  return {
    id: post.id,
    name: holder ? { en: holder.name_en, hi: holder.name_hi } : designation,
    designation,
    markingAbbreviation: post.marking,
    section: unitSummary(unit),
  };
}

export type PostSummary = Awaited<ReturnType<typeof postSummaryOf>>;

export async function loadPost(db: Db, id: string): Promise<Selectable<PostTable>> {
  const post = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!post) throw notFound('The post');
  return post;
}

export async function postSummary(db: Db, id: string): Promise<PostSummary> {
  return postSummaryOf(db, await loadPost(db, id));
}

export async function userRepresentation(db: Db, user: Selectable<UserTable>) {
  const posts = await db
    .selectFrom('user_posts')
    .select('post_id')
    .where('user_id', '=', user.id)
    .orderBy('position')
    .execute();
  return {
    id: user.id,
    name: { en: user.name_en, hi: user.name_hi },
    username: user.username,
    email: user.email,
    postIds: posts.map((p) => p.post_id),
    active: user.active === 1,
  };
}

/** Unit path from the root down to the unit itself. */
export async function unitPath(db: Db, unit: Selectable<UnitTable>) {
  const path = [unitSummary(unit)];
  let parentId = unit.parent_id;
  while (parentId && path.length < 10) {
    const parent = await loadUnit(db, parentId);
    path.unshift(unitSummary(parent));
    parentId = parent.parent_id;
  }
  return path;
}
