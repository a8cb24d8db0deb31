// One page of a folder chosen entirely in SQL: the folder's ids (queries/folders.ts), filtered, ordered
// and cut to the page by SQLite, so a busy officer's inbox of thousands of items sends 26 ids to
// JavaScript instead of thousands of rows. Items' rows are read only when a filter or the sort needs
// a column of theirs, and each item's latest movement time is one search of a covering index.
//
// The order is exactly that of pagination.ts `sortBy` over folders.ts `folderItems` (the test
// folder-page.node.test.ts compares both): nulls last ascending and first descending, ties by id
// ascending. Sorts by number and subject are compared by a collator, which SQLite cannot: the filtered
// folder's numbers or subjects alone are sorted in JavaScript. The inbox's overdue and date-range
// filters are SQL for files; a category name (compared case-insensitively beyond ASCII) and the
// receipts' inbox filters stay with the JavaScript path. The `q` search (case folding beyond ASCII) is not
// expressible in SQLite the same way; for it `folderPage` answers null and the caller filters and
// sorts in JavaScript.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';
import { sortBy } from '../pagination.js';
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
  /** The inbox's filters (queries/inbox-filters.ts): due before today, a date range on `dateField`, a category. */
  overdue?: unknown;
  from?: unknown;
  to?: unknown;
  dateField?: unknown;
  category?: unknown;
}

export interface FolderPage {
  /** The page's ids in order. */
  ids: string[];
  /** Whether items follow the page. */
  more: boolean;
}

const PRIORITY_RANK = sql`case json_extract(i.data, '$.priority')
  when 'immediate' then 1 when 'most_immediate' then 2 else 0 end`;

/** Sorts by a text compared by a collator, done over the filtered ids and that text alone. */
const COLLATED_SORTS = ['number', 'subject'];

/**
 * The page `offset`..`offset + limit` of the folder in `sort` order (`movedAt`, `createdAt`, `dueDate`,
 * `priority`, `number`, and for files `subject`, each optionally `-`), or null when the sort or a
 * filter must be done in JavaScript. `today` is the IST day the overdue filter compares with.
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
  today: string,
): Promise<FolderPage | null> {
  if (typeof filters.q === 'string' || filters.category !== undefined) return null;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  if (!['movedAt', 'createdAt', 'dueDate', 'priority', 'number', 'subject'].includes(key)) return null;
  // Receipts sort by movedAt, createdAt or number only here, and filter by status, vip and category:
  // anything else stays with the JavaScript path, whatever it does with it.
  if (type === 'receipt') {
    if (key === 'dueDate' || key === 'priority' || key === 'subject') return null;
    const others = [
      filters.nature,
      filters.priority,
      filters.classification,
      filters.sectionId,
      filters.unread,
      filters.overdue,
      filters.from,
      filters.to,
    ];
    if (others.some((value) => value !== undefined)) return null;
  }
  const ids = posts.length === 0 ? null : folderIdsQuery(type, folder, posts, kind);
  if (!ids) return { ids: [], more: false };

  let needsRow = key !== 'movedAt';
  const where: RawBuilder<unknown>[] = [];
  // The path is literal SQL, not a parameter: only then can SQLite match the expression indexes.
  const json = (path: string) => sql`json_extract(i.data, ${sql.lit(path)})`;
  const equal = (value: unknown, column: RawBuilder<unknown>) => {
    if (value === undefined) return;
    needsRow = true;
    where.push(sql`${column} = ${value}`);
  };
  const table = sql.table(type === 'file' ? 'files' : 'receipts');
  // The latest movement's time from the movements_item_log index alone (no movement row read); an
  // item without movements sorts by its creation (folders.ts: movedAt ?? createdAt), its row read then
  // only.
  const latestSentAt = sql`(select m.sent_at from movements m where m.item_id = x.id order by m.seq desc limit 1)`;
  if (type === 'file') {
    equal(filters.nature, json('$.nature'));
    equal(filters.priority, json('$.priority'));
    equal(filters.classification, json('$.classification'));
    equal(filters.sectionId, sql`i.section_id`);
    // As inbox-filters.ts `inboxFilter`: a due date before today; an IST day of `dateField` in range.
    if (filters.overdue !== undefined) {
      needsRow = true;
      where.push(
        sql`(case when ${json('$.dueDate')} < ${today} then 1 else 0 end) = ${filters.overdue === true ? 1 : 0}`,
      );
    }
    if (filters.from !== undefined || filters.to !== undefined) {
      needsRow = true;
      const field = typeof filters.dateField === 'string' ? filters.dateField : 'movedAt';
      const day =
        field === 'createdAt'
          ? sql`date(i.created_at, '+330 minutes')`
          : ['dueDate', 'receivedDate', 'diarisedDate', 'letterDate'].includes(field)
            ? json(`$.${field}`)
            : sql`date(coalesce(${latestSentAt}, i.created_at), '+330 minutes')`;
      where.push(sql`${day} is not null`);
      if (typeof filters.from === 'string') where.push(sql`${day} >= ${filters.from}`);
      if (typeof filters.to === 'string') where.push(sql`${day} <= ${filters.to}`);
    }
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
  // The latest movement's read time comes from the movements_item_read index alone.
  if (filters.unread !== undefined)
    where.push(sql`coalesce((select case when m.read_at is null then 1 else 0 end from movements m
      where m.item_id = x.id order by m.seq desc limit 1), 0) = ${filters.unread === true ? 1 : 0}`);

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
  if (COLLATED_SORTS.includes(key)) {
    // Numbers and subjects sort by a collator, which SQLite cannot: the folder's filtered ids with that
    // text alone (numbers from the facets indexes, no item row read) are ordered by pagination.ts
    // `sortBy`, as the JavaScript path orders them.
    const text = key === 'number' ? sql`i.number` : json('$.subject');
    const { rows } = await sql<{ id: string; label: string | null }>`
      select x.id, ${text} as label from (${ids}) x join ${table} i on i.id = x.id
      ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}`.execute(db);
    const sorted = sortBy(rows, sort, (row) => row.label);
    return {
      ids: sorted.slice(window.offset, window.offset + window.limit).map((row) => row.id),
      more: sorted.length > window.offset + window.limit,
    };
  }
  const order = descending ? sql`k is null desc, k desc, id` : sql`k is null, k, id`;
  // The key is ordered from an outer query: PostgreSQL orders by an output name only when it stands alone.
  const { rows } = await sql<{ id: string }>`
    select id from (select x.id, ${keyColumn} as k
    from (${ids}) x
    ${needsRow ? sql`join ${table} i on i.id = x.id` : sql``}
    ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}) page
    order by ${order}
    limit ${window.limit + 1} offset ${window.offset}`.execute(db);
  return { ids: rows.slice(0, window.limit).map((r) => r.id), more: rows.length > window.limit };
}
