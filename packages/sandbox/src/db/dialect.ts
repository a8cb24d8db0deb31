// Which database a Kysely instance talks to, for the few places whose SQL must differ (trigger
// definitions, SQLite's `indexed by` hints and rowid). Everything else is one text on both.
import { PostgresAdapter, type Kysely } from 'kysely';

/** Whether `location` names a PostgreSQL database (`postgres://…` or `postgresql://…`). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Whether `db` runs on PostgreSQL (else SQLite). */
export function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
