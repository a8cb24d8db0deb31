// Age buckets of the pendency report (domain.md: 0–7, 8–15, 16–30, more than 30 days) and the IST
// calendar arithmetic the reports share.
import { istDays } from '../movements.js';

export { istDays };

export interface AgeBuckets {
  total: number;
  days0to7: number;
  days8to15: number;
  days16to30: number;
  over30Days: number;
}

export function emptyBuckets(): AgeBuckets {
  return { total: 0, days0to7: 0, days8to15: 0, days16to30: 0, over30Days: 0 };
}

export type BucketName = Exclude<keyof AgeBuckets, 'total'>;

export function bucketOf(days: number): BucketName {
  if (days <= 7) return 'days0to7';
  if (days <= 15) return 'days8to15';
  if (days <= 30) return 'days16to30';
  return 'over30Days';
}

/** Adds counts made elsewhere (in SQL) into the buckets. */
export function addCounts(buckets: AgeBuckets, counts: AgeBuckets): void {
  buckets.total += counts.total;
  buckets.days0to7 += counts.days0to7;
  buckets.days8to15 += counts.days8to15;
  buckets.days16to30 += counts.days16to30;
  buckets.over30Days += counts.over30Days;
}

/** Counts one item `days` old into the buckets. */
export function addAge(buckets: AgeBuckets, days: number): void {
  buckets.total += 1;
  buckets[bucketOf(days)] += 1;
}

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The IST calendar month (`YYYY-MM`) of an instant. */
export function istMonth(at: string): string {
  return new Date(Date.parse(at) + IST_OFFSET_MS).toISOString().slice(0, 7);
}

/** Months from `from` to `to` inclusive (`YYYY-MM`); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const end = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
