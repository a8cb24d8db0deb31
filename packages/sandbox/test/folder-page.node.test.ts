// A folder page chosen in SQL (queries/folder-page.ts) is exactly the page the JavaScript path gives —
// every item of the folder read by folders.ts `folderItems`, filtered, sorted by pagination.ts `sortBy`
// and sliced — for every folder, sort and filter, page after page, on a generated history; and the
// whole listFiles answer is the same item for item.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sortBy } from '../src/pagination.js';
import { folderPage, type FolderFilters } from '../src/queries/folder-page.js';
import {
  folderCount,
  folderItems,
  matchesSearch,
  matchesUnread,
  type FolderColumn,
  type FolderItem,
} from '../src/queries/folders.js';
import { inboxFilter } from '../src/queries/inbox-filters.js';
import { caselessPart, searchCandidates } from '../src/queries/search-candidates.js';
import { istDate } from '../src/drafts/dispatch.js';
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
  const today = () => istDate(h.now.value);
  const daysAgo = (days: number) => istDate(new Date(h.now.value.getTime() - days * 86_400_000));

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
      'subject',
      'category',
      'receivedDate',
      'diarisedDate',
      'letterDate',
    ];
    const inbox = inboxFilter(type, filters as Record<string, unknown>, today());
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
          matchesUnread(item, filters.unread) &&
          inbox(item),
      )
      .map((item) => ({ ...item, movedAt: item.movedAt ?? item.createdAt }));
    return sortBy(items, sort, (item: FolderItem, key) => {
      if (key === 'movedAt') return item.movedAt;
      if (key === 'createdAt') return item.createdAt;
      if (key === 'dueDate') return item.dueDate;
      if (key === 'priority') return PRIORITY_RANK[item.priority ?? 'normal'] ?? 0;
      if (key === 'subject') return item.subject ?? null;
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
      const page = await folderPage(db(), type, name, posts, kind, filters, sort, { offset, limit }, today());
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
      { overdue: true },
      { overdue: false, priority: 'normal' },
      { from: daysAgo(200), to: daysAgo(30) },
      { from: daysAgo(100) },
      { to: daysAgo(300), dateField: 'createdAt' },
      { from: daysAgo(60), dateField: 'dueDate' },
      { from: daysAgo(400), dateField: 'receivedDate' },
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
      'number',
      '-number',
      'subject',
      '-subject',
    ];
    let compared = 0;
    for (const posts of [busiest.slice(0, 1), busiest.slice(1, 3)]) {
      for (const [type, folders, filters, sorts] of [
        ['file', ['inbox', 'created', 'sent', 'parked', 'closed'], fileFilters, fileSorts],
        [
          'receipt',
          ['inbox', 'created', 'sent', 'closed'],
          receiptFilters,
          ['-movedAt', 'createdAt', 'number'],
        ],
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

  it('counts every folder and its unopened items in SQL as many as the JavaScript path finds', async () => {
    const holders = await db()
      .selectFrom('movements')
      .select((eb) => ['to_post_id', eb.fn.countAll<number>().as('n')])
      .where('to_post_id', 'is not', null)
      .groupBy('to_post_id')
      .orderBy('n', 'desc')
      .limit(3)
      .execute();
    const posts = holders.map((h) => h.to_post_id as string);
    let counted = 0;
    for (const [type, folders] of [
      ['file', ['inbox', 'created', 'sent', 'parked', 'closed']],
      ['receipt', ['inbox', 'created', 'sent', 'closed']],
    ] as const) {
      for (const name of folders) {
        const items = await folderItems(db(), type, name, posts, undefined, new Set(['lastReadAt']));
        assert.equal(await folderCount(db(), type, name, posts), items.length, `${type} ${name}`);
        counted += items.length;
      }
      const inbox = await folderItems(db(), type, 'inbox', posts, undefined, new Set(['lastReadAt']));
      const unread = inbox.filter((item) => matchesUnread(item, true)).length;
      assert.ok(unread > 0 && unread < inbox.length, `${type}: some of the inbox is unopened`);
      assert.equal(await folderCount(db(), type, 'inbox', posts, true), unread);
    }
    assert.ok(counted > 300, `the folders counted hold many items (${counted})`);
  });

  it('narrows a text search to candidates in SQL without losing a match', async () => {
    const holders = await db()
      .selectFrom('files')
      .select((eb) => ['holder_post_id', eb.fn.countAll<number>().as('n')])
      .where('holder_post_id', 'is not', null)
      .groupBy('holder_post_id')
      .orderBy('n', 'desc')
      .limit(2)
      .execute();
    const posts = holders.map((h) => h.holder_post_id as string);
    let matched = 0;
    for (const type of ['file', 'receipt'] as const) {
      const all = await folderItems(db(), type, 'created', posts, undefined, new Set(['searchTexts']));
      const texts = all.flatMap((item) => JSON.parse(item.searchTexts ?? '[]') as string[]);
      // Needles cut from the items' own texts (Hindi, English, numbers), and ones no item holds.
      const needles = [
        ...texts.slice(0, 40).map((text) => [...text].slice(2, 7).join('')),
        'वेतन',
        'वेतन भुगतान',
        '/20',
        'ZZ-नहीं-मिलेगा',
      ];
      for (const needle of needles) {
        const expected = all.filter((item) => matchesSearch(item, needle)).map((item) => item.id);
        const narrowing = searchCandidates(needle);
        const candidates = await folderItems(
          db(),
          type,
          'created',
          posts,
          undefined,
          new Set(['searchTexts']),
          narrowing,
        );
        const actual = candidates.filter((item) => matchesSearch(item, needle)).map((item) => item.id);
        assert.deepEqual(actual.sort(), expected.sort(), `${type} ${needle}`);
        if (narrowing) assert.ok(candidates.length <= all.length);
        matched += expected.length;
      }
    }
    assert.ok(matched > 50, `the searches found many items (${matched})`);
    assert.equal(caselessPart('Salary'), null);
    assert.equal(caselessPart('Salary वेतन'), ' वेतन');
    assert.equal(caselessPart('İ̇स्'), 'स्');
  });

  it('leaves the text search and filters receipts never had to JavaScript', async () => {
    const posts = (await db().selectFrom('posts').select('id').execute()).map((p) => p.id);
    const window = { offset: 0, limit: 25 };
    assert.equal(
      await folderPage(db(), 'file', 'inbox', posts, undefined, { q: 'वेतन' }, '-movedAt', window, today()),
      null,
    );
    assert.equal(
      await folderPage(
        db(),
        'receipt',
        'inbox',
        posts,
        undefined,
        { unread: true },
        '-movedAt',
        window,
        today(),
      ),
      null,
    );
    assert.deepEqual(
      await folderPage(db(), 'file', 'nowhere', posts, undefined, {}, '-movedAt', window, today()),
      {
        ids: [],
        more: false,
      },
    );
  });
});
