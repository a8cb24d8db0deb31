// Directory representations (UnitSummary, PostSummary, User …) built from the tables.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PostTable, UnitTable, UserTable } from '../db/schema.js';
import { notFound } from '../problem.js';
import { asEnum, UNIT_KINDS, type Schemas } from './contract-enums.js';

type Db = Kysely<Database>;

export interface LocalizedText {
  en: string;
  hi: string;
}

/** The contract knows department, office and section; an organisation (e.g. a directorate) is an office. */
export function contractUnitKind(kind: string): Schemas['UnitKind'] {
  return kind === 'organisation' ? 'office' : asEnum(kind, UNIT_KINDS, 'unit kind');
}

export function unitSummary(unit: Selectable<UnitTable>): Schemas['UnitSummary'] {
  return {
    id: unit.id,
    code: unit.code,
    name: { en: unit.name_en, hi: unit.name_hi },
    kind: contractUnitKind(unit.kind),
  };
}

export function userSummary(
  user: Pick<Selectable<UserTable>, 'id' | 'name_en' | 'name_hi'>,
): Schemas['UserSummary'] {
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

export type PostSummary = Schemas['PostSummary'];

export async function postSummaryOf(db: Db, post: Selectable<PostTable>): Promise<PostSummary> {
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

export async function loadPost(db: Db, id: string): Promise<Selectable<PostTable>> {
  const post = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!post) throw notFound('The post');
  return post;
}

export async function postSummary(db: Db, id: string): Promise<PostSummary> {
  return postSummaryOf(db, await loadPost(db, id));
}

/** The contract's User, with `postIds` always present (the directory's own answers list them). */
export async function userRepresentation(
  db: Db,
  user: Selectable<UserTable>,
): Promise<Schemas['User'] & { postIds: string[] }> {
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
export async function unitPath(db: Db, unit: Selectable<UnitTable>): Promise<Schemas['UnitSummary'][]> {
  const path = [unitSummary(unit)];
  let parentId = unit.parent_id;
  while (parentId && path.length < 10) {
    const parent = await loadUnit(db, parentId);
    path.unshift(unitSummary(parent));
    parentId = parent.parent_id;
  }
  return path;
}
