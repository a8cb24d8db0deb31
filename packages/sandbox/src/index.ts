// Public entry: build the app (tests, embedding) or start a listening sandbox (other packages' tests).
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from './app.js';

export { buildApp, API_PREFIX, type BuildAppOptions } from './app.js';
export { openDatabase } from './db/connect.js';
export { isPostgresUrl } from './db/dialect.js';

export interface StartSandboxOptions extends BuildAppOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  host?: string;
}

export interface RunningSandbox {
  /** Base URL of the API, e.g. `http://127.0.0.1:41234/api/v1`. */
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const app = await buildApp(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}/api/v1`,
    app,
    close: () => app.close(),
  };
}
