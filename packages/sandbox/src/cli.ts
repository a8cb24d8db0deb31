// `eoffice-sandbox [--db PATH|URL] [--port N] [--host H] [--seed] [--enable-test-endpoints]`
// The database: --db, else DATABASE_URL, else eoffice-sandbox.db (SQLite) in the working directory.
import { parseArgs } from 'node:util';
import { sharedTokenKey, TOKEN_KEY_VARIABLE } from './auth/shared-token-key.js';
import { startSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '4100' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'boolean', default: false },
    'enable-test-endpoints': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'eoffice-sandbox [--db PATH|:memory:|postgres://…] [--port 4100] [--host 127.0.0.1] [--seed] [--enable-test-endpoints]\n' +
      '  The database is --db, else DATABASE_URL, else eoffice-sandbox.db (SQLite).\n' +
      '  Several instances over one PostgreSQL database share EOFFICE_SANDBOX_TOKEN_KEY (32+ characters).\n',
  );
  process.exit(0);
}

const sandbox = await startSandbox({
  db: values.db ?? (process.env.DATABASE_URL || 'eoffice-sandbox.db'),
  port: Number(values.port),
  host: values.host,
  seed: values.seed,
  enableTestEndpoints: values['enable-test-endpoints'] || process.env.EOFFICE_SANDBOX_TEST_ENDPOINTS === '1',
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
  // Several instances behind one address share one token key (else a token works on its issuer only).
  tokenKey: sharedTokenKey(process.env[TOKEN_KEY_VARIABLE]),
});
sandbox.app.log.info(`e-Office sandbox listening on ${sandbox.url}`);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    sandbox.app.log.info(`${signal}: shutting down`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        sandbox.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
