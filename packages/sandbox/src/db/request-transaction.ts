// One transaction per idempotent request: the handler's writes and the idempotency record commit
// together, so a crash leaves neither (and the retry runs afresh) or both (and the retry is replayed).
// Handlers keep calling `services.db` and `db.transaction()`: inside a request transaction `services.db`
// is that transaction, and a nested `transaction()` becomes a savepoint, so a handler's own transaction
// still rolls back alone when it throws.
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';

const current = new AsyncLocalStorage<Kysely<Database>>();

/** The database a request should use now: its transaction inside `inRequestTransaction`, else `root`. */
export function activeDatabase(root: Kysely<Database>): Kysely<Database> {
  return current.getStore() ?? root;
}

/** Attempts of a request transaction that PostgreSQL aborted as a deadlock or serialisation failure. */
const ATTEMPTS = 3;
const RETRIED_CODES = new Set(['40001', '40P01']);

function isRetriable(error: unknown): boolean {
  return RETRIED_CODES.has(String((error as { code?: unknown } | null)?.code));
}

/**
 * Runs `work` in one transaction of `root`, with nested transactions as savepoints. When PostgreSQL
 * aborts it as a deadlock or serialisation failure, nothing of it was committed, so it runs again from
 * the start (up to ATTEMPTS times in all); SQLite never raises those.
 */
export async function inRequestTransaction<T>(root: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await root.transaction().execute((trx) => current.run(withSavepoints(trx), work));
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetriable(error)) throw error;
    }
  }
}

function withSavepoints(trx: Transaction<Database>): Kysely<Database> {
  let depth = 0;
  const nested = {
    execute: async <R>(callback: (inner: Kysely<Database>) => Promise<R>): Promise<R> => {
      const name = `request_sp_${++depth}`;
      await sql.raw(`SAVEPOINT ${name}`).execute(trx);
      try {
        const result = await callback(proxy);
        await sql.raw(`RELEASE ${name}`).execute(trx);
        return result;
      } catch (error) {
        await sql.raw(`ROLLBACK TO ${name}`).execute(trx);
        await sql.raw(`RELEASE ${name}`).execute(trx);
        throw error;
      } finally {
        depth--;
      }
    },
  };
  const proxy: Kysely<Database> = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => nested;
      // Kysely keeps its state in private fields: methods must run on the real object.
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return proxy;
}
