// Measures what DESIGN.md budgets and prints the figures as JSON, each beside its budget.
// Exits 1 when a budget is exceeded. Sizes are min+gzip, measured on fresh esbuild bundles.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const results = [];

function record(name, value, budget, unit) {
  results.push({ name, value: Math.round(value * 10) / 10, budget, unit, ok: value <= budget });
}

async function minGzipSize(entry, external) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external,
    conditions: ['source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length / KB;
}

// Each component without lit, the SDK and lazily loaded chunks.
const componentsDir = 'packages/components/src';
for (const folder of readdirSync(componentsDir)
  .filter((name) => name.startsWith('eo-'))
  .sort()) {
  const size = await minGzipSize(join(componentsDir, folder, 'index.ts'), [
    'lit',
    'lit/*',
    '@lit/*',
    '@eoffice/sdk',
    '@eoffice/signing',
    '../generated/locales/*',
  ]);
  record(
    `component ${folder} (min+gzip, without lit/SDK/lazy chunks)`,
    size,
    folder === 'eo-notesheet-editor' ? 80 : 20,
    'KB',
  );
}

if (existsSync('packages/sdk/src/index.ts')) {
  record(
    '@eoffice/sdk runtime with ky (min+gzip)',
    await minGzipSize('packages/sdk/src/index.ts', []),
    8,
    'KB',
  );
}

// The CDN bundle as built: its entry file and the chunks it loads eagerly; lazy chunks are excluded.
const cdnEntry = 'packages/components/dist/cdn/eoffice.js';
if (!existsSync(cdnEntry)) {
  console.error('Run `npm run build` first: the CDN bundle is measured as built.');
  process.exit(1);
}
const entryCode = readFileSync(cdnEntry);
const staticImports = [
  ...entryCode.toString().matchAll(/(?:^|;)\s*import\s*(?:[^"'()]*?from\s*)?["'](\.\/chunks\/[^"']+)["']/g),
];
let cdnSize = gzipSync(entryCode, { level: 9 }).length;
for (const [, chunk] of staticImports)
  cdnSize += gzipSync(readFileSync(join('packages/components/dist/cdn', chunk)), { level: 9 }).length;
record('CDN bundle, eager part (min+gzip)', cdnSize / KB, 150, 'KB');

console.log(JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2));
const over = results.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`Over budget: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
