// What a portal team gets from the registry, proven from `npm pack` tarballs installed into fresh
// projects outside this repository (run after `npm run build`; part of `npm test`):
//   1. every entry in each package's `exports` imports in Node;
//   2. a Vite build of a page importing one element subpath, measured (min+gzip) against DESIGN.md's
//      per-element budget, with lit and the SDK kept apart and with them included;
//   3. TypeScript strict type-checks a consumer with `bundler` and `NodeNext` resolution, with and
//      without `customConditions: ["source"]`;
//   4. a React 19 TSX page type-checks against the generated JSX typings and, in Chromium, sets an
//      element's properties and receives its `eo-*` event; the CDN bundle defines every element;
//   5. `npx eoffice-sandbox --seed` from the installed tarball answers HTTP.
// Third-party packages are pinned to the versions installed here and come from npm's cache, so the
// installs are quick and need the network only for what the cache lacks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const run = promisify(execFile);
// better-sqlite3 is a native addon: on a Node it cannot be built for here (offline, no headers),
// .ci/run sets this and the sandbox's checks (its import and its bin) are left to the machine's Node.
const withSandbox = process.env.EOFFICE_CONSUMER_WITHOUT_SANDBOX !== '1';
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['sdk', 'signing', 'components', 'sandbox'];
const ELEMENTS = readdirSync(join(repo, 'packages/components/src'))
  .filter((name) => name.startsWith('eo-'))
  .sort();
/** DESIGN.md: each element through its own subpath, lit and the SDK apart, lazy chunks apart. */
const BUDGET_KB = { default: 20, 'eo-notesheet-editor': 30, 'eo-draft-editor': 30 };
/** What "lit and the SDK apart" leaves out of a measured page. */
const LIT_AND_SDK = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|@eoffice\/sdk|ky)(\/|$)/;

const installedVersion = (name) =>
  JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;
const pinned = (names) => Object.fromEntries(names.map((name) => [name, installedVersion(name)]));

let scratch;
let web;
let server;
const tarballs = {};
/** `npm pack --json` of each package: its name, size and file list. */
const packs = [];

async function npm(args, cwd) {
  try {
    return await run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  } catch (error) {
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout}\n${error.stderr}`);
  }
}

function writeFiles(root, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), typeof text === 'string' ? text : `${JSON.stringify(text, null, 2)}\n`);
  }
}

async function install(root, dependencies, devDependencies = {}) {
  writeFiles(root, {
    'package.json': { name: 'portal', private: true, type: 'module', dependencies, devDependencies },
  });
  // --ignore-scripts: no dependency's install script may reach the network; the one native addon
  // (the sandbox's better-sqlite3) is handled below.
  await npm(['install', '--prefer-offline', '--ignore-scripts'], root);
}

before(async () => {
  for (const name of PACKAGES) {
    if (!existsSync(join(repo, 'packages', name, 'dist', 'index.js'))) {
      throw new Error(`packages/${name}/dist is missing: run \`npm run build\` first`);
    }
  }
  scratch = mkdtempSync(join(tmpdir(), 'eoffice-consumer-'));
  const packed = join(scratch, 'tarballs');
  mkdirSync(packed);
  const { stdout } = await npm(
    [
      'pack',
      '--json',
      '--pack-destination',
      packed,
      ...PACKAGES.map((name) => `--workspace=packages/${name}`),
    ],
    repo,
  );
  for (const entry of JSON.parse(stdout)) {
    tarballs[entry.name] = `file:${join(packed, entry.filename)}`;
    packs.push(entry);
  }

  web = join(scratch, 'web');
  server = join(scratch, 'server');
  await Promise.all([
    install(
      web,
      {
        '@eoffice/sdk': tarballs['@eoffice/sdk'],
        '@eoffice/signing': tarballs['@eoffice/signing'],
        '@eoffice/components': tarballs['@eoffice/components'],
        ...pinned(['react', 'react-dom']),
      },
      pinned(['typescript', 'vite', '@types/react', '@types/react-dom']),
    ),
    withSandbox &&
      install(server, {
        '@eoffice/sandbox': tarballs['@eoffice/sandbox'],
        '@eoffice/signing': tarballs['@eoffice/signing'],
      }),
  ]);
  if (!withSandbox) {
    console.log(
      `Node ${process.versions.node}: the sandbox's import and bin are checked on the machine's Node only`,
    );
    return;
  }
  // better-sqlite3 compiles from source when no prebuilt binary can be fetched (as here, offline).
  // The repository's own install already compiled this very version for this Node: reuse it.
  const addon = 'build/Release/better_sqlite3.node';
  const ours = join(repo, 'node_modules/better-sqlite3');
  const theirs = join(server, 'node_modules/better-sqlite3');
  const sameVersion =
    JSON.parse(readFileSync(join(theirs, 'package.json'), 'utf8')).version ===
    installedVersion('better-sqlite3');
  if (sameVersion && existsSync(join(ours, addon))) cpSync(join(ours, addon), join(theirs, addon));
  else await npm(['rebuild', 'better-sqlite3'], server);
});

after(() => {
  if (scratch && !process.env.KEEP_CONSUMER) rmSync(scratch, { recursive: true, force: true });
});

test('0. each tarball has what a registry page needs, and no sources or CDN source maps', () => {
  assert.equal(packs.length, PACKAGES.length);
  for (const { name, files, unpackedSize } of packs) {
    const paths = files.map((file) => file.path);
    for (const required of ['LICENSE', 'README.md', 'package.json', 'dist/index.js']) {
      assert.ok(paths.includes(required), `${name} ships ${required}`);
    }
    assert.deepEqual(
      paths.filter((path) => path.startsWith('src/') || /^dist\/cdn\/.*\.map$/.test(path)),
      [],
      `${name} ships no sources and no CDN source maps`,
    );
    const folder = join(repo, 'packages', name.slice('@eoffice/'.length));
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    assert.equal(manifest.license, 'Apache-2.0');
    for (const field of ['description', 'keywords', 'homepage'])
      assert.ok(manifest[field], `${name}: ${field}`);
    assert.equal(manifest.repository?.directory, `packages/${name.slice('@eoffice/'.length)}`);
    assert.match(manifest.engines?.node ?? '', /^>=20\.19/);
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((link) => link[1])
      .filter((target) => !/^(https?:|mailto:|#)/.test(target));
    assert.deepEqual(relative, [], `${name}: README links work on a registry page (absolute URLs)`);
    // Every file `exports` promises (types and code, wildcards apart) is in the tarball.
    const promised = Object.entries(manifest.exports).flatMap(([, target]) =>
      Object.entries(typeof target === 'string' ? { default: target } : target)
        .filter(([condition, path]) => condition !== '@eoffice/source' && !path.includes('*'))
        .map(([, path]) => path.replace(/^\.\//, '')),
    );
    assert.deepEqual(
      promised.filter((path) => !paths.includes(path)),
      [],
      `${name}: every file its exports promise is packed`,
    );
    console.log(`${name}: ${files.length} files, ${Math.round(unpackedSize / 1024)} KB unpacked`);
  }
  const components = JSON.parse(
    readFileSync(join(web, 'node_modules/@eoffice/components/package.json'), 'utf8'),
  );
  const manifest = JSON.parse(
    readFileSync(join(web, 'node_modules/@eoffice/components', components.customElements), 'utf8'),
  );
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    // The shared base class (EoElement) is a LitElement too, but no tag: only registered elements count.
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  assert.deepEqual(tags.sort(), ELEMENTS, 'the shipped custom-elements manifest names every element');
});

/** Every subpath of an installed package's `exports` that has an `import` target. */
function importableEntries(projectRoot, name) {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && 'import' in target)
    .map(([subpath]) => (subpath === '.' ? name : `${name}${subpath.slice(1)}`));
}

async function nodeImports(projectRoot, specifiers) {
  const script = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); console.log(s, Object.keys(m).length); }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: projectRoot });
  return stdout;
}

test('1. every exported entry imports in Node (ESM)', async () => {
  // The CDN bundle is for browsers only (it inlines lit's browser build): it is loaded in Chromium below.
  const browserOnly = new Set(['@eoffice/components/cdn']);
  const entries = ['@eoffice/sdk', '@eoffice/signing', '@eoffice/components']
    .flatMap((name) => importableEntries(web, name))
    .filter((s) => !browserOnly.has(s));
  assert.ok(entries.includes('@eoffice/components/eo-file-tracker'), 'element subpaths are exported');
  const out = await nodeImports(web, entries);
  for (const entry of entries)
    assert.match(out, new RegExp(`^${entry} [1-9]`, 'm'), `${entry} exports something`);
  if (withSandbox) {
    const sandboxOut = await nodeImports(server, importableEntries(server, '@eoffice/sandbox'));
    assert.match(sandboxOut, /^@eoffice\/sandbox [1-9]/m);
  }
});

/** min+gzip bytes of a Vite build's files, split into what the page loads at once and what it loads later. */
function measure(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  const eager = new Set();
  const walk = (key, into, follow) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const next of chunk.imports ?? []) walk(next, into, follow);
    if (follow) for (const next of chunk.dynamicImports ?? []) walk(next, into, follow);
  };
  walk(entryKey, eager, false);
  const all = new Set();
  walk(entryKey, all, true);
  const gz = (file) => gzipSize(readFileSync(join(outDir, file)));
  const sum = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((total, f) => total + gz(f), 0);
  const lazyFiles = [...all].filter((f) => !eager.has(f) && f.endsWith('.js'));
  const chunks = lazyFiles.map((f) => `${f.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kb(gz(f))}`);
  return { eager: sum(eager), lazy: sum(lazyFiles), chunks };
}

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => Math.round(bytes / 102.4) / 10;

test('2. a Vite build of a page importing one element subpath stays within its budget', async () => {
  const script = `
    import { build } from 'vite';
    const [root, outDir, apart] = process.argv.slice(2);
    const pattern = ${LIT_AND_SDK};
    await build({
      root, configFile: false, logLevel: 'error',
      build: {
        outDir, emptyOutDir: true, manifest: true, modulePreload: { polyfill: false },
        rollupOptions: apart === 'apart' ? { external: (id) => pattern.test(id) } : {},
      },
    });`;
  writeFiles(web, { 'measure.mjs': script });
  const rows = [];
  for (const tag of ELEMENTS) {
    const root = join(web, 'size', tag);
    writeFiles(root, {
      'index.html': `<!doctype html><${tag}></${tag}><script type="module" src="./main.js"></script>\n`,
      'main.js': `import '@eoffice/components/${tag}';\n`,
    });
    const sizes = {};
    for (const variant of ['apart', 'whole']) {
      const outDir = join(root, `dist-${variant}`);
      await run(process.execPath, ['measure.mjs', root, outDir, variant], { cwd: web });
      sizes[variant] = measure(outDir);
    }
    rows.push({ tag, ...sizes });
  }
  console.log('\nmin+gzip of a Vite page importing one element subpath (KB):');
  console.log('element                 eager, lit+SDK apart   lazy   | eager with lit+SDK   lazy | budget');
  for (const { tag, apart, whole } of rows) {
    const budget = BUDGET_KB[tag] ?? BUDGET_KB.default;
    console.log(
      `${tag.padEnd(24)}${String(kb(apart.eager)).padStart(10)}${String(kb(apart.lazy)).padStart(16)}   |` +
        `${String(kb(whole.eager)).padStart(12)}${String(kb(whole.lazy)).padStart(12)}   | ≤ ${budget}`,
    );
  }
  for (const { tag, apart } of rows) console.log(`  ${tag} loads later: ${apart.chunks.join(', ')}`);
  for (const { tag, apart, whole } of rows) {
    const budget = BUDGET_KB[tag] ?? BUDGET_KB.default;
    assert.ok(apart.eager > 0 && whole.eager > apart.eager, `${tag}: lit and the SDK were kept apart`);
    assert.ok(
      kb(apart.eager) <= budget,
      `${tag}: ${kb(apart.eager)} KB eager exceeds its ${budget} KB budget`,
    );
  }
});

const consumerSource = `
import { createClient, EOfficeError } from '@eoffice/sdk';
import { sha256 } from '@eoffice/signing';
import * as cms from '@eoffice/signing/cms';
import { EoFileTracker, type Movement } from '@eoffice/components/eo-file-tracker';
import { setLocale } from '@eoffice/components';

const client = createClient({ baseUrl: 'http://localhost:4100/api/v1' });
const tracker: EoFileTracker = document.createElement('eo-file-tracker');
const movements: Movement[] | undefined = tracker.movements;
tracker.addEventListener('eo-movement-select', (event) => {
  const id: string = event.detail.movement.id;
  console.log(id);
});
export const used = [client, EOfficeError, sha256, cms, movements, setLocale];
`;

function tsconfig(moduleResolution, conditions, include) {
  const nodeNext = moduleResolution === 'NodeNext';
  return {
    compilerOptions: {
      target: 'ES2022',
      module: nodeNext ? 'NodeNext' : 'ESNext',
      moduleResolution,
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      jsx: 'react-jsx',
      types: [],
      ...(conditions ? { customConditions: conditions } : {}),
    },
    include,
  };
}

async function typecheck(project) {
  try {
    await run(process.execPath, [join(web, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: web });
  } catch (error) {
    assert.fail(`tsc -p ${project}:\n${error.stdout}${error.stderr}`);
  }
}

const reactPage = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@eoffice/components/eo-file-tracker';
import type {} from '@eoffice/components/react';
import type { Movement } from '@eoffice/components/eo-file-tracker';

const post = (id: string, en: string) => ({
  id, name: { en, hi: en }, designation: { en: 'Section Officer', hi: 'अनुभाग अधिकारी' },
  markingAbbreviation: id.toUpperCase(),
  section: { id: 'unit_mw', code: 'MW', name: { en: 'Minimum Wages', hi: 'न्यूनतम वेतन' }, kind: 'section' as const },
});
const item = { type: 'file' as const, id: 'file_1', number: 'MW/2026/1' };
const movements: Movement[] = [1, 2].map((sequence) => ({
  id: \`mov_\${sequence}\`, sequence, item, action: sequence === 1 ? 'create' : 'send', kind: 'main',
  from: sequence === 1 ? null : post('so', 'Sunita'), to: sequence === 1 ? null : post('us', 'Rajesh'),
  by: { id: 'user_1', name: { en: 'Sunita', hi: 'सुनीता' } }, remarks: null, priority: 'normal',
  dueDate: null, sentAt: '2026-11-0' + sequence + 'T05:00:00Z', receivedAt: null, readAt: null,
  daysHeld: 0, current: sequence === 2,
}));

function Page() {
  const [selected, setSelected] = useState('');
  return (
    <>
      <eo-file-tracker movements={movements} oneo-movement-select={(event) => setSelected(event.detail.movement.id)} />
      <output id="selected">{selected}</output>
    </>
  );
}
createRoot(document.getElementById('root')!).render(<Page />);
`;

/** The React page of check 4, written where both checks 3 and 4 find it. */
function writeReactPage() {
  const root = join(web, 'react');
  writeFiles(root, {
    'index.html': '<!doctype html><div id="root"></div><script type="module" src="./main.tsx"></script>\n',
    'main.tsx': reactPage,
  });
  return root;
}

test('3. TypeScript strict (with the React 19 TSX page): bundler and NodeNext resolution, with and without customConditions ["source"]', async () => {
  writeFiles(web, { 'ts/consumer.ts': consumerSource });
  writeReactPage();
  const projects = [];
  for (const resolution of ['Bundler', 'NodeNext']) {
    for (const conditions of [undefined, ['source']]) {
      const name = `tsconfig.${resolution}${conditions ? '.source' : ''}.json`;
      writeFiles(web, { [name]: tsconfig(resolution, conditions, ['ts/consumer.ts', 'react/main.tsx']) });
      projects.push(name);
    }
  }
  // Two at a time: each checks every declaration file it loads (skipLibCheck off).
  for (let i = 0; i < projects.length; i += 2) await Promise.all(projects.slice(i, i + 2).map(typecheck));
});

async function serve(root) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const http = createServer((request, response) => {
    const path = join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((ready) => http.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${http.address().port}`,
    close: () => new Promise((done) => http.close(done)),
  };
}

test('4. React 19 (the TSX page type-checked in 3): Chromium sets properties and receives an eo-* event; the CDN bundle defines every element', async () => {
  const root = writeReactPage();
  const outDir = join(root, 'dist');
  writeFiles(web, {
    'build-react.mjs': `import { build } from 'vite';\nawait build({ root: ${JSON.stringify(root)}, configFile: false, logLevel: 'error', build: { outDir: ${JSON.stringify(outDir)} } });\n`,
  });
  await run(process.execPath, ['build-react.mjs'], { cwd: web });
  cpSync(join(web, 'node_modules/@eoffice/components/dist/cdn'), join(outDir, 'cdn'), { recursive: true });
  writeFiles(outDir, {
    'cdn.html': '<!doctype html><script type="module" src="/cdn/eoffice.js"></script>\n',
  });

  const site = await serve(outDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}/`);
    const tracker = page.locator('eo-file-tracker');
    await tracker.locator('[part~="step"]').first().waitFor();
    const state = await tracker.evaluate((el) => ({
      viaProperty: Array.isArray(el.movements) && el.movements.length,
      attribute: el.getAttribute('movements'),
    }));
    assert.deepEqual(state, { viaProperty: 2, attribute: null }, 'React 19 set movements as a property');
    await tracker.locator('[part~="step"]').last().click();
    await page.waitForFunction(() => document.getElementById('selected')?.textContent === 'mov_2');

    await page.goto(`${site.url}/cdn.html`);
    await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), ELEMENTS);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await site.close();
  }
});

async function freePort() {
  const probe = createNetServer();
  await new Promise((ready) => probe.listen(0, '127.0.0.1', ready));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

const sandboxAnswers = async () => {
  const port = await freePort();
  const child = spawn(
    'npx',
    ['--no-install', 'eoffice-sandbox', '--seed', '--db', ':memory:', '--port', String(port)],
    {
      cwd: server,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  try {
    let status;
    // Seeding the demo department takes a few seconds; poll until it answers or the process ends.
    for (let attempt = 0; attempt < 240 && status === undefined; attempt++) {
      if (child.exitCode !== null) assert.fail(`eoffice-sandbox exited with ${child.exitCode}:\n${stderr}`);
      try {
        status = (await fetch(`http://127.0.0.1:${port}/api/v1/auth/me`)).status;
      } catch {
        await new Promise((wait) => setTimeout(wait, 250));
      }
    }
    assert.equal(status, 401, `GET /auth/me without a token answers 401 (stderr: ${stderr})`);
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
};
if (withSandbox)
  test('5. `npx eoffice-sandbox --seed` from the installed tarball answers HTTP', sandboxAnswers);
