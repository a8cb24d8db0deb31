// The inbox's filters and sorts of the folder lists beyond what each handler reads itself: overdue,
// the date range, category, and sorting by subject, number, due date or priority, for files and
// receipts alike. They run on the FolderItem columns that `inboxNeeds` asks folderItems for.
import { istDate } from '../drafts/dispatch.js';
import { receiptCategories } from '../master-data.js';
import type { FolderColumn, FolderItem } from './folders.js';

type Query = Record<string, unknown>;
type ItemType = 'file' | 'receipt';

const PRIORITY_RANK: Record<string, number> = { normal: 0, immediate: 1, most_immediate: 2 };

/** The date a `dateField` names, as an IST calendar day. */
function dateOf(item: FolderItem, type: ItemType, field: string): string | null {
  switch (field) {
    case 'createdAt':
      return istDate(new Date(item.createdAt));
    case 'dueDate':
      return dueDateOf(item, type);
    case 'receivedDate':
      return item.receivedDate ?? null;
    case 'diarisedDate':
      return item.diarisedDate ?? null;
    case 'letterDate':
      return item.letterDate ?? null;
    default:
      return item.movedAt ? istDate(new Date(item.movedAt)) : istDate(new Date(item.createdAt));
  }
}

function dueDateOf(item: FolderItem, type: ItemType): string | null {
  return (type === 'file' ? item.dueDate : item.mainDueDate) ?? null;
}

function defaultDateField(type: ItemType): string {
  return type === 'file' ? 'movedAt' : 'receivedDate';
}

/** Adds the columns the inbox filters and `sort` need to `needs`. */
export function inboxNeeds(type: ItemType, q: Query, sort: string, needs: Set<FolderColumn>): void {
  const due: FolderColumn = type === 'file' ? 'dueDate' : 'mainDueDate';
  if (q['overdue'] !== undefined || sort.endsWith('dueDate')) needs.add(due);
  if (sort.endsWith('subject')) needs.add('subject');
  if (sort.endsWith('receivedDate')) needs.add('receivedDate');
  if (sort.endsWith('diarisedDate')) needs.add('diarisedDate');
  if (sort.endsWith('priority') || q['priority'] !== undefined) needs.add('priority');
  if (q['nature'] !== undefined) needs.add('nature');
  if (q['classification'] !== undefined) needs.add('classification');
  if (typeof q['category'] === 'string') {
    if (type === 'file') needs.add('category');
    else needs.add('categoryId').add('subCategoryId');
  }
  const field = typeof q['dateField'] === 'string' ? q['dateField'] : defaultDateField(type);
  if (q['from'] !== undefined || q['to'] !== undefined) {
    if (field === 'dueDate') needs.add(due);
    if (field === 'receivedDate' || field === 'diarisedDate' || field === 'letterDate') needs.add(field);
  }
}

/** Ids of the receipt categories named `name` in English or Hindi. */
function categoryIds(name: string): Set<string> {
  const wanted = name.normalize('NFC').toLocaleLowerCase();
  return new Set(
    receiptCategories
      .filter((c) => c.name.en.toLocaleLowerCase() === wanted || c.name.hi === wanted)
      .map((c) => c.id),
  );
}

/**
 * Whether an item passes the inbox filters: `overdue` (due date before `today`, IST), `from`/`to` on
 * `dateField`, `category`; for receipts also `priority`, `nature`, `classification` and `sectionId`,
 * which the files handler checks itself.
 */
export function inboxFilter(type: ItemType, q: Query, today: string): (item: FolderItem) => boolean {
  const field = typeof q['dateField'] === 'string' ? q['dateField'] : defaultDateField(type);
  const from = typeof q['from'] === 'string' ? q['from'] : undefined;
  const to = typeof q['to'] === 'string' ? q['to'] : undefined;
  const category = typeof q['category'] === 'string' ? q['category'] : undefined;
  const receiptCategory = type === 'receipt' && category ? categoryIds(category) : undefined;
  return (item) => {
    if (q['overdue'] !== undefined) {
      const due = dueDateOf(item, type);
      if ((due !== null && due < today) !== q['overdue']) return false;
    }
    if (from !== undefined || to !== undefined) {
      const day = dateOf(item, type, field);
      if (day === null || (from !== undefined && day < from) || (to !== undefined && day > to)) return false;
    }
    if (category !== undefined) {
      if (type === 'file' && (item.category ?? '').toLocaleLowerCase() !== category.toLocaleLowerCase())
        return false;
      if (
        receiptCategory &&
        !receiptCategory.has(item.categoryId ?? '') &&
        !receiptCategory.has(item.subCategoryId ?? '')
      )
        return false;
    }
    if (type === 'receipt') {
      if (q['priority'] !== undefined && item.priority !== q['priority']) return false;
      if (q['nature'] !== undefined && item.nature !== q['nature']) return false;
      if (q['classification'] !== undefined && item.classification !== q['classification']) return false;
      if (q['sectionId'] !== undefined && item.sectionId !== q['sectionId']) return false;
    }
    return true;
  };
}

/** The sort key of `key` for the inbox's sorts (`sortBy` puts null last ascending). */
export function inboxSortKey(item: FolderItem, type: ItemType, key: string): string | number | null {
  switch (key) {
    case 'number':
      return item.number;
    case 'subject':
      return item.subject ?? null;
    case 'dueDate':
      return dueDateOf(item, type);
    case 'priority':
      return PRIORITY_RANK[item.priority ?? 'normal'] ?? 0;
    case 'createdAt':
      return item.createdAt;
    case 'receivedDate':
      return item.receivedDate ?? null;
    case 'diarisedDate':
      return item.diarisedDate ?? null;
    default:
      return item.movedAt;
  }
}
