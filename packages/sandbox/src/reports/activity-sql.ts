// The departmental summary's counts computed in SQL (summary.ts `summarise` says what each counts):
// movements in the months asked for, read by date through the movements_sent index (and, for the
// paper of physical receipts, movements_received), grouped by post, IST month, item type, activity
// and the item's nature. Only those groups — a few per post and month — reach JavaScript.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The UTC instant (ISO, as stored) at which an IST month `YYYY-MM` begins. */
export function istMonthStart(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index - 1, 1) - IST_OFFSET_MS).toISOString();
}

/** The IST month `YYYY-MM` after `month`. */
function nextMonth(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return index === 12 ? `${year + 1}-01` : `${year}-${String(index + 1).padStart(2, '0')}`;
}

export interface ActivityRow {
  post: string;
  month: string;
  type: 'file' | 'receipt';
  activity: 'created' | 'received' | 'forwarded' | 'disposed';
  nature: 'electronic' | 'physical';
  count: number;
}

/** Counts of what each post did per IST month from `from` to `to` (inclusive, `YYYY-MM`). */
export async function activityCounts(db: Db, from: string, to: string): Promise<ActivityRow[]> {
  const start = istMonthStart(from);
  const end = istMonthStart(nextMonth(to));
  const month = (at: ReturnType<typeof sql>) => sql`strftime('%Y-%m', ${at}, '+330 minutes')`;
  const nature = sql`coalesce(case m.item_type
      when 'file' then (select json_extract(f.data, '$.nature') from files f where f.id = m.item_id)
      else (select json_extract(r.data, '$.nature') from receipts r where r.id = m.item_id) end, 'physical')`;
  const byDate = sql`m.sent_at >= ${start} and m.sent_at < ${end} and m.kind = 'main'`;
  // A movement's received time: the paper's arrival for a physical receipt (null until it arrives), else
  // when it was sent.
  const { rows } = await sql<ActivityRow>`
    select post, month, type, activity, nature, count(*) as count from (
      select m.to_post_id as post, ${month(sql`m.sent_at`)} as month, m.item_type as type,
        'created' as activity, ${nature} as nature
      from movements m where ${byDate} and m.action = 'create'
      union all
      select m.from_post_id, ${month(sql`m.sent_at`)}, m.item_type, 'forwarded', ${nature}
      from movements m where ${byDate} and m.action in ('send', 'return')
      union all
      select coalesce(m.from_post_id, m.to_post_id), ${month(sql`m.sent_at`)}, m.item_type, 'disposed',
        ${nature}
      from movements m where ${byDate} and m.action in ('close', 'put_in_file')
      union all
      select post, month, type, activity, nature from (
        select m.to_post_id as post, ${month(sql`m.sent_at`)} as month, m.item_type as type,
          'received' as activity, ${nature} as nature
        from movements m
        where ${byDate} and m.action in ('send', 'return') and m.pulled_back_at is null
          and json_extract(m.data, '$.receivedAt') is null
      )
      where not (type = 'receipt' and nature = 'physical')
      union all
      select m.to_post_id, ${month(sql`json_extract(m.data, '$.receivedAt')`)}, m.item_type, 'received',
        ${nature}
      from movements m
      where json_extract(m.data, '$.receivedAt') is not null
        and json_extract(m.data, '$.receivedAt') >= ${start} and json_extract(m.data, '$.receivedAt') < ${end}
        and m.kind = 'main' and m.action in ('send', 'return') and m.pulled_back_at is null
    ) where post is not null
    group by post, month, type, activity, nature`.execute(db);
  return rows;
}
