// The `q` search of the folder lists matches case-insensitively in JavaScript (folders.ts
// `matchesSearch`: the texts lowered by `toLocaleLowerCase`, which SQLite's `lower` does not equal
// beyond ASCII). Reading every item of a busy folder to test it costs tens of milliseconds at a
// district's volume, so SQL first narrows the folder to candidates that contain a part of the needle
// whose characters have no case — Devanagari, digits, punctuation, spaces — as it is stored: lowering a
// text never makes or moves such a character (the one exception, the combining dot U+0307 that
// lowering İ adds, is left out), and the JSON of an item holds its texts verbatim (JSON.stringify
// escapes only quotes, backslashes, control characters and lone surrogates, also left out). Every item
// that matches is a candidate; the JavaScript rule then decides, so the answer is exactly the same.
import { sql, type RawBuilder } from 'kysely';

/** Shortest caseless part worth searching for: one character would keep most of a folder. */
const MIN_PART = 2;

function isCaseless(char: string): boolean {
  if (char === '"' || char === '\\' || char === '\u0307' || char < ' ') return false;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return char.toLocaleLowerCase() === char && char.toLocaleUpperCase() === char;
}

/** The longest run of caseless characters in the lowered needle, or null when none is long enough. */
export function caselessPart(q: string): string | null {
  const needle = q.normalize('NFC').toLocaleLowerCase();
  let best = '';
  let run = '';
  for (const char of needle) {
    if (isCaseless(char)) {
      run += char;
      if (run.length > best.length) best = run;
    } else run = '';
  }
  return best.length >= MIN_PART ? best : null;
}

/**
 * A condition on the item row `i` that every item matching `q` meets (its number column or its JSON
 * contains the needle's caseless part), or null when the needle has no such part.
 */
export function searchCandidates(q: unknown): RawBuilder<unknown> | null {
  if (typeof q !== 'string') return null;
  const part = caselessPart(q);
  if (part === null) return null;
  // LIKE, escaped: containment on PostgreSQL, and on SQLite also ASCII letters of either case (more
  // candidates, never fewer).
  const pattern = `%${part.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return sql`(i.data like ${pattern} escape '!' or i.number like ${pattern} escape '!')`;
}
