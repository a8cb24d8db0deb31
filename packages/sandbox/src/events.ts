// Event log: rows are written in the same transaction as the change they describe, so the stream never
// announces something that was rolled back. Ids are `evt_` + zero-padded sequence, hence increasing.
// On PostgreSQL, with writers on several instances, a transaction-scoped lock makes sequence order commit
// order (a stream's cursor never passes an event that commits later with a smaller number), and a
// notification, delivered at commit, wakes the streams of every instance (event-wakeups/).
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './db/dialect.js';
import type { Database } from './db/schema.js';
import { EVENTS_CHANNEL } from './event-wakeups/channel.js';

/** Advisory lock key serialising event writers on PostgreSQL (SQLite has a single writer anyway). */
const EVENTS_LOCK = 2_204_002;

export function eventId(seq: number): string {
  return `evt_${String(seq).padStart(12, '0')}`;
}

export function eventSeq(id: string): number | null {
  const match = /^evt_(\d{8,32})$/.exec(id);
  return match?.[1] ? Number(match[1]) : null;
}

export async function recordEvent(
  trx: Kysely<Database>,
  name: string,
  userIds: string[],
  payload: Record<string, unknown>,
  at: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  // Held to the end of the transaction: concurrent writers on any instance take the next sequence
  // number one after the other, and commit in that order.
  const postgres = isPostgres(trx);
  if (postgres) await sql`select pg_advisory_xact_lock(${EVENTS_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const id = eventId(seq);
  await trx
    .insertInto('events')
    .values({
      // Given, not generated: the id must name this row's seq (a PostgreSQL sequence skips numbers
      // that rolled-back transactions took).
      seq,
      id,
      name,
      user_ids: JSON.stringify([...new Set(userIds)]),
      data: JSON.stringify({ id, type: name, occurredAt: at.toISOString(), ...payload }),
      created_at: at.toISOString(),
    })
    .execute();
  if (postgres) await sql`select pg_notify(${EVENTS_CHANNEL}, ${id})`.execute(trx);
}

/** Users holding any of the posts (event recipients). */
export async function usersOfPosts(db: Kysely<Database>, postIds: (string | null)[]): Promise<string[]> {
  const ids = postIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('user_posts').select('user_id').where('post_id', 'in', ids).execute();
  return [...new Set(rows.map((r) => r.user_id))];
}
