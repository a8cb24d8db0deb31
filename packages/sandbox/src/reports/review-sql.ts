// The weekly review's numbers, computed in SQL (a new module, so the pendency and summary queries of
// pending-sql.ts and activity-sql.ts stay as they are): what is pending per post with age buckets,
// overdue, nature and the oldest arrival; a page of the pending items themselves; and, per period, what
// the posts created, received and disposed and what was pending with them at the period's end, read back
// from the movement log. Only a row per post and nature, or one page of items, reaches JavaScript.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import { istDayStart } from './pending-sql.js';

type Db = Kysely<Database>;

const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/**
 * Open items held by `posts`, each with its arrival at the holder (the item_arrivals summary that
 * migration 0007's triggers keep: the latest main movement into a post from elsewhere) and its due date
 * (the movement's, else the item's own).
 */
function pendingWithArrival(posts: readonly string[]): RawBuilder<unknown> {
  const items = (table: 'files' | 'receipts', type: string, done: RawBuilder<unknown>) => sql`
    select ${type} as type, i.id, i.number, i.holder_post_id as holder, i.data,
      coalesce(json_extract(i.data, '$.nature'), 'physical') as nature
    from ${sql.table(table)} i
    where i.holder_post_id in (${list(posts)}) and i.status not in (${done})`;
  return sql`select p.type, p.id, p.number, p.holder, p.nature, p.data, a.since,
      coalesce(a.due_date, json_extract(p.data, '$.dueDate')) as due
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
  if (posts.length === 0) return { rows: [], total: 0 };
  const where = filterClause(now, filters);
  const order = filters.newestFirst ? sql`since desc, id desc` : sql`since asc, id asc`;
  const { rows } = await sql<PendingItemRow>`
    select type, id, number, holder, nature, data, since, due
    from (${pendingWithArrival(posts)}) p where ${where}
    order by ${order} limit ${limit} offset ${offset}`.execute(db);
  const counted = await sql<{ total: number }>`
    select count(*) as total from (${pendingWithArrival(posts)}) p where ${where}`.execute(db);
  return { rows, total: counted.rows[0]?.total ?? 0 };
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
 * SQLite's `indexed by` hint (its planner otherwise picks a worse index for these scans); PostgreSQL has
 * no hints and its planner chooses the index from the statistics.
 */
const indexedBy = (db: Db, index: string) => (isPostgres(db) ? sql`` : sql.raw(`indexed by ${index}`));

const istDay = (at: RawBuilder<unknown>) => sql`date(${at}, '+330 minutes')`;

/**
 * Per period, the items `posts` created, received and disposed — the definitions of the departmental
 * summary (migration 0007's `contributions`), counted by IST day instead of month.
 */
export async function flowsByPeriod(
  db: Db,
  posts: readonly string[],
  periods: readonly Period[],
): Promise<PeriodFlow[]> {
  if (posts.length === 0 || periods.length === 0) return [];
  const first = (periods[0] as Period).from;
  // A movement may count on a later day than it was sent (a paper receipt acknowledged later), never earlier.
  const floor = new Date(Date.parse(`${first}T00:00:00+05:30`)).toISOString();
  const physicalReceipt = sql`(m.item_type = 'receipt' and coalesce(
    (select json_extract(r.data, '$.nature') from receipts r where r.id = m.item_id), 'physical') = 'physical')`;
  const last = (periods[periods.length - 1] as Period).to;
  const bySent = indexedBy(db, 'movements_sent');
  // Counted per IST day in SQL, then summed into the periods here: joining the events to the periods
  // in SQL makes SQLite compute the events once per period.
  const { rows } = await sql<{ day: string; activity: string; count: number }>`
    select day, activity, count(*) as count from (
      select 'created' as activity, ${istDay(sql`m.sent_at`)} as day from movements m ${bySent}
        where m.sent_at >= ${floor} and m.kind = 'main' and m.action = 'create' and m.to_post_id in (${list(posts)})
      union all
      select 'disposed', ${istDay(sql`m.sent_at`)} from movements m ${bySent}
        where m.sent_at >= ${floor} and m.kind = 'main' and m.action in ('close', 'put_in_file')
          and (m.from_post_id in (${list(posts)})
            or (m.from_post_id is null and m.to_post_id in (${list(posts)})))
      union all
      select 'received', ${istDay(sql`case when json_type(m.data, '$.receivedAt') = 'text'
          then json_extract(m.data, '$.receivedAt') else m.sent_at end`)}
        from movements m ${bySent}
        where m.sent_at >= ${floor} and m.kind = 'main' and m.action in ('send', 'return')
          and m.pulled_back_at is null and m.to_post_id in (${list(posts)})
          and (json_type(m.data, '$.receivedAt') = 'text' or not ${physicalReceipt})
      union all
      -- Paper sent before the first period and acknowledged within the periods.
      select 'received', ${istDay(sql`json_extract(m.data, '$.receivedAt')`)}
        from movements m ${indexedBy(db, 'movements_acknowledged')}
        where json_type(m.data, '$.receivedAt') = 'text' and json_extract(m.data, '$.receivedAt') >= ${floor}
          and m.sent_at < ${floor} and m.kind = 'main' and m.action in ('send', 'return')
          and m.pulled_back_at is null and m.to_post_id in (${list(posts)})) d
    where day between ${first} and ${last}
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
 * How many items were pending with `posts` at each instant of `at`, read from the movement log: an
 * item's holder at an instant is the recipient of its latest main movement by then, unless that
 * movement closed or parked it or put it in a file. Only movements since the instant are read (the
 * movements_sent index): an item that has not moved since is in the state it is in now, and one that
 * has is looked up at its latest movement by then. Answers in the order of `at`.
 */
export async function pendingAt(db: Db, posts: readonly string[], at: readonly Date[]): Promise<number[]> {
  if (posts.length === 0 || at.length === 0) return at.map(() => 0);
  const instants = sql.join(
    at.map((d, index) => sql`select ${index} as idx, ${d.toISOString()} as at`),
    sql` union all `,
  );
  // Per instant: open now and not moved since, plus moved since and pending by then.
  const { rows } = await sql<{ idx: number; count: number }>`
    with instants as (${instants}),
    open as materialized (${openItems(posts)}),
    moved as materialized (select distinct t.idx, y.item_id from instants t
      join movements y ${indexedBy(db, 'movements_sent')} on y.sent_at > t.at and y.kind = 'main')
    select t.idx,
      (select count(*) from open)
      - (select count(*) from moved v where v.idx = t.idx and v.item_id in (select id from open))
      + (select count(*) from moved v
          join movements l on l.seq = (select z.seq from movements z
            where z.item_id = v.item_id and z.kind = 'main' and z.sent_at <= t.at order by z.seq desc limit 1)
          where v.idx = t.idx and l.to_post_id in (${list(posts)})
            and l.action not in ('close', 'park', 'put_in_file'))
      as count
    from instants t`.execute(db);
  const out = at.map(() => 0);
  for (const row of rows) out[row.idx] = row.count;
  return out;
}
