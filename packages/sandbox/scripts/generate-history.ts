// `npm run sandbox:generate -- --files 100000 [--db PATH|postgres://…] [--seed N] [--until ISO] [--years N] [--force]`
// Creates a sandbox database with the demo department and years of generated history (see
// src/volume/history.ts), then prints what it wrote and how long it took as JSON. For a PostgreSQL
// URL the history is generated into a temporary SQLite file and copied into that database (migrated
// first; its tables are replaced, so --force is required), as `--from PATH --db postgres://…` copies
// an existing sandbox file without generating.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/db/connect.js';
import { isPostgresUrl } from '../src/db/dialect.js';
import { copySqliteToPostgres } from '../src/volume/copy-to-postgres.js';
import { DEFAULT_UNTIL, generateHistory } from '../src/volume/history.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '100000' },
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
    until: { type: 'string', default: DEFAULT_UNTIL.toISOString() },
    years: { type: 'string', default: '6' },
    force: { type: 'boolean', default: false },
    from: { type: 'string' },
  },
});

/** Migrates the PostgreSQL database at `url` and copies the SQLite file `from` into it. */
async function intoPostgres(from: string, url: string) {
  if (!values.force) {
    process.stderr.write(`The tables of ${new URL(url).pathname.slice(1)} will be replaced; pass --force.\n`);
    process.exit(2);
  }
  await (await openDatabase(url)).destroy();
  const started = performance.now();
  const rows = await copySqliteToPostgres(from, url);
  return { rows, copyMilliseconds: Math.round(performance.now() - started) };
}

const target = values.db;
if (values.from !== undefined) {
  if (target === undefined || !isPostgresUrl(target))
    throw new Error('--from copies into a --db postgres://… URL');
  process.stdout.write(
    `${JSON.stringify({ from: values.from, ...(await intoPostgres(values.from, target)) }, null, 2)}\n`,
  );
  process.exit(0);
}
const toPostgres = target !== undefined && isPostgresUrl(target);
if (toPostgres && !values.force) {
  process.stderr.write('The tables of that database will be replaced; pass --force.\n');
  process.exit(2);
}
const scratch = toPostgres ? mkdtempSync(join(tmpdir(), 'eoffice-generate-')) : null;

const files = Number(values.files);
if (!Number.isInteger(files) || files < 1) throw new Error('--files must be a positive whole number');
const path = scratch
  ? join(scratch, 'history.db')
  : (target ?? `.data/history-${files}-seed${values.seed}.db`);
if (!scratch && existsSync(path)) {
  if (!values.force) {
    process.stderr.write(`${path} exists; pass --force to replace it.\n`);
    process.exit(2);
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
mkdirSync(dirname(path), { recursive: true });

const started = performance.now();
// The schema and the demo department, exactly as the sandbox makes them.
const app = await buildApp({ db: path, seed: true, logger: false });
await app.close();
const seeded = performance.now();

const sqlite = new SQLite(path);
// A throwaway bulk load: durability per transaction buys nothing here.
sqlite.pragma('synchronous = OFF');
sqlite.pragma('cache_size = -262144');
let lastReport = 0;
const summary = generateHistory(sqlite, {
  files,
  seed: Number(values.seed),
  until: new Date(values.until),
  years: Number(values.years),
  onProgress: (done) => {
    if (done - lastReport >= 10_000 || done === files) {
      lastReport = done;
      process.stderr.write(`${done} files…\n`);
    }
  },
});
sqlite.pragma('wal_checkpoint(TRUNCATE)');
sqlite.close();
const copy = toPostgres && scratch ? await intoPostgres(path, target as string) : null;
if (scratch) rmSync(scratch, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify(
    {
      db: toPostgres ? new URL(target as string).pathname.slice(1) : path,
      ...summary,
      ...(copy ? { copyMilliseconds: copy.copyMilliseconds } : {}),
      seedMilliseconds: Math.round(seeded - started),
      totalMilliseconds: Math.round(performance.now() - started),
    },
    null,
    2,
  )}\n`,
);
