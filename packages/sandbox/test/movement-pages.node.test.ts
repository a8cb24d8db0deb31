// Movement pages of a long history: up to 1,000 movements in one page, and pages after the first read
// by key (the cursor carries the last movement's place in the log). Paging through any page size,
// order or filter gives exactly the movements, sequence numbers, holding days and current mark of the
// one whole page; a cursor minted by offset alone (earlier sandboxes) still reads on; a page over
// 1,000 is refused.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { generateHistory } from '../src/volume/history.js';
import { harness, type Harness } from './helpers.js';

interface Page {
  items: { id: string; sequence: number; kind: string; daysHeld: number; current: boolean }[];
  nextCursor: string | null;
}

describe('movement pages of a long history', () => {
  let h: Harness;
  let folder: string;
  let fileId: string;
  let token: string;
  let total: number;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'eoffice-movement-pages-'));
    const path = join(folder, 'sandbox.db');
    h = await harness({ db: path });
    const sqlite = new SQLite(path);
    generateHistory(sqlite, { files: 200, seed: 5, until: h.now.value, years: 2 });
    // The longest file with copies in its log, and the user holding it.
    const longest = sqlite
      .prepare(
        `select m.item_id as id, count(*) as n from movements m where m.item_type = 'file'
         group by m.item_id having sum(m.kind = 'copy') > 0 order by n desc limit 1`,
      )
      .get() as { id: string; n: number };
    const holder = sqlite
      .prepare(
        `select u.username from files f join user_posts up on up.post_id = f.holder_post_id
         join users u on u.id = up.user_id where f.id = ? and u.kind = 'user' limit 1`,
      )
      .get(longest.id) as { username: string };
    sqlite.close();
    fileId = longest.id;
    total = longest.n;
    token = await h.login(holder.username);
  });

  after(async () => {
    await h.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const list = async (query: Record<string, string | number>) => {
    const response = await h.call('listFileMovements', { token, params: { fileId }, query });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Page;
  };

  const pageThrough = async (query: Record<string, string | number>) => {
    const items: Page['items'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await list(cursor ? { ...query, cursor } : query);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  };

  it('gives a long history whole in one page of up to 1,000', async () => {
    assert.ok(total > 40, `the longest generated file has many movements (${total})`);
    const whole = await list({ limit: 1000 });
    assert.equal(whole.nextCursor, null);
    assert.deepEqual(
      whole.items.map((m) => m.sequence),
      Array.from({ length: total }, (_, i) => i + 1),
    );
    assert.equal(whole.items.filter((m) => m.current).length, 1, 'one movement holds the file now');
  });

  it('pages by key in any size, order and filter exactly as the whole page', async () => {
    const whole = (await list({ limit: 1000 })).items;
    for (const limit of [1, 7, 25, 100]) {
      const { items, pages } = await pageThrough({ limit });
      assert.deepEqual(items, whole, `pages of ${limit}`);
      assert.equal(pages, Math.ceil(total / limit));
    }
    const newestFirst = await pageThrough({ limit: 9, sort: '-sequence' });
    assert.deepEqual(newestFirst.items, [...whole].reverse());
    const copies = await pageThrough({ limit: 3, kind: 'copy' });
    assert.deepEqual(
      copies.items,
      whole.filter((m) => m.kind === 'copy'),
      'a filtered page keeps the numbers and holding days of the whole log',
    );
  });

  it('reads on from a cursor that carries only an offset', async () => {
    const first = await list({ limit: 10 });
    assert.ok(first.nextCursor);
    // The hash (12 characters, which may hold `_`), then the offset; the key dropped.
    const byOffset = first.nextCursor.slice(0, first.nextCursor.lastIndexOf('_'));
    const fromOffset = await list({ limit: 10, cursor: byOffset });
    const fromKey = await list({ limit: 10, cursor: first.nextCursor });
    assert.deepEqual(fromOffset, fromKey);
    assert.equal(fromKey.items[0]?.sequence, 11);
  });

  it('refuses a page of more than 1,000 movements', async () => {
    const response = await h.call('listFileMovements', { token, params: { fileId }, query: { limit: 1001 } });
    assert.equal(response.statusCode, 400, response.body);
  });
});
