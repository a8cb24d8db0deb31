// The departmental summary's counts, read from the activity_monthly summary that triggers keep as
// movements are written (migration 0007 says what each activity counts): per post, IST month, item
// type, activity and the item's nature. Only those groups — a few per post and month — reach
// JavaScript.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

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
  const { rows } = await sql<ActivityRow>`
    select post_id as post, month, item_type as type, activity, nature, sum(count) as count
    from activity_monthly where month >= ${from} and month <= ${to}
    group by post_id, month, item_type, activity, nature
    having sum(count) <> 0`.execute(db);
  return rows;
}
