// Cursors carry a 12-character base64url hash of the filters, which may itself hold `_`: the offset
// (and whatever a list adds after it) is read after the hash, not at the first `_`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cursorParts, paginate } from '../src/pagination.js';

describe('cursors', () => {
  it('read the offset after a hash that holds an underscore', () => {
    const all = Array.from({ length: 30 }, (_, i) => i);
    let found = 0;
    for (let n = 0; n < 400; n++) {
      const query = { q: `needle ${n}`, limit: 10 };
      const first = paginate(all, query);
      const cursor = first.nextCursor as string;
      if (!cursor.slice(0, 12).includes('_')) continue;
      found += 1;
      assert.deepEqual(cursorParts(cursor).parts, ['10']);
      assert.deepEqual(paginate(all, { ...query, cursor }).items, all.slice(10, 20));
    }
    assert.ok(found > 0, 'some filter hashes hold an underscore');
  });

  it('refuse a cursor minted for other filters or without an offset', () => {
    const cursor = paginate([1, 2, 3], { q: 'a', limit: 1 }).nextCursor as string;
    assert.throws(() => paginate([1, 2, 3], { q: 'b', limit: 1, cursor }), /does not match/);
    assert.throws(
      () => paginate([1, 2, 3], { q: 'a', limit: 1, cursor: cursor.slice(0, 13) }),
      /does not match/,
    );
    assert.throws(() => paginate([1, 2, 3], { q: 'a', limit: 1, cursor: 'short' }), /does not match/);
  });
});
