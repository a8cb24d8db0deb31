// Running numbers (diary, file and dispatch numbers) from the counters table. One statement takes the
// next value: on PostgreSQL the upsert locks the counter's row until the transaction ends, so concurrent
// writers on any instance get distinct numbers in commit order; SQLite writers are serialised anyway.
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** The next value of counter `name`: `start` the first time, then one more each call. */
export async function nextCounterValue(db: Kysely<Database>, name: string, start = 1): Promise<number> {
  const { rows } = await sql<{ value: number }>`
    insert into counters (name, value) values (${name}, ${start})
    on conflict (name) do update set value = counters.value + 1
    returning value`.execute(db);
  return (rows[0] as { value: number }).value;
}
