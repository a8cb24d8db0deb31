// Copies a sandbox's SQLite database into a migrated PostgreSQL database, table by table: how a generated
// history (history.ts writes SQLite, fast and in one process) reaches PostgreSQL for the tests' PostgreSQL
// pass, `npm run sandbox:generate -- --db postgres://…` and the PostgreSQL figures of `npm run bench`.
// Triggers and foreign keys are held off (replica mode), as the generator holds them off, since the
// summaries they keep are copied too. Rows are read one at a time and written in batches, so a
// 1,000,000-movement history never sits in memory whole.
import SQLite from 'better-sqlite3';
import pg from 'pg';

/** Bind parameters per INSERT stay below PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/** Serial keys that must go on after the copied rows. */
const SERIALS = [
  ['movements', 'seq'],
  ['events', 'seq'],
  ['login_failures', 'id'],
] as const;

/**
 * Copies every table of the SQLite file `path` (but the migrator's) into the migrated database at
 * `url`, replacing what its tables held. Answers the rows copied per table.
 */
export async function copySqliteToPostgres(path: string, url: string): Promise<Record<string, number>> {
  const sqlite = new SQLite(path, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copied: Record<string, number> = {};
  try {
    const tables = (
      sqlite
        .prepare(
          `select name from sqlite_master where type = 'table'
             and name not like 'sqlite_%' and name not like 'kysely_%' order by name`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    await client.query('begin');
    // Replica mode fires no triggers (summaries are copied as they are) and checks no foreign keys.
    await client.query('set local session_replication_role = replica');
    await client.query(`truncate ${tables.join(', ')}`);
    for (const table of tables) {
      const columns = (sqlite.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
      const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      const insert = (batch: Record<string, unknown>[]) => {
        const values: unknown[] = [];
        const tuples = batch.map((row) => {
          const marks = columns.map((column) => {
            values.push(row[column]);
            return `$${values.length}`;
          });
          return `(${marks.join(', ')})`;
        });
        return client.query(
          `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`,
          values,
        );
      };
      let batch: Record<string, unknown>[] = [];
      let count = 0;
      for (const row of sqlite.prepare(`select * from ${table}`).iterate() as Iterable<
        Record<string, unknown>
      >) {
        batch.push(row);
        count += 1;
        if (batch.length === perInsert) {
          await insert(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await insert(batch);
      copied[table] = count;
    }
    for (const [table, column] of SERIALS) {
      await client.query(
        `select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce(max(${column}), 0) + 1, false)
           from ${table}`,
      );
    }
    await client.query('commit');
    await client.query('analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    sqlite.close();
  }
  return copied;
}
