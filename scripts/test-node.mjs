// Runs every *.node.test.ts under packages/, openapi/ and scripts/ with node's own test runner (through tsx), so its
// summary closes the output. Node 20's --test does not expand globs itself. The "@eoffice/source" condition
// makes workspace packages resolve to their TypeScript sources, so no build is needed first.
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
const nodeArgs = args.filter((arg) => !roots.includes(arg) && arg !== '--without-sandbox');
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
const result = spawnSync(
  process.execPath,
  [
    '--conditions=@eoffice/source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    ...nodeArgs,
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
