// `npm run sandbox:generate -- --files 100000 [--db PATH] [--seed N] [--until ISO] [--years N] [--force]`
// Creates a sandbox database with the demo department and years of generated history (see
// src/volume/history.ts), then prints what it wrote and how long it took as JSON.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { buildApp } from '../src/app.js';
import { DEFAULT_UNTIL, generateHistory } from '../src/volume/history.js';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '100000' },
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
    until: { type: 'string', default: DEFAULT_UNTIL.toISOString() },
    years: { type: 'string', default: '6' },
    force: { type: 'boolean', default: false },
  },
});

const files = Number(values.files);
if (!Number.isInteger(files) || files < 1) throw new Error('--files must be a positive whole number');
const path = values.db ?? `.data/history-${files}-seed${values.seed}.db`;
if (existsSync(path)) {
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
process.stdout.write(
  `${JSON.stringify(
    {
      db: path,
      ...summary,
      seedMilliseconds: Math.round(seeded - started),
      totalMilliseconds: Math.round(performance.now() - started),
    },
    null,
    2,
  )}\n`,
);
