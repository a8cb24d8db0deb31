// Opens the database — SQLite (a file or ':memory:') or PostgreSQL (a postgres:// URL, postgres.ts) — and
// brings its schema up to date with the same migrations.
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  SqliteDialect,
  type Migration,
  type MigrationProvider,
  type SqliteDatabase,
} from 'kysely';
import * as initial from './migrations/0001_initial.js';
import * as draftsSignatures from './migrations/0002_drafts_signatures.js';
import * as attachments from './migrations/0003_attachments.js';
import * as signing from './migrations/0004_signing.js';
import * as movementIndexes from './migrations/0005_movement_indexes.js';
import * as volumeIndexes from './migrations/0006_volume_indexes.js';
import * as reportSummaries from './migrations/0007_report_summaries.js';
import * as foldersAndOrigins from './migrations/0008_folders_and_origins.js';
import * as reviewIndexes from './migrations/0009_review_indexes.js';
import * as reviewSummaries from './migrations/0010_review_summaries.js';
import * as instanceSharedState from './migrations/0011_instance_shared_state.js';
import { isPostgresUrl } from './dialect.js';
import { installSqliteFunctions, openPostgres } from './postgres.js';
import type { Database } from './schema.js';

/** Migrations live in code so the sandbox runs without a build step or a migrations folder lookup. */
const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => ({
    '0001_initial': initial,
    '0002_drafts_signatures': draftsSignatures,
    '0003_attachments': attachments,
    '0004_signing': signing,
    '0005_movement_indexes': movementIndexes,
    '0006_volume_indexes': volumeIndexes,
    '0007_report_summaries': reportSummaries,
    '0008_folders_and_origins': foldersAndOrigins,
    '0009_review_indexes': reviewIndexes,
    '0010_review_summaries': reviewSummaries,
    '0011_instance_shared_state': instanceSharedState,
  }),
};

/** Prepared statements kept per SQL text; the sandbox runs a small fixed set of queries. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. Reusing the
 * prepared statement is safe because better-sqlite3 is synchronous (a statement is never in use by two
 * queries at once) and SQLite re-prepares a statement by itself after a schema change.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * Opens `location` and migrates it: a `postgres://` or `postgresql://` URL opens PostgreSQL through a
 * connection pool; anything else is a SQLite file path (or ':memory:').
 */
export async function openDatabase(location: string): Promise<Kysely<Database>> {
  const db = isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
  try {
    if (isPostgresUrl(location)) await installSqliteFunctions(db);
    const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

function openSqlite(path: string): Kysely<Database> {
  const sqlite = new SQLite(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent writers in one process serialise on the connection; busy_timeout covers other processes.
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** The migrations this build knows (readiness compares them with the database's). */
export { provider as migrationProvider };
