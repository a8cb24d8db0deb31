// Word-by-word comparison of two versions of a letter. Text is cut with Intl.Segmenter: words (and the
// spaces and punctuation between them) by `granularity: 'word'`, which never splits a Devanagari
// grapheme cluster (a consonant with its vowel signs, a conjunct with its virama), so a changed matra
// marks the whole word changed rather than a broken half-letter. Where Intl.Segmenter is missing, words
// fall back to runs of letters and marks (\p{L}\p{M}), which keeps clusters whole as well.

/** One run of the comparison: unchanged, only in the older version, or only in the newer one. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Longer texts than this (in segments, per side) are compared line by line first to stay fast. */
const MAX_CELLS = 4_000_000;

/** The text cut into words and the separators between them, in order; joining them gives the text back. */
export function segmentWords(text: string, locale = 'hi'): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return text.match(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The grapheme clusters of a text (what a reader sees as one letter). */
export function graphemes(text: string, locale = 'hi'): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return text.match(/\P{M}\p{M}*/gu) ?? [];
}

/** Word-by-word difference of `before` and `after` (longest common subsequence of their words). */
export function diffWords(before: string, after: string, locale = 'hi'): DiffPart[] {
  const a = segmentWords(before.normalize('NFC'), locale);
  const b = segmentWords(after.normalize('NFC'), locale);
  if (a.length * b.length > MAX_CELLS) {
    // Too long for one table: whole texts differ; say so plainly rather than freeze the page.
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }
  // lcs[i][j]: length of the common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++] ?? '' });
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      parts.push({ kind: 'removed', text: a[i++] ?? '' });
    } else {
      parts.push({ kind: 'added', text: b[j++] ?? '' });
    }
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] ?? '' });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] ?? '' });
  return merge(parts);
}

/** Joins neighbouring parts of one kind, so a changed phrase reads as one run. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
