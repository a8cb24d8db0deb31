// What the weekly review reads at a district's volume (1,000,000 movements) instead of the movement log:
// - activity_daily: per IST day, post and activity, how many items the post created, received, forwarded
//   and disposed (migration 0007's definitions, counted by day instead of month), for the trend;
// - pending_changes: per IST day and post, by how much what the post holds pending changed that day. An
//   item is pending with the recipient of its latest main movement unless that movement closed or
//   parked it or put it in a file, so each main movement adds one to its recipient (when it leaves the
//   item pending) and takes one from the recipient of the item's previous main movement (when that one
//   did). What was pending at the end of a past day is then what is pending now less the changes since.
// Both are kept exact by triggers on movements, as 0007's are; `REBUILD_REVIEW_SUMMARIES` recomputes them
// from the log (this migration and the history generator run it).
//
// And indexes that answer the review and the inbox from index entries alone, without reading items' rows
// (whose JSON is most of a row): what is pending by holder with its nature and due date, an item's facets
// by id for the inbox's filters and sorts, and a movement's read time for the unread filter.
import { sql, type Kysely } from 'kysely';
import { contributions } from './0007_report_summaries.js';
import { createTriggers, dropTriggers, withoutRowid, type RowTrigger } from './row-triggers.js';

const day = (at: string) => `date(${at}, '+330 minutes')`;
/** A main movement that leaves the item pending with its recipient. */
const leavesPending = (row: string) =>
  `${row}.to_post_id is not null and ${row}.action not in ('close', 'park', 'put_in_file')`;

const activity = (row: string, from = '') =>
  `select post, month as day, activity from (${contributions(row, from, day)}) c where post is not null`;

const activityUpsert = (row: string, sign: '+' | '-') => `
  insert into activity_daily (day, post_id, activity, count)
    select day, post, activity, ${sign}1 from (${activity(row)}) a where true order by post, day, activity
    on conflict (post_id, day, activity) do update set count = activity_daily.count ${sign} 1;`;

export const REVIEW_TRIGGERS: RowTrigger[] = [
  {
    name: 'movements_activity_daily',
    event: 'insert',
    table: 'movements',
    when: `new.kind = 'main'`,
    body: activityUpsert('new', '+'),
  },
  {
    name: 'movements_activity_daily_changed',
    event: 'update of data, pulled_back_at',
    table: 'movements',
    when: `new.kind = 'main' and new.action in ('send', 'return')`,
    body: `${activityUpsert('old', '-')} ${activityUpsert('new', '+')}`,
  },
  {
    name: 'movements_pending_change',
    event: 'insert',
    table: 'movements',
    when: `new.kind = 'main'`,
    // One statement, summed per row and in key order: a send from A to B and one from B to A at the
    // same moment then lock the two rows in the same order (PostgreSQL would otherwise deadlock them),
    // and a movement from a post to itself changes its row once.
    body: `
     insert into pending_changes (day, post_id, delta)
       select day, post_id, sum(delta) from (
         select ${day('new.sent_at')} as day, new.to_post_id as post_id, 1 as delta
           where ${leavesPending('new')}
         union all
         select ${day('new.sent_at')}, p.to_post_id, -1 from movements p
           where p.seq = (select max(seq) from movements
               where item_id = new.item_id and kind = 'main' and seq < new.seq)
             and ${leavesPending('p')}) c
       where true
       group by day, post_id
       order by post_id, day
       on conflict (post_id, day) do update set delta = pending_changes.delta + excluded.delta;`,
  },
];

/** Recomputes both summaries from the movement log (after a bulk load that bypassed the triggers). */
export const REBUILD_REVIEW_SUMMARIES = [
  'delete from activity_daily',
  `insert into activity_daily (day, post_id, activity, count)
     select day, post, activity, count(*) from (${activity('m', 'from movements m')}) a
     group by day, post, activity`,
  'delete from pending_changes',
  `insert into pending_changes (day, post_id, delta)
     select day, post, sum(delta) from (
       select ${day('m.sent_at')} as day, m.to_post_id as post, 1 as delta from movements m
         where m.kind = 'main' and ${leavesPending('m')}
       union all
       select ${day('w.sent_at')}, w.prev_post, -1 from (
         select m.sent_at, lag(m.to_post_id) over item as prev_post, lag(m.action) over item as prev_action,
           lag(m.seq) over item as prev_seq
         from movements m where m.kind = 'main'
         window item as (partition by m.item_id order by m.seq)) w
       where w.prev_seq is not null and w.prev_post is not null
         and w.prev_action not in ('close', 'park', 'put_in_file')) c
     group by day, post`,
];

const INDEXES = [
  // What is pending by holder (reports/review-sql.ts, reports/pending-sql.ts) and the inbox's own items:
  // the nature and due date come with the holder, and for receipts whether they were put in a file.
  'drop index files_holder',
  `create index files_holder on files (holder_post_id, status, id,
     json_extract(data, '$.nature'), json_extract(data, '$.dueDate'))`,
  'drop index receipts_holder',
  `create index receipts_holder on receipts (holder_post_id, status, id, json_extract(data, '$.fileId'),
     json_extract(data, '$.nature'), json_extract(data, '$.dueDate'))`,
  // The inbox's filters and sorts over a folder's items (queries/folder-page.ts), by id.
  `create index files_facets on files (id, status, section_id, created_at, number,
     json_extract(data, '$.nature'), json_extract(data, '$.priority'), json_extract(data, '$.classification'),
     json_extract(data, '$.dueDate'))`,
  `create index receipts_facets on receipts (id, status, created_at, number, json_extract(data, '$.vip'),
     json_extract(data, '$.categoryId'))`,
  // An item's movements in order with their read time (the unread filter), replacing (item_id, seq).
  'drop index movements_item',
  'create index movements_item on movements (item_id, seq, read_at)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table activity_daily (
    day text not null, post_id text not null, activity text not null, count integer not null,
    primary key (post_id, day, activity)) ${sql.raw(withoutRowid(db))}`.execute(db);
  await sql`create table pending_changes (
    day text not null, post_id text not null, delta integer not null,
    primary key (post_id, day)) ${sql.raw(withoutRowid(db))}`.execute(db);
  for (const statement of [...INDEXES, ...REBUILD_REVIEW_SUMMARIES]) await sql.raw(statement).execute(db);
  await createTriggers(db, REVIEW_TRIGGERS);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTriggers(db, REVIEW_TRIGGERS);
  await sql`drop table pending_changes`.execute(db);
  await sql`drop table activity_daily`.execute(db);
  await sql.raw('drop index files_facets').execute(db);
  await sql.raw('drop index receipts_facets').execute(db);
  await sql.raw('drop index movements_item').execute(db);
  await sql.raw('create index movements_item on movements (item_id, seq)').execute(db);
  await sql.raw('drop index files_holder').execute(db);
  await sql.raw('create index files_holder on files (holder_post_id, status, id)').execute(db);
  await sql.raw('drop index receipts_holder').execute(db);
  await sql.raw('create index receipts_holder on receipts (holder_post_id, status, id)').execute(db);
}
