import { html, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, today } from '../shared/dates.js';
import { daysLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';

/** How the tracker writes numbers, dates and durations, in the interface language. */
export interface TrackerFormat {
  /** What the output of number, dateTime, date and days depends on: equal keys, equal output. */
  readonly key: string;
  number(value: number): string;
  dateTime(value: string): TemplateResult;
  date(value: string): TemplateResult;
  days(count: number): string;
  /** Today (`YYYY-MM-DD`) in the tracker's time zone, against which due dates are overdue. */
  today(): string;
}

const DEVANAGARI_DIGITS = '०१२३४५६७८९';

/**
 * A whole number as en-IN and hi-IN write it — Indian grouping (1,00,000), Latin or Devanagari digits —
 * without Intl.NumberFormat: the first one a page builds loads locale data that costs more than a
 * frame, and sequence numbers and day counts are all the tracker writes.
 */
export function indianNumber(value: number, digits: 'latn' | 'deva'): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    return new Intl.NumberFormat(`en-IN-u-nu-${digits}`).format(value);
  }
  const plain = String(value);
  let grouped = plain.slice(-3);
  for (let end = plain.length - 3; end > 0; end -= 2)
    grouped = `${plain.slice(Math.max(0, end - 2), end)},${grouped}`;
  return digits === 'deva'
    ? grouped.replace(/[0-9]/g, (d) => DEVANAGARI_DIGITS[Number(d)] as string)
    : grouped;
}

/** The tracker's formatting for its digits, time zone and "now", made once per render. */
export function trackerFormat(options: {
  digits: 'latn' | 'deva';
  timeZone: string;
  now?: Date | undefined;
}): TrackerFormat {
  const locale = currentLocale();
  const display = { locale, digits: options.digits, timeZone: options.timeZone } as const;
  const number = (value: number) => indianNumber(value, options.digits);
  let day: string | undefined;
  return {
    key: `${locale}|${options.digits}|${options.timeZone}`,
    number,
    dateTime: (value) => html`<time datetime=${value}>${formatDateTime(value, display)}</time>`,
    date: (value) => html`<time datetime=${value}>${formatDate(value, display)}</time>`,
    days: (count) => daysLabel(count, number(count)),
    // Only an item with a due date needs today, and working it out builds a formatter: lazily.
    today: () => (day ??= today(options.timeZone, options.now)),
  };
}
