// Transport behaviour with a scripted fetch: what a flaky network or a busy server does to a call.
// The end-to-end behaviour against the real sandbox is tested in client.sandbox tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AuthenticationError,
  ConflictError,
  NetworkError,
  TimeoutError,
  createClient,
  type Session,
} from '../src/index.js';

interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
}

/** A fetch that answers from a script and records every request it saw. */
function scriptedFetch(answer: (request: Seen, index: number) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const entry: Seen = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body ? await request.text() : undefined,
    };
    seen.push(entry);
    return answer(entry, seen.length - 1);
  };
  return { fetch: fetchFn as typeof fetch, seen };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, code, title: code }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
const session = (n: number): Session =>
  ({
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshExpiresIn: 28800,
  }) as Session;

const baseUrl = 'http://sandbox.test/api/v1';
const fast = { limit: 2, backoffLimit: 1 };

describe('SDK transport', () => {
  it('retries a POST after a dropped connection with the same Idempotency-Key', async () => {
    const { fetch, seen } = scriptedFetch((_, i) => {
      if (i === 0) throw new TypeError('fetch failed: socket hang up');
      return json(200, { id: 'mov_1' });
    });
    const client = createClient({ baseUrl, auth: 'token-1', fetch, retry: fast });
    await client.files.send('file_abcdefgh', { to: 'post_abcdefgh', remarks: 'कृपया अवलोकन करें' });
    assert.equal(seen.length, 2);
    const keys = seen.map((s) => s.headers.get('idempotency-key'));
    assert.ok(keys[0]);
    assert.equal(keys[0], keys[1]);
    assert.equal(seen[0]?.body, seen[1]?.body);
  });

  it('uses the caller’s Idempotency-Key when given one', async () => {
    const { fetch, seen } = scriptedFetch(() => json(200, {}));
    const client = createClient({ baseUrl, auth: 't', fetch });
    await client.files.park('file_abcdefgh', { remarks: 'उत्तर की प्रतीक्षा' }, { idempotencyKey: 'my-key-1' });
    assert.equal(seen[0]?.headers.get('idempotency-key'), 'my-key-1');
  });

  it('never retries a PATCH, which carries no Idempotency-Key', async () => {
    const { fetch, seen } = scriptedFetch(() => {
      throw new TypeError('fetch failed');
    });
    const client = createClient({ baseUrl, auth: 't', fetch, retry: fast });
    await assert.rejects(
      client.files.update('file_abcdefgh', { subject: 'नया विषय' }, { ifMatch: '"v3"' }),
      NetworkError,
    );
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.headers.get('if-match'), '"v3"');
    assert.equal(seen[0]?.headers.get('idempotency-key'), null);
  });

  it('honours Retry-After on 429 and 503', async (t) => {
    const { fetch, seen } = scriptedFetch((_, i) =>
      i === 0
        ? problem(429, 'auth.rate_limited', { 'retry-after': '1' })
        : i === 1
          ? problem(503, 'server.unavailable', { 'retry-after': '1' })
          : json(200, { items: [], nextCursor: null }),
    );
    // The waits scheduled, not the time taken (the machine is noisy); back-off here is at most 1 ms.
    const waits: (number | undefined)[] = [];
    const original = globalThis.setTimeout;
    t.mock.method(globalThis, 'setTimeout', ((handler: () => void, ms?: number, ...args: unknown[]) => {
      waits.push(ms);
      return original(handler, ms, ...args);
    }) as typeof setTimeout);
    const client = createClient({ baseUrl, auth: 't', fetch, retry: fast });
    await client.files.list({ folder: 'inbox' }).toArray();
    assert.equal(seen.length, 3);
    assert.equal(waits.filter((ms) => ms === 1000).length, 2, 'waited 1 s after the 429 and the 503');
  });

  it('maps problem responses to typed errors without leaking the token', async () => {
    const { fetch } = scriptedFetch(() => problem(409, 'file.not_with_you', { 'x-request-id': 'req_9' }));
    const client = createClient({ baseUrl, auth: 'secret-token-value', fetch });
    const error = await client.files.send('file_abcdefgh', { to: 'post_abcdefgh' }).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'file.not_with_you');
    assert.equal(error.requestId, 'req_9');
    const everything = `${error.message} ${error.stack} ${JSON.stringify(error)} ${String(error.url)}`;
    assert.ok(!everything.includes('secret-token-value'));
  });

  it('refreshes once for concurrent 401s, then retries each request once', async () => {
    let logins = 0;
    let refreshes = 0;
    const { fetch, seen } = scriptedFetch((request) => {
      if (request.url.endsWith('/auth/login')) return json(200, session(++logins));
      if (request.url.endsWith('/auth/refresh')) {
        refreshes++;
        return json(200, session(100 + refreshes));
      }
      const auth = request.headers.get('authorization');
      return auth === 'Bearer access-1' ? problem(401, 'auth.token_expired') : json(200, { id: 'x' });
    });
    const sessions: string[] = [];
    const client = createClient({
      baseUrl,
      auth: { username: 'sunita.verma', password: 'Demo@1234' },
      fetch,
      onTokenRefresh: (s) => sessions.push(s.accessToken),
    });
    await client.auth.me(); // signs in with access-1, gets 401, refreshes, retries
    await Promise.all([client.files.get('file_abcdefgh'), client.receipts.get('rcpt_abcdefgh')]);
    assert.equal(logins, 1);
    assert.equal(refreshes, 1);
    assert.deepEqual(sessions, ['access-1', 'access-101']);
    assert.ok(seen.filter((s) => s.headers.get('authorization') === 'Bearer access-101').length >= 3);
  });

  it('two requests failing with the same expired token share one refresh', async () => {
    let refreshes = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fetch } = scriptedFetch(async (request) => {
      if (request.url.endsWith('/auth/refresh')) {
        refreshes++;
        await gate;
        return json(200, session(2));
      }
      return request.headers.get('authorization') === 'Bearer access-1'
        ? problem(401, 'auth.token_expired')
        : json(200, {});
    });
    const client = createClient({ baseUrl, auth: { session: session(1) }, fetch });
    const both = Promise.all([client.auth.me(), client.files.get('file_abcdefgh')]);
    setTimeout(release, 50);
    await both;
    assert.equal(refreshes, 1);
  });

  it('gives up with AuthenticationError when the renewed token is refused too', async () => {
    const { fetch, seen } = scriptedFetch((request) =>
      request.url.endsWith('/auth/login') ? json(200, session(1)) : problem(401, 'auth.token_invalid'),
    );
    const client = createClient({ baseUrl, auth: { username: 'a', password: 'b' }, fetch });
    await assert.rejects(client.auth.me(), AuthenticationError);
    // login, 401, refresh refused, login again, one retry refused: then it stops.
    assert.ok(seen.length <= 5, `no refresh loop (${seen.length} requests)`);
  });

  it('times out with TimeoutError and stops on the caller’s AbortSignal', async () => {
    const hang = (_: Seen) => new Promise<Response>(() => {});
    const { fetch } = scriptedFetch(hang);
    const client = createClient({ baseUrl, auth: 't', fetch, timeout: 50, retry: { limit: 0 } });
    await assert.rejects(client.auth.me(), TimeoutError);
    const controller = new AbortController();
    const pending = createClient({
      baseUrl,
      auth: 't',
      // A server that never answers: only the abort can end the call.
      fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
        const { signal } = new Request(input, init);
        return new Promise((_, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener('abort', () => reject(signal.reason));
        });
      }) as typeof globalThis.fetch,
    }).auth.me({
      signal: controller.signal,
    });
    controller.abort();
    await assert.rejects(
      pending,
      (error: unknown) => error instanceof DOMException && error.name === 'AbortError',
    );
  });

  it('sends Accept-Language and query arrays, and encodes path parameters', async () => {
    const { fetch, seen } = scriptedFetch(() => json(200, { items: [], nextCursor: null }));
    const client = createClient({ baseUrl, auth: 't', fetch, language: 'hi' });
    await client.files.movements('file_a/b', { limit: 10 }).toArray();
    assert.equal(seen[0]?.url, `${baseUrl}/files/file_a%2Fb/movements?limit=10`);
    assert.equal(seen[0]?.headers.get('accept-language'), 'hi');
  });

  it('rejects a client without an absolute base URL', () => {
    assert.throws(() => createClient({ baseUrl: 'localhost:4100' }), /absolute http\(s\) URL/);
  });
});
