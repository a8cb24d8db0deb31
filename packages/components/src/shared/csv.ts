// CSV the way Indian offices open it: UTF-8 with a byte order mark (Excel), RFC 4180 quoting, and cells a
// spreadsheet would run as formulas defused. Every element's export goes through here.

/** Byte order mark: without it Excel reads UTF-8 as ANSI and Hindi turns to mojibake. */
export const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (OWASP CSV injection): a tab or CR first, or `=`, `+`, `-`,
 * `@` (or their full-width forms, which spreadsheets fold to ASCII) after any whitespace, no-break space
 * or a leading `;`/`,` (a reader that splits on that separator starts a new cell there).
 */
const FORMULA_START = /^(?:[\t\r]|[\s\uFEFF]*(?:[;,][\s\uFEFF]*)*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, semicolon, quote or line break, quotes doubled.
 * A string a spreadsheet would run as a formula gets a leading apostrophe, since remarks are typed by
 * users; the semicolon is quoted so a semicolon-separated reading cannot split a formula out of a cell.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text: CRLF line ends, no BOM (prepend `BOM` when saving a file). */
export function csvText(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
