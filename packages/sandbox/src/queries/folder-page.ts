// One page of a folder chosen entirely in SQL: the folder's ids (queries/folders.ts), filtered, ordered
// and cut to the page by SQLite, so a busy officer's inbox of thousands of items sends 26 ids to
// JavaScript instead of thousands of rows. Items' rows are read only when a filter or the sort needs
// a column of theirs, and each item's latest movement time is one search of a covering index.
//
// The order is exactly that of pagination.ts `sortBy` over folders.ts `folderItems` (the test
// folder-page.node.test.ts compares both): nulls last ascending and first descending, ties by id
// ascending. Sorts by number (compared by a collator) and the `q` search (case folding beyond ASCII)
// are not expressible in SQLite the same way; for those `folderPage` answers null and the caller
// filters and sorts in JavaScript.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { folderIdsQuery } from './folders.js';

type Db = Kysely<Database>;

export interface FolderFilters {
  nature?: unknown;
  priority?: unknown;
  classification?: unknown;
  sectionId?: unknown;
  status?: unknown;
  unread?: unknown;
  vip?: unknown;
  categoryId?: unknown;
  q?: unknown;
}

export interface FolderPage {
  /** The page's ids in order. */
  ids: string[];
  /** Whether items follow the page. */
  more: boolean;
}

const PRIORITY_RANK = sql`case json_extract(i.data, '$.priority')
  when 'immediate' then 1 when 'most_immediate' then 2 else 0 end`;

/**
 * The page `offset`..`offset + limit` of the folder in `sort` order (`movedAt`, `createdAt`, `dueDate`,
 * `priority`, each optionally `-`), or null when the sort or a filter must be done in JavaScript.
 */
export async function folderPage(
  db: Db,
  type: 'file' | 'receipt',
  folder: string,
  posts: readonly string[],
  kind: unknown,
  filters: FolderFilters,
  sort: string,
  window: { offset: number; limit: number },
): Promise<FolderPage | null> {
  if (typeof filters.q === 'string') return null;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  if (!['movedAt', 'createdAt', 'dueDate', 'priority'].includes(key)) return null;
  // Receipts sort by movedAt, createdAt or number only, and the receipts list has filtered by status,
  // vip and category only: anything else stays with the JavaScript path, whatever it does with it.
  if (type === 'receipt') {
    if (key === 'dueDate' || key === 'priority') return null;
    const others = [
      filters.nature,
      filters.priority,
      filters.classification,
      filters.sectionId,
      filters.unread,
    ];
    if (others.some((value) => value !== undefined)) return null;
  }
  const ids = posts.length === 0 ? null : folderIdsQuery(type, folder, posts, kind);
  if (!ids) return { ids: [], more: false };

  let needsRow = key !== 'movedAt';
  const where: RawBuilder<unknown>[] = [];
  const json = (path: string) => sql`json_extract(i.data, ${path})`;
  const equal = (value: unknown, column: RawBuilder<unknown>) => {
    if (value === undefined) return;
    needsRow = true;
    where.push(sql`${column} = ${value}`);
  };
  if (type === 'file') {
    equal(filters.nature, json('$.nature'));
    equal(filters.priority, json('$.priority'));
    equal(filters.classification, json('$.classification'));
    equal(filters.sectionId, sql`i.section_id`);
  } else {
    if (filters.vip !== undefined) {
      needsRow = true;
      // A JSON true (SQLite's json_extract would give 1); json_type reads the same on both databases.
      where.push(
        filters.vip === true
          ? sql`json_type(i.data, '$.vip') = 'true'`
          : sql`json_type(i.data, '$.vip') is distinct from 'true'`,
      );
    }
    equal(filters.categoryId, json('$.categoryId'));
  }
  equal(filters.status, sql`i.status`);
  // Unread: the latest movement not yet opened (an item without movements counts as read).
  if (filters.unread !== undefined)
    where.push(
      sql`(case when l.seq is not null and l.read_at is null then 1 else 0 end) = ${filters.unread === true ? 1 : 0}`,
    );

  const table = sql.table(type === 'file' ? 'files' : 'receipts');
  // The latest movement's time from the movements_item_log index alone (no movement row read); an
  // item without movements sorts by its creation (folders.ts: movedAt ?? createdAt), its row read then
  // only.
  const latestSentAt = sql`(select m.sent_at from movements m where m.item_id = x.id order by m.seq desc limit 1)`;
  const movedAt = needsRow
    ? sql`coalesce(${latestSentAt}, i.created_at)`
    : sql`coalesce(${latestSentAt}, (select c.created_at from ${table} c where c.id = x.id))`;
  const keyColumn =
    key === 'movedAt'
      ? movedAt
      : key === 'createdAt'
        ? sql`i.created_at`
        : key === 'dueDate'
          ? json('$.dueDate')
          : PRIORITY_RANK;
  const order = descending ? sql`k is null desc, k desc, id` : sql`k is null, k, id`;
  // The key is ordered from an outer query: PostgreSQL orders by an output name only when it stands alone.
  const { rows } = await sql<{ id: string }>`
    select id from (select x.id, ${keyColumn} as k
    from (${ids}) x
    ${needsRow ? sql`join ${table} i on i.id = x.id` : sql``}
    ${
      filters.unread !== undefined
        ? sql`left join movements l on l.seq = (select max(m.seq) from movements m where m.item_id = x.id)`
        : sql``
    }
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}) page
    order by ${order}
    limit ${window.limit + 1} offset ${window.offset}`.execute(db);
  return { ids: rows.slice(0, window.limit).map((r) => r.id), more: rows.length > window.limit };
}
