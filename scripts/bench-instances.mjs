// Throughput of sends with two sandbox instances against one, over one PostgreSQL database in a
// throwaway cluster (scripts/postgres-cluster.mjs): the same 20 concurrent clients, each ping-ponging its
// own file between two officers, first all through one instance, then split across two. On this 2-core
// machine the database, the instances and the clients share the cores, so the figure shows the cost of
// coordination through the database (locks, LISTEN/NOTIFY) more than the gain of a second machine.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findPostgresBin, startCluster } from './postgres-cluster.mjs';

const CLI = fileURLToPath(new URL('../packages/sandbox/src/cli.ts', import.meta.url));
const CLIENTS = 20;
const SENDS_PER_CLIENT = 40;

/** A port free now on loopback, for a child process to listen on. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startInstance(db, port, secret, seed) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      CLI,
      '--db',
      db,
      '--port',
      String(port),
      ...(seed ? ['--seed'] : []),
    ],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', EOFFICE_SANDBOX_TOKEN_KEY: secret },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance on port ${port} exited (${child.exitCode})`);
    const status = await fetch(`${url}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function api(base, method, path, token, body) {
  const response = await fetch(base + path, {
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
}

/** Sends per second of CLIENTS clients, client i talking to `bases[i % bases.length]`. */
async function sendsPerSecond(bases, officers, label) {
  const [so, us] = officers;
  const files = [];
  for (let i = 0; i < CLIENTS; i++) {
    const file = await api(bases[0], 'POST', '/files', so.token, {
      numbering: { scheme: 'non_sfs', fileNumber: `BENCH/${label}/${i}/2026` },
      nature: 'electronic',
      subject: `बहु-सर्वर मानक परीक्षण ${label} ${i}`,
    });
    files.push(file.id);
  }
  const started = performance.now();
  // A refused or failed send is counted and reported, not thrown: the figure says how many there were.
  // The client then sends the file on as its holder would (the holder alternates), retrying the same way.
  let errors = 0;
  await Promise.all(
    files.map(async (fileId, i) => {
      const base = bases[i % bases.length];
      for (let n = 1; n <= SENDS_PER_CLIENT; n++) {
        const [from, to] = n % 2 === 1 ? [so, us] : [us, so];
        try {
          await api(base, 'POST', `/files/${fileId}/send`, from.token, { to: to.postId });
        } catch (error) {
          errors += 1;
          if (errors === 1) console.error(`instances bench: ${String(error).slice(0, 300)}`);
          n -= 1;
          if (errors > 50) throw error;
        }
      }
    }),
  );
  const sent = CLIENTS * SENDS_PER_CLIENT;
  return { perSecond: sent / ((performance.now() - started) / 1000), errors };
}

/** The figures of this section, in bench.mjs's result shape (no budget: a comparison). */
export async function measureInstances() {
  if (!findPostgresBin()) {
    return [
      {
        name: 'instances: sends with two instances against one (PostgreSQL)',
        value: null,
        budget: null,
        unit: 'sends/s',
        ok: true,
        skipped: 'PostgreSQL is not installed (no initdb)',
      },
    ];
  }
  const cluster = await startCluster();
  const instances = [];
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database bench_instances');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/bench_instances';
    const secret = randomBytes(32).toString('hex');
    instances.push(await startInstance(url.toString(), await freePort(), secret, true));
    instances.push(await startInstance(url.toString(), await freePort(), secret, false));
    const [a, b] = instances;
    const login = async (username) => {
      const { accessToken } = await api(a.url, 'POST', '/auth/login', null, {
        username,
        password: 'Demo@1234',
      });
      const me = await api(a.url, 'GET', '/auth/me', accessToken);
      return { token: accessToken, postId: me.defaultPostId };
    };
    const officers = [await login('sunita.verma'), await login('rajesh.tiwari')];
    await sendsPerSecond([a.url], officers, 'warmup');
    const one = await sendsPerSecond([a.url], officers, 'one');
    const two = await sendsPerSecond([a.url, b.url], officers, 'two');
    const extra = { clients: CLIENTS, sends: CLIENTS * SENDS_PER_CLIENT };
    return [
      {
        name: 'instances: sends per second, 20 clients, one instance on PostgreSQL',
        value: Math.round(one.perSecond),
        errors: one.errors,
        budget: null,
        unit: 'sends/s',
        ok: true,
        ...extra,
      },
      {
        name: 'instances: sends per second, 20 clients, two instances on one PostgreSQL',
        value: Math.round(two.perSecond),
        errors: two.errors,
        budget: null,
        unit: 'sends/s',
        ok: true,
        ...extra,
      },
      {
        name: 'instances: two instances against one (throughput ratio)',
        value: Math.round((two.perSecond / one.perSecond) * 100) / 100,
        budget: null,
        unit: '×',
        ok: true,
      },
    ];
  } finally {
    for (const { child } of instances) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    await cluster.stop();
  }
}
