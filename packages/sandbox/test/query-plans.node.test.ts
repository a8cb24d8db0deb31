// Every query the list, tracking and report operations run reads the big tables (movements, notes,
// files, receipts) through an index: the operations run against a small generated history while every
// SQL text prepared is recorded, then `EXPLAIN QUERY PLAN` of each may SEARCH those tables but never
// SCAN them (a scan, even of an index, grows with the whole history).
// On PostgreSQL (the history copied in, test/history-harness.ts) every query sent is recorded with its
// parameters and `EXPLAIN (FORMAT JSON)` of each may not hold a Seq Scan of those tables. The history is
// small, so the planner would rightly prefer reading a few pages whole; with enable_seqscan off it takes
// an index whenever one can serve the query, and a Seq Scan left in the plan means none can.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { generateHistory } from '../src/volume/history.js';
import { onPostgres } from './database.js';
import { seedId, type Harness } from './helpers.js';
import { historyHarness, type HistoryHarness } from './history-harness.js';

const GUARDED = ['movements', 'notes', 'files', 'receipts'];

/** Names a query gives the guarded tables (the tables themselves and their aliases). */
function guardedNames(text: string): Set<string> {
  const names = new Set(GUARDED);
  for (const match of text.matchAll(/\b(movements|notes|files|receipts)\s+(?:as\s+)?("?\w+"?)/gi)) {
    const alias = (match[2] as string).replace(/"/g, '');
    if (!/^(where|on|join|left|inner|order|group|limit|union|except|set|values|select)$/i.test(alias))
      names.add(alias);
  }
  return names;
}

describe('query plans', () => {
  let h: Harness;
  let history: HistoryHarness<unknown>;
  const prepared = new Set<string>();
  /** PostgreSQL: each query text sent with the parameters of its first use. */
  const sent = new Map<string, unknown[]>();
  const original = SQLite.prototype.prepare;
  const originalQuery = pg.Client.prototype.query;

  before(async () => {
    history = await historyHarness((sqlite, now) =>
      generateHistory(sqlite, { files: 400, seed: 3, until: now, years: 3 }),
    );
    h = history.h;
    // Record the SQL of every statement the app prepares (or sends) from here on.
    SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
      prepared.add(source);
      return original.call(this, source);
    } as typeof original;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [text, values] = args;
      if (typeof text === 'string' && !sent.has(text)) sent.set(text, Array.isArray(values) ? values : []);
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;
  });

  after(async () => {
    SQLite.prototype.prepare = original;
    pg.Client.prototype.query = originalQuery;
    await history.close();
  });

  it('reads movements, notes, files and receipts only through indexes in lists, tracking and reports', async () => {
    const sunita = await h.login('sunita.verma');
    const ramesh = await h.login('ramesh.cru');
    const ok = (response: { statusCode: number; body: string }) =>
      assert.equal(response.statusCode, 200, response.body);
    const files = (await h.call('listFiles', { token: sunita, query: { limit: 5 } })).json() as {
      items: { id: string; number: string }[];
    };
    assert.ok(files.items.length > 0, 'the Section Officer has files in the inbox');
    for (const fileFolder of ['inbox', 'created', 'sent', 'parked', 'closed']) {
      for (const sort of ['-movedAt', 'createdAt', 'dueDate', '-priority', 'number']) {
        ok(await h.call('listFiles', { token: sunita, query: { folder: fileFolder, sort } }));
      }
    }
    const filters: Record<string, string | boolean>[] = [
      { kind: 'main', unread: true },
      { kind: 'copy', nature: 'physical' },
      { priority: 'immediate', classification: 'normal', status: 'in_movement' },
      { q: 'वेतन', sectionId: seedId('unit', 'estt') },
    ];
    for (const query of filters) ok(await h.call('listFiles', { token: sunita, query }));
    for (const receiptFolder of ['inbox', 'created', 'sent', 'closed'])
      ok(await h.call('listReceipts', { token: ramesh, query: { folder: receiptFolder, sort: '-movedAt' } }));
    ok(await h.call('listReceipts', { token: sunita, query: { kind: 'copy', vip: false, q: 'Collector' } }));
    const fileId = files.items[0]?.id as string;
    ok(await h.call('getFile', { token: sunita, params: { fileId } }));
    ok(await h.call('listFileMovements', { token: sunita, params: { fileId }, query: { limit: 100 } }));
    ok(
      await h.call('listFileMovements', {
        token: sunita,
        params: { fileId },
        query: { sort: '-sequence', kind: 'main' },
      }),
    );
    const tracked = await h.app.services.db
      .selectFrom('files')
      .select(['number', 'tracking_code'])
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    ok(await h.call('trackPublic', { query: { number: tracked.number, code: tracked.tracking_code } }));
    ok(await h.call('getDepartmentSummary', { token: sunita, query: { from: '2024-08', to: '2025-07' } }));
    for (const groupBy of ['section', 'office', 'user'])
      ok(await h.call('getPendency', { token: sunita, query: { groupBy, sort: 'name' } }));
    for (const scope of ['mine', 'section'])
      ok(
        await h.call('listFilesPendingWithOthers', {
          token: sunita,
          query: { scope, minDays: 3, overdue: false, sort: 'dueDate' },
        }),
      );
    ok(
      await h.call('getDispatchRegister', { token: sunita, query: { from: '2025-01-01', to: '2025-07-14' } }),
    );

    const { checked, scans } = onPostgres ? await postgresScans() : sqliteScans();
    assert.ok(checked > 30, `${checked} queries on the big tables checked`);
    assert.deepEqual(scans, []);
  });

  function sqliteScans(): { checked: number; scans: string[] } {
    const reader = new SQLite(history.location, { readonly: true });
    const scans: string[] = [];
    let checked = 0;
    for (const text of prepared) {
      if (!/^\s*(select|with)\b/i.test(text)) continue;
      const names = guardedNames(text);
      if (![...names].some((name) => new RegExp(`\\b${name}\\b`, 'i').test(text))) continue;
      checked += 1;
      const parameters = (text.match(/\?/g) ?? []).map(() => 'x');
      const explain = original.call(reader, `explain query plan ${text}`) as SQLite.Statement<string[]>;
      const plan = explain.all(...parameters) as { detail: string }[];
      for (const { detail } of plan) {
        const scanned = /^SCAN (\w+)/.exec(detail)?.[1];
        if (scanned && names.has(scanned)) scans.push(`${detail}\n  in: ${text.replace(/\s+/g, ' ')}`);
      }
    }
    reader.close();
    return { checked, scans };
  }

  async function postgresScans(): Promise<{ checked: number; scans: string[] }> {
    const queries = [...sent].filter(([text]) => /^\s*(select|with)\b/i.test(text));
    pg.Client.prototype.query = originalQuery;
    const client = new pg.Client({ connectionString: history.location });
    await client.connect();
    const scans: string[] = [];
    let checked = 0;
    try {
      await client.query('set enable_seqscan = off');
      for (const [text, values] of queries) {
        const names = guardedNames(text);
        if (![...names].some((name) => new RegExp(`\\b${name}\\b`, 'i').test(text))) continue;
        checked += 1;
        // This client keeps pg's default parsers: the JSON plan arrives parsed.
        const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(
          `explain (format json) ${text}`,
          values,
        );
        const plan = rows[0]?.['QUERY PLAN'];
        for (const relation of seqScans(plan))
          if (GUARDED.includes(relation))
            scans.push(`Seq Scan on ${relation}\n  in: ${text.replace(/\s+/g, ' ')}`);
      }
    } finally {
      await client.end();
    }
    return { checked, scans };
  }
});

/** The relations a PostgreSQL JSON plan reads with a Seq Scan. */
function seqScans(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(seqScans);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const here =
    record['Node Type'] === 'Seq Scan' && typeof record['Relation Name'] === 'string'
      ? [record['Relation Name']]
      : [];
  return [...here, ...Object.values(record).flatMap(seqScans)];
}
