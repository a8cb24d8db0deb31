// Bundles openapi/eoffice.yaml into one JSON document (local $refs only) the sandbox binds its routes to
// and validates against. Usage: node packages/sandbox/scripts/bundle-contract.mjs [outDir]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const outDir = resolve(process.argv[2] ?? join(here, '../src/generated'));
mkdirSync(outDir, { recursive: true });
const target = join(outDir, 'contract.json');
execFileSync(
  join(root, 'node_modules/.bin/redocly'),
  ['bundle', join(root, 'openapi/eoffice.yaml'), '--ext', 'json', '-o', target],
  {
    stdio: 'pipe',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
// Re-serialise with a stable layout so the staleness check compares content, not formatting.
writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(target, 'utf8')), null, 1) + '\n');
