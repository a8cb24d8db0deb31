// Serves the example portal (examples/labour-portal), the CDN bundle (/cdn/) and, when built, the
// static Storybook (/storybook/) on loopback. Used by `npm start` and the end-to-end tests.
// Usage: node scripts/serve-examples.mjs [--port N]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = process.cwd();
const mounts = [
  ['/cdn/', resolve(root, 'packages/components/dist/cdn')],
  // The same bundle at a second address, as when two portal scripts on one page each bring their copy.
  ['/cdn-mirror/', resolve(root, 'packages/components/dist/cdn')],
  ['/storybook/', resolve(root, 'storybook-static')],
  // The Devanagari web font a portal can self-host (@fontsource/noto-sans-devanagari).
  ['/fonts/noto-sans-devanagari/', resolve(root, 'node_modules/@fontsource/noto-sans-devanagari')],
  ['/', resolve(root, 'examples/labour-portal')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
};

// What a government portal is audited to: no inline script or style, no eval, Trusted Types for every
// HTML sink, and the page never framed. The API is a sandbox on another loopback port, so connect-src
// names loopback with any port. Storybook is a designers' tool with inline scripts of its own: it gets
// the security headers but not this policy.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  // The receipt form previews a scanned PDF in the browser's own viewer from a blob: URL the page
  // itself made (no PDF library, no other origin).
  'frame-src blob:',
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const storybookPending = `<!doctype html>
<html lang="hi"><meta charset="utf-8"><title>Storybook</title>
<p>Storybook तैयार किया जा रहा है; एक-दो मिनट बाद यह पृष्ठ पुनः खोलें।</p>
<p lang="en">Storybook is being built; reload this page in a minute or two
(or run <code>npm run build-storybook</code>).</p>
</html>
`;

function resolveRequest(pathname) {
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const relative = decodeURIComponent(pathname.slice(prefix.length)) || 'index.html';
    const file = resolve(dir, normalize(relative));
    // Refuse anything that escapes the mounted folder (../ tricks).
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
    return file;
  }
  return undefined;
}

const argPort = process.argv.indexOf('--port');
const port = Number(argPort > 0 ? process.argv[argPort + 1] : (process.env.PORT ?? 4173));

if (!existsSync(join(mounts[0][1], 'eoffice.js'))) {
  console.error('The CDN bundle is missing: run `npm run build` first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  let file;
  let pathname = '/';
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    file = resolveRequest(pathname);
  } catch {
    file = undefined;
  }
  // Storybook's manager frames its own preview (iframe.html), so it may be framed by its own origin.
  const headers = pathname.startsWith('/storybook/')
    ? { ...securityHeaders, 'x-frame-options': 'SAMEORIGIN' }
    : { ...securityHeaders, 'content-security-policy': contentSecurityPolicy };
  if (
    pathname.startsWith('/storybook/') &&
    !existsSync(join(mounts.find(([prefix]) => prefix === '/storybook/')[1], 'index.html'))
  ) {
    // `npm start` builds Storybook beside the servers the first time; say so instead of a bare 404.
    response
      .writeHead(503, { ...headers, 'content-type': 'text/html; charset=utf-8', 'retry-after': '30' })
      .end(storybookPending);
    return;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, {
    ...headers,
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Example portal: http://localhost:${port}/`);
  console.log('Press Ctrl+C to stop.');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
