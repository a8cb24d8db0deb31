/**
 * Rows of the inbox: SDK files and receipts reduced to `InboxItem`, and the one ordering used both to
 * merge files and receipts page by page and to sort plain data, so both agree with the server's sort.
 */
import type { Schemas } from '@eoffice/sdk';
import type { UiLocale } from '../shared/localization.js';
import type { InboxItem, InboxQuery, InboxSort } from './types.js';

const PRIORITY_RANK: Record<string, number> = { normal: 0, immediate: 1, most_immediate: 2 };

/** A file or receipt from the API as an inbox row; `locale` picks the category's language. */
export function toInboxItem(
  value: Schemas['File'] | Schemas['Receipt'],
  type: 'file' | 'receipt',
  locale: UiLocale,
): InboxItem {
  const last = value.lastMovement;
  const category =
    'numbering' in value ? value.category : ((value as Schemas['Receipt']).category?.name[locale] ?? null);
  return {
    type,
    id: value.id,
    number: value.number,
    subject: value.subject,
    from: last?.from ? { name: last.from.name, markingAbbreviation: last.from.markingAbbreviation } : null,
    receivedAt: last?.sentAt ?? value.createdAt,
    dueDate: last?.dueDate ?? null,
    priority: value.priority,
    unread: last !== null && last !== undefined && last.readAt === null && last.action !== 'create',
    category,
    status: value.status,
  };
}

function keyOf(item: InboxItem, key: string): string | number | null {
  switch (key) {
    case 'number':
      return item.number;
    case 'subject':
      return item.subject;
    case 'dueDate':
      return item.dueDate;
    case 'priority':
      return PRIORITY_RANK[item.priority] ?? 0;
    default:
      return item.receivedAt;
  }
}

const collator = new Intl.Collator('en');

/** Compares two rows in `sort` order (nulls last, ties by id), as the server sorts. */
export function compareItems(a: InboxItem, b: InboxItem, sort: InboxSort): number {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const x = keyOf(a, key);
  const y = keyOf(b, key);
  let order: number;
  if (x === null || y === null) order = x === y ? 0 : x === null ? 1 : -1;
  else if (typeof x === 'number' && typeof y === 'number') order = x - y;
  else order = collator.compare(String(x), String(y));
  if (descending) order = -order;
  return order !== 0 ? order : a.id.localeCompare(b.id);
}

/** Whether a row passes the query's filters (plain-data mode; the server filters in server mode). */
export function matchesQuery(item: InboxItem, query: InboxQuery, today: string): boolean {
  if (query.kind === 'files' && item.type !== 'file') return false;
  if (query.kind === 'receipts' && item.type !== 'receipt') return false;
  if (query.priority && item.priority !== query.priority) return false;
  if (query.overdue !== undefined && isOverdue(item, today) !== query.overdue) return false;
  const received = item.receivedAt.slice(0, 10);
  if (query.from && received < query.from) return false;
  if (query.to && received > query.to) return false;
  if (query.category && (item.category ?? '').toLocaleLowerCase() !== query.category.toLocaleLowerCase())
    return false;
  if (query.q) {
    const needle = query.q.normalize('NFC').toLocaleLowerCase();
    const texts = [
      item.number,
      item.subject,
      item.from?.name.en,
      item.from?.name.hi,
      item.from?.markingAbbreviation,
    ];
    if (!texts.some((t) => t?.toLocaleLowerCase().includes(needle))) return false;
  }
  return true;
}

/** Past its due date (`today` is `YYYY-MM-DD` in the display time zone). */
export function isOverdue(item: InboxItem, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today;
}
