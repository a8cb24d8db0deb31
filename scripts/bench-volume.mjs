// The sandbox at a district's volume (DESIGN.md budgets, 100,000 files / 1,000,000 movements): a
// generated database (`npm run sandbox:generate`, cached under .data/), a copy of it served by a sandbox
// in a child process (so its memory is its own), and real HTTP requests from this process: public
// tracking, a long file's whole history in the tracker's pages, getFile, an officer's inbox first page
// with each filter and sort, every report, and sends from 20 concurrent clients. The same figures on
// PostgreSQL: the generated history copied into a database of a throwaway cluster, served the same way.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';

const PASSWORD = 'Demo@1234';
const PERCENTILE = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value) => Math.round(value * 100) / 100;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(PERCENTILE(sorted, 50)),
    p95: round(PERCENTILE(sorted, 95)),
    p99: round(PERCENTILE(sorted, 99)),
    runs: sorted.length,
  };
}

/** The cached generated database of `files` files, generated when missing. */
export function generatedDatabase(files, seed = 1) {
  const path = `.data/history-${files}-seed${seed}.db`;
  if (!existsSync(path)) {
    const result = spawnSync(
      process.execPath,
      [
        '--conditions=@eoffice/source',
        '--import',
        'tsx',
        'packages/sandbox/scripts/generate-history.ts',
        '--files',
        String(files),
        '--seed',
        String(seed),
        '--db',
        path,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (result.status !== 0) throw new Error(`generating ${path} failed`);
    return { path, generation: JSON.parse(result.stdout.toString()) };
  }
  return { path, generation: null };
}

/** A fresh database `name` in the cluster at `adminUrl` holding the SQLite file `from`; its URL. */
async function postgresCopy(from, adminUrl, name) {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const result = spawnSync(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      'packages/sandbox/scripts/generate-history.ts',
      '--from',
      from,
      '--db',
      url.toString(),
      '--force',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`copying ${from} into PostgreSQL failed`);
  return url.toString();
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMB: round(kb('VmRSS') / 1024), peakMB: round(kb('VmHWM') / 1024) };
}

/** What the bench acts with, read from the database before the sandbox opens it. */
function pickActors(path) {
  const db = new Database(path, { readonly: true });
  const userOf = db.prepare(
    `select u.username from user_posts up join users u on u.id = up.user_id
     where up.post_id = ? and u.kind = 'user' order by up.position, u.id limit 1`,
  );
  const viewer = db
    .prepare(
      `select u.username from posts p join user_posts up on up.post_id = p.id join users u on u.id = up.user_id
       join units n on n.id = p.unit_id
       where p.roles like '%report_viewer%' and u.kind = 'user' order by n.kind = 'department' desc, up.position
       limit 1`,
    )
    .get().username;
  const busiest = db
    .prepare(
      `select holder_post_id as post, count(*) as n from files where holder_post_id is not null
       and status in ('created', 'in_movement') group by holder_post_id order by n desc limit 1`,
    )
    .get();
  const officer = { post: busiest.post, username: userOf.get(busiest.post)?.username };
  // The section view of files pending with others is for Section Officers: the busiest one.
  const supervisorPost = db
    .prepare(
      `select p.id from posts p where p.designation_en like '%Section Officer%'
       order by (select count(*) from files f where f.holder_post_id = p.id) desc limit 1`,
    )
    .get()?.id;
  const supervisor = userOf.get(supervisorPost)?.username ?? viewer;
  // Whom the sends go to: someone in the officer's section, else the next staffed post.
  const partnerPost = db
    .prepare(
      `select p.id from posts p where p.id <> ?
       and exists (select 1 from user_posts up join users u on u.id = up.user_id where up.post_id = p.id
         and u.kind = 'user')
       order by p.unit_id = (select unit_id from posts where id = ?) desc, p.id limit 1`,
    )
    .get(officer.post, officer.post)?.id;
  const partner = { post: partnerPost, username: userOf.get(partnerPost)?.username };
  const sendable = db
    .prepare(
      `select id from files where holder_post_id = ? and status in ('created', 'in_movement')
       order by id limit 20`,
    )
    .all(officer.post)
    .map((r) => r.id);
  const long = db
    .prepare('select item_id as id, count(*) as n from movements group by item_id order by n desc limit 1')
    .get();
  const longFile = db.prepare('select id, holder_post_id from files where id = ?').get(long.id);
  const tracked = db
    .prepare(
      `select number, tracking_code as code from files where rowid % 97 = 0
       union all select number, tracking_code from receipts where rowid % 97 = 0 limit 400`,
    )
    .all();
  const movements = db.prepare('select count(*) as n from movements').get().n;
  const files = db.prepare('select count(*) as n from files').get().n;
  const longReader = userOf.get(longFile.holder_post_id)?.username;
  db.close();
  return {
    viewer,
    supervisor,
    officer,
    partner,
    sendable,
    longFile: { id: longFile.id, movements: long.n, username: longReader },
    tracked,
    movements,
    files,
  };
}

/**
 * Measures one database size. Returns the figures as rows { name, budget, unit, ...stats }; the
 * caller records them (with budgets) for the target size and keeps all sizes for the growth table.
 */
export async function measureVolume(files, { runs = 100, reportRuns = 30, postgres } = {}) {
  const { path: cached, generation } = generatedDatabase(files);
  // The sandbox writes (sends, read marks): serve a copy so the cached history stays as generated —
  // a copy of the file, or on PostgreSQL (`postgres`: a cluster's admin URL) a database of its own
  // that the generated history is copied into.
  const path = postgres
    ? await postgresCopy(cached, postgres, `eoffice_bench_${files}`)
    : `${cached.replace(/\.db$/, '')}-bench.db`;
  if (!postgres) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    copyFileSync(cached, path);
  }
  const actors = pickActors(cached);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      'packages/sandbox/src/cli.ts',
      '--db',
      path,
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const base = `http://127.0.0.1:${port}/api/v1`;
  const rows = [];
  const row = (name, budget, unit, figures) => rows.push({ name, budget, unit, ...figures });
  try {
    for (let i = 0; ; i++) {
      try {
        // Any answer (401 without a token) means it is listening.
        await fetch(`${base}/auth/me`);
        break;
      } catch {
        if (i > 600) throw new Error('the sandbox did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const api = async (method, route, token, body) => {
      const response = await fetch(base + route, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`);
      return text ? JSON.parse(text) : undefined;
    };
    const login = async (username) =>
      (await api('POST', '/auth/login', null, { username, password: PASSWORD })).accessToken;
    const time = async (count, request) => {
      for (let i = 0; i < Math.min(10, count); i++) await request(i); // warm-up: JIT, statement cache
      const samples = [];
      for (let i = 0; i < count; i++) {
        const t0 = performance.now();
        await request(i);
        samples.push(performance.now() - t0);
      }
      return stats(samples);
    };

    // Public tracking is rate limited per client address (30 per 10 minutes): each batch of requests
    // comes from its own loopback address, as different citizens' would.
    const agents = new Map();
    const track = (i) =>
      new Promise((resolve, reject) => {
        const localAddress = `127.0.${1 + Math.floor(i / 25 / 250)}.${2 + (Math.floor(i / 25) % 250)}`;
        if (!agents.has(localAddress)) agents.set(localAddress, new Agent({ keepAlive: true, localAddress }));
        const item = actors.tracked[i % actors.tracked.length];
        const query = new URLSearchParams({ number: item.number, code: item.code });
        const req = httpRequest(
          `${base}/public/track?${query}`,
          { agent: agents.get(localAddress) },
          (res) => {
            res.resume();
            res.on('end', () =>
              res.statusCode === 200 ? resolve() : reject(new Error(`track: ${res.statusCode}`)),
            );
          },
        );
        req.on('error', reject);
        req.end();
      });
    let trackCount = 0;
    row('public tracking by number and code', 5, 'ms', await time(runs, () => track(trackCount++)));
    for (const agent of agents.values()) agent.destroy();

    const reader = await login(actors.longFile.username);
    const pageAll = async (limit) => {
      let cursor = null;
      let count = 0;
      do {
        const query = new URLSearchParams({ limit: String(limit) });
        if (cursor) query.set('cursor', cursor);
        const page = await api('GET', `/files/${actors.longFile.id}/movements?${query}`, reader);
        count += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      if (count !== actors.longFile.movements)
        throw new Error(`paged ${count} of ${actors.longFile.movements}`);
    };
    // The tracker asks for pages of 1,000: a long history in one request.
    row(
      `a file's whole history (${actors.longFile.movements} movements, as the tracker reads it: limit=1000)`,
      30,
      'ms',
      await time(Math.min(runs, 50), () => pageAll(1000)),
    );
    row(
      `a file's whole history (${actors.longFile.movements} movements, pages of 100)`,
      null,
      'ms',
      await time(Math.min(runs, 20), () => pageAll(100)),
    );
    row(
      `getFile (${actors.longFile.movements} movements)`,
      10,
      'ms',
      await time(runs, () => api('GET', `/files/${actors.longFile.id}?markRead=false`, reader)),
    );

    const officer = await login(actors.officer.username);
    const inboxVariants = [
      {},
      { kind: 'main' },
      { kind: 'copy' },
      { unread: 'true' },
      { priority: 'immediate' },
      { nature: 'physical' },
      { status: 'in_movement' },
      { q: 'वेतन' },
      { overdue: 'true' },
      { from: '2026-06-01', to: '2026-11-30' },
      { from: '2026-01-01', dateField: 'createdAt' },
      { sort: 'subject' },
      { sort: 'createdAt' },
      { sort: 'dueDate' },
      { sort: '-priority' },
      { sort: 'number' },
    ];
    for (const variant of inboxVariants) {
      const query = new URLSearchParams(variant);
      const label = Object.entries(variant)
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      row(
        `inbox first page${label ? ` (${label})` : ''}`,
        30,
        'ms',
        await time(Math.min(runs, 40), () => api('GET', `/files?${query}`, officer)),
      );
    }
    const receiptsInbox = await time(Math.min(runs, 40), () => api('GET', '/receipts', officer));
    row('receipts inbox first page', 30, 'ms', receiptsInbox);

    const viewer = await login(actors.viewer);
    const reports = [
      ['department summary, 12 months', '/reports/summary?from=2025-12&to=2026-11'],
      ['pendency by section', '/reports/pendency?groupBy=section'],
      ['pendency by office (unit)', '/reports/pendency?groupBy=office'],
      ['pendency by officer', '/reports/pendency?groupBy=user'],
      ['dispatch register, one month', '/reports/dispatch-register?from=2026-11-01&to=2026-11-30'],
      ['weekly review, 8 weeks', '/reports/review'],
      ['weekly review, 12 months', '/reports/review?period=month&periods=12'],
      ['pending items, oldest first', '/reports/pending-items'],
      ['pending items over 30 days, overdue', '/reports/pending-items?bucket=over30Days&overdue=true'],
    ];
    for (const [name, route] of reports)
      row(name, 300, 'ms', await time(reportRuns, () => api('GET', route, viewer)));
    row(
      'files pending with others (mine)',
      300,
      'ms',
      await time(reportRuns, () => api('GET', '/reports/pending-with-others?scope=mine', officer)),
    );
    const supervisor = await login(actors.supervisor);
    row(
      'files pending with others (section)',
      300,
      'ms',
      await time(reportRuns, () => api('GET', '/reports/pending-with-others?scope=section', supervisor)),
    );

    // Sends: 20 clients, each moving its own file back and forth between two officers of a section.
    const partner = await login(actors.partner.username);
    const CLIENTS = Math.min(20, actors.sendable.length);
    const SENDS_EACH = 15;
    const latencies = [];
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      actors.sendable.slice(0, CLIENTS).map(async (fileId) => {
        for (let i = 0; i < SENDS_EACH; i++) {
          const [token, to] = i % 2 === 0 ? [officer, actors.partner.post] : [partner, actors.officer.post];
          const t0 = performance.now();
          try {
            await api('POST', `/files/${fileId}/send`, token, { to, remarks: `मानक परीक्षण ${i}` });
          } catch {
            errors += 1;
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const perSecond = (CLIENTS * SENDS_EACH - errors) / seconds;
    row(`sends with ${CLIENTS} concurrent clients`, 100, 'per second', {
      value: round(perSecond),
      higherIsBetter: true,
      errors,
      ...stats(latencies),
    });
    row('sandbox memory, peak resident', 300, 'MB', { value: memoryOf(child.pid).peakMB });
    return {
      files: actors.files,
      movements: actors.movements,
      generation,
      rows,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    if (!postgres) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
}
