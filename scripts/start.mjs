// `npm start` after the build: the sandbox (API on :4100, demo Labour Department, data kept in
// .data/sandbox.db, or SANDBOX_DB) and the example portal (:4173), with one Ctrl+C for both.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { startBanner, startSettings } from './start-banner.mjs';

const settings = startSettings();
const { apiPort, portalPort, database } = settings;
mkdirSync('.data', { recursive: true });

const children = [
  spawn(
    process.execPath,
    ['packages/sandbox/bin/eoffice-sandbox.mjs', '--db', database, '--seed', '--port', apiPort],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    },
  ),
  spawn(process.execPath, ['scripts/serve-examples.mjs', '--port', portalPort], {
    stdio: ['ignore', 'inherit', 'inherit'],
  }),
];

// The README points designers to /storybook/: build it once, beside the servers, when it is missing.
// The portal answers /storybook/ with "being built" until it is there.
if (!existsSync('storybook-static/index.html')) {
  const storybook = spawn('npm', ['run', 'build-storybook', '--silent'], {
    stdio: 'ignore',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  storybook.on('exit', (code) =>
    console.log(
      code === 0
        ? `Storybook is built: http://localhost:${portalPort}/storybook/`
        : `Storybook could not be built (exit ${code}); run \`npm run build-storybook\` to see why.`,
    ),
  );
  process.on('exit', () => storybook.exitCode === null && storybook.kill('SIGTERM'));
}

console.log(startBanner(settings));

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`A server stopped (exit ${code}); stopping the other.`);
      stop(code ?? 1);
    } else if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(0);
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
