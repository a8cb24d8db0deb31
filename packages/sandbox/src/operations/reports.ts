// Reports computed from the movement log (pendency, summaries, files pending with others). The
// dispatch register lives with drafts and dispatch.
import { paginate, sortBy } from '../pagination.js';
import { asEnum, PRIORITIES, type Schemas } from '../presenters/contract-enums.js';
import { postSummaries } from '../movements.js';
import { unitSummary } from '../presenters/directory.js';
import { ApiProblem } from '../problem.js';
import { istToday } from '../recipients.js';
import { activityCounts } from '../reports/activity-sql.js';
import { addCounts, emptyBuckets, istDays, monthsBetween, type AgeBuckets } from '../reports/aging.js';
import { isSupervisory, loadOrg, officeOf, reportUnit, subtree } from '../reports/org.js';
import { onRouteOf, pendingCountsByPost, pendingFilesFrom } from '../reports/pending-sql.js';
import { addInto, cellsFromCounts, emptyCell, finishShare, reportingOffices } from '../reports/summary.js';
import { requirePrincipal, type HandlerGroup } from './context.js';

const MAX_MONTHS = 24;

function invalidQuery(pointer: string, message: string): ApiProblem {
  return new ApiProblem(400, 'request.validation', message, [
    { pointer, location: 'query', message, code: 'range' },
  ]);
}

interface PendencyGroupRow {
  id: string;
  group: Schemas['PendencyGroup'];
  files: AgeBuckets;
  receipts: AgeBuckets;
}

export const reportHandlers = {
  async getDepartmentSummary(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const from = ctx.query.from as string;
    const to = ctx.query.to as string;
    if (to < from) throw invalidQuery('/to', '`to` is before `from`.');
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) {
      throw invalidQuery('/to', `At most ${MAX_MONTHS} months per request; this asks for ${months.length}.`);
    }
    const org = await loadOrg(db);
    const unitId = reportUnit(org, principal, ctx.query.unitId);
    const cells = cellsFromCounts(org, unitId, await activityCounts(db, from, to));
    const totals = emptyCell();
    const rows = [];
    for (const officeId of reportingOffices(org, unitId)) {
      const office = unitSummary(org.units.get(officeId) as NonNullable<ReturnType<typeof org.units.get>>);
      for (const month of months) {
        const cell = cells.get(`${officeId} ${month}`) ?? emptyCell();
        addInto(totals, cell);
        rows.push({ office, month, ...finishShare(cell) });
      }
    }
    const unit = org.units.get(unitId) as NonNullable<ReturnType<typeof org.units.get>>;
    return {
      status: 200,
      body: {
        unit: unitSummary(unit),
        from,
        to,
        generatedAt: clock().toISOString(),
        rows,
        totals: finishShare(totals),
      },
    };
  },

  async getPendency(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const now = clock();
    const groupBy = typeof ctx.query.groupBy === 'string' ? ctx.query.groupBy : 'section';
    const org = await loadOrg(db);
    const unitId = reportUnit(org, principal, ctx.query.unitId);
    const inTree = subtree(org, unitId);
    // The group a post's pending work counts for; null for a vacant post in a by-user report.
    const groupOf = (postId: string): string | null => {
      const post = org.posts.get(postId);
      if (!post || !inTree.has(post.unit_id)) return null;
      if (groupBy === 'user') return org.workers.get(postId)?.id ?? null;
      if (groupBy === 'office') return officeOf(org, post.unit_id);
      return post.unit_id;
    };
    // Every group in the unit gets a row, so "nothing pending" shows as zeros rather than absence.
    const groups = new Map<string, PendencyGroupRow>();
    for (const post of org.posts.values()) {
      const id = post.active === 1 ? groupOf(post.id) : null;
      if (!id || groups.has(id)) continue;
      let group: PendencyGroupRow['group'];
      if (groupBy === 'user') {
        const user = org.workers.get(post.id);
        if (!user) continue;
        const main = org.posts.get(org.mainPost.get(user.id) ?? '');
        group = {
          type: 'user',
          id: user.id,
          name: { en: user.name_en, hi: user.name_hi },
          designation: main ? { en: main.designation_en, hi: main.designation_hi } : null,
        };
      } else {
        const unit = org.units.get(id);
        if (!unit) continue;
        group = { type: groupBy, id, name: { en: unit.name_en, hi: unit.name_hi } };
      }
      groups.set(id, { id, group, files: emptyBuckets(), receipts: emptyBuckets() });
    }
    const heldBy = [...org.posts.values()].filter((p) => groupOf(p.id) !== null).map((p) => p.id);
    for (const counts of await pendingCountsByPost(db, heldBy, now)) {
      const id = groupOf(counts.holder);
      const row = id ? groups.get(id) : undefined;
      if (!row) continue;
      addCounts(counts.type === 'file' ? row.files : row.receipts, counts);
    }
    const sort = typeof ctx.query.sort === 'string' ? ctx.query.sort : '-total';
    const language = ctx.language;
    const sorted = sortBy(
      [...groups.values()],
      sort,
      (row, key) => {
        if (key === 'name') return row.group.name[language];
        if (key === 'over30Days') return row.files.over30Days + row.receipts.over30Days;
        return row.files.total + row.receipts.total;
      },
      language === 'hi' ? 'hi' : 'en',
    );
    const page = paginate(sorted, ctx.query);
    return {
      status: 200,
      body: {
        asOf: now.toISOString(),
        groupBy,
        items: page.items.map(({ group, files, receipts }) => ({ group, files, receipts })),
        nextCursor: page.nextCursor,
      },
    };
  },

  async listFilesPendingWithOthers(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const now = clock();
    const today = istToday(now);
    const org = await loadOrg(db);
    const scope = ctx.query.scope === 'section' ? 'section' : 'mine';
    let posts = new Set(principal.postIds);
    if (scope === 'section') {
      const supervisory = principal.postIds
        .map((id) => org.posts.get(id))
        .filter((post) => post !== undefined && isSupervisory(post));
      if (supervisory.length === 0) {
        throw new ApiProblem(
          403,
          'auth.role_required',
          'The section view is for Section Officers and above; use scope=mine.',
        );
      }
      const sections = new Set(supervisory.map((post) => post?.unit_id));
      posts = new Set([...org.posts.values()].filter((p) => sections.has(p.unit_id)).map((p) => p.id));
    }
    const candidates = await pendingFilesFrom(db, [...posts], scope);
    // Section viewers see only what they may open (access.ts canSee): on their route, or a normal file
    // of one of their sections.
    const sections = new Set(principal.postIds.map((id) => org.posts.get(id)?.unit_id));
    const onRoute =
      scope === 'section'
        ? await onRouteOf(
            db,
            principal.postIds,
            candidates.filter((c) => !principal.postIds.includes(c.holder)).map((c) => c.id),
          )
        : null;
    const items = [];
    for (const candidate of candidates) {
      if (
        onRoute &&
        !principal.postIds.includes(candidate.holder) &&
        !onRoute.has(candidate.id) &&
        !(candidate.classification === 'normal' && sections.has(candidate.sectionId))
      )
        continue;
      const data = JSON.parse(candidate.data) as {
        dueDate: string | null;
        priority: string;
        subject: string;
      };
      const dueDate = candidate.arrivalDueDate ?? data.dueDate ?? null;
      const daysPending = istDays(candidate.since, now);
      const overdue = dueDate !== null && dueDate < today;
      if (typeof ctx.query.minDays === 'number' && daysPending < ctx.query.minDays) continue;
      if (typeof ctx.query.overdue === 'boolean' && overdue !== ctx.query.overdue) continue;
      items.push({
        id: candidate.id,
        row: { id: candidate.id, number: candidate.number, holder_post_id: candidate.holder },
        sentBy: candidate.arrivalFrom ?? candidate.holder,
        pendingSince: candidate.since,
        daysPending,
        dueDate,
        overdue,
        priority: asEnum(data.priority, PRIORITIES, 'file priority'),
        subject: data.subject,
      });
    }
    const sort = typeof ctx.query.sort === 'string' ? ctx.query.sort : '-daysPending';
    const sorted = sortBy(items, sort, (item, key) => (key === 'dueDate' ? item.dueDate : item.daysPending));
    const page = paginate(sorted, ctx.query);
    // The posts the page names, summarised in three queries.
    const named = await postSummaries(
      db,
      page.items.flatMap((item) => [item.row.holder_post_id, item.sentBy]),
    );
    const postOf = (id: string) => {
      const post = named.get(id);
      if (!post) throw new Error(`unknown post ${id}`);
      return post;
    };
    const presented = page.items.map((item) => ({
      file: { id: item.row.id, number: item.row.number, subject: item.subject },
      holder: postOf(item.row.holder_post_id),
      sentBy: postOf(item.sentBy),
      pendingSince: item.pendingSince,
      daysPending: item.daysPending,
      dueDate: item.dueDate,
      overdue: item.overdue,
      priority: item.priority,
    }));
    return { status: 200, body: { items: presented, nextCursor: page.nextCursor } };
  },
} satisfies HandlerGroup;
