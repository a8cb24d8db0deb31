// Cursor pagination over an already filtered and sorted list. The cursor carries the offset and a hash
// of the filters, so a cursor reused with other filters is a 400 as the contract says.
import { createHash } from 'node:crypto';
import { ApiProblem } from './problem.js';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const HASH_LENGTH = 12;

function filterHash(query: Record<string, unknown>): string {
  const relevant = Object.entries(query)
    .filter(([name]) => name !== 'cursor' && name !== 'limit')
    .sort(([a], [b]) => a.localeCompare(b));
  return createHash('sha256').update(JSON.stringify(relevant)).digest('base64url').slice(0, HASH_LENGTH);
}

/**
 * The filter hash of a cursor and the `_`-separated parts after it (the offset, then whatever a list
 * adds). The hash is cut by length, not at a `_`: base64url hashes contain `_` themselves.
 */
export function cursorParts(cursor: string): { hash: string; parts: string[] } {
  if (cursor.length <= HASH_LENGTH || cursor[HASH_LENGTH] !== '_') return { hash: '', parts: [] };
  return { hash: cursor.slice(0, HASH_LENGTH), parts: cursor.slice(HASH_LENGTH + 1).split('_') };
}

/** Offset and limit of the page a query asks for; a cursor minted for other filters is a 400. */
export function pageWindow(query: Record<string, unknown>): { offset: number; limit: number } {
  const limit = typeof query.limit === 'number' ? query.limit : 25;
  let offset = 0;
  if (typeof query.cursor === 'string') {
    const { hash, parts } = cursorParts(query.cursor);
    offset = parts[0] === undefined || parts[0] === '' ? Number.NaN : Number(parts[0]);
    if (hash !== filterHash(query) || !Number.isInteger(offset) || offset < 0) {
      throw new ApiProblem(400, 'request.validation', 'The cursor does not match the filters.', [
        {
          pointer: '/cursor',
          location: 'query',
          message: 'cursor does not match the filters',
          code: 'cursor',
        },
      ]);
    }
  }
  return { offset, limit };
}

/** The cursor of the page after `offset + limit`, or null when `total` items end before it. */
export function nextCursor(query: Record<string, unknown>, offset: number, limit: number, total: number) {
  const next = offset + limit;
  return next < total ? `${filterHash(query)}_${next}` : null;
}

export function paginate<T>(all: T[], query: Record<string, unknown>): Page<T> {
  const { offset, limit } = pageWindow(query);
  return {
    items: all.slice(offset, offset + limit),
    nextCursor: nextCursor(query, offset, limit, all.length),
  };
}

/** Sorts by a key (ties broken by id); `-key` descends. */
export function sortBy<T extends { id: string }>(
  items: T[],
  sort: string,
  keyOf: (item: T, key: string) => string | number | null,
  locale = 'en',
): T[] {
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const collator = new Intl.Collator(locale);
  return [...items].sort((a, b) => {
    const x = keyOf(a, key);
    const y = keyOf(b, key);
    let order = 0;
    if (x === null || y === null) order = x === y ? 0 : x === null ? 1 : -1;
    else if (typeof x === 'number' && typeof y === 'number') order = x - y;
    else order = collator.compare(String(x), String(y));
    if (descending) order = -order;
    return order !== 0 ? order : a.id.localeCompare(b.id);
  });
}
