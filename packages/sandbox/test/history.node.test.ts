// The history generator: the same seed writes the same database, and the history has what the
// volume budgets are about — long and short files, parked and closed ones, Hindi and English notes,
// receipts in every state — and obeys the rules the sandbox serves it by.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { generateHistory } from '../src/volume/history.js';
import { harness, type Harness } from './helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'eoffice-history-'));
const open: Harness[] = [];

async function generated(name: string, seed: number) {
  const path = join(folder, `${name}.db`);
  const h = await harness({ db: path });
  open.push(h);
  const sqlite = new SQLite(path);
  const summary = generateHistory(sqlite, { files: 200, seed, until: h.now.value, years: 3 });
  const digest = createHash('sha256');
  for (const table of [
    'files',
    'receipts',
    'movements',
    'notes',
    'counters',
    'activity_monthly',
    'item_arrivals',
  ])
    for (const row of sqlite.prepare(`select * from ${table} order by 1, 2`).all())
      digest.update(JSON.stringify(row));
  return { h, sqlite, summary, digest: digest.digest('hex') };
}

describe('history generator', () => {
  after(async () => {
    for (const h of open) await h.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the same database from the same seed, and another from another seed', async () => {
    const first = await generated('a', 5);
    const again = await generated('b', 5);
    const other = await generated('c', 6);
    assert.equal(again.digest, first.digest);
    assert.notEqual(other.digest, first.digest);
    for (const { sqlite } of [first, again, other]) sqlite.close();
  });

  it('has long and short files, parked and closed ones, notes in Hindi and English, receipts in every state', async () => {
    const { h, sqlite, summary } = await generated('d', 9);
    const one = <T>(query: string) => sqlite.prepare(query).get() as T;
    assert.equal(summary.files, 200);
    assert.equal(summary.receipts, 100);
    const longest = one<{ n: number }>(
      'select count(*) as n from movements group by item_id order by n desc limit 1',
    );
    assert.ok(longest.n >= 1_000, `the longest history has ${longest.n} movements`);
    const statuses = (sqlite.prepare('select distinct status from files').all() as { status: string }[]).map(
      (r) => r.status,
    );
    for (const status of ['closed', 'parked', 'in_movement']) assert.ok(statuses.includes(status), status);
    const receiptStatuses = (
      sqlite.prepare('select distinct status from receipts').all() as { status: string }[]
    ).map((r) => r.status);
    for (const status of ['put_in_file', 'closed', 'sent'])
      assert.ok(receiptStatuses.includes(status), status);
    const notes = (sqlite.prepare('select data from notes').all() as { data: string }[]).map((r) => r.data);
    assert.ok(notes.some((n) => /[\u0900-\u097f]/.test(n)) && notes.some((n) => /[a-z]{4} /.test(n)));
    const span = one<{ first: string; last: string }>(
      'select min(sent_at) as first, max(sent_at) as last from movements',
    );
    assert.ok(
      Date.parse(span.last) - Date.parse(span.first) > 2 * 365 * 86_400_000,
      'ages spread over years',
    );
    assert.ok(span.last <= h.now.value.toISOString(), 'nothing after the end of the history');
    // The sandbox serves it: a holder's inbox lists what it holds, and the file opens with its log.
    const held = one<{ id: string; holder: string }>(
      `select f.id, f.holder_post_id as holder from files f where status = 'in_movement'
       and holder_post_id = (select post_id from user_posts up join users u on u.id = up.user_id
         where u.username = 'sunita.verma' limit 1) limit 1`,
    );
    const token = await h.login('sunita.verma');
    const file = await h.call('getFile', { token, params: { fileId: held.id }, query: { markRead: false } });
    assert.equal(file.statusCode, 200, file.body);
    const inbox = await h.call('listFiles', { token, query: { folder: 'inbox', limit: 100, kind: 'main' } });
    assert.equal(inbox.statusCode, 200, inbox.body);
    assert.ok((inbox.json() as { items: { id: string }[] }).items.length > 0);
    sqlite.close();
  });
});
