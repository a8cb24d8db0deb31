// A folder page chosen in SQL (queries/folder-page.ts) is exactly the page the JavaScript path gives —
// every item of the folder read by folders.ts `folderItems`, filtered, sorted by pagination.ts `sortBy`
// and sliced — for every folder, sort and filter, page after page, on a generated history; and the
// whole listFiles answer is the same item for item.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sortBy } from '../src/pagination.js';
import { folderPage, type FolderFilters } from '../src/queries/folder-page.js';
import { folderItems, matchesUnread, type FolderColumn, type FolderItem } from '../src/queries/folders.js';
import { generateHistory } from '../src/volume/history.js';
import type { Harness } from './helpers.js';
import { historyHarness, type HistoryHarness } from './history-harness.js';

const PRIORITY_RANK: Record<string, number> = { normal: 0, immediate: 1, most_immediate: 2 };

describe('folder pages in SQL', () => {
  let h: Harness;
  let history: HistoryHarness<unknown>;

  before(async () => {
    history = await historyHarness((sqlite, now) =>
      generateHistory(sqlite, { files: 300, seed: 11, until: now, years: 2 }),
    );
    h = history.h;
  });

  after(() => history.close());

  const db = () => h.app.services.db;

  /** The JavaScript path of listFiles / listReceipts: all of the folder, filtered and sorted. */
  async function reference(
    type: 'file' | 'receipt',
    name: string,
    posts: string[],
    kind: unknown,
    filters: FolderFilters,
    sort: string,
  ): Promise<string[]> {
    const all: FolderColumn[] = [
      'nature',
      'priority',
      'classification',
      'dueDate',
      'vip',
      'categoryId',
      'lastReadAt',
    ];
    const items = (await folderItems(db(), type, name, posts, kind, new Set(all)))
      .filter(
        (item) =>
          (filters.nature === undefined || item.nature === filters.nature) &&
          (filters.priority === undefined || item.priority === filters.priority) &&
          (filters.classification === undefined || item.classification === filters.classification) &&
          (filters.sectionId === undefined || item.sectionId === filters.sectionId) &&
          (filters.status === undefined || item.status === filters.status) &&
          (filters.vip === undefined || Boolean(item.vip) === filters.vip) &&
          (filters.categoryId === undefined || item.categoryId === filters.categoryId) &&
          matchesUnread(item, filters.unread),
      )
      .map((item) => ({ ...item, movedAt: item.movedAt ?? item.createdAt }));
    return sortBy(items, sort, (item: FolderItem, key) => {
      if (key === 'movedAt') return item.movedAt;
      if (key === 'createdAt') return item.createdAt;
      if (key === 'dueDate') return item.dueDate;
      if (key === 'priority') return PRIORITY_RANK[item.priority ?? 'normal'] ?? 0;
      return item.number;
    }).map((item) => item.id);
  }

  async function inSql(
    type: 'file' | 'receipt',
    name: string,
    posts: string[],
    kind: unknown,
    filters: FolderFilters,
    sort: string,
    limit: number,
  ): Promise<string[]> {
    const out: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await folderPage(db(), type, name, posts, kind, filters, sort, { offset, limit });
      assert.ok(page, `${type} ${name} ${sort} is paged in SQL`);
      out.push(...page.ids);
      if (!page.more) return out;
      assert.equal(page.ids.length, limit, 'a page followed by more is full');
    }
  }

  it('pages every folder, sort and filter of files and receipts exactly as the JavaScript path', async () => {
    // The posts holding the most files and receipts, so the folders are long.
    const busiest = (
      await db()
        .selectFrom('movements')
        .select((eb) => ['to_post_id', eb.fn.countAll<number>().as('n')])
        .where('to_post_id', 'is not', null)
        .groupBy('to_post_id')
        .orderBy('n', 'desc')
        .limit(4)
        .execute()
    ).map((r) => r.to_post_id as string);
    const sections = (await db().selectFrom('units').select('id').execute()).map((u) => u.id);
    const fileFilters: FolderFilters[] = [
      {},
      { nature: 'physical' },
      { priority: 'immediate' },
      { classification: 'normal', status: 'in_movement' },
      { unread: true },
      { unread: false },
      { sectionId: sections[1] },
    ];
    const receiptFilters: FolderFilters[] = [{}, { vip: true }, { vip: false, status: 'in_movement' }];
    const fileSorts = [
      '-movedAt',
      'movedAt',
      'createdAt',
      '-createdAt',
      'dueDate',
      '-dueDate',
      'priority',
      '-priority',
    ];
    let compared = 0;
    for (const posts of [busiest.slice(0, 1), busiest.slice(1, 3)]) {
      for (const [type, folders, filters, sorts] of [
        ['file', ['inbox', 'created', 'sent', 'parked', 'closed'], fileFilters, fileSorts],
        ['receipt', ['inbox', 'created', 'sent', 'closed'], receiptFilters, ['-movedAt', 'createdAt']],
      ] as const) {
        for (const name of folders) {
          for (const kind of [undefined, 'main', 'copy']) {
            if (kind !== undefined && name !== 'inbox') continue;
            for (const filter of filters) {
              for (const sort of sorts) {
                const expected = await reference(type, name, posts, kind, filter, sort);
                const actual = await inSql(type, name, posts, kind, filter, sort, 7);
                assert.deepEqual(
                  actual,
                  expected,
                  `${type} ${name} ${kind} ${JSON.stringify(filter)} ${sort}`,
                );
                compared += expected.length;
              }
            }
          }
        }
      }
    }
    assert.ok(compared > 5000, `the folders compared hold many items (${compared})`);
  });

  it('leaves sorts by number, the text search and filters receipts never had to JavaScript', async () => {
    const posts = (await db().selectFrom('posts').select('id').execute()).map((p) => p.id);
    const window = { offset: 0, limit: 25 };
    assert.equal(await folderPage(db(), 'file', 'inbox', posts, undefined, {}, 'number', window), null);
    assert.equal(
      await folderPage(db(), 'file', 'inbox', posts, undefined, { q: 'वेतन' }, '-movedAt', window),
      null,
    );
    assert.equal(
      await folderPage(db(), 'receipt', 'inbox', posts, undefined, { unread: true }, '-movedAt', window),
      null,
    );
    assert.deepEqual(await folderPage(db(), 'file', 'nowhere', posts, undefined, {}, '-movedAt', window), {
      ids: [],
      more: false,
    });
  });
});
