// What is pending with whom, computed in SQL: open items by holder (the files_pending and
// receipts_pending partial indexes), each one's arrival with its holder found by an index seek at the
// end of its movement log, and the age buckets counted by GROUP BY. Only a row per post (pendency) or
// the files of one officer's or section's work (pending with others) reach JavaScript.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

const IST_OFFSET_MS = 330 * 60 * 1000;
const DAY_MS = 86_400_000;

/**
 * The UTC instant (ISO, as stored) at which the IST day `daysBack` days before `now`'s IST day began.
 * An item is at most `daysBack` IST days old exactly when it arrived at or after this instant.
 */
export function istDayStart(now: Date, daysBack: number): string {
  const today = Math.floor((now.getTime() + IST_OFFSET_MS) / DAY_MS);
  return new Date((today - daysBack) * DAY_MS - IST_OFFSET_MS).toISOString();
}

const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/**
 * The open items held by `posts`, with the main movement that brought each to its holder: the latest
 * one into the holder from elsewhere, else the item's latest main movement (holding.ts `arrival`).
 * The WHERE clauses repeat the partial indexes' conditions word for word so SQLite uses them.
 */
function arrivals(posts: readonly string[], types: readonly ('file' | 'receipt')[]): RawBuilder<unknown> {
  const parts = [];
  if (types.includes('file'))
    parts.push(sql`select 'file' as type, id, holder_post_id as holder from files
      where holder_post_id in (${list(posts)})
        and holder_post_id is not null and status not in ('closed', 'parked')`);
  if (types.includes('receipt'))
    parts.push(sql`select 'receipt' as type, id, holder_post_id as holder from receipts
      where holder_post_id in (${list(posts)})
        and holder_post_id is not null and status not in ('closed', 'put_in_file')`);
  return sql`select p.type, p.id, p.holder, coalesce(
      (select m.seq from movements m
        where m.item_id = p.id and m.kind = 'main' and m.to_post_id = p.holder
          and (m.from_post_id is null or m.from_post_id <> p.holder)
        order by m.seq desc limit 1),
      (select m.seq from movements m where m.item_id = p.id and m.kind = 'main'
        order by m.seq desc limit 1)) as seq
    from (${sql.join(parts, sql` union all `)}) p`;
}

/** When the holder got the item: a physical receipt's paper acknowledgement, else the movement's time. */
const SINCE = sql`case when json_type(m.data, '$.receivedAt') = 'text'
  then json_extract(m.data, '$.receivedAt') else m.sent_at end`;

export interface PendingCounts {
  type: 'file' | 'receipt';
  holder: string;
  total: number;
  days0to7: number;
  days8to15: number;
  days16to30: number;
  over30Days: number;
}

/** Pending items per holding post and type, in the age buckets of domain.md (IST calendar days). */
export async function pendingCountsByPost(
  db: Db,
  posts: readonly string[],
  now: Date,
): Promise<PendingCounts[]> {
  if (posts.length === 0) return [];
  const [t7, t15, t30] = [7, 15, 30].map((days) => istDayStart(now, days));
  const { rows } = await sql<PendingCounts>`
    select a.type, a.holder, count(*) as total,
      sum(s.since >= ${t7}) as days0to7,
      sum(s.since < ${t7} and s.since >= ${t15}) as days8to15,
      sum(s.since < ${t15} and s.since >= ${t30}) as days16to30,
      sum(s.since < ${t30}) as over30Days
    from (${arrivals(posts, ['file', 'receipt'])}) a
    join (select m.seq, ${SINCE} as since from movements m) s on s.seq = a.seq
    group by a.type, a.holder`.execute(db);
  return rows;
}

export interface PendingFileRow {
  id: string;
  number: string;
  holder: string;
  sectionId: string;
  data: string;
  classification: string;
  arrivalFrom: string | null;
  arrivalDueDate: string | null;
  since: string;
}

/**
 * Open files that `origins` (posts) put on their way — created by one of them, or sent or returned
 * by one — and that are held by a post for which `held` is false, with their arrival at the holder.
 * `held` is decided in SQL: for `mine`, the holder is one of the posts; for `section`, the holder is
 * itself one of the file's origins among the posts.
 */
export async function pendingFilesFrom(
  db: Db,
  origins: readonly string[],
  scope: 'mine' | 'section',
): Promise<PendingFileRow[]> {
  if (origins.length === 0) return [];
  const started = sql`(
    select item_id from movements
      where from_post_id in (${list(origins)}) and kind = 'main' and action in ('send', 'return')
    union
    select id from files where json_extract(data, '$.creatorPostId') in (${list(origins)}))`;
  const notOurs =
    scope === 'mine'
      ? sql`f.holder_post_id not in (${list(origins)})`
      : sql`not (f.holder_post_id in (${list(origins)}) and (
          json_extract(f.data, '$.creatorPostId') = f.holder_post_id
          or exists (select 1 from movements o
            where o.from_post_id = f.holder_post_id and o.kind = 'main' and o.action in ('send', 'return')
              and o.item_id = f.id)))`;
  const { rows } = await sql<PendingFileRow>`
    select f.id, f.number, f.holder_post_id as holder, f.section_id as sectionId, f.data,
      coalesce(json_extract(f.data, '$.classification'), 'normal') as classification,
      m.from_post_id as arrivalFrom, json_extract(m.data, '$.dueDate') as arrivalDueDate,
      ${SINCE} as since
    from files f
    join movements m on m.seq = coalesce(
      (select a.seq from movements a
        where a.item_id = f.id and a.kind = 'main' and a.to_post_id = f.holder_post_id
          and (a.from_post_id is null or a.from_post_id <> f.holder_post_id)
        order by a.seq desc limit 1),
      (select a.seq from movements a where a.item_id = f.id and a.kind = 'main'
        order by a.seq desc limit 1))
    where f.id in ${started}
      and f.holder_post_id is not null and f.status not in ('closed', 'parked')
      and ${notOurs}`.execute(db);
  return rows;
}

/** Of `items`, those on a route through one of `posts` (the principal's): access.ts `onRoute`. */
export async function onRouteOf(
  db: Db,
  posts: readonly string[],
  items: readonly string[],
): Promise<Set<string>> {
  if (posts.length === 0 || items.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    select distinct item_id as id from movements where to_post_id in (${list(posts)}) and item_id in (${list(items)})
    union
    select distinct item_id from movements where from_post_id in (${list(posts)}) and item_id in (${list(items)})`.execute(
    db,
  );
  return new Set(rows.map((r) => r.id));
}
