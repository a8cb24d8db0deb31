import { html, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, today } from '../shared/dates.js';
import { daysLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';

/** How the tracker writes numbers, dates and durations, in the interface language. */
export interface TrackerFormat {
  /** Identifies what the output depends on (language, digits, time zone, today): equal keys, equal output. */
  readonly key: string;
  number(value: number): string;
  dateTime(value: string): TemplateResult;
  date(value: string): TemplateResult;
  days(count: number): string;
  /** Today (`YYYY-MM-DD`) in the tracker's time zone, against which due dates are overdue. */
  today(): string;
}

// Building an Intl formatter costs far more than using one; one per language and digits serves every row.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(tag: string): Intl.NumberFormat {
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag);
    numberFormats.set(tag, format);
  }
  return format;
}

/** The tracker's formatting for its digits, time zone and "now", made once per render. */
export function trackerFormat(options: {
  digits: 'latn' | 'deva';
  timeZone: string;
  now?: Date | undefined;
}): TrackerFormat {
  const locale = currentLocale();
  const display = { locale, digits: options.digits, timeZone: options.timeZone } as const;
  const numbers = numberFormat(`${locale === 'hi' ? 'hi-IN' : 'en-IN'}-u-nu-${options.digits}`);
  const day = today(options.timeZone, options.now);
  return {
    key: `${locale}|${options.digits}|${options.timeZone}|${day}`,
    number: (value) => numbers.format(value),
    dateTime: (value) => html`<time datetime=${value}>${formatDateTime(value, display)}</time>`,
    date: (value) => html`<time datetime=${value}>${formatDate(value, display)}</time>`,
    days: (count) => daysLabel(count, numbers.format(count)),
    today: () => day,
  };
}
