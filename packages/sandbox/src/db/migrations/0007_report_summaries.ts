// Summary tables the reports read instead of the movement log, kept exact by triggers on movements
// (so every writer, present or future, keeps them right without calling anything):
// - item_arrivals: for each file and receipt, its latest main movement into a post from elsewhere —
//   the arrival that starts the holder's pendency clock — with when it was received and its due date;
// - activity_monthly: per IST month, post, item type, activity and nature, how many items the post
//   created, received, forwarded and disposed (the departmental summary).
// A year of a district's summary is then a few thousand rows instead of hundreds of thousands of
// movements. `REBUILD_SUMMARIES` recomputes both from the log (this migration and the history
// generator run it).
import { sql, type Kysely } from 'kysely';
import { createTriggers, dropTriggers, withoutRowid, type RowTrigger } from './row-triggers.js';

/** The moment the holder got the item: a physical receipt's paper acknowledgement, else when sent. */
const since = (row: string) =>
  `case when json_type(${row}.data, '$.receivedAt') = 'text' then json_extract(${row}.data, '$.receivedAt') else ${row}.sent_at end`;
const month = (at: string) => `strftime('%Y-%m', ${at}, '+330 minutes')`;
const nature = (row: string) =>
  `coalesce(case ${row}.item_type
     when 'file' then (select json_extract(f.data, '$.nature') from files f where f.id = ${row}.item_id)
     else (select json_extract(r.data, '$.nature') from receipts r where r.id = ${row}.item_id) end, 'physical')`;

/**
 * The activities one main movement counts for, as rows (post, month, type, activity, nature). A
 * pulled-back movement never reached anyone; a physical receipt is received when its paper is.
 */
function contributions(row: string, from = ''): string {
  return `
    select ${row}.to_post_id as post, ${month(`${row}.sent_at`)} as month, ${row}.item_type as type,
      'created' as activity, ${nature(row)} as nature
      ${from} where ${row}.kind = 'main' and ${row}.action = 'create'
    union all
    select ${row}.from_post_id, ${month(`${row}.sent_at`)}, ${row}.item_type, 'forwarded', ${nature(row)}
      ${from} where ${row}.kind = 'main' and ${row}.action in ('send', 'return')
    union all
    select coalesce(${row}.from_post_id, ${row}.to_post_id), ${month(`${row}.sent_at`)}, ${row}.item_type,
      'disposed', ${nature(row)}
      ${from} where ${row}.kind = 'main' and ${row}.action in ('close', 'put_in_file')
    union all
    select ${row}.to_post_id, ${month(`json_extract(${row}.data, '$.receivedAt')`)}, ${row}.item_type,
      'received', ${nature(row)}
      ${from} where ${row}.kind = 'main' and ${row}.action in ('send', 'return') and ${row}.pulled_back_at is null
        and json_type(${row}.data, '$.receivedAt') = 'text'
    union all
    select ${row}.to_post_id, ${month(`${row}.sent_at`)}, ${row}.item_type, 'received', ${nature(row)}
      ${from} where ${row}.kind = 'main' and ${row}.action in ('send', 'return') and ${row}.pulled_back_at is null
        and json_type(${row}.data, '$.receivedAt') is distinct from 'text'
        and not (${row}.item_type = 'receipt' and ${nature(row)} = 'physical')`;
}

const upsert = (select: string, sign: '+' | '-') => `
  insert into activity_monthly (month, post_id, item_type, activity, nature, count)
    select month, post, type, activity, nature, ${sign}1 from (${select}) c where post is not null
    on conflict (month, post_id, item_type, activity, nature)
      do update set count = activity_monthly.count ${sign} 1;`;

const arrivalValues = (row: string) =>
  `${row}.item_id, ${row}.item_type, ${row}.seq, ${row}.from_post_id, ${row}.to_post_id, ${since(row)},
   json_extract(${row}.data, '$.dueDate')`;

export const SUMMARY_TRIGGERS: RowTrigger[] = [
  {
    name: 'movements_arrival',
    event: 'insert',
    table: 'movements',
    when: `new.kind = 'main' and new.to_post_id is not null
      and (new.from_post_id is null or new.from_post_id <> new.to_post_id)`,
    body: `
     insert into item_arrivals (item_id, item_type, seq, from_post_id, to_post_id, since, due_date)
       values (${arrivalValues('new')})
       on conflict (item_id) do update set item_type = excluded.item_type, seq = excluded.seq,
         from_post_id = excluded.from_post_id, to_post_id = excluded.to_post_id, since = excluded.since,
         due_date = excluded.due_date;`,
  },
  {
    name: 'movements_arrival_received',
    event: 'update of data',
    table: 'movements',
    body: `
     update item_arrivals set since = ${since('new')}, due_date = json_extract(new.data, '$.dueDate')
       where item_id = new.item_id and seq = new.seq;`,
  },
  {
    name: 'movements_activity',
    event: 'insert',
    table: 'movements',
    when: `new.kind = 'main'`,
    body: upsert(contributions('new'), '+'),
  },
  {
    name: 'movements_activity_changed',
    event: 'update of data, pulled_back_at',
    table: 'movements',
    when: `new.kind = 'main' and new.action in ('send', 'return')`,
    body: `${upsert(contributions('old'), '-')} ${upsert(contributions('new'), '+')}`,
  },
];

/** Recomputes both summaries from the movement log (after a bulk load that bypassed the triggers). */
export const REBUILD_SUMMARIES = [
  'delete from item_arrivals',
  `insert into item_arrivals (item_id, item_type, seq, from_post_id, to_post_id, since, due_date)
     select ${arrivalValues('m')} from movements m
     where m.seq in (select max(seq) from movements
       where kind = 'main' and to_post_id is not null and (from_post_id is null or from_post_id <> to_post_id)
       group by item_id)`,
  'delete from activity_monthly',
  `insert into activity_monthly (month, post_id, item_type, activity, nature, count)
     select c.month, c.post, c.type, c.activity, c.nature, count(*)
     from (${contributions('m', 'from movements m')}) c
     where c.post is not null
     group by c.month, c.post, c.type, c.activity, c.nature`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table item_arrivals (
    item_id text primary key, item_type text not null, seq integer not null, from_post_id text,
    to_post_id text not null, since text not null, due_date text) ${sql.raw(withoutRowid(db))}`.execute(db);
  await sql`create table activity_monthly (
    month text not null, post_id text not null, item_type text not null, activity text not null,
    nature text not null, count integer not null,
    primary key (month, post_id, item_type, activity, nature)) ${sql.raw(withoutRowid(db))}`.execute(db);
  for (const statement of REBUILD_SUMMARIES) await sql.raw(statement).execute(db);
  await createTriggers(db, SUMMARY_TRIGGERS);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTriggers(db, SUMMARY_TRIGGERS);
  await sql`drop table activity_monthly`.execute(db);
  await sql`drop table item_arrivals`.execute(db);
}
