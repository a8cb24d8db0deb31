// Reference points measured in the same run as our figures, so each of ours can be read beside what the
// same machine does without us: the SDK against a raw fetch of the same request, ky and openapi-fetch
// alone for size, the Prism mock of the contract for public tracking, and WebCrypto's own RSA sign and
// verify beside our signing package, in Node and in Chromium.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
const round = (value) => Math.round(value * 100) / 100;
const PERCENTILE = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** p50/p95/p99 of samples in ms. */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: round(PERCENTILE(sorted, 50)),
    p95: round(PERCENTILE(sorted, 95)),
    p99: round(PERCENTILE(sorted, 99)),
    runs: sorted.length,
  };
}

async function timed(runs, request, warmUp = 10) {
  for (let i = 0; i < warmUp; i++) await request(i);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await request(i);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/** min+gzip KB of a library alone: `code` bundled by esbuild as a page would load it. */
async function librarySize(code) {
  const out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['browser'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length / KB;
}

/** ky and openapi-fetch alone (min+gzip), beside the SDK's budget. */
export async function librarySizes() {
  return [
    { name: 'ky alone (min+gzip)', value: await librarySize("export { default } from 'ky';"), unit: 'KB' },
    {
      name: 'openapi-fetch alone (min+gzip)',
      value: await librarySize("export { default } from 'openapi-fetch';"),
      unit: 'KB',
    },
  ];
}

/**
 * The SDK's cost over a raw fetch of the same request: getFile through `createClient` (ky, hooks,
 * typed errors) and through `fetch` with the same token, on the same sandbox, alternating.
 */
export async function sdkOverhead({ baseUrl, token, fileId, runs = 200 }) {
  const { createClient } = await import('@eoffice/sdk');
  const client = createClient({ baseUrl, auth: token });
  const raw = async () => {
    const response = await fetch(`${baseUrl}/files/${fileId}?markRead=false`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`getFile: ${response.status}`);
    await response.json();
  };
  const sdk = async () => {
    await client.files.get(fileId, { markRead: false });
  };
  const rawFigures = await timed(runs, raw, 20);
  const sdkFigures = await timed(runs, sdk, 20);
  return [
    { name: 'getFile with a raw fetch, p95', value: rawFigures.p95, unit: 'ms', ...rawFigures },
    { name: 'getFile through the SDK, p95', value: sdkFigures.p95, unit: 'ms', ...sdkFigures },
    { name: 'SDK overhead over a raw fetch, p50', value: round(sdkFigures.p50 - rawFigures.p50), unit: 'ms' },
  ];
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

/**
 * Public tracking answered by Prism's mock of the contract (examples, request validation): what a
 * generic contract-driven server takes for the same request our sandbox answers from its database.
 */
export async function prismTracking({ runs = 100 } = {}) {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [cli, 'mock', '-h', '127.0.0.1', '-p', String(port), 'openapi/eoffice.yaml'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Prism did not start within 60 s')), 60_000);
      const watch = (chunk) => {
        if (/Prism is listening/.test(chunk.toString())) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.once('exit', (code) => reject(new Error(`Prism exited (${code})`)));
    });
    // Prism logs every request; read its output so the pipe never fills.
    child.stdout.resume();
    child.stderr.resume();
    const url = `http://127.0.0.1:${port}/public/track?number=${encodeURIComponent('132748/2025/CP')}&code=7KQ2-M9XD`;
    const figures = await timed(runs, async () => {
      const response = await fetch(url);
      await response.text();
      if (response.status !== 200) throw new Error(`Prism tracking: ${response.status}`);
    });
    return [
      {
        name: 'public tracking from the Prism mock of the contract, p95',
        value: figures.p95,
        unit: 'ms',
        ...figures,
      },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * Sign and verify in Node: WebCrypto's RSASSA-PKCS1-v1_5 (2048, SHA-256) over a note's canonical bytes,
 * beside our signing package doing the same note end to end (canonical form, detached CMS with signed
 * attributes, then verifying it with its chain, key usage and validity).
 */
export async function signingInNode({ runs = 50 } = {}) {
  const { webCryptoSignVerify, packageSignVerify } = await import('./bench-signing-workload.mjs');
  const web = await webCryptoSignVerify(runs);
  const ours = await packageSignVerify(runs);
  return [
    { name: 'Node: WebCrypto RSA-2048 sign + verify, p95', value: stats(web).p95, unit: 'ms', ...stats(web) },
    {
      name: 'Node: @eoffice/signing sign (CMS) + verify a note, p95',
      value: stats(ours).p95,
      unit: 'ms',
      ...stats(ours),
    },
  ];
}

/** The same two workloads in Debian's Chromium (headless), bundled from the sources by esbuild. */
export async function signingInChromium({ runs = 50 } = {}) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('./chromium.mjs');
  const bundle = await build({
    entryPoints: ['scripts/bench-signing-workload.mjs'],
    bundle: true,
    format: 'iife',
    globalName: 'signingBench',
    target: 'es2022',
    write: false,
    conditions: ['@eoffice/source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // WebCrypto needs a secure context: a page of our own on http://localhost is one.
    await page.route('http://localhost/bench', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
    );
    await page.goto('http://localhost/bench');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const { web, ours } = await page.evaluate(async (count) => {
      const bench = globalThis.signingBench;
      return { web: await bench.webCryptoSignVerify(count), ours: await bench.packageSignVerify(count) };
    }, runs);
    return [
      {
        name: 'Chromium: WebCrypto RSA-2048 sign + verify, p95',
        value: stats(web).p95,
        unit: 'ms',
        ...stats(web),
      },
      {
        name: 'Chromium: @eoffice/signing sign (CMS) + verify a note, p95',
        value: stats(ours).p95,
        unit: 'ms',
        ...stats(ours),
      },
    ];
  } finally {
    await browser.close();
  }
}
