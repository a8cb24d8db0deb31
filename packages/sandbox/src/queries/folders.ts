// The items of a post's folder (inbox, created, sent, parked, closed), chosen in SQL through the
// holder, recipient, sender and creator indexes, with what filtering and sorting need: the few columns
// of each item and its latest movement. Only the folder's items reach JavaScript — never the other
// items or their movement logs — and only the page shown is presented in full.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database>;

export interface FolderItem {
  id: string;
  number: string;
  sectionId: string;
  status: string;
  createdAt: string;
  /** The data JSON fields filters and sorts read (null unless asked for). */
  nature: string | null;
  priority: string | null;
  classification: string | null;
  dueDate: string | null;
  /**
   * JSON array of the texts the `q` filter searches: files' number, computer number, subject and
   * description; receipts' number, subject, letter number and sender.
   */
  searchTexts: string | null;
  vip: number | null;
  categoryId: string | null;
  /** The item's latest movement of any kind. */
  movedAt: string | null;
  lastReadAt: string | null;
  hasMovement: number;
  /** Inbox filters and sorts (null unless asked for): subject, files' category, receipts' sub-category and dates. */
  subject?: string | null;
  category?: string | null;
  subCategoryId?: string | null;
  receivedDate?: string | null;
  diarisedDate?: string | null;
  letterDate?: string | null;
  /** Due date of the current main movement (what a receipt's `lastMovement.dueDate` shows). */
  mainDueDate?: string | null;
}

const list = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`));

/** Ids of the files in `folder` of `posts` (operations/files.ts says what each folder holds). */
function fileIds(folder: string, posts: readonly string[], kind: unknown): RawBuilder<unknown> | null {
  const holding = sql`select id from files where holder_post_id in (${list(posts)})`;
  const main = sql`select id from files
    where holder_post_id in (${list(posts)}) and status in ('created', 'in_movement')`;
  const copies = sql`select item_id as id from movements
    where to_post_id in (${list(posts)}) and kind = 'copy' and item_type = 'file'`;
  switch (folder) {
    case 'inbox':
      if (kind === 'main') return main;
      if (kind === 'copy') return sql`select * from (${copies}) c except ${main}`;
      return sql`${main} union ${copies}`;
    case 'created':
      return sql`select id from files where json_extract(data, '$.creatorPostId') in (${list(posts)})`;
    case 'sent':
      return sql`select item_id as id from movements
        where from_post_id in (${list(posts)}) and kind = 'main' and action in ('send', 'return')
          and item_type = 'file'
        except ${holding}`;
    case 'parked':
      return sql`select id from files where holder_post_id in (${list(posts)}) and status = 'parked'`;
    case 'closed':
      return sql`select id from files
        where json_extract(data, '$.creatorPostId') in (${list(posts)}) and status = 'closed'`;
    default:
      return null;
  }
}

/** Ids of the receipts in `folder` of `posts` (operations/receipts.ts says what each folder holds). */
function receiptIds(folder: string, posts: readonly string[], kind: unknown): RawBuilder<unknown> | null {
  // Held as main recipient: with the post, not put in a file.
  const holding = sql`select id from receipts
    where holder_post_id in (${list(posts)}) and json_extract(data, '$.fileId') is null`;
  const main = sql`select id from receipts
    where holder_post_id in (${list(posts)}) and json_extract(data, '$.fileId') is null
      and status <> 'closed'`;
  const copies = sql`select item_id as id from movements
    where to_post_id in (${list(posts)}) and kind = 'copy' and item_type = 'receipt'`;
  switch (folder) {
    case 'inbox':
      if (kind === 'copy') return sql`select * from (${copies}) c except ${holding}`;
      if (kind === 'main') return main;
      return sql`${main} union ${copies}`;
    case 'created':
      return sql`select id from receipts where json_extract(data, '$.diarisingPostId') in (${list(posts)})`;
    case 'sent':
      return sql`select item_id as id from movements
        where from_post_id in (${list(posts)}) and kind = 'main' and action = 'send'
          and item_type = 'receipt'
        except ${holding}`;
    case 'closed':
      return sql`select id from receipts
        where json_extract(data, '$.closedByPostId') is not null
          and json_extract(data, '$.closedByPostId') in (${list(posts)}) and status = 'closed'`;
    default:
      return null;
  }
}

/**
 * The SQL selecting the ids (column `id`, each once) of the items in `folder` of `posts`, or null for an
 * unknown folder.
 */
export function folderIdsQuery(
  type: 'file' | 'receipt',
  folder: string,
  posts: readonly string[],
  kind: unknown,
): RawBuilder<unknown> | null {
  return type === 'file' ? fileIds(folder, posts, kind) : receiptIds(folder, posts, kind);
}

/** Columns of FolderItem read from the item's JSON or its latest movement only when a filter or sort needs them. */
export type FolderColumn =
  | 'nature'
  | 'priority'
  | 'classification'
  | 'dueDate'
  | 'searchTexts'
  | 'vip'
  | 'categoryId'
  | 'lastReadAt'
  | InboxColumn;

/** Columns read only by the inbox's filters and sorts (queries/inbox-filters.ts). */
export type InboxColumn =
  'subject' | 'category' | 'subCategoryId' | 'receivedDate' | 'diarisedDate' | 'letterDate' | 'mainDueDate';

/**
 * The items of a folder with their sort key `movedAt` and the `needs` columns (the others are null);
 * empty for an unknown folder or no posts. A busy officer's inbox holds thousands of items: reading
 * only the columns asked for keeps the JSON of the rest unparsed.
 */
export async function folderItems(
  db: Db,
  type: 'file' | 'receipt',
  folder: string,
  posts: readonly string[],
  kind: unknown,
  needs: ReadonlySet<FolderColumn> = new Set(),
): Promise<FolderItem[]> {
  if (posts.length === 0) return [];
  const ids = folderIdsQuery(type, folder, posts, kind);
  if (!ids) return [];
  const table = sql.table(type === 'file' ? 'files' : 'receipts');
  const searchTexts =
    type === 'file'
      ? sql`json_array(i.number, cast(json_extract(i.data, '$.computerNumber') as text),
          json_extract(i.data, '$.subject'), coalesce(json_extract(i.data, '$.description'), ''))`
      : sql`json_array(i.number, json_extract(i.data, '$.subject'),
          coalesce(json_extract(i.data, '$.letterNumber'), ''), json_extract(i.data, '$.sender.name'))`;
  const json = (column: FolderColumn, path: string) =>
    needs.has(column) ? sql`json_extract(i.data, ${path})` : sql`null`;
  // The latest movement's time comes from the movements_item_log index alone; its read time, when the
  // unread filter asks, from the movement itself.
  const latest = sql`(select seq from movements where item_id = i.id order by seq desc limit 1)`;
  const { rows } = await sql<FolderItem>`
    select i.id, i.number, i.section_id as "sectionId", i.status, i.created_at as "createdAt",
      ${json('nature', '$.nature')} as nature, ${json('priority', '$.priority')} as priority,
      ${json('classification', '$.classification')} as classification,
      ${json('dueDate', '$.dueDate')} as "dueDate",
      ${needs.has('searchTexts') ? searchTexts : sql`null`} as "searchTexts",
      ${needs.has('vip') ? sql`case json_type(i.data, '$.vip') when 'true' then 1 when 'false' then 0 end` : sql`null`}
        as vip,
      ${json('categoryId', '$.categoryId')} as "categoryId",
      (select sent_at from movements where item_id = i.id order by seq desc limit 1) as "movedAt",
      ${needs.has('lastReadAt') ? sql`(select read_at from movements where seq = ${latest})` : sql`null`}
        as "lastReadAt",
      case when ${latest} is not null then 1 else 0 end as "hasMovement",
      ${json('subject', '$.subject')} as subject, ${json('category', '$.category')} as category,
      ${json('subCategoryId', '$.subCategoryId')} as "subCategoryId",
      ${json('receivedDate', '$.receivedDate')} as "receivedDate",
      ${json('diarisedDate', '$.diarisedDate')} as "diarisedDate",
      ${json('letterDate', '$.letterDate')} as "letterDate",
      ${
        needs.has('mainDueDate')
          ? sql`(select json_extract(data, '$.dueDate') from movements
              where item_id = i.id and kind = 'main' order by seq desc limit 1)`
          : sql`null`
      } as "mainDueDate"
    from ${table} i
    where i.id in (${ids})`.execute(db);
  return rows;
}

/** The `q` filter of the folder lists: any searched text contains the needle, case-insensitively. */
export function matchesSearch(item: FolderItem, q: unknown): boolean {
  if (typeof q !== 'string') return true;
  const needle = q.normalize('NFC').toLocaleLowerCase();
  return (JSON.parse(item.searchTexts ?? '[]') as string[]).some((t) =>
    t.toLocaleLowerCase().includes(needle),
  );
}

/** The `unread` filter: the latest movement not yet opened (an item without movements counts as read). */
export function matchesUnread(item: FolderItem, unread: unknown): boolean {
  return unread === undefined || (item.hasMovement === 1 && item.lastReadAt === null) === unread;
}
