// Every query the list, tracking and report operations run reads the big tables (movements, notes,
// files, receipts) through an index: the operations run against a small generated history while every
// SQL text prepared is recorded, then `EXPLAIN QUERY PLAN` of each may SEARCH those tables but never
// SCAN them (a scan, even of an index, grows with the whole history).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { generateHistory } from '../src/volume/history.js';
import { harness, seedId, type Harness } from './helpers.js';

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
  let folder: string;
  let path: string;
  const prepared = new Set<string>();
  const original = SQLite.prototype.prepare;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'eoffice-plans-'));
    path = join(folder, 'sandbox.db');
    h = await harness({ db: path });
    const sqlite = new SQLite(path);
    generateHistory(sqlite, { files: 400, seed: 3, until: h.now.value, years: 3 });
    sqlite.close();
    // Record the SQL of every statement the app prepares from here on.
    SQLite.prototype.prepare = function (this: SQLite.Database, source: string) {
      prepared.add(source);
      return original.call(this, source);
    } as typeof original;
  });

  after(async () => {
    SQLite.prototype.prepare = original;
    await h.close();
    rmSync(folder, { recursive: true, force: true });
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

    const reader = new SQLite(path, { readonly: true });
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
    assert.ok(checked > 30, `${checked} queries on the big tables checked`);
    assert.deepEqual(scans, []);
  });
});
