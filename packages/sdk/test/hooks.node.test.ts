// Hooks against a real HTTP server: a portal adds headers, measures each attempt and observes
// failures; no hook is handed the Authorization header unless it asks for the request itself.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { afterEach, describe, it } from 'node:test';
import {
  ConflictError,
  EOfficeError,
  HookError,
  NetworkError,
  createClient,
  type HookRequest,
} from '../src/index.js';
import { problem, scriptedServer, type ScriptedServer } from './scripted-server.js';

const TOKEN = 'secret-token-value';
const retry = { backoffLimit: 1 };
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('SDK hooks', () => {
  it('beforeRequest adds a header to every request; its view has no Authorization unless asked', async () => {
    server = await scriptedServer(() => ({ status: 200, body: { id: 'file_abcdefgh' } }));
    const seenByHook: string[] = [];
    let raw: Request | undefined;
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      hooks: {
        beforeRequest: [
          (request) => {
            request.setHeader('x-portal', 'labour-department');
            seenByHook.push(JSON.stringify({ ...request, headers: [...request.headers] }));
          },
          (request) => {
            raw = request.raw();
          },
        ],
      },
    });
    await client.files.get('file_abcdefgh');
    const [received] = server.received;
    assert.equal(received?.headers['x-portal'], 'labour-department');
    assert.equal(received?.headers['authorization'], `Bearer ${TOKEN}`);
    assert.match(seenByHook[0] ?? '', /x-portal/, 'the view shows headers set by hooks');
    assert.ok(!seenByHook[0]?.includes(TOKEN), 'the token never reaches a hook’s view');
    assert.ok(!seenByHook[0]?.toLowerCase().includes('authorization'));
    assert.equal(raw?.headers.get('authorization'), `Bearer ${TOKEN}`, 'raw() is the request itself');
  });

  it('measures each attempt, retries included, by the contract’s path', async () => {
    server = await scriptedServer((_, i) =>
      i === 0 ? problem(503, 'server.unavailable') : { status: 200, body: { id: 'file_abcdefgh' } },
    );
    const started = new WeakMap<HookRequest, number>();
    const measured: { path: string; retryCount: number; status: number; ms: number }[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      retry,
      hooks: {
        beforeRequest: [(request) => void started.set(request, performance.now())],
        afterResponse: [
          (request, response) => {
            const ms = performance.now() - (started.get(request) ?? Number.NaN);
            measured.push({
              path: request.path,
              retryCount: request.retryCount,
              status: response.status,
              ms,
            });
          },
        ],
      },
    });
    await client.files.get('file_abcdefgh');
    assert.deepEqual(
      measured.map(({ path, retryCount, status }) => ({ path, retryCount, status })),
      [
        { path: '/files/{fileId}', retryCount: 0, status: 503 },
        { path: '/files/{fileId}', retryCount: 1, status: 200 },
      ],
    );
    assert.ok(
      measured.every(({ ms }) => Number.isFinite(ms) && ms >= 0),
      'each attempt found its start',
    );
  });

  it('beforeError observes the typed error once, with the last attempt', async () => {
    server = await scriptedServer(() => problem(409, 'file.not_with_you', { 'x-request-id': 'req_9' }));
    const observed: [EOfficeError, HookRequest | undefined][] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      hooks: { beforeError: [(error, request) => void observed.push([error, request])] },
    });
    const thrown = await client.files.send('file_abcdefgh', { to: 'post_abcdefgh' }).catch((e: unknown) => e);
    assert.equal(observed.length, 1);
    const [error, request] = observed[0] ?? [];
    assert.equal(error, thrown, 'the hook sees the error the call rejects with');
    assert.ok(error instanceof ConflictError);
    assert.equal(error.requestId, 'req_9');
    assert.equal(request?.method, 'POST');
    assert.equal(request?.path, '/files/{fileId}/send');
    assert.ok(request?.headers.get('idempotency-key'));
  });

  it('beforeError sees network failures, but not a 401 the client answers by renewing the token', async () => {
    server = await scriptedServer((request) =>
      request.headers['authorization'] === 'Bearer old'
        ? problem(401, 'auth.token_expired')
        : { status: 200, body: {} },
    );
    let token = 'old';
    const observed: EOfficeError[] = [];
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: () => {
        const current = token;
        token = 'new';
        return current;
      },
      retry: { limit: 0 },
      hooks: { beforeError: [(error) => void observed.push(error)] },
    });
    await client.auth.me();
    assert.equal(server.received.length, 2, 'refused once, then renewed');
    assert.equal(observed.length, 0, 'the renewed 401 was not reported');
    const { baseUrl } = server;
    await server.close();
    server = undefined;
    const offline = createClient({
      baseUrl,
      auth: TOKEN,
      retry: { limit: 0 },
      hooks: { beforeError: [(error) => void observed.push(error)] },
    });
    await assert.rejects(offline.auth.me(), NetworkError);
    assert.equal(observed.length, 1);
    assert.ok(observed[0] instanceof NetworkError);
  });

  it('a logging hook that prints everything it is given never prints the token', async () => {
    server = await scriptedServer(() => problem(409, 'file.not_with_you'));
    const printed: string[] = [];
    const print = (...values: unknown[]) =>
      void printed.push(inspect(values, { depth: Infinity, showHidden: true }));
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      timeout: 1,
      retry: { limit: 0 },
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        // Answers only after the timeout has passed, so the call fails with TimeoutError.
        if (request.url.endsWith('/auth/me'))
          return new Promise((resolve) => setTimeout(() => resolve(fetch(request)), 50));
        return fetch(request);
      }) as typeof fetch,
      hooks: { beforeRequest: [print], afterResponse: [print], beforeError: [print] },
    });
    await assert.rejects(client.auth.me());
    await assert.rejects(client.files.send('file_abcdefgh', { to: 'post_abcdefgh' }, { timeout: false }));
    assert.equal(printed.length, 5, 'two requests, one response, two errors');
    assert.match(printed.join('\n'), /TimeoutError[\s\S]*ConflictError/);
    for (const text of printed) assert.ok(!text.includes(TOKEN), `no token in: ${text.slice(0, 400)}`);
  });

  it('a hook that throws fails the call with a HookError, without retrying', async () => {
    server = await scriptedServer(() => ({ status: 200, body: {} }));
    const broken = new RangeError('clock not set');
    const before = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      retry,
      hooks: {
        beforeRequest: [
          () => {
            throw broken;
          },
        ],
      },
    });
    const error = await before.auth.me().catch((e: unknown) => e);
    assert.ok(error instanceof HookError);
    assert.ok(error instanceof EOfficeError, 'a typed SDK error');
    assert.equal(error.hook, 'beforeRequest');
    assert.equal(error.cause, broken);
    assert.match(error.message, /GET .*\/auth\/me: a beforeRequest hook failed: clock not set/);
    assert.equal(server.received.length, 0, 'nothing was sent');

    const after = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      retry,
      hooks: {
        afterResponse: [
          async () => {
            throw new Error('log store full');
          },
        ],
      },
    });
    const afterError = await after.auth.me().catch((e: unknown) => e);
    assert.ok(afterError instanceof HookError);
    assert.equal(afterError.hook, 'afterResponse');
    assert.equal(server.received.length, 1, 'a GET whose hook failed is not retried');
  });

  it('a hook cannot set Authorization, and a failing beforeError hook gives a HookError too', async () => {
    server = await scriptedServer(() => problem(404, 'resource.not_found'));
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      hooks: { beforeRequest: [(request) => request.setHeader('Authorization', 'Bearer stolen')] },
    });
    const error = await client.auth.me().catch((e: unknown) => e);
    assert.ok(error instanceof HookError);
    assert.ok(error.cause instanceof TypeError);
    assert.equal(server.received.length, 0);

    const failing = createClient({
      baseUrl: server.baseUrl,
      auth: TOKEN,
      hooks: {
        beforeError: [
          () => {
            throw new Error('reporter offline');
          },
        ],
      },
    });
    const reported = await failing.files.get('file_abcdefgh').catch((e: unknown) => e);
    assert.ok(reported instanceof HookError);
    assert.equal(reported.hook, 'beforeError');
  });
});
