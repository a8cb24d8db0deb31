// The weekly review's numbers, computed in SQL (a new module, so the pendency and summary queries of
// pending-sql.ts and activity-sql.ts stay as they are): what is pending per post with age buckets,
// overdue, nature and the oldest arrival; a page of the pending items themselves; and, per period, what
// the posts created, received and disposed and what was pending with them at the period's end, read back
// from the movement log. Only a row per post and nature, or one page of items, reaches JavaScript.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { istDayStart } from './pending-sql.js';

type Db = Kysely<Database>;

const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/**
 * Open items held by `posts`, each with its arrival at the holder (the item_arrivals summary that
 * migration 0007's triggers keep: the latest main movement into a post from elsewhere) and its due date
 * (the movement's, else the item's own). Only columns of the holder indexes (migration 0010) are read,
 * so no item's row is: a department's tens of thousands of pending items are counted from indexes.
 */
function pendingWithArrival(posts: readonly string[]): RawBuilder<unknown> {
  const items = (table: 'files' | 'receipts', type: string, done: RawBuilder<unknown>) => sql`
    select ${type} as type, i.id, i.holder_post_id as holder,
      coalesce(json_extract(i.data, '$.nature'), 'physical') as nature,
      json_extract(i.data, '$.dueDate') as item_due
    from ${sql.table(table)} i
    where i.holder_post_id in (${list(posts)}) and i.status not in (${done})`;
  return sql`select p.type, p.id, p.holder, p.nature, a.since, coalesce(a.due_date, p.item_due) as due
    from (${items('files', 'file', sql`'closed', 'parked'`)}
      union all ${items('receipts', 'receipt', sql`'closed', 'put_in_file'`)}) p
    join item_arrivals a on a.item_id = p.id and a.to_post_id = p.holder`;
}

export interface PostPendingRow {
  type: 'file' | 'receipt';
  holder: string;
  nature: 'electronic' | 'physical';
  total: number;
  days0to7: number;
  days8to15: number;
  days16to30: number;
  over30Days: number;
  overdue: number;
  /** The earliest arrival among them (ISO instant). */
  oldest: string;
}

/** The IST calendar date (`YYYY-MM-DD`) of `now`. */
export function istDate(now: Date): string {
  return new Date(now.getTime() + 330 * 60_000).toISOString().slice(0, 10);
}

/** Pending items per holding post, type and nature: age buckets, overdue count, oldest arrival. */
export async function pendingByPost(db: Db, posts: readonly string[], now: Date): Promise<PostPendingRow[]> {
  if (posts.length === 0) return [];
  const [t7, t15, t30] = [7, 15, 30].map((days) => istDayStart(now, days));
  const today = istDate(now);
  const { rows } = await sql<PostPendingRow>`
    select type, holder, nature, count(*) as total,
      sum(case when since >= ${t7} then 1 else 0 end) as "days0to7",
      sum(case when since < ${t7} and since >= ${t15} then 1 else 0 end) as "days8to15",
      sum(case when since < ${t15} and since >= ${t30} then 1 else 0 end) as "days16to30",
      sum(case when since < ${t30} then 1 else 0 end) as "over30Days",
      sum(case when due is not null and due < ${today} then 1 else 0 end) as overdue,
      min(since) as oldest
    from (${pendingWithArrival(posts)}) p
    group by type, holder, nature`.execute(db);
  return rows;
}

export type BucketFilter = 'days0to7' | 'days8to15' | 'days16to30' | 'over30Days';

export interface PendingItemFilters {
  type?: 'file' | 'receipt';
  bucket?: BucketFilter;
  overdue?: boolean;
  /** Oldest first (the default) or newest first. */
  newestFirst?: boolean;
}

export interface PendingItemRow {
  type: 'file' | 'receipt';
  id: string;
  number: string;
  holder: string;
  nature: 'electronic' | 'physical';
  data: string;
  since: string;
  due: string | null;
}

function filterClause(now: Date, filters: PendingItemFilters): RawBuilder<unknown> {
  const [t7, t15, t30] = [7, 15, 30].map((days) => istDayStart(now, days));
  const today = istDate(now);
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (filters.type) parts.push(sql`type = ${filters.type}`);
  if (filters.bucket === 'days0to7') parts.push(sql`since >= ${t7}`);
  if (filters.bucket === 'days8to15') parts.push(sql`since < ${t7} and since >= ${t15}`);
  if (filters.bucket === 'days16to30') parts.push(sql`since < ${t15} and since >= ${t30}`);
  if (filters.bucket === 'over30Days') parts.push(sql`since < ${t30}`);
  if (filters.overdue === true) parts.push(sql`due is not null and due < ${today}`);
  if (filters.overdue === false) parts.push(sql`(due is null or due >= ${today})`);
  return sql.join(parts, sql` and `);
}

/** One page of the items pending with `posts` (oldest first unless asked otherwise) and how many match. */
export async function pendingItemsPage(
  db: Db,
  posts: readonly string[],
  now: Date,
  filters: PendingItemFilters,
  offset: number,
  limit: number,
): Promise<{ rows: PendingItemRow[]; total: number }> {
  return {
    rows: await pendingItems(db, posts, now, filters, offset, limit),
    total: await countPendingItems(db, posts, now, filters),
  };
}

/** How many items pending with `posts` match `filters`. */
export async function countPendingItems(
  db: Db,
  posts: readonly string[],
  now: Date,
  filters: PendingItemFilters,
): Promise<number> {
  if (posts.length === 0) return 0;
  const counted = await sql<{ total: number }>`
    select count(*) as total from (${pendingWithArrival(posts)}) p where ${filterClause(now, filters)}`.execute(
    db,
  );
  return counted.rows[0]?.total ?? 0;
}

/** The items pending with `posts` from `offset`, at most `limit` (oldest first unless asked otherwise). */
export async function pendingItems(
  db: Db,
  posts: readonly string[],
  now: Date,
  filters: PendingItemFilters,
  offset: number,
  limit: number,
): Promise<PendingItemRow[]> {
  if (posts.length === 0) return [];
  const where = filterClause(now, filters);
  const order = filters.newestFirst ? sql`since desc, id desc` : sql`since asc, id asc`;
  const pageOrder = filters.newestFirst ? sql`p.since desc, p.id desc` : sql`p.since asc, p.id asc`;
  // The page is chosen from the indexes alone; only its rows' numbers and JSON are read after.
  const { rows } = await sql<PendingItemRow>`
    select p.type, p.id, coalesce(f.number, r.number) as number, p.holder, p.nature,
      coalesce(f.data, r.data) as data, p.since, p.due
    from (select type, id, holder, nature, since, due from (${pendingWithArrival(posts)}) held
      where ${where} order by ${order} limit ${limit} offset ${offset}) p
    left join files f on p.type = 'file' and f.id = p.id
    left join receipts r on p.type = 'receipt' and r.id = p.id
    order by ${pageOrder}`.execute(db);
  return rows;
}

export interface Period {
  /** First and last IST day, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

export interface PeriodFlow {
  index: number;
  created: number;
  received: number;
  disposed: number;
}

/**
 * Per period, the items `posts` created, received and disposed — the definitions of the departmental
 * summary (migration 0007's `contributions`) — read from the activity_daily summary (migration 0010)
 * that triggers keep by IST day: a row per post, day and activity, however many movements.
 */
export async function flowsByPeriod(
  db: Db,
  posts: readonly string[],
  periods: readonly Period[],
): Promise<PeriodFlow[]> {
  if (posts.length === 0 || periods.length === 0) return [];
  const first = (periods[0] as Period).from;
  const last = (periods[periods.length - 1] as Period).to;
  const { rows } = await sql<{ day: string; activity: string; count: number }>`
    select day, activity, sum(count) as count from activity_daily
    where post_id in (${list(posts)}) and day between ${first} and ${last}
      and activity in ('created', 'received', 'disposed')
    group by day, activity`.execute(db);
  const out = periods.map((_, index) => ({ index, created: 0, received: 0, disposed: 0 }));
  for (const row of rows) {
    const flow = out[periods.findIndex((p) => row.day >= p.from && row.day <= p.to)];
    if (flow) flow[row.activity as 'created' | 'received' | 'disposed'] += row.count;
  }
  return out;
}

/** Ids of the items open with `posts` now (held as main recipient, neither closed, parked nor put in a file). */
function openItems(posts: readonly string[]): RawBuilder<unknown> {
  return sql`select id from files where holder_post_id in (${list(posts)}) and status not in ('closed', 'parked')
    union all
    select id from receipts where holder_post_id in (${list(posts)}) and status not in ('closed', 'put_in_file')`;
}

/**
 * How many items were pending with `posts` at the end of each IST day of `days` (`YYYY-MM-DD`; today's
 * means now): what is open with them now less the changes since that day, read from the
 * pending_changes summary (migration 0010) — a row per post and day, however many movements. The
 * movement log's definition: an item's holder at an instant is the recipient of its latest main
 * movement by then, unless that movement closed or parked it or put it in a file. Answers in the order
 * of `days`.
 */
export async function pendingAtEndOf(
  db: Db,
  posts: readonly string[],
  days: readonly string[],
): Promise<number[]> {
  if (posts.length === 0 || days.length === 0) return days.map(() => 0);
  const earliest = [...days].sort()[0] as string;
  const open = await sql<{ count: number }>`select count(*) as count from (${openItems(posts)}) o`.execute(
    db,
  );
  const { rows } = await sql<{ day: string; delta: number }>`
    select day, sum(delta) as delta from pending_changes
    where post_id in (${list(posts)}) and day > ${earliest}
    group by day`.execute(db);
  const now = open.rows[0]?.count ?? 0;
  return days.map((end) => now - rows.reduce((sum, row) => (row.day > end ? sum + row.delta : sum), 0));
}
