// The weekly pendency review and its drill-down list of pending items (reports/review-sql.ts computes,
// reports/review.ts assembles).
import type { Selectable } from 'kysely';
import type { PostTable } from '../db/schema.js';
import { pageWindow, nextCursor } from '../pagination.js';
import { asEnum, PRIORITIES, type Schemas } from '../presenters/contract-enums.js';
import { contractUnitKind, postSummary, unitSummary } from '../presenters/directory.js';
import { ApiProblem, notFound } from '../problem.js';
import { istDays } from '../reports/aging.js';
import { loadOrg, reportUnit } from '../reports/org.js';
import { addRow, emptyCounts, pathTo, periodsEnding, postsIn, type ReviewCounts } from '../reports/review.js';
import {
  flowsByPeriod,
  istDate,
  pendingAtEndOf,
  pendingByPost,
  pendingItems,
  pendingItemsPage,
  type PendingItemRow,
} from '../reports/review-sql.js';
import { requirePrincipal, type HandlerGroup } from './context.js';

const DAY_MS = 86_400_000;

async function presentItem(
  db: Parameters<typeof postSummary>[0],
  row: PendingItemRow,
  now: Date,
): Promise<Schemas['PendingItem']> {
  const data = JSON.parse(row.data) as { subject?: string; priority?: string };
  const today = istDate(now);
  return {
    item: {
      type: row.type,
      id: row.id,
      number: row.number,
      ...(data.subject ? { subject: data.subject } : {}),
    },
    holder: await postSummary(db, row.holder),
    since: row.since,
    daysPending: istDays(row.since, now),
    dueDate: row.due,
    overdue: row.due !== null && row.due < today,
    priority: asEnum(data.priority ?? 'normal', PRIORITIES, 'item priority'),
    nature: row.nature === 'electronic' ? 'electronic' : 'physical',
  };
}

export const reviewHandlers = {
  async getPendencyReview(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const now = clock();
    const org = await loadOrg(db);
    const unitId = reportUnit(org, principal, ctx.query.unitId);
    const unit = org.units.get(unitId) as NonNullable<ReturnType<typeof org.units.get>>;
    const children = org.children.get(unitId) ?? [];
    const posts = postsIn(org, unitId);
    const perPost = await pendingByPost(db, posts, now);

    // The row each post counts for: the child unit above it, or itself for a unit with none below.
    const rowOf = new Map<string, string>();
    const rows = new Map<string, { group: Schemas['ReviewGroup']; counts: ReviewCounts }>();
    if (children.length > 0) {
      for (const child of children) {
        const childUnit = org.units.get(child);
        if (!childUnit) continue;
        for (const post of postsIn(org, child)) rowOf.set(post, child);
        rows.set(child, {
          group: {
            type: 'unit',
            id: child,
            name: { en: childUnit.name_en, hi: childUnit.name_hi },
            designation: null,
            kind: contractUnitKind(childUnit.kind),
            units: (org.children.get(child) ?? []).length,
          },
          counts: emptyCounts(),
        });
      }
    }
    // Posts of the unit itself (the Principal Secretary's in the department) get rows of their own:
    // those an officer works, and any other that holds something (a vacant post's pile shows).
    const holding = new Set(perPost.map((r) => r.holder));
    const ownPosts: Selectable<PostTable>[] = [...org.posts.values()]
      .filter((p) => p.unit_id === unitId && ((p.active === 1 && org.workers.has(p.id)) || holding.has(p.id)))
      .sort((a, b) => a.marking.localeCompare(b.marking));
    for (const post of ownPosts) {
      const worker = org.workers.get(post.id);
      const designation = { en: post.designation_en, hi: post.designation_hi };
      rowOf.set(post.id, post.id);
      rows.set(post.id, {
        group: {
          type: 'post',
          id: post.id,
          name: worker ? { en: worker.name_en, hi: worker.name_hi } : designation,
          designation,
          kind: null,
          units: 0,
        },
        counts: emptyCounts(),
      });
    }
    const totals = emptyCounts();
    for (const row of perPost) {
      addRow(totals, row, now);
      const target = rows.get(rowOf.get(row.holder) ?? '');
      if (target) addRow(target.counts, row, now);
    }

    const period = ctx.query.period === 'month' ? 'month' : 'week';
    const count = typeof ctx.query.periods === 'number' ? ctx.query.periods : 8;
    const periods = periodsEnding(istDate(now), period, count);
    const flows = await flowsByPeriod(db, posts, periods);
    // The week-on-week change compares with the end of the same weekday last week (IST).
    const weekAgo = istDate(new Date(now.getTime() - 7 * DAY_MS));
    const pending = await pendingAtEndOf(db, posts, [...periods.map((p) => p.to), weekAgo]);
    const oldest = await pendingItems(db, posts, now, {}, 0, 10);
    const current = totals.files.total + totals.receipts.total;
    const previous = pending[periods.length] ?? 0;
    const presentedOldest = [];
    for (const row of oldest) presentedOldest.push(await presentItem(db, row, now));
    return {
      status: 200,
      body: {
        unit: unitSummary(unit),
        path: pathTo(org, unitId).map(unitSummary),
        asOf: now.toISOString(),
        period,
        rows: [...rows.values()].map(({ group, counts }) => ({ group, ...counts })),
        totals,
        oldest: presentedOldest,
        trend: periods.map((p, index) => ({
          from: p.from,
          to: p.to,
          created: flows[index]?.created ?? 0,
          received: flows[index]?.received ?? 0,
          disposed: flows[index]?.disposed ?? 0,
          pending: pending[index] ?? 0,
        })),
        change: { previous, current, difference: current - previous },
      },
    };
  },

  async listPendingItems(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const now = clock();
    const org = await loadOrg(db);
    const { unitId, postId } = ctx.query;
    if (typeof unitId === 'string' && typeof postId === 'string') {
      const message = 'Give unitId or postId, not both.';
      throw new ApiProblem(400, 'request.validation', message, [
        { pointer: '/postId', location: 'query', message, code: 'exclusive' },
      ]);
    }
    let posts: string[];
    if (typeof postId === 'string') {
      const post = org.posts.get(postId);
      if (!post) throw notFound('The post');
      reportUnit(org, principal, post.unit_id);
      posts = [postId];
    } else {
      posts = postsIn(org, reportUnit(org, principal, unitId));
    }
    const { offset, limit } = pageWindow(ctx.query);
    const page = await pendingItemsPage(
      db,
      posts,
      now,
      {
        ...(ctx.query.type ? { type: ctx.query.type } : {}),
        ...(ctx.query.bucket ? { bucket: ctx.query.bucket } : {}),
        ...(typeof ctx.query.overdue === 'boolean' ? { overdue: ctx.query.overdue } : {}),
        newestFirst: ctx.query.sort === 'daysPending',
      },
      offset,
      limit,
    );
    const items = [];
    for (const row of page.rows) items.push(await presentItem(db, row, now));
    return {
      status: 200,
      body: { items, total: page.total, nextCursor: nextCursor(ctx.query, offset, limit, page.total) },
    };
  },
} satisfies HandlerGroup;
