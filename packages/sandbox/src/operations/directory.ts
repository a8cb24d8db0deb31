// Directory (units, posts, users, recipient search) and master data. Readable by any principal with
// directory:read; nothing here is confidential.
import { fileHeads, receiptCategories } from '../master-data.js';
import { paginate, sortBy } from '../pagination.js';
import { notFound } from '../problem.js';
import {
  contractUnitKind,
  holderOf,
  loadPost,
  loadUnit,
  postSummaryOf,
  unitPath,
  unitSummary,
  userRepresentation,
} from '../presenters/directory.js';
import type { HandlerGroup, OperationContext } from './context.js';
import type { Schemas } from '../presenters/contract-enums.js';

function matches(query: unknown, ...texts: (string | null | undefined)[]): boolean {
  if (typeof query !== 'string' || query === '') return true;
  const needle = query.normalize('NFC').toLocaleLowerCase();
  return texts.some((text) => text?.toLocaleLowerCase().includes(needle));
}

async function unitsUnder(ctx: OperationContext, unitId: unknown): Promise<Set<string> | null> {
  if (typeof unitId !== 'string') return null;
  const all = await ctx.services.db.selectFrom('units').select(['id', 'parent_id']).execute();
  const ids = new Set([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of all) {
      if (unit.parent_id && ids.has(unit.parent_id) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

async function postRepresentation(ctx: OperationContext, postId: string) {
  const { db } = ctx.services;
  const post = await loadPost(db, postId);
  const summary = await postSummaryOf(db, post);
  const unit = await loadUnit(db, post.unit_id);
  const path = await unitPath(db, unit);
  const office = [...path].reverse().find((u) => u.kind !== 'section');
  const holder = await holderOf(db, post.id);
  return {
    id: post.id,
    designation: summary.designation,
    markingAbbreviation: post.marking,
    section: { ...summary.section, kind: contractUnitKind(summary.section.kind) },
    ...(office ? { office: { ...office, kind: contractUnitKind(office.kind) } } : {}),
    holder: holder ? { id: holder.id, name: { en: holder.name_en, hi: holder.name_hi } } : null,
    onChargeOf: null,
    active: post.active === 1,
  };
}

export const directoryHandlers = {
  async listUnits(ctx) {
    const { db } = ctx.services;
    const q = ctx.query;
    const rows = await db.selectFrom('units').selectAll().execute();
    const filtered = rows.filter(
      (u) =>
        (q.parentId === undefined || u.parent_id === q.parentId) &&
        (q.kind === undefined || contractUnitKind(u.kind) === q.kind) &&
        (q.includeInactive === true || u.active === 1) &&
        matches(q.q, u.name_en, u.name_hi, u.code),
    );
    const items = [];
    for (const unit of sortBy(
      filtered,
      'name',
      (u) => (ctx.language === 'hi' ? u.name_hi : u.name_en),
      ctx.language,
    )) {
      items.push({
        ...unitSummary(unit),
        kind: contractUnitKind(unit.kind),
        parentId: unit.parent_id,
        path: (await unitPath(db, unit)).map((u) => ({ ...u, kind: contractUnitKind(u.kind) })),
        active: unit.active === 1,
      });
    }
    return { status: 200, body: paginate(items, q) };
  },

  async getUnit(ctx) {
    const { db } = ctx.services;
    const unit = await loadUnit(db, ctx.params.unitId);
    return {
      status: 200,
      body: {
        ...unitSummary(unit),
        kind: contractUnitKind(unit.kind),
        parentId: unit.parent_id,
        path: (await unitPath(db, unit)).map((u) => ({ ...u, kind: contractUnitKind(u.kind) })),
        active: unit.active === 1,
      },
    };
  },

  async listPosts(ctx) {
    const { db } = ctx.services;
    const q = ctx.query;
    const within = await unitsUnder(ctx, q.unitId);
    const items = [];
    for (const post of await db.selectFrom('posts').selectAll().execute()) {
      if (within && !within.has(post.unit_id)) continue;
      const representation = await postRepresentation(ctx, post.id);
      if (q.vacant !== undefined && (representation.holder === null) !== q.vacant) continue;
      if (
        !matches(
          q.q,
          post.designation_en,
          post.designation_hi,
          post.marking,
          representation.holder?.name.en,
          representation.holder?.name.hi,
        )
      )
        continue;
      items.push(representation);
    }
    const sort = typeof q.sort === 'string' ? q.sort : 'designation';
    const sorted = sortBy(
      items,
      sort,
      (p, key) => (key === 'markingAbbreviation' ? p.markingAbbreviation : p.designation[ctx.language]),
      ctx.language,
    );
    return { status: 200, body: paginate(sorted, q) };
  },

  async getPost(ctx) {
    return { status: 200, body: await postRepresentation(ctx, ctx.params.postId) };
  },

  async listUsers(ctx) {
    const { db } = ctx.services;
    const q = ctx.query;
    const within = await unitsUnder(ctx, q.unitId);
    const items = [];
    for (const user of await db.selectFrom('users').selectAll().where('kind', '=', 'user').execute()) {
      const representation = await userRepresentation(db, user);
      if (within) {
        const units = await db
          .selectFrom('posts')
          .select('unit_id')
          .where('id', 'in', representation.postIds.length ? representation.postIds : ['-'])
          .execute();
        if (!units.some((u) => within.has(u.unit_id))) continue;
      }
      if (!matches(q.q, user.name_en, user.name_hi, user.username)) continue;
      items.push(representation);
    }
    const sort = typeof q.sort === 'string' ? q.sort : 'name';
    return {
      status: 200,
      body: paginate(
        sortBy(items, sort, (u) => u.name[ctx.language], ctx.language),
        q,
      ),
    };
  },

  async getUser(ctx) {
    const { db } = ctx.services;
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', ctx.params.userId)
      .where('kind', '=', 'user')
      .executeTakeFirst();
    if (!user) throw notFound('The user');
    return { status: 200, body: await userRepresentation(db, user) };
  },

  async searchRecipients(ctx) {
    const { db } = ctx.services;
    const q = ctx.query;
    const within = await unitsUnder(ctx, q.unitId);
    const items = [];
    for (const post of await db.selectFrom('posts').selectAll().where('active', '=', 1).execute()) {
      if (within && !within.has(post.unit_id)) continue;
      const summary = await postSummaryOf(db, post);
      const holder = await holderOf(db, post.id);
      const unit = await loadUnit(db, post.unit_id);
      const path = await unitPath(db, unit);
      const office = [...path].reverse().find((u) => u.kind !== 'section') ?? path[0] ?? unitSummary(unit);
      let matchedOn: Schemas['Recipient']['matchedOn'] | null = null;
      if (matches(q.q, holder?.name_en, holder?.name_hi)) matchedOn = 'name';
      else if (matches(q.q, post.designation_en, post.designation_hi)) matchedOn = 'designation';
      else if (matches(q.q, post.marking)) matchedOn = 'marking_abbreviation';
      else if (matches(q.q, unit.name_en, unit.name_hi, unit.code)) matchedOn = 'section';
      if (!matchedOn) continue;
      items.push({
        id: post.id,
        post: { ...summary, section: { ...summary.section, kind: contractUnitKind(summary.section.kind) } },
        holderName: holder ? { en: holder.name_en, hi: holder.name_hi } : null,
        onCharge: false,
        office: { ...office, kind: contractUnitKind(office.kind) },
        matchedOn,
      });
    }
    const sorted = sortBy(items, 'name', (r) => r.post.name[ctx.language], ctx.language);
    const page = paginate(sorted, q);
    return { status: 200, body: { ...page, items: page.items.map(({ id: _id, ...rest }) => rest) } };
  },

  async listReceiptCategories(ctx) {
    const q = ctx.query;
    const filtered = receiptCategories.filter((c) =>
      q.parentId === undefined ? c.parentId === null : c.parentId === q.parentId,
    );
    return {
      status: 200,
      body: paginate(
        sortBy(filtered, 'name', (c) => c.name[ctx.language], ctx.language),
        q,
      ),
    };
  },

  async listFileHeads(ctx) {
    const { db } = ctx.services;
    const q = ctx.query;
    const sections = await db
      .selectFrom('units')
      .select(['id', 'code'])
      .where('kind', '=', 'section')
      .execute();
    const items = fileHeads
      .map((head) => ({
        id: `${head.basicHead}-${head.primaryHead}`,
        basicHead: head.basicHead,
        primaryHead: head.primaryHead,
        name: head.name,
        sectionId: sections.find((s) => s.code === head.sectionCode)?.id ?? null,
      }))
      .filter(
        (h) =>
          (q.basicHead === undefined || h.basicHead === q.basicHead) &&
          (q.sectionId === undefined || h.sectionId === q.sectionId || h.sectionId === null),
      );
    const page = paginate(
      sortBy(items, 'id', (h) => h.id),
      q,
    );
    return { status: 200, body: { ...page, items: page.items.map(({ id: _id, ...rest }) => rest) } };
  },
} satisfies HandlerGroup;
