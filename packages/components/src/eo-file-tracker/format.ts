import { html, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, today } from '../shared/dates.js';
import { daysLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';

/** How the tracker writes numbers, dates and durations, in the interface language. */
export interface TrackerFormat {
  number(value: number): string;
  dateTime(value: string): TemplateResult;
  date(value: string): TemplateResult;
  days(count: number): string;
  /** Today (`YYYY-MM-DD`) in the tracker's time zone, against which due dates are overdue. */
  today(): string;
}

/** The tracker's formatting for its digits, time zone and "now". */
export function trackerFormat(options: {
  digits: 'latn' | 'deva';
  timeZone: string;
  now?: Date | undefined;
}): TrackerFormat {
  const locale = currentLocale();
  const display = { locale, digits: options.digits, timeZone: options.timeZone } as const;
  const numbers = new Intl.NumberFormat(`${locale === 'hi' ? 'hi-IN' : 'en-IN'}-u-nu-${options.digits}`);
  return {
    number: (value) => numbers.format(value),
    dateTime: (value) => html`<time datetime=${value}>${formatDateTime(value, display)}</time>`,
    date: (value) => html`<time datetime=${value}>${formatDate(value, display)}</time>`,
    days: (count) => daysLabel(count, numbers.format(count)),
    today: () => today(options.timeZone, options.now),
  };
}
