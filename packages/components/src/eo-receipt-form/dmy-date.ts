// Dates typed day-month-year, as Indian offices write them (10-07-2025), whatever the browser's own
// date picker would order them by; the API takes ISO dates (2025-07-10).

/** `DD-MM-YYYY` (also with `/` or `.`, one-digit day or month) to `YYYY-MM-DD`; null when not a real date. */
export function parseDmy(text: string): string | null {
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` to `DD-MM-YYYY`; anything else unchanged. */
export function formatDmy(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : iso;
}
