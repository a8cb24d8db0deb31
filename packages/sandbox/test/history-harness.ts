// A harness over a generated history (src/volume/history.ts). The generator writes SQLite; for the
// PostgreSQL pass the generated database is copied table by table into a fresh PostgreSQL database
// (triggers and foreign keys held off, as the generator holds them off, since the summaries are copied
// too), so the same assertions run on the same data on both databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { onPostgres, freshDatabase } from './database.js';
import { harness, type Harness } from './helpers.js';

/** Bind parameters per INSERT stay below PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/** Copies every table of the SQLite file `path` (but the migrator's) into the migrated database at `url`. */
export async function copySqliteToPostgres(path: string, url: string): Promise<void> {
  const sqlite = new SQLite(path, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
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
      const rows = sqlite.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
      const first = rows[0];
      if (!first) continue;
      const columns = Object.keys(first);
      const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      for (let start = 0; start < rows.length; start += perInsert) {
        const batch = rows.slice(start, start + perInsert);
        const values: unknown[] = [];
        const tuples = batch.map((row) => {
          const marks = columns.map((column) => {
            values.push(row[column]);
            return `$${values.length}`;
          });
          return `(${marks.join(', ')})`;
        });
        await client.query(
          `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`,
          values,
        );
      }
    }
    // Serial keys go on after the copied rows.
    for (const [table, column] of [
      ['movements', 'seq'],
      ['events', 'seq'],
      ['login_failures', 'id'],
    ] as const) {
      await client.query(
        `select setval(pg_get_serial_sequence('${table}', '${column}'), coalesce(max(${column}), 0) + 1, false)
           from ${table}`,
      );
    }
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
    sqlite.close();
  }
}

export interface HistoryHarness<T> {
  h: Harness;
  /** The database the harness runs on: the SQLite file, or the PostgreSQL URL. */
  location: string;
  /** What `generate` returned. */
  generated: T;
  /** Closes the harness and removes its databases. */
  close(): Promise<void>;
}

/**
 * A harness (fixture directory inserted) whose database also holds what `generate` writes into the
 * SQLite file: that file itself without PostgreSQL, else a PostgreSQL copy of it.
 */
export async function historyHarness<T>(
  generate: (sqlite: SQLite.Database, now: Date) => T,
): Promise<HistoryHarness<T>> {
  const folder = mkdtempSync(join(tmpdir(), 'eoffice-history-'));
  const path = join(folder, 'sandbox.db');
  const local = await harness({ db: path });
  const sqlite = new SQLite(path);
  let generated: T;
  try {
    generated = generate(sqlite, local.now.value);
  } finally {
    sqlite.close();
  }
  if (!onPostgres) {
    return {
      h: local,
      location: path,
      generated,
      close: async () => {
        await local.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  await local.close();
  const database = await freshDatabase();
  await copySqliteToPostgres(path, database.location);
  rmSync(folder, { recursive: true, force: true });
  const h = await harness({ db: database.location, directory: false });
  return {
    h,
    location: database.location,
    generated,
    close: async () => {
      await h.close();
      await database.drop();
    },
  };
}
