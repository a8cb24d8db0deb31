// The reports computed in SQL (with the summary tables their triggers keep) give exactly what the slow
// reference computations give — every main movement loaded into JavaScript and walked — on a generated
// history of a few thousand movements, both as generated (summaries rebuilt in one pass) and after
// actions through the API (summaries kept by the triggers).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { activityCounts } from '../src/reports/activity-sql.js';
import { addAge, emptyBuckets, istDays, monthsBetween } from '../src/reports/aging.js';
import { loadOrg } from '../src/reports/org.js';
import { pendingCountsByPost, pendingFilesFrom } from '../src/reports/pending-sql.js';
import { cellsFromCounts } from '../src/reports/summary.js';
import { generateHistory } from '../src/volume/history.js';
import { seedId, type Harness } from './helpers.js';
import { historyHarness, type HistoryHarness } from './history-harness.js';
import { arrival, mainMovementsByItem, movementData, pendingHoldings } from './reference/holdings.js';
import { summarise } from './reference/summary.js';

describe('reports in SQL against the reference computation', () => {
  let h: Harness;
  let history: HistoryHarness<{ movements: number }>;
  let movements = 0;

  before(async () => {
    history = await historyHarness((sqlite, now) =>
      generateHistory(sqlite, { files: 300, seed: 7, until: now, years: 2 }),
    );
    h = history.h;
    movements = history.generated.movements;
  });

  after(() => history.close());

  const db = () => h.app.services.db;

  async function referencePendency() {
    const out = new Map<string, ReturnType<typeof emptyBuckets>>();
    for (const holding of await pendingHoldings(db(), await mainMovementsByItem(db()))) {
      const key = `${holding.type} ${holding.holderPostId}`;
      const buckets = out.get(key) ?? emptyBuckets();
      out.set(key, buckets);
      addAge(buckets, istDays(holding.since, h.now.value));
    }
    return out;
  }

  async function sqlPendency() {
    const posts = (await db().selectFrom('posts').select('id').execute()).map((p) => p.id);
    const out = new Map<string, ReturnType<typeof emptyBuckets>>();
    for (const { type, holder, ...buckets } of await pendingCountsByPost(db(), posts, h.now.value))
      out.set(`${type} ${holder}`, buckets);
    return out;
  }

  async function checkPendency() {
    const reference = await referencePendency();
    assert.ok(reference.size > 3, 'the history leaves work pending with several posts');
    assert.deepEqual(await sqlPendency(), reference);
  }

  async function checkSummary() {
    const org = await loadOrg(db());
    const root = [...org.units.values()].find((u) => u.parent_id === null)?.id as string;
    const months = monthsBetween('2023-06', '2025-07');
    const main = await db()
      .selectFrom('movements')
      .selectAll()
      .where('kind', '=', 'main')
      .orderBy('seq')
      .execute();
    const natureOf = new Map<string, 'electronic' | 'physical'>();
    for (const table of ['files', 'receipts'] as const) {
      for (const row of await db().selectFrom(table).select(['id', 'data']).execute())
        natureOf.set(row.id, (JSON.parse(row.data) as { nature: 'electronic' | 'physical' }).nature);
    }
    const reference = summarise({ org, unitId: root, months, movements: main, natureOf });
    const computed = cellsFromCounts(org, root, await activityCounts(db(), '2023-06', '2025-07'));
    const busy = [...reference.values()].filter((cell) => cell.files.forwarded > 0);
    assert.ok(busy.length > 10, 'the history fills many office-months');
    assert.deepEqual(computed, reference);
  }

  async function checkPendingWithOthers() {
    const org = await loadOrg(db());
    const byItem = await mainMovementsByItem(db());
    const holdings = (await pendingHoldings(db(), byItem)).filter((h) => h.type === 'file');
    const scopes: { posts: Set<string>; scope: 'mine' | 'section' }[] = [
      ...[...org.posts.keys()].map((id) => ({ posts: new Set([id]), scope: 'mine' as const })),
      ...[...new Set([...org.posts.values()].map((p) => p.unit_id))].map((unitId) => ({
        posts: new Set([...org.posts.values()].filter((p) => p.unit_id === unitId).map((p) => p.id)),
        scope: 'section' as const,
      })),
    ];
    let found = 0;
    for (const { posts, scope } of scopes) {
      const reference = [];
      for (const holding of holdings) {
        const data = JSON.parse(holding.row.data) as { creatorPostId: string };
        const log = byItem.get(holding.row.id) ?? [];
        const origins = new Set(
          [
            data.creatorPostId,
            ...log
              .filter((m) => (m.action === 'send' || m.action === 'return') && m.from_post_id !== null)
              .map((m) => m.from_post_id as string),
          ].filter((id) => posts.has(id)),
        );
        if (origins.size === 0) continue;
        if ((scope === 'mine' ? posts : origins).has(holding.holderPostId)) continue;
        const movement = arrival(log, holding.holderPostId) ?? holding.movement;
        reference.push({
          id: holding.row.id,
          holder: holding.holderPostId,
          arrivalFrom: movement.from_post_id,
          arrivalDueDate: movementData(movement).dueDate ?? null,
          since: holding.since,
        });
      }
      const computed = (await pendingFilesFrom(db(), [...posts], scope)).map((row) => ({
        id: row.id,
        holder: row.holder,
        arrivalFrom: row.arrivalFrom,
        arrivalDueDate: row.arrivalDueDate,
        since: row.since,
      }));
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      assert.deepEqual(computed.sort(byId), reference.sort(byId), `${scope} ${[...posts].join(',')}`);
      found += reference.length;
    }
    assert.ok(found > 20, 'files are pending with others');
  }

  /** file_origins (migration 0008) as the log says it should be: creators and senders, open holders. */
  async function checkFileOrigins() {
    const expected = new Set<string>();
    const files = await db().selectFrom('files').select(['id', 'data', 'status', 'holder_post_id']).execute();
    const byId = new Map(files.map((f) => [f.id, f]));
    const openHolder = (f: (typeof files)[number]) =>
      f.status !== 'closed' && f.status !== 'parked' ? f.holder_post_id : null;
    for (const f of files) {
      const creator = (JSON.parse(f.data) as { creatorPostId?: string }).creatorPostId;
      if (creator) expected.add(`${creator} ${f.id} ${openHolder(f)}`);
    }
    const sends = await db()
      .selectFrom('movements')
      .select(['from_post_id', 'item_id'])
      .where('kind', '=', 'main')
      .where('action', 'in', ['send', 'return'])
      .where('item_type', '=', 'file')
      .execute();
    for (const m of sends) {
      const f = byId.get(m.item_id);
      if (m.from_post_id && f) expected.add(`${m.from_post_id} ${f.id} ${openHolder(f)}`);
    }
    const { rows } = await sql<{ post_id: string; file_id: string; open_holder: string | null }>`
      select post_id, file_id, open_holder from file_origins`.execute(db());
    const actual = rows.map((r) => `${r.post_id} ${r.file_id} ${r.open_holder}`);
    assert.equal(actual.length, new Set(actual).size, 'one row per post and file');
    assert.deepEqual(new Set(actual), expected);
    assert.ok(expected.size > 100, 'the history has many origins');
  }

  it('generates a history of a few thousand movements', () => {
    assert.ok(movements > 2_000, `${movements} movements`);
  });

  it('counts pendency by holding post and age exactly as the reference', checkPendency);
  it('summarises each office and month exactly as the reference', checkSummary);
  it('finds the files pending with others exactly as the reference', checkPendingWithOthers);
  it("keeps each file's origins and open holder exactly as the log says", checkFileOrigins);

  it('keeps file origins and files pending with others exact through parks, closes and reopens', async () => {
    const sunita = await h.login('sunita.verma'); // Section Officer, Establishment
    const rajesh = await h.login('rajesh.kumar'); // Under Secretary
    const ok = (response: { statusCode: number; body: string }, status = 200) =>
      assert.equal(response.statusCode, status, response.body);
    const created = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: 'GEN/SQL/ORIGINS' },
        nature: 'electronic',
        subject: 'उद्गम परीक्षण',
      },
    });
    ok(created, 201);
    const fileId = (created.json() as { id: string }).id;
    const params = { fileId };
    const steps: [string, () => Promise<{ statusCode: number; body: string }>][] = [
      ['send', () => h.call('sendFile', { token: sunita, params, body: { to: seedId('post', 'us-estt') } })],
      ['return', () => h.call('returnFile', { token: rajesh, params, body: { remarks: 'Seen' } })],
      ['send', () => h.call('sendFile', { token: sunita, params, body: { to: seedId('post', 'us-estt') } })],
      ['park', () => h.call('parkFile', { token: rajesh, params, body: { remarks: 'Later' } })],
      ['activate', () => h.call('activateFile', { token: rajesh, params, body: {} })],
      [
        'send back',
        () => h.call('sendFile', { token: rajesh, params, body: { to: seedId('post', 'so-estt') } }),
      ],
      ['close', () => h.call('closeFile', { token: sunita, params, body: { remarks: 'Done' } })],
      ['reopen', () => h.call('reopenFile', { token: sunita, params, body: { remarks: 'Again' } })],
      [
        'send again',
        () => h.call('sendFile', { token: sunita, params, body: { to: seedId('post', 'us-estt') } }),
      ],
    ];
    for (const [name, step] of steps) {
      await step().then((response) => assert.equal(response.statusCode, 200, `${name}: ${response.body}`));
      await checkFileOrigins();
      await checkPendingWithOthers();
    }
    const mine = (await pendingFilesFrom(db(), [seedId('post', 'so-estt')], 'mine')).map((row) => row.id);
    assert.ok(mine.includes(fileId), 'the file sent again is pending with the Under Secretary');
  });

  it('stays equal after sends, returns, pull backs, receipts received and files closed through the API', async () => {
    // Access tokens expire as the clock moves on: log in again after a jump.
    let sunita = await h.login('sunita.verma'); // Section Officer, Establishment
    const rajesh = async () => h.login('rajesh.kumar'); // Under Secretary
    const ramesh = await h.login('ramesh.cru'); // diarises receipts
    const ok = (response: { statusCode: number; body: string }, status = 200) =>
      assert.equal(response.statusCode, status, response.body);
    const created = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: 'GEN/SQL/1' },
        nature: 'electronic',
        subject: 'परीक्षण',
      },
    });
    ok(created, 201);
    const fileId = (created.json() as { id: string }).id;
    const send = (token: string, to: string, extra = {}) =>
      h.call('sendFile', { token, params: { fileId }, body: { to, ...extra } });
    ok(await send(sunita, seedId('post', 'us-estt'), { remarks: 'कृपया देखें', dueDate: '2025-07-30' }));
    ok(await h.call('pullBackFile', { token: sunita, params: { fileId }, body: {} }));
    ok(await send(sunita, seedId('post', 'us-estt'), { copyTo: [seedId('post', 'so-admn')] }));
    h.now.value = new Date(h.now.value.getTime() + 5 * 60_000);
    ok(await h.call('getFile', { token: await rajesh(), params: { fileId } }));
    ok(await h.call('returnFile', { token: await rajesh(), params: { fileId }, body: { remarks: 'Seen' } }));
    ok(await h.call('closeFile', { token: sunita, params: { fileId }, body: { remarks: 'Done' } }));
    const diarised = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'वेतन भुगतान न होने की शिकायत',
        receivedDate: '2025-07-10',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव' },
      },
    });
    ok(diarised, 201);
    const receiptId = (diarised.json() as { id: string }).id;
    ok(
      await h.call('sendReceipt', {
        token: ramesh,
        params: { receiptId },
        body: { to: seedId('post', 'so-estt') },
      }),
    );
    await checkPendency();
    await checkSummary();
    h.now.value = new Date(h.now.value.getTime() + 5 * 60_000);
    sunita = await h.login('sunita.verma');
    ok(await h.call('receiveReceipt', { token: sunita, params: { receiptId }, body: {} }));
    await checkPendency();
    await checkSummary();
    await checkPendingWithOthers();
  });
});
