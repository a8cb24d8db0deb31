// What is pending with whom, computed in SQL: open items by holder (the files_holder and
// receipts_holder indexes), each one's arrival with its holder from the item_arrivals summary
// (migration 0007), and the age buckets counted by GROUP BY. Only a row per post (pendency) or
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

/** The open items held by `posts`. */
function pendingItems(posts: readonly string[]): RawBuilder<unknown> {
  return sql`select 'file' as type, id, holder_post_id as holder from files
      where holder_post_id in (${list(posts)})
        and holder_post_id is not null and status not in ('closed', 'parked')
    union all
    select 'receipt' as type, id, holder_post_id as holder from receipts
      where holder_post_id in (${list(posts)})
        and holder_post_id is not null and status not in ('closed', 'put_in_file')`;
}

/**
 * The seq of the main movement that brought item `item` to `holder`, read from the log: the latest one
 * into the holder from elsewhere, else the item's latest main movement (test/reference/holdings.ts
 * `arrival`). Only needed when the item_arrivals summary's latest arrival is not into the holder,
 * which the sandbox's own actions never leave behind.
 */
const arrivalFromLog = (item: RawBuilder<unknown>, holder: RawBuilder<unknown>) => sql`coalesce(
  (select l.seq from movements l
    where l.item_id = ${item} and l.kind = 'main' and l.to_post_id = ${holder}
      and (l.from_post_id is null or l.from_post_id <> ${holder})
    order by l.seq desc limit 1),
  (select l.seq from movements l where l.item_id = ${item} and l.kind = 'main' order by l.seq desc limit 1))`;

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
    select type, holder, count(*) as total,
      sum(case when since >= ${t7} then 1 else 0 end) as "days0to7",
      sum(case when since < ${t7} and since >= ${t15} then 1 else 0 end) as "days8to15",
      sum(case when since < ${t15} and since >= ${t30} then 1 else 0 end) as "days16to30",
      sum(case when since < ${t30} then 1 else 0 end) as "over30Days"
    from (
      select p.type, p.holder, case when a.to_post_id = p.holder then a.since
        else (select ${SINCE} from movements m
          where m.seq = ${arrivalFromLog(sql`p.id`, sql`p.holder`)}) end as since
      from (${pendingItems(posts)}) p left join item_arrivals a on a.item_id = p.id) s
    where since is not null
    group by type, holder`.execute(db);
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
 * itself one of the file's origins among the posts. The file_origins summary (migration 0008) gives
 * the open ones of the origins' files with their holders from its partial index, so only those files'
 * rows are read, however many files the posts have sent over the years.
 */
export async function pendingFilesFrom(
  db: Db,
  origins: readonly string[],
  scope: 'mine' | 'section',
): Promise<PendingFileRow[]> {
  if (origins.length === 0) return [];
  const notOurs =
    scope === 'mine'
      ? sql`o.open_holder not in (${list(origins)})`
      : sql`not (o.open_holder in (${list(origins)}) and exists (select 1 from file_origins h
          where h.post_id = o.open_holder and h.file_id = o.file_id))`;
  const pending = sql`select distinct o.file_id from file_origins o
    where o.post_id in (${list(origins)}) and o.open_holder is not null and ${notOurs}`;
  const { rows } = await sql<PendingFileRow>`
    select f.id, f.number, f.holder_post_id as holder, f.section_id as "sectionId", f.data,
      coalesce(json_extract(f.data, '$.classification'), 'normal') as classification,
      case when a.to_post_id = f.holder_post_id then a.from_post_id else m.from_post_id end as "arrivalFrom",
      case when a.to_post_id = f.holder_post_id then a.due_date
        else json_extract(m.data, '$.dueDate') end as "arrivalDueDate",
      case when a.to_post_id = f.holder_post_id then a.since else ${SINCE} end as since
    from (${pending}) p
    join files f on f.id = p.file_id
    left join item_arrivals a on a.item_id = f.id
    -- The log is searched only when the summary's arrival is not into the holder (CASE is lazy; a
    -- plain AND would compute the search for every file to make the join key).
    left join movements m on m.seq = case when a.to_post_id is distinct from f.holder_post_id
      then ${arrivalFromLog(sql`f.id`, sql`f.holder_post_id`)} end
    where f.holder_post_id is not null and f.status not in ('closed', 'parked')
      and (a.to_post_id = f.holder_post_id or m.seq is not null)`.execute(db);
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
