// Measures what DESIGN.md budgets and prints the figures as JSON, each beside its budget.
// Exits 1 when a budget is exceeded. Sizes are min+gzip, measured on fresh esbuild bundles; sandbox
// timings are real HTTP requests on loopback to an in-process sandbox.
// `--only=sizes`, `--only=sandbox`, `--only=volume` or `--only=references` runs one part (the sizes need
// `npm run build` for the CDN bundle). References (scripts/bench-references.mjs) are what the same
// machine does without us, measured in the same run: ky and openapi-fetch alone, a raw fetch beside the
// SDK, the Prism mock of the contract, WebCrypto beside our signing package in Node and Chromium.
// A full run (or `--readme`) writes the table into README.md between the bench markers. The volume part measures generated databases of `--sizes=1000,10000,100000` files
// (about 10k, 100k and 1M movements: the growth table; budgets are checked on the largest), or of
// `--files=N` alone for a quicker run. `--only=tracker` times the file tracker in Chromium (bench-tracker.mjs).
// `--only=postgres` measures the largest size on PostgreSQL (a throwaway cluster), beside SQLite's in a full run.
// `--only=instances` compares the throughput of sends through two sandbox instances over one PostgreSQL
// database with one (bench-instances.mjs).
import { register as registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';
import { writeBenchIntoReadme } from './bench-readme.mjs';
import {
  librarySizes,
  prismTracking,
  sdkOverhead,
  signingInChromium,
  signingInNode,
} from './bench-references.mjs';
import { measureSizes as measureSizesOnly } from './size-budgets.mjs';

const results = [];
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const sections = [
  'sizes',
  'sandbox',
  'volume',
  'postgres',
  'instances',
  'references',
  'pendency',
  'inbox',
  'tracker',
];
if (only !== undefined && !sections.includes(only)) {
  console.error(`Unknown --only=${only}; use ${sections.join(', ')}.`);
  process.exit(2);
}
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const volumeSizes = option('files')
  ? [Number(option('files'))]
  : (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
if (volumeSizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--files and --sizes take whole numbers of files.');
  process.exit(2);
}
let growth = null;
/** The largest size's figures on SQLite and on PostgreSQL, side by side (README). */
let sideBySide = null;
/** The largest size's rows on SQLite, when this run measured them. */
let sqliteRows = null;

function record(name, value, budget, unit, extra = {}) {
  // A figure without a budget (null) is printed for comparison and always ok.
  const ok = budget === null || value <= budget;
  results.push({ name, value: Math.round(value * 10) / 10, budget, unit, ok, ...extra });
}

/** A figure worth printing that has no budget of its own. */
function inform(name, value, unit, extra = {}) {
  results.push({ name, value: Math.round(value * 10) / 10, budget: null, unit, ok: true, ...extra });
}

/** Reference figures (scripts/bench-references.mjs); one that cannot be measured here says why. */
async function reference(label, measure) {
  try {
    for (const { name, value, unit, ...extra } of await measure())
      inform(`reference: ${name}`, value, unit, extra);
  } catch (error) {
    results.push({
      name: `reference: ${label}`,
      value: null,
      budget: null,
      unit: null,
      ok: true,
      note: String(error),
    });
  }
}

let sourcesRegistered = false;
/**
 * Workspace packages resolve to their TypeScript sources (the `source` export condition, as the node
 * tests use), so a stale or missing dist/ cannot skew a figure. Registered after tsx, so it runs first.
 */
async function registerSources() {
  if (sourcesRegistered) return;
  sourcesRegistered = true;
  const { register } = await import('tsx/esm/api');
  register();
  registerHooks(
    `data:text/javascript,${encodeURIComponent(
      "export const resolve = (specifier, context, next) => next(specifier, { ...context, conditions: [...context.conditions, '@eoffice/source'] });",
    )}`,
  );
}

async function measureSizes() {
  for (const figure of await measureSizesOnly())
    record(figure.name, figure.value, figure.budget, figure.unit);
}

const PERCENTILE = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * DESIGN.md: "sandbox, track a file with 1,000 movements, p95 on loopback ≤ 10 ms". A seeded in-memory
 * sandbox in this process; a file is sent back and forth between the Section Officer and the Under
 * Secretary of the demo department through the API until it has 1,000 movements, then the tracker's
 * requests are timed over real HTTP.
 */
async function measureSandbox() {
  await registerSources();
  const { startSandbox } = await import('../packages/sandbox/src/index.ts');
  const sandbox = await startSandbox({ db: ':memory:', seed: true, logger: false });
  try {
    const api = async (method, path, token, body) => {
      const response = await fetch(sandbox.url + path, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    };
    const login = async (username) => {
      const { accessToken } = await api('POST', '/auth/login', null, { username, password: 'Demo@1234' });
      const me = await api('GET', '/auth/me', accessToken);
      return { token: accessToken, postId: me.defaultPostId };
    };
    const so = await login('sunita.verma');
    const us = await login('rajesh.tiwari');
    const file = await api('POST', '/files', so.token, {
      numbering: { scheme: 'non_sfs', fileNumber: `BENCH/${Date.now()}/2026` },
      nature: 'electronic',
      subject: 'मानक परीक्षण हेतु नस्ती: एक हज़ार संचलन',
    });
    const MOVEMENTS = 1000;
    // The creation is the first movement; each send adds one, alternating the holder.
    const started = performance.now();
    for (let i = 1; i < MOVEMENTS; i++) {
      const [from, to] = i % 2 === 1 ? [so, us] : [us, so];
      await api('POST', `/files/${file.id}/send`, from.token, { to: to.postId, remarks: `संचलन ${i}` });
    }
    inform('sandbox: make 999 sends through the API (setup)', performance.now() - started, 'ms');

    const time = async (runs, request) => {
      for (let i = 0; i < 20; i++) await request(); // warm-up: JIT, statement cache, keep-alive socket
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await request();
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b);
    };
    const RUNS = 200;
    const firstPage = await time(RUNS, () => api('GET', `/files/${file.id}/movements`, so.token));
    const check = await api('GET', `/files/${file.id}/movements?limit=100`, so.token);
    if (check.items.length !== 100 || !check.nextCursor)
      throw new Error('the movement list is not paginated as expected');
    record(
      'sandbox: track a file with 1,000 movements, first page of movements, p95 on loopback',
      PERCENTILE(firstPage, 95),
      10,
      'ms',
      {
        p50: Math.round(PERCENTILE(firstPage, 50) * 100) / 100,
        runs: RUNS,
      },
    );
    // The floor every request pays here (auth, routing, JSON) on this machine at this moment.
    const baseline = await time(RUNS, () => api('GET', '/auth/me', so.token));
    inform('sandbox: baseline authenticated GET /auth/me, p95 on loopback', PERCENTILE(baseline, 95), 'ms', {
      p50: Math.round(PERCENTILE(baseline, 50) * 100) / 100,
      runs: RUNS,
    });
    const fileGet = await time(RUNS, () => api('GET', `/files/${file.id}?markRead=false`, so.token));
    record('sandbox: the tracked file itself (getFile), p95 on loopback', PERCENTILE(fileGet, 95), 10, 'ms', {
      p50: Math.round(PERCENTILE(fileGet, 50) * 100) / 100,
      runs: RUNS,
    });
    await reference('SDK overhead', () =>
      sdkOverhead({ baseUrl: sandbox.url, token: so.token, fileId: file.id, runs: RUNS }),
    );
    const pageAll = async (limit) => {
      let cursor = null;
      let count = 0;
      do {
        const query = new URLSearchParams(limit ? { limit: String(limit) } : {});
        if (cursor) query.set('cursor', cursor);
        const page = await api('GET', `/files/${file.id}/movements?${query}`, so.token);
        count += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      if (count !== MOVEMENTS) throw new Error(`paged ${count} movements, expected ${MOVEMENTS}`);
    };
    for (const limit of [null, 100, 1000]) {
      const all = await time(20, () => pageAll(limit));
      inform(
        `sandbox: page through all 1,000 movements (${limit ? `limit=${limit}` : 'default page size 25'}), median`,
        PERCENTILE(all, 50),
        'ms',
        { p95: Math.round(PERCENTILE(all, 95) * 10) / 10, runs: 20 },
      );
    }
  } finally {
    await sandbox.close();
  }
}

/**
 * The sandbox at volume (scripts/bench-volume.mjs): every size of the growth table, the budgets of
 * DESIGN.md checked on the largest.
 */
async function measureVolumes() {
  const { measureVolume } = await import('./bench-volume.mjs');
  const sizes = [...volumeSizes].sort((a, b) => a - b);
  const measured = [];
  for (const files of sizes) measured.push(await measureVolume(files));
  const largest = measured[measured.length - 1];
  sqliteRows = largest.rows;
  const at = `${largest.files} files / ${largest.movements} movements`;
  for (const { name, budget, unit, value, higherIsBetter, ...figures } of largest.rows) {
    const figure = value ?? figures.p95;
    const extra = { ...figures, database: at };
    if (higherIsBetter)
      results.push({
        name: `sandbox at volume: ${name}`,
        value: figure,
        budget,
        unit,
        ok: figure >= budget,
        ...extra,
      });
    else
      record(`sandbox at volume: ${name}${value === undefined ? ', p95' : ''}`, figure, budget, unit, extra);
  }
  for (const size of measured) {
    if (size.generation)
      inform(
        `sandbox:generate of ${size.files} files (${size.movements} movements)`,
        size.generation.totalMilliseconds / 1000,
        's',
      );
  }
  // p95 (or the figure itself) of each operation at each size: lists and tracking should stay flat,
  // reports grow no worse than linearly.
  growth = largest.rows.map(({ name, unit, value }) => ({
    name,
    unit: value === undefined ? `${unit}, p95` : unit,
    ...Object.fromEntries(
      measured.map((size) => {
        const match = size.rows.find(
          (r) => r.name.replace(/\(\d+ movements/, '(') === name.replace(/\(\d+ movements/, '('),
        );
        return [`${size.movements} movements`, match ? (match.value ?? match.p95) : null];
      }),
    ),
  }));
}

/**
 * The largest size again on PostgreSQL (scripts/bench-volume.mjs copies the generated history into a
 * throwaway cluster, scripts/postgres-cluster.mjs): the same figures, printed beside SQLite's, without
 * budgets of their own (DESIGN.md budgets the embedded default).
 */
async function measurePostgresVolume() {
  const { findPostgresBin, startCluster } = await import('./postgres-cluster.mjs');
  const files = Math.max(...volumeSizes);
  if (!findPostgresBin()) {
    results.push({
      name: 'sandbox at volume on PostgreSQL',
      value: null,
      budget: null,
      unit: null,
      ok: true,
      note: 'not measured: PostgreSQL is not installed',
    });
    return;
  }
  const { measureVolume } = await import('./bench-volume.mjs');
  const cluster = await startCluster();
  try {
    const measured = await measureVolume(files, { postgres: cluster.url });
    const at = `${measured.files} files / ${measured.movements} movements`;
    for (const { name, unit, value, ...figures } of measured.rows) {
      delete figures.higherIsBetter;
      delete figures.budget;
      inform(
        `sandbox at volume on PostgreSQL: ${name}${value === undefined ? ', p95' : ''}`,
        value ?? figures.p95,
        unit,
        {
          ...figures,
          database: at,
        },
      );
    }
    sideBySide = measured.rows.map(({ name, unit, value, p95 }) => {
      const match = sqliteRows?.find((r) => r.name === name);
      return {
        name,
        unit: value === undefined ? `${unit}, p95` : unit,
        sqlite: match ? (match.value ?? match.p95) : null,
        postgres: value ?? p95,
      };
    });
  } finally {
    await cluster.stop();
  }
}

/** What the same machine does without us, for reading our figures against. */
async function measureReferences() {
  await registerSources();
  await reference('ky and openapi-fetch alone', librarySizes);
  await reference('the Prism mock of the contract', prismTracking);
  await reference('WebCrypto and our signing package in Node', signingInNode);
  await reference('WebCrypto and our signing package in Chromium', signingInChromium);
}

if (only === undefined || only === 'sizes') await measureSizes();
if (only === undefined || only === 'sandbox') await measureSandbox();
if (only === undefined || only === 'volume') await measureVolumes();
if (only === undefined || only === 'postgres') await measurePostgresVolume();
if (only === undefined || only === 'references') await measureReferences();
if (only === undefined || only === 'pendency') {
  // <eo-pendency-report>, 200 units / 50,000 items: scripts/bench-pendency.mjs.
  const { measurePendency, PENDENCY_FIRST_PAINT_BUDGET } = await import('./bench-pendency.mjs');
  const p = await measurePendency();
  record(
    'pendency report, 200 units / 50,000 items: first paint, median',
    p.firstPaint,
    PENDENCY_FIRST_PAINT_BUDGET,
    'ms',
    {
      reference: `plain 200-row <table>: ${Math.round(p.reference)} ms`,
    },
  );
  inform('pendency report: drill-down to an officer’s first page of 50 items, median', p.drillDown, 'ms');
}
if (only === undefined || only === 'inbox')
  for (const { name, value, unit, budget, ...extra } of await (
    await import('./bench-inbox.mjs')
  ).measureInbox())
    record(name, value, budget, unit, extra);
if (only === undefined || only === 'tracker')
  results.push(...(await (await import('./bench-tracker.mjs')).measureTracker()));
// Two sandbox instances against one over PostgreSQL (scripts/bench-instances.mjs).
if (only === undefined || only === 'instances')
  results.push(...(await (await import('./bench-instances.mjs')).measureInstances()));

const measuredAt = new Date().toISOString();
console.log(JSON.stringify({ measuredAt, results, growth, sideBySide }, null, 2));
if (only === undefined || process.argv.includes('--readme'))
  await writeBenchIntoReadme('README.md', { measuredAt, results, growth, sideBySide });
const over = results.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
