// Runs every *.node.test.ts under packages/, openapi/ and scripts/ with node's own test runner (through tsx), so its
// summary closes the output. Node 20's --test does not expand globs itself. The "@eoffice/source" condition
// makes workspace packages resolve to their TypeScript sources, so no build is needed first.
//
// The sandbox's own suites then run a second time on PostgreSQL (EOFFICE_TEST_POSTGRES_URL, see
// packages/sandbox/test/database.ts) in a throwaway cluster (scripts/postgres-cluster.mjs), when
// PostgreSQL is installed; under CI=true a missing PostgreSQL fails the run instead of skipping the pass.
// `--without-postgres` leaves the second pass out.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(path));
    else if (entry.name.endsWith('.node.test.ts')) found.push(path);
  }
  return found;
}

// Arguments naming folders narrow the search (`node scripts/test-node.mjs packages/sdk packages/signing`);
// `--without-sandbox` leaves out the suites that start the sandbox (better-sqlite3 is a native addon
// built for the machine's Node only, so another Node runs the rest); other arguments go to node.
const args = process.argv.slice(2);
const roots = args.filter((arg) => existsSync(arg) && statSync(arg).isDirectory());
const withoutSandbox = args.includes('--without-sandbox');
const withoutPostgres = args.includes('--without-postgres');
const nodeArgs = args.filter(
  (arg) => !roots.includes(arg) && arg !== '--without-sandbox' && arg !== '--without-postgres',
);
const needsSandbox = (file) =>
  file.startsWith(join('packages', 'sandbox')) ||
  /from '@eoffice\/sandbox'|import\('@eoffice\/sandbox'\)|better-sqlite3/.test(readFileSync(file, 'utf8'));

let files = (roots.length > 0 ? roots : ['packages', 'openapi', 'scripts']).flatMap(findTests).sort();
if (withoutSandbox) {
  const left = files.filter(needsSandbox);
  files = files.filter((file) => !needsSandbox(file));
  console.log(
    `test-node: on Node ${process.versions.node} without the suites that start the sandbox: ${left.join(', ')}`,
  );
}
if (files.length === 0) {
  console.error('test-node: no *.node.test.ts files found');
  process.exit(1);
}
const runTests = (testFiles, env = process.env) =>
  spawnSync(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      ...nodeArgs,
      ...testFiles,
    ],
    { stdio: 'inherit', env },
  ).status ?? 1;

const status = runTests(files);
// The sandbox's suites and every other suite that starts it (they take their database from
// packages/sandbox/test/database.ts).
const onPostgres = files.filter(needsSandbox);
if (withoutSandbox || withoutPostgres || onPostgres.length === 0) process.exit(status);

const { findPostgresBin, startCluster } = await import('./postgres-cluster.mjs');
if (!findPostgresBin()) {
  const message =
    'test-node: PostgreSQL is not installed (initdb not found): the sandbox suites ran on SQLite only';
  if (process.env.CI === 'true') {
    console.error(`${message}; CI must run them on PostgreSQL too (install Debian's postgresql)`);
    process.exit(1);
  }
  console.log(message);
  process.exit(status);
}
console.log(
  `\n=== test-node: the sandbox suites again, on PostgreSQL (the SQLite pass ${status === 0 ? 'passed' : 'FAILED'}) ===\n`,
);
const cluster = await startCluster();
let pgStatus = 1;
try {
  const env = {
    ...process.env,
    EOFFICE_TEST_POSTGRES_URL: cluster.url,
    EOFFICE_TEST_POSTGRES_TEMPLATE: 'eoffice_template',
  };
  // One migrated template for every test process (each test database is a copy of it).
  const template = spawnSync(
    process.execPath,
    [
      '--conditions=@eoffice/source',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      "import { createMigratedDatabase } from './packages/sandbox/test/database.ts'; await createMigratedDatabase('eoffice_template');",
    ],
    { stdio: 'inherit', env: { ...env, EOFFICE_TEST_POSTGRES_TEMPLATE: '' } },
  );
  if (template.status === 0) pgStatus = runTests(onPostgres, env);
} finally {
  await cluster.stop();
}
process.exit(status !== 0 ? status : pgStatus);
