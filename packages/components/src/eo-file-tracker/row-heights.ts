/**
 * Heights of the rows of a windowed list, in CSS pixels: a row measured as it rendered keeps its
 * measured height (kept by movement id when the rows change, so a live movement appended keeps them);
 * every other row is estimated at the average of those measured so far, or at `fallback` before any.
 * The offset of row i is (measured heights above it) + (unmeasured rows above it) × estimate; both sums
 * are kept in Fenwick trees, so a measurement and an offset cost O(log rows), whatever the estimate does.
 */
export class RowHeights {
  readonly #fallback: number;
  #ids: readonly string[] = [];
  #heights = new Float64Array(0);
  /** Fenwick trees (1-based) of measured heights and of the count of measured rows. */
  #sums = new Float64Array(1);
  #counts = new Int32Array(1);
  #measuredSum = 0;
  #measuredCount = 0;

  constructor(fallback: number) {
    this.#fallback = fallback;
  }

  /** The rows, in list order, by id. Measurements of ids still present are kept. */
  setRows(ids: readonly string[]): void {
    const old = this.#ids;
    const oldHeights = this.#heights;
    const heights = new Float64Array(ids.length);
    if (this.#measuredCount > 0) {
      // Usually the same rows in the same places (a live movement appended): copied by index; any
      // others found by id.
      let same = 0;
      while (same < old.length && same < ids.length && old[same] === ids[same]) same++;
      heights.set(oldHeights.subarray(0, same));
      if (same < old.length && same < ids.length) {
        const kept = new Map<string, number>();
        for (let i = same; i < old.length; i++) {
          const height = oldHeights[i] as number;
          if (height > 0) kept.set(old[i] as string, height);
        }
        for (let i = same; i < ids.length; i++) heights[i] = kept.get(ids[i] as string) ?? 0;
      }
    }
    this.#ids = ids;
    this.#heights = heights;
    this.#rebuild();
  }

  /** Forgets every measurement (the rows' width changed, so their heights will). */
  clear(): void {
    this.#heights.fill(0);
    this.#rebuild();
  }

  get count(): number {
    return this.#ids.length;
  }

  /** The height assumed for a row not measured yet. */
  get estimate(): number {
    return this.#measuredCount > 0 ? this.#measuredSum / this.#measuredCount : this.#fallback;
  }

  /** Whether the row at `index` has been measured. */
  isMeasured(index: number): boolean {
    return (this.#heights[index] ?? 0) > 0;
  }

  /** Records the height of the row at `index`; true when it differs from what was assumed. */
  measure(index: number, height: number): boolean {
    if (index < 0 || index >= this.#ids.length || !(height > 0)) return false;
    const before = this.#heights[index] as number;
    if (before > 0 && Math.abs(before - height) < 0.5) return false;
    this.#heights[index] = height;
    this.#add(index, height - before, before > 0 ? 0 : 1);
    return true;
  }

  /** The height of the row at `index`, measured or estimated. */
  height(index: number): number {
    const height = this.#heights[index] ?? 0;
    return height > 0 ? height : this.estimate;
  }

  /** Distance from the top of the list to the top of the row at `index` (`count` gives the total). */
  offset(index: number): number {
    const end = Math.max(0, Math.min(index, this.#ids.length));
    let sum = 0;
    let count = 0;
    for (let i = end; i > 0; i -= i & -i) {
      sum += this.#sums[i] as number;
      count += this.#counts[i] as number;
    }
    return sum + (end - count) * this.estimate;
  }

  /** Height of all the rows together. */
  get total(): number {
    return this.#measuredSum + (this.#ids.length - this.#measuredCount) * this.estimate;
  }

  /** The row at `y` pixels from the top of the list (the last row beyond the end, 0 before any). */
  indexAt(y: number): number {
    const count = this.#ids.length;
    if (count === 0 || y <= 0) return 0;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.offset(middle) <= y) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  #add(index: number, height: number, count: number): void {
    this.#measuredSum += height;
    this.#measuredCount += count;
    for (let i = index + 1; i < this.#sums.length; i += i & -i) {
      this.#sums[i] = (this.#sums[i] as number) + height;
      this.#counts[i] = (this.#counts[i] as number) + count;
    }
  }

  #rebuild(): void {
    const n = this.#ids.length;
    this.#sums = new Float64Array(n + 1);
    this.#counts = new Int32Array(n + 1);
    this.#measuredSum = 0;
    this.#measuredCount = 0;
    // Linear-time construction: each node passes its total to its parent.
    for (let i = 1; i <= n; i++) {
      const height = this.#heights[i - 1] as number;
      if (height > 0) {
        this.#sums[i] = (this.#sums[i] as number) + height;
        this.#counts[i] = (this.#counts[i] as number) + 1;
        this.#measuredSum += height;
        this.#measuredCount += 1;
      }
      const parent = i + (i & -i);
      if (parent <= n) {
        this.#sums[parent] = (this.#sums[parent] as number) + (this.#sums[i] as number);
        this.#counts[parent] = (this.#counts[parent] as number) + (this.#counts[i] as number);
      }
    }
  }
}

/** The rows of a windowed list to render, and the space standing in for the rest. */
export interface ListWindow {
  /** Indices of the rows to render, ascending. */
  indices: number[];
  /** Space above the first rendered row, in CSS pixels. */
  before: number;
  /** Space below the last rendered row. */
  after: number;
  /** Space above a rendered row that does not follow the one rendered before it (a kept row). */
  gaps: Map<number, number>;
}

/**
 * The rows in view at `scrollTop` in a box `viewportSize` high, `overscan` more on each side, and the
 * row at `keep` wherever it is (the focused row is never taken out of the document).
 */
export function listWindow(
  heights: RowHeights,
  scrollTop: number,
  viewportSize: number,
  overscan: number,
  keep: number,
): ListWindow {
  const count = heights.count;
  if (count === 0) return { indices: [], before: 0, after: 0, gaps: new Map() };
  const first = Math.max(0, heights.indexAt(scrollTop) - overscan);
  const last = Math.min(count - 1, heights.indexAt(scrollTop + viewportSize) + overscan);
  const indices: number[] = [];
  const gaps = new Map<number, number>();
  const kept = keep >= 0 && keep < count && (keep < first || keep > last);
  if (kept && keep < first) {
    indices.push(keep);
    gaps.set(first, heights.offset(first) - heights.offset(keep + 1));
  }
  for (let i = first; i <= last; i++) indices.push(i);
  if (kept && keep > last) {
    indices.push(keep);
    gaps.set(keep, heights.offset(keep) - heights.offset(last + 1));
  }
  const top = indices[0] as number;
  const bottom = indices[indices.length - 1] as number;
  return { indices, before: heights.offset(top), after: heights.total - heights.offset(bottom + 1), gaps };
}
