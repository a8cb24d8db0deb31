// Event log: rows are written in the same transaction as the change they describe, so the stream never
// announces something that was rolled back. Ids are `evt_` + zero-padded sequence, hence increasing.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './db/dialect.js';
import type { Database } from './db/schema.js';

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
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${EVENTS_LOCK})`.execute(trx);
  const last = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  const id = eventId(Number(last?.seq ?? 0) + 1);
  await trx
    .insertInto('events')
    .values({
      id,
      name,
      user_ids: JSON.stringify([...new Set(userIds)]),
      data: JSON.stringify({ id, type: name, occurredAt: at.toISOString(), ...payload }),
      created_at: at.toISOString(),
    })
    .execute();
}

/** Users holding any of the posts (event recipients). */
export async function usersOfPosts(db: Kysely<Database>, postIds: (string | null)[]): Promise<string[]> {
  const ids = postIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('user_posts').select('user_id').where('post_id', 'in', ids).execute();
  return [...new Set(rows.map((r) => r.user_id))];
}
