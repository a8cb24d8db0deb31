// Liveness, readiness and graceful shutdown of one instance behind a load balancer: readiness follows the
// database and its migrations, a drain refuses new work with problem details but keeps liveness, and
// closing the app lets a request in flight finish, ends event streams and refuses new connections.
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { Drain } from '../src/lifecycle/drain.js';
import { onPostgres } from './database.js';
import { harness, PASSWORD, problemCode } from './helpers.js';

describe('health and readiness', () => {
  it('answers liveness and readiness with the database kind and the applied migrations', async () => {
    const h = await harness();
    try {
      const live = await h.call('getHealth');
      assert.equal(live.statusCode, 200, live.body);
      assert.deepEqual(live.json(), { status: 'ok' });
      assert.equal(live.headers['cache-control'], 'no-store');
      const ready = await h.call('getReadiness');
      assert.equal(ready.statusCode, 200, ready.body);
      const body = ready.json() as {
        status: string;
        database: string;
        migrations: { applied: number; latest: string };
      };
      assert.equal(body.status, 'ready');
      assert.equal(body.database, onPostgres ? 'postgres' : 'sqlite');
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        h.app.services.db,
      );
      assert.equal(body.migrations.applied, applied.rows.length);
      assert.equal(body.migrations.latest, applied.rows.at(-1)?.name);
    } finally {
      await h.close();
    }
  });

  it('is not ready while a migration this build knows is not applied', async () => {
    const h = await harness();
    try {
      const latest = await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(
        h.app.services.db,
      );
      await sql`delete from kysely_migration where name = ${latest.rows[0]?.name}`.execute(h.app.services.db);
      const ready = await h.call('getReadiness', { headers: { 'accept-language': 'hi' } });
      assert.equal(ready.statusCode, 503, ready.body);
      assert.equal(problemCode(ready), 'server.unavailable');
      assert.equal(ready.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(ready.headers['retry-after'], '1');
      assert.equal((ready.json() as { title: string }).title, 'सेवा उपलब्ध नहीं है');
      assert.equal((await h.call('getHealth')).statusCode, 200);
    } finally {
      await h.close();
    }
  });

  it('is not ready when the database does not answer', async () => {
    const h = await harness();
    try {
      await h.app.services.db.destroy();
      const ready = await h.call('getReadiness');
      assert.equal(ready.statusCode, 503, ready.body);
      assert.match((ready.json() as { detail: string }).detail, /database does not answer/);
    } finally {
      await h.close();
    }
  });

  it('while draining refuses new requests with 503 problem details and keeps liveness', async () => {
    const h = await harness();
    try {
      const token = await h.login('sunita.verma');
      h.app.services.drain.start();
      const ready = await h.call('getReadiness');
      assert.equal(ready.statusCode, 503);
      assert.equal(problemCode(ready), 'server.unavailable');
      const me = await h.call('getCurrentUser', { token });
      assert.equal(me.statusCode, 503, me.body);
      assert.equal(problemCode(me), 'server.unavailable');
      assert.equal(me.headers.connection, 'close');
      assert.equal((await h.call('getHealth')).statusCode, 200);
    } finally {
      await h.close();
    }
  });
});

/** Reads an event stream until `marker` arrives or it ends; returns the text and whether it ended. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, marker: string | null) {
  let text = '';
  for (;;) {
    if (marker !== null && text.includes(marker)) return { text, ended: false };
    const { value, done } = await reader.read();
    if (done) return { text, ended: true };
    text += new TextDecoder().decode(value);
  }
}

// A broken drain would hang rather than fail: the suite's timeout turns that into a failure.
describe('graceful shutdown', { timeout: 120_000 }, () => {
  it('lets a request in flight finish, ends event streams, refuses new connections, then closes', async () => {
    const h = await harness({ shutdownGraceMs: 60_000 });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/api/v1`;
    const token = await h.login('sunita.verma');

    const events = await fetch(`${base}/events`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(events.status, 200);
    assert.ok(events.body);
    const reader = events.body.getReader();
    assert.equal((await readUntil(reader, 'retry: 5000\n\n')).ended, false);
    assert.equal(h.app.services.drain.held, 1);

    // A login whose body is only half sent when the shutdown starts: the server has its headers.
    const body = JSON.stringify({ username: 'rajesh.kumar', password: PASSWORD });
    const arrived = new Promise<void>((resolve) => h.app.server.once('request', () => resolve()));
    const inFlight = httpRequest(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on('response', (response: IncomingMessage) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', reject);
    });
    inFlight.write(body.slice(0, 10));
    await arrived;

    const closed = h.app.close();
    // The event stream ends, telling its client to reconnect (elsewhere, with Last-Event-ID) in a second.
    const last = await readUntil(reader, null);
    assert.equal(last.ended, true);
    assert.equal(last.text, 'retry: 1000\n\n');
    assert.equal(h.app.services.drain.held, 0);
    // New connections are refused while the request in flight still runs.
    await assert.rejects(fetch(`${base}/health`), TypeError);

    inFlight.end(body.slice(10));
    const { status, text } = await answered;
    assert.equal(status, 200, text);
    assert.ok((JSON.parse(text) as { accessToken?: string }).accessToken);
    await closed;
  });

  it('cuts a request that is still unfinished when the grace period ends, so closing never hangs', async () => {
    const h = await harness({ shutdownGraceMs: 50 });
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const arrived = new Promise<void>((resolve) => h.app.server.once('request', () => resolve()));
    const stuck = httpRequest(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 1000 },
    });
    const cut = new Promise<string>((resolve) => {
      stuck.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      stuck.on('response', () => resolve('answered'));
    });
    stuck.write('{"username":');
    await arrived;
    // The body never completes: only the grace period's cut lets close() finish.
    await h.app.close();
    assert.equal(await cut, 'ECONNRESET');
  });
});

describe('the drain', () => {
  it('ends held streams when it starts, and a stream held after that at once', () => {
    const drain = new Drain();
    const ended: string[] = [];
    drain.hold({ end: () => ended.push('a') });
    const forgetB = drain.hold({ end: () => ended.push('b') });
    forgetB();
    assert.equal(drain.held, 1);
    assert.equal(drain.draining, false);
    drain.start();
    drain.start();
    assert.equal(drain.draining, true);
    assert.deepEqual(ended, ['a']);
    drain.hold({ end: () => ended.push('c') });
    assert.deepEqual(ended, ['a', 'c']);
    assert.equal(drain.held, 0);
  });
});
