// The weekly review of a unit assembled from review-sql.ts's per-post rows: which rows the unit gets
// (the units directly below it, each with its subtree; or the posts of a unit with none below it), the
// periods of the trend, and the sums.
import type { Selectable } from 'kysely';
import type { UnitTable } from '../db/schema.js';
import { emptyBuckets, istDays, type AgeBuckets } from './aging.js';
import { subtree, type Org } from './org.js';
import type { Period, PostPendingRow } from './review-sql.js';

export interface ReviewCounts {
  files: AgeBuckets;
  receipts: AgeBuckets;
  overdue: number;
  electronic: number;
  physical: number;
  oldestDays: number | null;
}

export function emptyCounts(): ReviewCounts {
  return {
    files: emptyBuckets(),
    receipts: emptyBuckets(),
    overdue: 0,
    electronic: 0,
    physical: 0,
    oldestDays: null,
  };
}

/** Adds one per-post SQL row into `counts`. */
export function addRow(counts: ReviewCounts, row: PostPendingRow, now: Date): void {
  const buckets = row.type === 'file' ? counts.files : counts.receipts;
  buckets.total += row.total;
  buckets.days0to7 += row.days0to7;
  buckets.days8to15 += row.days8to15;
  buckets.days16to30 += row.days16to30;
  buckets.over30Days += row.over30Days;
  counts.overdue += row.overdue;
  counts[row.nature === 'electronic' ? 'electronic' : 'physical'] += row.total;
  const days = istDays(row.oldest, now);
  counts.oldestDays = counts.oldestDays === null ? days : Math.max(counts.oldestDays, days);
}

/** Posts of the unit's subtree, active or not (a post closed since still holds what it held). */
export function postsIn(org: Org, unitId: string): string[] {
  const units = subtree(org, unitId);
  return [...org.posts.values()].filter((p) => units.has(p.unit_id)).map((p) => p.id);
}

/** The units from the top of the tree down to `unitId`. */
export function pathTo(org: Org, unitId: string): Selectable<UnitTable>[] {
  const out: Selectable<UnitTable>[] = [];
  let unit = org.units.get(unitId);
  for (let depth = 0; unit && depth < 20; depth++) {
    out.unshift(unit);
    unit = unit.parent_id ? org.units.get(unit.parent_id) : undefined;
  }
  return out;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last `count` periods ending with today's (IST): seven-day weeks ending today, or calendar months. */
export function periodsEnding(today: string, period: 'week' | 'month', count: number): Period[] {
  const out: Period[] = [];
  if (period === 'week') {
    for (let i = count - 1; i >= 0; i--)
      out.push({ from: addDays(today, -7 * i - 6), to: addDays(today, -7 * i) });
    return out;
  }
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  for (let i = count - 1; i >= 0; i--) {
    const first = new Date(Date.UTC(year, month - i, 1));
    const last = new Date(Date.UTC(year, month - i + 1, 0));
    const to = last.toISOString().slice(0, 10);
    out.push({ from: first.toISOString().slice(0, 10), to: to > today ? today : to });
  }
  return out;
}
