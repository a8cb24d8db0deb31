// Which database a Kysely instance talks to, for the few places that must say it (readiness) or choose
// a shared implementation (event wake-ups, rate-limit store) over a single-process one.
import { PostgresAdapter, type Kysely } from 'kysely';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind<DB>(db: Kysely<DB>): DatabaseKind {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
