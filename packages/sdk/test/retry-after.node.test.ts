// Retry-After on 429 and 503 against a real HTTP server: the SDK waits as long as the server asks
// (up to retry.maxRetryAfter), retries a POST only with its Idempotency-Key, and RateLimitError
// says how long to wait. The waits the SDK schedules are recorded, not timed (the machine is noisy);
// back-off is capped at 100 ms, so a wait of a second or more can only come from Retry-After.
import assert from 'node:assert/strict';
import { afterEach, describe, it, type TestContext } from 'node:test';
import { RateLimitError, ServerError, createClient } from '../src/index.js';
import { problem, scriptedServer, type ScriptedServer } from './scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Records the delay of every timer set during the test; the timers themselves run as usual. */
function recordWaits(t: TestContext): number[] {
  const waits: number[] = [];
  const original = globalThis.setTimeout;
  t.mock.method(globalThis, 'setTimeout', ((handler: () => void, ms?: number, ...args: unknown[]) => {
    waits.push(ms ?? 0);
    return original(handler, ms, ...args);
  }) as typeof setTimeout);
  return waits;
}

const retry = { backoffLimit: 100 };

const files = { items: [], nextCursor: null };

describe('Retry-After', () => {
  it('a GET answered 429 with Retry-After: 1 is retried after waiting 1 s', async (t) => {
    server = await scriptedServer((_, i) =>
      i === 0 ? problem(429, 'request.rate_limited', { 'retry-after': '1' }) : { status: 200, body: files },
    );
    const waits = recordWaits(t);
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', retry });
    assert.deepEqual(await client.files.list({ folder: 'inbox' }).toArray(), []);
    assert.equal(server.received.length, 2);
    assert.ok(waits.includes(1000), `a 1,000 ms wait was scheduled (${waits.join(', ')})`);
  });

  it('a POST answered 503 with Retry-After is retried with the same Idempotency-Key and body', async (t) => {
    server = await scriptedServer((_, i) =>
      i === 0
        ? problem(503, 'server.unavailable', { 'retry-after': '1' })
        : { status: 200, body: { id: 'mov_1' } },
    );
    const waits = recordWaits(t);
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', retry });
    await client.files.send('file_abcdefgh', { to: 'post_abcdefgh', remarks: 'कृपया अवलोकन करें' });
    const [first, second] = server.received;
    assert.equal(server.received.length, 2);
    assert.equal(first?.method, 'POST');
    assert.ok(first?.headers['idempotency-key']);
    assert.equal(second?.headers['idempotency-key'], first?.headers['idempotency-key']);
    assert.equal(second?.body, first?.body);
    assert.ok(waits.includes(1000), `a 1,000 ms wait was scheduled (${waits.join(', ')})`);
  });

  it('reads Retry-After given as an HTTP date', async (t) => {
    server = await scriptedServer((_, i) =>
      i === 0
        ? problem(429, 'request.rate_limited', {
            'retry-after': new Date(Date.now() + 2000).toUTCString(),
          })
        : { status: 200, body: files },
    );
    const waits = recordWaits(t);
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', retry });
    await client.files.list().toArray();
    assert.equal(server.received.length, 2);
    // The date has whole seconds, so the wait is between about 1 and 2 s.
    assert.ok(
      waits.some((ms) => ms > 500 && ms <= 2000),
      `a wait of 1 to 2 s was scheduled (${waits.join(', ')})`,
    );
  });

  it('fails at once with RateLimitError when Retry-After is longer than retry.maxRetryAfter', async () => {
    server = await scriptedServer(() => problem(429, 'auth.rate_limited', { 'retry-after': '900' }));
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', retry: { maxRetryAfter: 60_000 } });
    const error = await client.auth.me().catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 900);
    assert.equal(error.code, 'auth.rate_limited');
    assert.equal(server.received.length, 1, 'no retry');
  });

  it('gives RateLimitError with retryAfter in seconds when the retries run out', async (t) => {
    server = await scriptedServer(() => problem(429, 'request.rate_limited', { 'retry-after': '1' }));
    const waits = recordWaits(t);
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', retry: { ...retry, limit: 1 } });
    const error = await client.receipts.diarise({} as never).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 1);
    assert.equal(server.received.length, 2);
    assert.ok(waits.includes(1000));
  });

  it('never retries a POST that carries no Idempotency-Key (the token endpoint)', async () => {
    server = await scriptedServer(() => problem(503, 'server.unavailable', { 'retry-after': '1' }));
    const client = createClient({
      baseUrl: server.baseUrl,
      auth: { clientId: 'cli_labour', clientSecret: 'not-a-real-secret' },
    });
    await assert.rejects(client.auth.me(), ServerError);
    assert.equal(server.received.length, 1);
    assert.equal(server.received[0]?.url, '/api/v1/auth/token');
    assert.equal(server.received[0]?.headers['idempotency-key'], undefined);
  });
});
