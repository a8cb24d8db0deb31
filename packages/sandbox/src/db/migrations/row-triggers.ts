// Row triggers written once for both databases: SQLite takes the statements inline
// (`create trigger … begin … end`); PostgreSQL takes them as a PL/pgSQL function the trigger executes.
// The statements refer to `new` and `old` the same way on both.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

export interface RowTrigger {
  name: string;
  /** `insert`, or `update of col, …`. */
  event: string;
  table: string;
  /** Condition on `new`/`old` for the trigger to run, if any. */
  when?: string;
  /** SQL statements, each ending with `;`. */
  body: string;
}

/** The statements that create `trigger` on the database `db` runs on. */
export function createTriggerStatements(db: Kysely<unknown>, trigger: RowTrigger): string[] {
  const { name, event, table, when, body } = trigger;
  if (!isPostgres(db)) {
    return [
      `create trigger ${name} after ${event} on ${table} ${when ? `when ${when}` : ''} begin ${body} end`,
    ];
  }
  return [
    `create or replace function ${name}() returns trigger language plpgsql as $$
     begin ${body} return null; end $$`,
    `create trigger ${name} after ${event} on ${table} for each row ${when ? `when (${when})` : ''}
     execute function ${name}()`,
  ];
}

export async function createTriggers(db: Kysely<unknown>, triggers: readonly RowTrigger[]): Promise<void> {
  for (const trigger of triggers)
    for (const statement of createTriggerStatements(db, trigger)) await sql.raw(statement).execute(db);
}

export async function dropTriggers(db: Kysely<unknown>, triggers: readonly RowTrigger[]): Promise<void> {
  for (const { name, table } of triggers) {
    if (isPostgres(db)) {
      await sql.raw(`drop trigger ${name} on ${table}`).execute(db);
      await sql.raw(`drop function ${name}()`).execute(db);
    } else {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  }
}

/** SQLite's `without rowid` table option, which PostgreSQL has no use for. */
export function withoutRowid(db: Kysely<unknown>): string {
  return isPostgres(db) ? '' : 'without rowid';
}
