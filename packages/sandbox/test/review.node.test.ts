// The weekly review (getPendencyReview, listPendingItems): a known history built through the API with
// the clock injected — items on the edge days of each age bucket, a parked file, a closed file, an
// overdue file, an unacknowledged paper receipt — with every count asserted; then the SQL of
// reports/review-sql.ts against slow reference computations on a generated history.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { REBUILD_SUMMARIES } from '../src/db/migrations/0007_report_summaries.js';
import { REBUILD_REVIEW_SUMMARIES } from '../src/db/migrations/0010_review_summaries.js';
import { addAge, emptyBuckets, istDays } from '../src/reports/aging.js';
import { periodsEnding } from '../src/reports/review.js';
import {
  flowsByPeriod,
  istDate,
  pendingAtEndOf,
  pendingByPost,
  type Period,
} from '../src/reports/review-sql.js';
import { insertDirectory } from '../src/seed/run.js';
import type { SeedData } from '../src/seed/types.js';
import { generateHistory } from '../src/volume/history.js';
import { fixture } from './fixture.js';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';
import { mainMovementsByItem, movementData, pendingHoldings } from './reference/holdings.js';

const DAY = 86_400_000;

/** The instant a period ends, for the reference: the end of its last IST day, or now for the current one. */
function periodEnd(period: Period, now: Date): Date {
  const end = new Date(Date.parse(`${period.to}T23:59:59.999+05:30`));
  return end.getTime() > now.getTime() ? now : end;
}
/** "Today" of the known history: 12:00 IST on 20 August 2025. */
const T = new Date('2025-08-20T06:30:00Z');
const ago = (days: number) => new Date(T.getTime() - days * DAY);

const department: SeedData = {
  ...fixture,
  posts: [
    ...fixture.posts,
    {
      key: 'lc-head',
      unitKey: 'lc',
      designation: { en: 'Labour Commissioner', hi: 'श्रम आयुक्त' },
      marking: 'LC-IND',
      roles: ['officer', 'report_viewer'],
    },
    {
      key: 'review',
      unitKey: 'lab',
      designation: { en: 'Weekly review (service account)', hi: 'साप्ताहिक समीक्षा (सेवा खाता)' },
      marking: 'REVIEW-LAB',
      roles: ['report_viewer'],
    },
  ],
  users: [
    ...fixture.users,
    {
      key: 'sanjay',
      username: 'sanjay.shukla',
      password: PASSWORD,
      name: { en: 'Sanjay Kumar Shukla', hi: 'संजय कुमार शुक्ला' },
      email: 'sanjay@labour.example.gov.in',
      postKeys: ['lc-head'],
    },
  ],
  serviceClients: [
    ...fixture.serviceClients,
    {
      key: 'review',
      clientId: 'cli_weeklyreview',
      clientSecret: 'weekly-review-secret-0123456789',
      name: 'Weekly review (IT cell)',
      scopes: ['reports:read'],
      postKey: 'review',
    },
  ],
};

const post = (key: string) => seedId('post', key);
const unit = (key: string) => seedId('unit', key);

interface Buckets {
  total: number;
  days0to7: number;
  days8to15: number;
  days16to30: number;
  over30Days: number;
}
interface Counts {
  files: Buckets;
  receipts: Buckets;
  overdue: number;
  electronic: number;
  physical: number;
  oldestDays: number | null;
}
interface Review {
  unit: { id: string };
  path: { id: string }[];
  rows: (Counts & { group: { type: string; id: string; units: number } })[];
  totals: Counts;
  oldest: { item: { id: string }; daysPending: number }[];
  trend: { from: string; to: string; created: number; received: number; disposed: number; pending: number }[];
  change: { previous: number; current: number; difference: number };
}

const buckets = (days0to7: number, days8to15: number, days16to30: number, over30Days: number): Buckets => ({
  total: days0to7 + days8to15 + days16to30 + over30Days,
  days0to7,
  days8to15,
  days16to30,
  over30Days,
});

describe('weekly review on a known history', () => {
  let h: Harness;
  const files: Record<string, string> = {};
  let receipt = '';

  before(async () => {
    h = await harness({ directory: false });
    await insertDirectory(h.app, department, h.now.value);
    const ok = (response: { statusCode: number; body: string }, status = 200) =>
      assert.equal(response.statusCode, status, response.body);
    // Tokens expire as the clock jumps: log in afresh at each step.
    const login = async (username: string) => {
      const response = await h.call('login', { body: { username, password: PASSWORD } });
      ok(response);
      return (response.json() as { accessToken: string }).accessToken;
    };
    const create = async (name: string, days: number, nature: 'electronic' | 'physical') => {
      h.now.value = ago(days);
      const response = await h.call('createFile', {
        token: await login('meera.joshi'),
        body: {
          numbering: { scheme: 'non_sfs', fileNumber: `REV/${name}` },
          nature,
          subject: `समीक्षा ${name}`,
        },
      });
      ok(response, 201);
      files[name] = (response.json() as { id: string }).id;
    };
    await create('old', 40, 'physical'); // closed two days ago
    for (const days of [31, 30, 16, 15]) await create(`d${days}`, days, 'physical');
    await create('parked', 20, 'electronic'); // parked ten days ago
    for (const days of [8, 7]) await create(`d${days}`, days, 'electronic');
    h.now.value = ago(10);
    ok(
      await h.call('parkFile', {
        token: await login('meera.joshi'),
        params: { fileId: files.parked as string },
        body: { remarks: 'Awaiting the court order' },
      }),
    );
    h.now.value = ago(9);
    const ramesh = await login('ramesh.cru');
    const diarised = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'वेतन भुगतान न होने की शिकायत',
        receivedDate: istDate(ago(9)),
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव' },
      },
    });
    ok(diarised, 201);
    receipt = (diarised.json() as { id: string }).id;
    ok(
      await h.call('sendReceipt', {
        token: ramesh,
        params: { receiptId: receipt },
        body: { to: post('so-admn') },
      }),
    );
    await create('sent', 3, 'electronic');
    ok(
      await h.call('sendFile', {
        token: await login('meera.joshi'),
        params: { fileId: files.sent as string },
        body: { to: post('us-estt'), dueDate: istDate(ago(2)) },
      }),
    );
    h.now.value = ago(2);
    ok(
      await h.call('closeFile', {
        token: await login('meera.joshi'),
        params: { fileId: files.old as string },
        body: { remarks: 'Done' },
      }),
    );
    await create('d0', 0, 'electronic');
    h.now.value = T;
  });

  after(() => h.close());

  const review = async (username: string, query: Record<string, string | number>) => {
    const response = await h.call('getPendencyReview', { token: await h.login(username), query });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Review;
  };

  it('counts a section’s officers in the age buckets, edge days included, without parked or closed files', async () => {
    const admn = await review('meera.joshi', { unitId: unit('admn'), periods: 6 });
    assert.deepEqual(
      admn.path.map((u) => u.id),
      [unit('lab'), unit('lc'), unit('admn')],
    );
    const row = admn.rows.find((r) => r.group.id === post('so-admn'));
    assert.ok(row, 'the Section Officer has a row');
    assert.equal(row.group.type, 'post');
    // 0 and 7 days | 8 and 15 | 16 and 30 | 31.
    assert.deepEqual(row.files, buckets(2, 2, 2, 1));
    assert.deepEqual(row.receipts, buckets(0, 1, 0, 0)); // 9 days, paper not yet acknowledged
    assert.equal(row.electronic, 3);
    assert.equal(row.physical, 5);
    assert.equal(row.overdue, 0);
    assert.equal(row.oldestDays, 31);
    assert.deepEqual(admn.totals.files, row.files);
    assert.deepEqual(
      admn.oldest.map((o) => [o.item.id, o.daysPending]),
      [
        [files.d31, 31],
        [files.d30, 30],
        [files.d16, 16],
        [files.d15, 15],
        [receipt, 9],
        [files.d8, 8],
        [files.d7, 7],
        [files.d0, 0],
      ],
    );
  });

  it('gives the trend per week and the week-on-week change, read back from the movement log', async () => {
    const admn = await review('meera.joshi', { unitId: unit('admn'), periods: 6 });
    assert.deepEqual(admn.trend, [
      { from: '2025-07-10', to: '2025-07-16', created: 1, received: 0, disposed: 0, pending: 1 },
      { from: '2025-07-17', to: '2025-07-23', created: 2, received: 0, disposed: 0, pending: 3 },
      { from: '2025-07-24', to: '2025-07-30', created: 0, received: 0, disposed: 0, pending: 3 },
      { from: '2025-07-31', to: '2025-08-06', created: 3, received: 0, disposed: 0, pending: 6 },
      { from: '2025-08-07', to: '2025-08-13', created: 2, received: 0, disposed: 0, pending: 8 },
      { from: '2025-08-14', to: '2025-08-20', created: 2, received: 0, disposed: 1, pending: 8 },
    ]);
    assert.deepEqual(admn.change, { previous: 8, current: 8, difference: 0 });
  });

  it('rolls sections up into their office for a report viewer, with the overdue file', async () => {
    const lc = await review('sanjay.shukla', { unitId: unit('lc'), period: 'month', periods: 2 });
    assert.deepEqual(
      lc.rows.map((r) => [r.group.type, r.group.id, r.files.total + r.receipts.total, r.overdue]),
      [
        ['unit', unit('admn'), 8, 0],
        ['unit', unit('cr'), 0, 0],
        ['unit', unit('estt'), 1, 1],
        ['post', post('lc-head'), 0, 0],
      ],
    );
    assert.equal(lc.totals.overdue, 1);
    assert.deepEqual(lc.change, { previous: 8, current: 9, difference: 1 });
    assert.deepEqual(
      lc.trend.map((p) => [p.from, p.to, p.received, p.pending]),
      [
        ['2025-07-01', '2025-07-31', 0, 4],
        ['2025-08-01', '2025-08-20', 1, 9],
      ],
    );
  });

  it('lists the pending items of an officer or a bucket a page at a time, oldest first', async () => {
    const token = await h.login('sanjay.shukla');
    const first = await h.call('listPendingItems', { token, query: { postId: post('so-admn'), limit: 3 } });
    assert.equal(first.statusCode, 200, first.body);
    const page = first.json() as { items: { item: { id: string } }[]; total: number; nextCursor: string };
    assert.equal(page.total, 8);
    assert.deepEqual(
      page.items.map((i) => i.item.id),
      [files.d31, files.d30, files.d16],
    );
    const next = await h.call('listPendingItems', {
      token,
      query: { postId: post('so-admn'), limit: 3, cursor: page.nextCursor },
    });
    assert.deepEqual(
      (next.json() as { items: { item: { id: string } }[] }).items.map((i) => i.item.id),
      [files.d15, receipt, files.d8],
    );
    const bucket = await h.call('listPendingItems', {
      token,
      query: { unitId: unit('lc'), bucket: 'days8to15' },
    });
    assert.deepEqual(
      (bucket.json() as { items: { item: { id: string } }[] }).items.map((i) => i.item.id),
      [files.d15, receipt, files.d8],
    );
    const overdue = await h.call('listPendingItems', { token, query: { overdue: true, type: 'file' } });
    const overdueItems = (
      overdue.json() as { items: { item: { id: string }; overdue: boolean; dueDate: string }[] }
    ).items;
    assert.deepEqual(
      overdueItems.map((i) => [i.item.id, i.overdue, i.dueDate]),
      [[files.sent, true, '2025-08-18']],
    );
  });

  it('refuses what the caller may not read and bad combinations, and serves a service client with the reports scope', async () => {
    const meera = await h.login('meera.joshi');
    const wider = await h.call('getPendencyReview', { token: meera, query: { unitId: unit('lc') } });
    assert.equal(wider.statusCode, 403);
    assert.equal(problemCode(wider), 'auth.role_required');
    const otherPost = await h.call('listPendingItems', { token: meera, query: { postId: post('us-estt') } });
    assert.equal(problemCode(otherPost), 'auth.role_required');
    const both = await h.call('listPendingItems', {
      token: meera,
      query: { postId: post('so-admn'), unitId: unit('admn') },
    });
    assert.equal(problemCode(both), 'request.validation');
    const unknown = await h.call('listPendingItems', { token: meera, query: { postId: 'post_nosuchpost1' } });
    assert.equal(problemCode(unknown), 'resource.not_found');
    const tooMany = await h.call('getPendencyReview', { token: meera, query: { periods: 27 } });
    assert.equal(problemCode(tooMany), 'request.validation');
    const client = await h.call('issueClientToken', {
      payload:
        'grant_type=client_credentials&client_id=cli_weeklyreview&client_secret=weekly-review-secret-0123456789&scope=reports%3Aread',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(client.statusCode, 200, client.body);
    const token = (client.json() as { access_token: string }).access_token;
    const whole = await h.call('getPendencyReview', { token });
    assert.equal(whole.statusCode, 200, whole.body);
    const body = whole.json() as Review;
    assert.equal(body.unit.id, unit('lab'));
    assert.equal(body.totals.files.total + body.totals.receipts.total, 9);
  });

  it('keeps the summaries the reports read exactly as recomputing them from the movement log would', async () => {
    // Last in this group: it moves a file on. A send pulled back changes what is pending and received.
    const token = await h.login('meera.joshi');
    const ok = (response: { statusCode: number; body: string }) =>
      assert.equal(response.statusCode, 200, response.body);
    const fileId = files.d0 as string;
    ok(await h.call('sendFile', { token, params: { fileId }, body: { to: post('us-estt') } }));
    ok(await h.call('pullBackFile', { token, params: { fileId }, body: {} }));
    const db = h.app.services.db;
    const snapshot = async () => ({
      activityMonthly: (
        await sql<Record<string, unknown>>`select * from activity_monthly where count <> 0
          order by month, post_id, item_type, activity, nature`.execute(db)
      ).rows,
      arrivals: (await sql<Record<string, unknown>>`select * from item_arrivals order by item_id`.execute(db))
        .rows,
      activityDaily: (
        await sql<Record<string, unknown>>`select * from activity_daily where count <> 0
          order by day, post_id, activity`.execute(db)
      ).rows,
      pendingChanges: (
        await sql<Record<string, unknown>>`select * from pending_changes where delta <> 0
          order by day, post_id`.execute(db)
      ).rows,
    });
    const kept = await snapshot();
    assert.ok(kept.pendingChanges.length > 3 && kept.activityDaily.length > 3, 'the history left its marks');
    for (const statement of [...REBUILD_SUMMARIES, ...REBUILD_REVIEW_SUMMARIES])
      await sql.raw(statement).execute(db);
    assert.deepEqual(kept, await snapshot());
  });
});

describe('weekly review SQL against the reference computation', () => {
  let h: Harness;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'eoffice-review-sql-'));
    const path = join(folder, 'sandbox.db');
    h = await harness({ db: path });
    const sqlite = new SQLite(path);
    generateHistory(sqlite, { files: 300, seed: 11, until: h.now.value, years: 1 });
    sqlite.close();
  });

  after(async () => {
    await h.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const db = () => h.app.services.db;
  const allPosts = async () => (await db().selectFrom('posts').select('id').execute()).map((p) => p.id);

  it('counts pending items per post, nature, bucket and oldest exactly as the reference', async () => {
    const now = h.now.value;
    const holdings = await pendingHoldings(db(), await mainMovementsByItem(db()));
    const today = istDate(now);
    type Entry = { buckets: ReturnType<typeof emptyBuckets>; overdue: number; oldest: string };
    const reference = new Map<string, Entry>();
    let overdue = 0;
    for (const holding of holdings) {
      const key = `${holding.type} ${holding.holderPostId} ${holding.nature}`;
      const entry = reference.get(key) ?? { buckets: emptyBuckets(), overdue: 0, oldest: holding.since };
      reference.set(key, entry);
      addAge(entry.buckets, istDays(holding.since, now));
      if (holding.since < entry.oldest) entry.oldest = holding.since;
      const due =
        movementData(holding.movement).dueDate ??
        (JSON.parse(holding.row.data) as { dueDate?: string | null }).dueDate ??
        null;
      if (due !== null && due < today) {
        entry.overdue += 1;
        overdue += 1;
      }
    }
    const computed = new Map<string, Entry>();
    for (const { type, holder, nature, overdue, oldest, ...counts } of await pendingByPost(
      db(),
      await allPosts(),
      now,
    ))
      computed.set(`${type} ${holder} ${nature}`, { buckets: counts, overdue, oldest });
    assert.ok(overdue > 0, 'some pending work is overdue');
    assert.ok(reference.size > 5, 'work is pending with several posts');
    assert.deepEqual(computed, reference);
  });

  it('reads movements, files and receipts only through indexes', async () => {
    // As test/query-plans.node.test.ts does for the other reports: record every SQL text the review's
    // operations prepare, then EXPLAIN each; the big tables (aliased m and i in review-sql.ts) may be
    // searched, never scanned.
    const prepared = new Set<string>();
    const original = SQLite.prototype.prepare;
    SQLite.prototype.prepare = function (this: SQLite.Database, text: string) {
      prepared.add(text);
      return original.call(this, text);
    } as typeof original;
    try {
      const token = await h.login('sunita.verma');
      for (const period of ['week', 'month'])
        assert.equal((await h.call('getPendencyReview', { token, query: { period } })).statusCode, 200);
      const queries: Record<string, string | boolean>[] = [
        {},
        { bucket: 'over30Days', overdue: true },
        { postId: seedId('post', 'so-estt') },
      ];
      for (const query of queries)
        assert.equal((await h.call('listPendingItems', { token, query })).statusCode, 200);
    } finally {
      SQLite.prototype.prepare = original;
    }
    const reader = new SQLite(join(folder, 'sandbox.db'), { readonly: true });
    const scans: string[] = [];
    let checked = 0;
    for (const text of prepared) {
      if (!/^\s*(select|with)\b/i.test(text) || !/\b(movements|files|receipts)\b/i.test(text)) continue;
      checked += 1;
      const parameters = (text.match(/\?/g) ?? []).map(() => 'x');
      const explain = original.call(reader, `explain query plan ${text}`) as SQLite.Statement<string[]>;
      const plan = explain.all(...parameters) as { detail: string }[];
      for (const { detail } of plan)
        if (/^SCAN (movements|files|receipts|m|i)\b/.test(detail))
          scans.push(`${detail} in ${text.replace(/\s+/g, ' ')}`);
    }
    reader.close();
    assert.ok(checked >= 4, `${checked} queries checked`);
    assert.deepEqual(scans, []);
  });

  it('reads what was pending at past instants and the weekly flows exactly as the reference', async () => {
    const now = h.now.value;
    const posts = await allPosts();
    const periods = periodsEnding(istDate(now), 'week', 10);
    const instants = periods.map((p) => periodEnd(p, now));
    const byItem = await mainMovementsByItem(db());
    const inPosts = new Set(posts);
    const referencePending = instants.map((at) => {
      let count = 0;
      for (const log of byItem.values()) {
        const last = log.filter((m) => m.sent_at <= at.toISOString()).at(-1);
        if (
          last?.to_post_id &&
          inPosts.has(last.to_post_id) &&
          !['close', 'park', 'put_in_file'].includes(last.action)
        )
          count += 1;
      }
      return count;
    });
    assert.deepEqual(
      await pendingAtEndOf(
        db(),
        posts,
        periods.map((p) => p.to),
      ),
      referencePending,
    );
    assert.equal(
      referencePending.at(-1),
      (await pendingHoldings(db(), byItem)).length,
      'the log agrees with now',
    );

    const natureOf = new Map<string, string>();
    for (const table of ['files', 'receipts'] as const)
      for (const row of await db().selectFrom(table).select(['id', 'data']).execute())
        natureOf.set(row.id, (JSON.parse(row.data) as { nature: string }).nature);
    const reference = periods.map((_, index) => ({ index, created: 0, received: 0, disposed: 0 }));
    const periodOf = (at: string) =>
      periods.findIndex((p) => istDate(new Date(at)) >= p.from && istDate(new Date(at)) <= p.to);
    for (const log of byItem.values()) {
      for (const m of log) {
        const data = JSON.parse(m.data) as { receivedAt?: string };
        if (m.action === 'create' && m.to_post_id && inPosts.has(m.to_post_id)) {
          const i = periodOf(m.sent_at);
          if (i >= 0) (reference[i] as { created: number }).created += 1;
        }
        if (
          (m.action === 'close' || m.action === 'put_in_file') &&
          inPosts.has(m.from_post_id ?? m.to_post_id ?? '')
        ) {
          const i = periodOf(m.sent_at);
          if (i >= 0) (reference[i] as { disposed: number }).disposed += 1;
        }
        if (
          (m.action === 'send' || m.action === 'return') &&
          !m.pulled_back_at &&
          inPosts.has(m.to_post_id ?? '')
        ) {
          const paper = m.item_type === 'receipt' && (natureOf.get(m.item_id) ?? 'physical') === 'physical';
          if (typeof data.receivedAt !== 'string' && paper) continue;
          const i = periodOf(typeof data.receivedAt === 'string' ? data.receivedAt : m.sent_at);
          if (i >= 0) (reference[i] as { received: number }).received += 1;
        }
      }
    }
    const flows = await flowsByPeriod(db(), posts, periods);
    assert.ok(
      flows.some((f) => f.created > 0 && f.received > 0 && f.disposed > 0),
      'busy weeks',
    );
    assert.deepEqual(flows, reference);
  });
});
