// Test harness: an app on a database of its own (test/database.ts: SQLite in memory, or PostgreSQL) with the fixture directory, response validation on,
// and `call(operationId, …)` which builds the request from the contract. Tests name operationIds as
// string literals, which is what contract-coverage.node.test.ts looks for.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { BuildAppOptions } from '../src/app.js';
import { contractOperation } from '../src/contract.js';
import { insertDirectory, seedId } from '../src/seed/run.js';
import { buildTestApp } from './database.js';
import { fixture, PASSWORD } from './fixture.js';

export { seedId, PASSWORD };

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** Raw payload (bypasses JSON encoding). */
  payload?: string | Buffer;
  token?: string;
  headers?: Record<string, string>;
}

export interface Harness {
  app: FastifyInstance;
  now: { value: Date };
  call(operationId: string, options?: CallOptions): Promise<LightMyRequestResponse>;
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function harness(options: BuildAppOptions & { directory?: boolean } = {}): Promise<Harness> {
  const now = { value: new Date('2025-07-14T05:30:00Z') };
  const app = await buildTestApp({ validateResponses: true, clock: () => now.value, ...options });
  if (options.directory !== false) await insertDirectory(app, fixture, now.value);
  const tokens = new Map<string, string>();
  const call = async (operationId: string, o: CallOptions = {}) => {
    const operation = contractOperation(operationId);
    if (!operation) throw new Error(`no operation ${operationId}`);
    const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(o.params?.[name] ?? ''),
    );
    const search = new URLSearchParams(
      Object.entries(o.query ?? {}).map(([k, v]) => [k, String(v)]),
    ).toString();
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let payload = o.payload;
    if (o.body !== undefined) {
      payload = JSON.stringify(o.body);
      headers['content-type'] ??= 'application/json';
    }
    return app.inject({
      method: operation.method,
      url: `/api/v1${path}${search ? `?${search}` : ''}`,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  };
  return {
    app,
    now,
    call,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await call('login', { body: { username, password: PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.body}`);
      const token = (response.json() as { accessToken: string }).accessToken;
      tokens.set(username, token);
      return token;
    },
    close: () => app.close(),
  };
}

export function problemCode(response: LightMyRequestResponse): string {
  return (response.json() as { code?: string }).code ?? `(no code, status ${response.statusCode})`;
}
