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
  '.png': 'image/png',
};

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
  try {
    file = resolveRequest(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    file = undefined;
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, {
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
