/** One page of a cursor-paginated list, as every list operation returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * An async iterable over every item of a cursor-paginated list; pages are fetched as you go.
 *
 *   for await (const file of client.files.list({ folder: 'inbox' })) …
 *   const first50 = await client.files.list({ folder: 'inbox' }).toArray({ limit: 50 });
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page<T>>;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
    this.#fetchPage = fetchPage;
  }

  /** Iterates page by page, for callers that show pages (with their cursors) themselves. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor: string | undefined;
    const seen = new Set<string>();
    do {
      const page = await this.#fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
      // A server that hands back a cursor twice would make this loop forever.
      if (cursor !== undefined) {
        if (seen.has(cursor)) throw new Error(`pagination cursor repeated: ${cursor}`);
        seen.add(cursor);
      }
    } while (cursor !== undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /**
   * Collects items into an array, at most `limit` of them (default 1,000), so a forgotten filter
   * cannot pull a whole department's files into memory.
   */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = options.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError('toArray limit must be a whole number ≥ 0');
    const items: T[] = [];
    if (limit === 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= limit) break;
    }
    return items;
  }
}
