// What several instances over one database share instead of keeping in memory, shown with two apps over
// one database (a SQLite file, or PostgreSQL in that pass): event-stream tickets (issued on one, redeemed once on either) and rate-limit windows
// in a table (a limit counts the requests through both apps together), plus the wake-up sources' rules.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase } from '../src/db/connect.js';
import { sharedTokenKey } from '../src/auth/shared-token-key.js';
import { EVENTS_CHANNEL } from '../src/event-wakeups/channel.js';
import { listenNotifyWakeups } from '../src/event-wakeups/listen-notify.js';
import { pollingWakeups } from '../src/event-wakeups/polling.js';
import { Subscribers } from '../src/event-wakeups/source.js';
import { tableStore } from '../src/plugins/rate-limit-table-store.js';
import { freshDatabase, onPostgres, type TestDatabase } from './database.js';
import { harness, problemCode, seedId, type Harness } from './helpers.js';

/** Leaves a database-specific test out of the other database's pass (it is not a skipped test there). */
function noTest(_name: string, _body: () => Promise<void>): void {}

// A missing wake-up would hang rather than fail: the suite's timeout turns that into a failure.
describe('event tickets shared by instances', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let one: Harness;
  let two: Harness;
  let twoUrl: string;

  before(async () => {
    database = await freshDatabase({ persistent: true });
    const db = database.location;
    one = await harness({ db });
    two = await harness({ db, directory: false });
    await two.app.listen({ port: 0, host: '127.0.0.1' });
    twoUrl = `http://127.0.0.1:${(two.app.server.address() as AddressInfo).port}/api/v1`;
  });
  after(async () => {
    await one.close();
    await two.close();
    await database.drop();
  });

  const ticketFromOne = async () => {
    const token = await one.login('sunita.verma');
    const response = await one.call('createEventTicket', { token });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { ticket: string }).ticket;
  };
  const openOnTwo = async (ticket: string) => {
    const controller = new AbortController();
    const response = await fetch(`${twoUrl}/events?ticket=${ticket}`, { signal: controller.signal });
    const status = response.status;
    const body = status === 200 ? '' : await response.text();
    controller.abort();
    return { status, body };
  };

  it('opens a stream on another instance with a ticket, once', async () => {
    const ticket = await ticketFromOne();
    assert.equal((await openOnTwo(ticket)).status, 200);
    const again = await openOnTwo(ticket);
    assert.equal(again.status, 401);
    assert.equal((JSON.parse(again.body) as { code: string }).code, 'auth.token_invalid');
  });

  (onPostgres ? it : noTest)(
    'notifies every instance when a change commits an event (PostgreSQL)',
    async () => {
      // A fallback poll far beyond the test: only recordEvent's notification can wake this subscriber.
      const wakeups = await listenNotifyWakeups(database.location, {
        log: one.app.log,
        fallbackPollMs: 3_600_000,
      });
      try {
        const sunita = await one.login('sunita.verma');
        const created = await one.call('createFile', {
          token: sunita,
          body: {
            numbering: { scheme: 'non_sfs', fileNumber: 'NOTIFY/1/2025' },
            nature: 'electronic',
            subject: 'Notify',
          },
        });
        assert.equal(created.statusCode, 201, created.body);
        const woken = new Promise<void>((resolve) => wakeups.subscribe(resolve));
        const sent = await one.call('sendFile', {
          token: sunita,
          params: { fileId: (created.json() as { id: string }).id },
          body: { to: seedId('post', 'us-estt') },
        });
        assert.equal(sent.statusCode, 200, sent.body);
        await woken;
      } finally {
        await wakeups.close();
      }
    },
  );

  it('refuses an expired ticket on any instance and keeps only live ones', async () => {
    const ticket = await ticketFromOne();
    one.now.value = two.now.value = new Date(one.now.value.getTime() + 61_000);
    const expired = await two.call('streamEvents', { query: { ticket } });
    assert.equal(expired.statusCode, 401);
    assert.equal(problemCode(expired), 'auth.token_invalid');
    await ticketFromOne();
    const stored = await one.app.services.db.selectFrom('event_tickets').select('ticket_hash').execute();
    assert.equal(stored.length, 1, 'issuing a ticket forgets the expired ones');
    assert.ok(!stored.some((row) => row.ticket_hash.includes('tkt_')), 'tickets are stored hashed');
  });
});

describe('the shared access-token key', () => {
  it('is the same key from the same secret, none without one, and refuses a short secret', () => {
    const secret = 'एक-साझा-गुप्त-वाक्य-जो-पर्याप्त-लंबा-है';
    const key = sharedTokenKey(secret);
    assert.equal(key?.length, 32);
    assert.deepEqual(sharedTokenKey(secret), key);
    assert.notDeepEqual(sharedTokenKey(`${secret}!`), key);
    assert.equal(sharedTokenKey(undefined), undefined);
    assert.equal(sharedTokenKey(''), undefined);
    assert.throws(() => sharedTokenKey('too short'), /at least 32 characters/);
  });
});

describe('rate limits in a table', () => {
  let database: TestDatabase;
  const now = { value: new Date('2025-07-14T05:30:00Z') };
  const clock = () => now.value;
  const apps: FastifyInstance[] = [];

  before(async () => {
    database = await freshDatabase({ persistent: true });
    for (let i = 0; i < 2; i++) {
      // Two instances: each its own connection and store over the same database.
      const db = await openDatabase(database.location);
      const app = Fastify();
      app.addHook('onClose', () => db.destroy());
      await app.register(rateLimit, { global: false, store: tableStore(db, clock) });
      app.get('/limited', { config: { rateLimit: { max: 3, timeWindow: 60_000 } } }, async () => ({ ok: i }));
      app.get('/other', { config: { rateLimit: { max: 3, timeWindow: 60_000 } } }, async () => ({ ok: i }));
      apps.push(app);
    }
  });
  after(async () => {
    for (const app of apps) await app.close();
    await database.drop();
  });

  const hit = (i: number, url = '/limited') => {
    const app = apps[i % 2];
    if (!app) throw new Error('no app');
    return app.inject({ method: 'GET', url });
  };

  it('counts requests through both instances in one window, per route, and opens a new window after it', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await hit(i)).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const refused = await hit(5);
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['x-ratelimit-remaining'], '0');
    assert.equal((await hit(0, '/other')).statusCode, 200, 'another route has its own window');
    now.value = new Date(now.value.getTime() + 60_001);
    const fresh = await hit(1);
    assert.equal(fresh.statusCode, 200);
    assert.equal(fresh.headers['x-ratelimit-remaining'], '2');
  });

  it('reads a window without counting and forgets ended windows', async () => {
    const db = await openDatabase(database.location);
    try {
      const Store = tableStore(db, clock);
      const store = new Store();
      const read = () =>
        new Promise<{ current: number; ttl: number }>((resolve, reject) =>
          store.read('k', (error, result) => (error || !result ? reject(error) : resolve(result))),
        );
      const incr = () =>
        new Promise<{ current: number; ttl: number }>((resolve, reject) =>
          store.incr('k', (error, result) => (error || !result ? reject(error) : resolve(result)), 1000),
        );
      assert.deepEqual(await read(), { current: 0, ttl: 0 });
      assert.deepEqual(await incr(), { current: 1, ttl: 1000 });
      assert.deepEqual(await read(), { current: 1, ttl: 1000 });
      now.value = new Date(now.value.getTime() + 10 * 60_000);
      assert.deepEqual(await incr(), { current: 1, ttl: 1000 });
      // The sweep after that count deleted every window that had ended (the routes' ones above).
      for (let i = 0; i < 50; i++) {
        const rows = await db.selectFrom('rate_limit_windows').select('key').execute();
        if (rows.length === 1) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const keys = (await db.selectFrom('rate_limit_windows').select('key').execute()).map((r) => r.key);
      assert.deepEqual(keys, ['k']);
    } finally {
      await db.destroy();
    }
  });
});

describe('event wake-up sources', { timeout: 60_000 }, () => {
  it('wakes every subscriber together and forgets one that unsubscribed', () => {
    const subscribers = new Subscribers();
    const woken: string[] = [];
    const forgetA = subscribers.add(() => woken.push('a'));
    subscribers.add(() => woken.push('b'));
    subscribers.wakeAll();
    forgetA();
    subscribers.wakeAll();
    assert.deepEqual(woken, ['a', 'b', 'b']);
    assert.equal(subscribers.size, 1);
  });

  it('polls while a stream is subscribed', async () => {
    const wakeups = pollingWakeups(5);
    let unsubscribe: () => void = () => undefined;
    let count = 0;
    await new Promise<void>((resolve) => {
      unsubscribe = wakeups.subscribe(() => {
        if (++count === 3) resolve();
      });
    });
    unsubscribe();
    await wakeups.close();
    assert.equal(count, 3);
  });

  (onPostgres ? it : noTest)(
    'wakes on a notification committed by another connection (PostgreSQL)',
    async () => {
      const database = await freshDatabase();
      const app = Fastify();
      // A fallback poll far beyond the test: only the notification can wake the subscriber.
      const wakeups = await listenNotifyWakeups(database.location, {
        log: app.log,
        fallbackPollMs: 3_600_000,
      });
      const writer = new pg.Client({ connectionString: database.location });
      await writer.connect();
      try {
        const woken = new Promise<void>((resolve) => wakeups.subscribe(resolve));
        await writer.query('begin');
        await writer.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, 'evt_000000000001']);
        await writer.query('commit');
        await woken;
      } finally {
        await writer.end();
        await wakeups.close();
        await database.drop();
      }
    },
  );

  (onPostgres ? it : noTest)(
    'listens again after losing its connection, and looks at the table then (PostgreSQL)',
    async () => {
      const database = await freshDatabase();
      const app = Fastify();
      const wakeups = await listenNotifyWakeups(database.location, {
        log: app.log,
        fallbackPollMs: 3_600_000,
      });
      const admin = new pg.Client({ connectionString: database.location });
      await admin.connect();
      try {
        let wakes = 0;
        let waiting: (() => void) | null = null;
        wakeups.subscribe(() => {
          wakes++;
          waiting?.();
        });
        const nextWake = () => new Promise<void>((resolve) => (waiting = resolve));
        const listener = async () =>
          (
            await admin.query<{ pid: number }>(
              "select pid from pg_stat_activity where datname = current_database() and query ilike 'listen%'",
            )
          ).rows[0]?.pid;
        const pid = await listener();
        assert.ok(pid, 'the instance keeps a listening connection');
        // The reconnect wakes the streams once (events may have committed while nothing listened) …
        const reconnected = nextWake();
        await admin.query('select pg_terminate_backend($1)', [pid]);
        await reconnected;
        assert.notEqual(await listener(), pid);
        // … and notifications reach it again.
        const notified = nextWake();
        const before = wakes;
        await admin.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, 'evt_000000000002']);
        await notified;
        assert.equal(wakes, before + 1);
      } finally {
        await admin.end();
        await wakeups.close();
        await database.drop();
      }
    },
  );
});
