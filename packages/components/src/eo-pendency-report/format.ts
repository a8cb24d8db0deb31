import { msg, str } from '@lit/localize';
import type { UiLocale } from '../shared/localization.js';
import type { AgeBucket, ReviewRow } from './types.js';

/** How numbers are written: the interface language and Latin (0-9) or Devanagari (०-९) digits. */
export interface NumberStyle {
  locale: UiLocale;
  digits: 'latn' | 'deva';
}

const formats = new Map<string, Intl.NumberFormat>();

/** A count or percentage in Indian grouping (1,00,000), in the chosen digits. */
export function formatNumber(value: number, style: NumberStyle, fractionDigits = 0): string {
  const key = `${style.locale}|${style.digits}|${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(`${style.locale === 'hi' ? 'hi' : 'en'}-IN-u-nu-${style.digits}`, {
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format.format(value);
}

/** The label of an age bucket, in the interface language and, when given, the chosen digits. */
export function bucketLabel(bucket: AgeBucket, numbers?: NumberStyle): string {
  const d = (value: number) => (numbers ? formatNumber(value, numbers) : String(value));
  switch (bucket) {
    case 'days0to7':
      return rangeLabel(d(0), d(7));
    case 'days8to15':
      return rangeLabel(d(8), d(15));
    case 'days16to30':
      return rangeLabel(d(16), d(30));
    default: {
      const days = d(30);
      return msg(str`Over ${days} days`, { desc: 'Age bucket of pending items: more than 30 days' });
    }
  }
}

function rangeLabel(from: string, to: string): string {
  return msg(str`${from}–${to} days`, { desc: 'Age bucket of pending items, e.g. 8–15 days' });
}

/** Counts of a row (or the totals) that the views and the CSV read. */
export interface RowCounts {
  files: ReviewRow['files'];
  receipts: ReviewRow['receipts'];
  overdue: number;
  electronic: number;
  physical: number;
  oldestDays: number | null;
}

export function pendingTotal(row: RowCounts): number {
  return row.files.total + row.receipts.total;
}

export function bucketTotal(row: RowCounts, bucket: AgeBucket): number {
  return row.files[bucket] + row.receipts[bucket];
}

/** Electronic share of the pending items in percent, one decimal; null when nothing is pending. */
export function electronicPercent(row: RowCounts): number | null {
  const all = row.electronic + row.physical;
  return all === 0 ? null : Math.round((row.electronic / all) * 1000) / 10;
}
