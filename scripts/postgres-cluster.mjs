// A throwaway PostgreSQL cluster for the tests: finds initdb and pg_ctl (PATH, then
// /usr/lib/postgresql/*/bin), creates a cluster in a temporary folder (C locale, UTF-8, trust auth,
// durability off since it is thrown away), starts it on a free loopback port, and removes it when
// stopped. As root (CI) it runs initdb and pg_ctl as `nobody`, since PostgreSQL refuses to run as root.
//
// As a module: `const cluster = await startCluster(); … cluster.url …; await cluster.stop();`.
// As a command: `node scripts/postgres-cluster.mjs` prints the URL and keeps the cluster up until Ctrl-C.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const UNPRIVILEGED = 'nobody';

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function idOf(user) {
  return {
    uid: Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim()),
  };
}

/**
 * Starts a cluster; resolves to `{ url, stop }` where `url` is the superuser's URL of the `postgres`
 * database. `stop()` stops the server and removes the folder (also run on exit, SIGINT and SIGTERM).
 */
export async function startCluster({ port } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (no initdb in PATH or /usr/lib/postgresql/*/bin)');
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'eoffice-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const { uid, gid } = idOf(UNPRIVILEGED);
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool, args) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', UNPRIVILEGED, '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir });
    if (result.status !== 0) {
      throw new Error(`${tool} failed (${result.status}): ${result.stderr || result.stdout || result.error}`);
    }
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } catch (error) {
        console.error(String(error));
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stop();
    process.kill(process.pid, signal);
  };
  process.once('exit', stop);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    run('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--locale=C',
      '--encoding=UTF8',
      '--no-sync',
    ]);
    const listen = port ?? (await freePort());
    const options = [
      `-p ${listen}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run('pg_ctl', ['start', '-D', data, '-w', '-l', join(dir, 'server.log'), '-o', options]);
    return {
      url: `postgres://postgres@127.0.0.1:${listen}/postgres`,
      stop: async () => {
        stop();
        process.off('exit', stop);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = process.argv[2] ? Number(process.argv[2]) : undefined;
  const cluster = await startCluster({ port });
  console.log(cluster.url);
  // Stays up until a signal; the handlers above stop and remove the cluster.
  setInterval(() => {}, 1 << 30);
}
