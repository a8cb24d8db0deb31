import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Paginator, type Page } from '../src/index.js';

function pagesOf(total: number, size: number) {
  const requested: (string | undefined)[] = [];
  const paginator = new Paginator<number>(async (cursor): Promise<Page<number>> => {
    requested.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor);
    const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i);
    const next = start + size < total ? String(start + size) : null;
    return { items, nextCursor: next };
  });
  return { paginator, requested };
}

describe('Paginator', () => {
  it('iterates every item across pages, following cursors', async () => {
    const { paginator, requested } = pagesOf(7, 3);
    const seen: number[] = [];
    for await (const item of paginator) seen.push(item);
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6]);
    assert.deepEqual(requested, [undefined, '3', '6']);
  });

  it('stops fetching once toArray has its limit', async () => {
    const { paginator, requested } = pagesOf(100, 10);
    assert.deepEqual(await paginator.toArray({ limit: 12 }), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.equal(requested.length, 2);
  });

  it('bounds toArray at 1,000 items by default', async () => {
    const { paginator } = pagesOf(2500, 100);
    assert.equal((await paginator.toArray()).length, 1000);
  });

  it('rejects a bad limit and a repeating cursor', async () => {
    const { paginator } = pagesOf(5, 2);
    await assert.rejects(paginator.toArray({ limit: -1 }), RangeError);
    const looping = new Paginator<number>(async () => ({ items: [1], nextCursor: 'same' }));
    await assert.rejects(looping.toArray({ limit: 10 }), /cursor repeated/);
  });

  it('gives whole pages to callers that page themselves', async () => {
    const { paginator } = pagesOf(5, 2);
    const sizes: number[] = [];
    for await (const page of paginator.pages()) sizes.push(page.items.length);
    assert.deepEqual(sizes, [2, 2, 1]);
  });
});
