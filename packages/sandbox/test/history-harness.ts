// A harness over a generated history (src/volume/history.ts). The generator writes SQLite; for the
// PostgreSQL pass the generated database is copied table by table into a fresh PostgreSQL database
// (triggers and foreign keys held off, as the generator holds them off, since the summaries are copied
// too), so the same assertions run on the same data on both databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { copySqliteToPostgres } from '../src/volume/copy-to-postgres.js';
import { onPostgres, freshDatabase } from './database.js';
import { harness, type Harness } from './helpers.js';

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
