import type { UiLocale } from './localization.js';

/** Options for showing an instant to an Indian reader. */
export interface DateDisplayOptions {
  /** Interface language: `en` shows en-IN, `hi` shows hi-IN. */
  locale: UiLocale;
  /** `deva` writes digits as ०१२…; `latn` (the default) as 012…, which most offices use. */
  digits?: 'latn' | 'deva';
  /** IANA time zone; India Standard Time unless the portal says otherwise. */
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: DateDisplayOptions, style: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = `${options.locale === 'hi' ? 'hi-IN' : 'en-IN'}-u-nu-${options.digits ?? 'latn'}`;
  const timeZone = options.timeZone ?? INDIA_TIME_ZONE;
  const key = `${tag}|${timeZone}|${JSON.stringify(style)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(tag, { ...style, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a valid date: ${String(value)}`);
  return date;
}

// Official Hindi writes the month in full (जनवरी, not जन॰) and the time on the 24-hour clock; the
// locale's medium style would give "23 नव॰ 2026, 7:45 pm", with an English "pm" inside Hindi.
const HINDI_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** Date and time, e.g. "23 Nov 2026, 7:45 pm" or "23 नवंबर 2026, 19:45" (Hindi: full month, 24-hour clock). */
export function formatDateTime(value: string | Date, options: DateDisplayOptions): string {
  const date = toDate(value);
  if (options.locale === 'hi') {
    return `${formatter(options, HINDI_DATE).format(date)}, ${formatter(options, CLOCK).format(date)}`;
  }
  return formatter(options, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Date only, e.g. "23 Nov 2026" or "23 नवंबर 2026" (Hindi: full month name). */
export function formatDate(value: string | Date, options: DateDisplayOptions): string {
  return formatter(options, options.locale === 'hi' ? HINDI_DATE : { dateStyle: 'medium' }).format(
    toDate(value),
  );
}

/** Time of day on the 24-hour clock in both languages, e.g. "19:45" (or "१९:४५" with Devanagari digits). */
export function formatTime(value: string | Date, options: DateDisplayOptions): string {
  return formatter(options, CLOCK).format(toDate(value));
}

/** India Standard Time, the time zone every element shows and measures days in unless told otherwise. */
export const INDIA_TIME_ZONE = 'Asia/Kolkata';

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in a time zone, IST by default. 2026-01-01T20:00:00Z
 * is already 2 January in India, though `toISOString()` still says the 1st.
 */
export function calendarDay(value: string | Date, timeZone: string = INDIA_TIME_ZONE): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, format);
  }
  return format.format(toDate(value));
}

/** Today (`YYYY-MM-DD`) in a time zone, IST by default; `now` is the instant taken as now. */
export function today(timeZone: string = INDIA_TIME_ZONE, now: Date = new Date()): string {
  return calendarDay(now, timeZone);
}

/** Whole days from `from` to `to` (default now), counted in the display time zone's calendar days. */
export function daysBetween(
  from: string | Date,
  to: string | Date = new Date(),
  timeZone = INDIA_TIME_ZONE,
): number {
  return Math.round(
    (Date.parse(calendarDay(to, timeZone)) - Date.parse(calendarDay(from, timeZone))) / 86_400_000,
  );
}
