// The windowed tracker's arithmetic: row heights measured or estimated, their offsets, the window of
// rows to render (with the kept focused row), and the Indian grouping of numbers written without Intl.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indianNumber } from '../src/eo-file-tracker/format.js';
import { listWindow, RowHeights } from '../src/eo-file-tracker/row-heights.js';

const ids = (count: number, prefix = 'm') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** Offsets the slow way, to compare the Fenwick trees with. */
function reference(measured: Map<number, number>, count: number, fallback: number): number[] {
  const estimate =
    measured.size > 0 ? [...measured.values()].reduce((a, b) => a + b, 0) / measured.size : fallback;
  const offsets = [0];
  for (let i = 0; i < count; i++) offsets.push((offsets[i] as number) + (measured.get(i) ?? estimate));
  return offsets;
}

describe('RowHeights', () => {
  it('estimates unmeasured rows at the fallback, then at the average of those measured', () => {
    const heights = new RowHeights(100);
    heights.setRows(ids(10));
    assert.equal(heights.total, 1000);
    assert.equal(heights.offset(3), 300);
    assert.equal(heights.measure(0, 200), true);
    assert.equal(heights.measure(1, 100), true);
    assert.equal(heights.estimate, 150);
    assert.equal(heights.offset(2), 300);
    assert.equal(heights.offset(4), 600);
    assert.equal(heights.total, 300 + 8 * 150);
    // The same height again is no change; a different one is.
    assert.equal(heights.measure(0, 200.2), false);
    assert.equal(heights.measure(0, 260), true);
    assert.equal(heights.height(0), 260);
    assert.equal(heights.isMeasured(1), true);
    assert.equal(heights.isMeasured(2), false);
  });

  it('agrees with a plain sum after any order of measurements', () => {
    const count = 1000;
    const heights = new RowHeights(120);
    heights.setRows(ids(count));
    const measured = new Map<number, number>();
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 400; n++) {
      const index = Math.floor(random() * count);
      const height = 40 + Math.round(random() * 400);
      heights.measure(index, height);
      measured.set(index, height);
    }
    const expected = reference(measured, count, 120);
    for (const index of [0, 1, 2, 17, 255, 256, 511, 999, 1000])
      assert.ok(Math.abs(heights.offset(index) - (expected[index] as number)) < 1e-6, `offset ${index}`);
    assert.ok(Math.abs(heights.total - (expected[count] as number)) < 1e-6);
    // indexAt is the row whose span holds y.
    for (const y of [0, 1, 5000, 123456, (expected[count] as number) - 1]) {
      const index = heights.indexAt(y);
      assert.ok((expected[index] as number) <= y && y < (expected[index + 1] as number), `indexAt ${y}`);
    }
    assert.equal(heights.indexAt(-5), 0);
    assert.equal(heights.indexAt(1e12), count - 1);
  });

  it('keeps measurements of rows still shown when the rows change, and forgets them all on clear', () => {
    const heights = new RowHeights(100);
    heights.setRows(ids(4));
    heights.measure(1, 300);
    heights.measure(3, 50);
    // A live movement appended: the same rows in the same places.
    heights.setRows([...ids(4), 'new']);
    assert.equal(heights.height(1), 300);
    assert.equal(heights.height(3), 50);
    assert.equal(heights.isMeasured(4), false);
    // Reordered: found by id.
    heights.setRows(['m3', 'm2', 'm1', 'm0', 'new']);
    assert.equal(heights.height(0), 50);
    assert.equal(heights.height(2), 300);
    assert.equal(heights.offset(3), 50 + 175 + 300);
    heights.clear();
    assert.equal(heights.isMeasured(0), false);
    assert.equal(heights.total, 500);
  });
});

describe('listWindow', () => {
  const heights = new RowHeights(100);
  heights.setRows(ids(1000));

  it('renders the rows in view and the overscan, padding for the rest', () => {
    const window = listWindow(heights, 10_000, 500, 3, 100);
    assert.deepEqual(window.indices, [97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108]);
    assert.equal(window.before, 9700);
    assert.equal(window.after, (1000 - 109) * 100);
    assert.equal(window.gaps.size, 0);
  });

  it('keeps the focused row rendered when it is above or below the window, with the gap beside it', () => {
    const above = listWindow(heights, 50_000, 500, 2, 10);
    assert.equal(above.indices[0], 10);
    assert.deepEqual(above.indices.slice(1, 3), [498, 499]);
    assert.equal(above.before, 1000);
    assert.equal(above.gaps.get(498), (498 - 11) * 100);
    const below = listWindow(heights, 0, 500, 2, 900);
    assert.equal(below.indices.at(-1), 900);
    assert.equal(below.gaps.get(900), (900 - 8) * 100);
    assert.equal(below.after, 99 * 100);
    // Every pixel of the list is a row or a gap: nothing moves when the kept row comes and goes.
    for (const window of [above, below]) {
      const rows = window.indices.reduce((sum, i) => sum + heights.height(i), 0);
      const gaps = [...window.gaps.values()].reduce((a, b) => a + b, 0);
      assert.equal(window.before + rows + gaps + window.after, heights.total);
    }
  });

  it('is empty for no rows', () => {
    const none = new RowHeights(100);
    assert.deepEqual(listWindow(none, 0, 500, 3, -1).indices, []);
  });
});

describe('indianNumber', () => {
  it('writes what Intl writes for en-IN and hi-IN, Latin and Devanagari digits', () => {
    for (const digits of ['latn', 'deva'] as const) {
      for (const value of [0, 7, 42, 999, 1000, 10_000, 99_999, 100_000, 1_234_567, 123_456_789]) {
        assert.equal(
          indianNumber(value, digits),
          new Intl.NumberFormat(`hi-IN-u-nu-${digits}`).format(value),
        );
        assert.equal(
          indianNumber(value, digits),
          new Intl.NumberFormat(`en-IN-u-nu-${digits}`).format(value),
        );
      }
    }
  });
});
