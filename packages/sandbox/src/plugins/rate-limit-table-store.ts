// A fixed-window counter store for @fastify/rate-limit kept in the database (rate_limit_windows), so a
// limit counts the requests through every instance over that database together. One statement per
// request: an upsert that opens a window, counts into the open one, or starts a new one when the old has
// ended, and returns the count — atomic on PostgreSQL (the row is locked until the statement's
// transaction ends) and on SQLite. On the app's clock, like the in-memory store.
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** Ended windows are deleted at most this often per instance (the table stays as small as the traffic). */
export const RATE_LIMIT_SWEEP_MS = 60_000;

/** What @fastify/rate-limit passes to `child` at run time (its types name the route options instead). */
interface ChildParams {
  routeInfo?: { method?: string; url?: string };
}

export function tableStore(db: Kysely<Database>, clock: () => Date) {
  let lastSweep = 0;
  const sweep = (now: number) => {
    if (now - lastSweep < RATE_LIMIT_SWEEP_MS) return;
    lastSweep = now;
    db.deleteFrom('rate_limit_windows')
      .where('ends_ms', '<=', now)
      .execute()
      .catch(() => (lastSweep = 0));
  };

  return class TableStore implements FastifyRateLimitStore {
    /** Keys of a route's limit are prefixed with its method and URL, as @fastify/rate-limit's own stores do. */
    readonly #prefix: string;

    constructor(_options?: unknown, prefix = '') {
      this.#prefix = prefix;
    }

    incr(key: string, callback: Callback, timeWindow: number) {
      const now = clock().getTime();
      const end = now + timeWindow;
      // In an upsert's SET every expression reads the row as it was, on both databases.
      sql<{ count: number; ends_ms: number }>`
        insert into rate_limit_windows (key, count, started_ms, ends_ms)
        values (${this.#prefix + key}, 1, ${now}, ${end})
        on conflict (key) do update set
          count = case when rate_limit_windows.ends_ms > ${now} then rate_limit_windows.count + 1 else 1 end,
          started_ms = case when rate_limit_windows.ends_ms > ${now}
            then rate_limit_windows.started_ms else ${now} end,
          ends_ms = case when rate_limit_windows.ends_ms > ${now} then rate_limit_windows.ends_ms else ${end} end
        returning count, ends_ms`
        .execute(db)
        .then(({ rows }) => {
          const row = rows[0] as { count: number; ends_ms: number };
          callback(null, { current: Number(row.count), ttl: Number(row.ends_ms) - now });
          sweep(now);
        }, callback);
    }

    read(key: string, callback: Callback) {
      const now = clock().getTime();
      db.selectFrom('rate_limit_windows')
        .select(['count', 'ends_ms'])
        .where('key', '=', this.#prefix + key)
        .where('ends_ms', '>', now)
        .executeTakeFirst()
        .then(
          (row) =>
            callback(
              null,
              row ? { current: Number(row.count), ttl: Number(row.ends_ms) - now } : { current: 0, ttl: 0 },
            ),
          callback,
        );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      const route = (routeOptions as unknown as ChildParams).routeInfo;
      return new TableStore(undefined, `${route?.method ?? ''}${route?.url ?? ''}-`);
    }
  };
}
