// Runs every *.node.test.ts under packages/ and openapi/ with node's own test runner (through tsx), so its
// summary closes the output. Node 20's --test does not expand globs itself. The "@eoffice/source" condition
// makes workspace packages resolve to their TypeScript sources, so no build is needed first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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

const files = [...findTests('packages'), ...findTests('openapi')].sort();
if (files.length === 0) {
  console.error('test-node: no *.node.test.ts files found under packages/ or openapi/');
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
    ...process.argv.slice(2),
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
