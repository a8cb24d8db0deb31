// The database each test app gets. Without EOFFICE_TEST_POSTGRES_URL: a SQLite database in memory (or a
// file in a temporary folder when the test reopens it). With it (scripts/test-node.mjs sets it for the
// PostgreSQL pass): a fresh PostgreSQL database copied from a migrated template — CREATE DATABASE …
// TEMPLATE is far faster than migrating — dropped when the test is done. The template is
// EOFFICE_TEST_POSTGRES_TEMPLATE when the runner made one, else one this process makes on first use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp, type BuildAppOptions } from '../src/app.js';
import { openDatabase } from '../src/db/connect.js';

const ADMIN_URL = process.env.EOFFICE_TEST_POSTGRES_URL;

/** Whether this run's test databases are PostgreSQL. */
export const onPostgres = ADMIN_URL !== undefined && ADMIN_URL !== '';

export interface TestDatabase {
  /** What `buildApp({ db })` and `openDatabase` take. */
  location: string;
  /** Removes the database (after every app on it is closed). */
  drop(): Promise<void>;
}

let serial = 0;
let template: Promise<string> | undefined;

function urlOf(database: string): string {
  const url = new URL(ADMIN_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database `name` from the migrated template `from` (the template itself when absent). */
export async function createMigratedDatabase(name: string, from?: string): Promise<void> {
  await admin((client) => client.query(`create database ${name}${from ? ` template ${from}` : ''}`));
  if (!from) await (await openDatabase(urlOf(name))).destroy();
}

function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const given = process.env.EOFFICE_TEST_POSTGRES_TEMPLATE;
    if (given) return given;
    const name = `eoffice_template_${process.pid}`;
    await createMigratedDatabase(name);
    return name;
  })();
  return template;
}

/** A database of its own for one test app; `persistent` when the test closes and reopens it. */
export async function freshDatabase({ persistent = false } = {}): Promise<TestDatabase> {
  if (!onPostgres) {
    if (!persistent) return { location: ':memory:', drop: async () => {} };
    const dir = mkdtempSync(join(tmpdir(), 'eoffice-db-'));
    return {
      location: join(dir, 'sandbox.db'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `eoffice_test_${process.pid}_${++serial}`;
  await createMigratedDatabase(name, await migratedTemplate());
  return {
    location: urlOf(name),
    drop: () =>
      admin(async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}

/** `buildApp` on a fresh database (unless `options.db` names one) that is dropped when the app closes. */
export async function buildTestApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  if (options.db !== undefined) return buildApp(options);
  const database = await freshDatabase();
  const app = await buildApp({ ...options, db: database.location });
  if (!onPostgres) return app;
  // Not an onClose hook: a seeded app is already started, and hooks can no longer be added.
  const close = app.close.bind(app);
  return Object.assign(app, {
    close: async () => {
      await close();
      await database.drop();
    },
  }) as FastifyInstance;
}
