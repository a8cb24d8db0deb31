// Note paragraph and draft letter HTML is sanitised once, on save, with the allow-lists the contract
// states on `ParagraphHtml` and `DraftBody`; the stored (signed) form is what comes out of here. Bump
// the matching version whenever an allow-list changes, because signatures cover the sanitised bytes.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

export const SANITISER_VERSION = 'eoffice-sanitiser/2';
/** Version of the draft letter allow-list (the paragraph list plus block and table tags). */
export const DRAFT_SANITISER_VERSION = 'eoffice-draft-sanitiser/2';

/** What the note paragraph allow-list held before tables; the draft list builds on it. */
const TEXT_TAGS = ['b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'span', 'ul', 'ol', 'li', 'a'];

/** A note paragraph: text, lists and (since eoffice-sanitiser/2) simple tables with no attributes. */
const PARAGRAPH_TAGS = [...TEXT_TAGS, 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

/**
 * A letter has paragraphs, headings and simple tables besides the text of a note paragraph. Version 1
 * lacked `thead`, so a pasted table lost its heading row; `eoffice-draft-sanitiser/2` keeps it.
 */
const DRAFT_TAGS = [...TEXT_TAGS, 'p', 'h1', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'td', 'th'];

const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
purify.addHook('uponSanitizeAttribute', (node, data) => {
  // data-ref is a reference marker, only meaningful on <a>; no other data-* attribute is kept.
  if (data.attrName.startsWith('data-')) {
    data.keepAttr = data.attrName === 'data-ref' && node.nodeName.toLowerCase() === 'a';
    if (data.keepAttr) data.forceKeepAttr = true;
  }
});

function sanitiseWith(html: string, tags: string[]): string {
  const clean = purify.sanitize(html.normalize('NFC'), {
    ALLOWED_TAGS: tags,
    ALLOWED_ATTR: ['lang', 'dir', 'data-ref'],
    ALLOW_DATA_ATTR: true,
  });
  return clean.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * One note paragraph. As with draft bodies, rows outside a `<tbody>` or `<thead>` get the parser's
 * implied `<tbody>`, so the stored form carries it and sanitising it again changes nothing.
 */
export function sanitiseParagraph(html: string): string {
  return sanitiseWith(html, PARAGRAPH_TAGS);
}

/**
 * The body of a draft letter. The HTML parser puts table rows into an implied `<tbody>`, which
 * DOMPurify keeps whenever `table` is allowed; the stored form therefore carries it, and sanitising
 * the stored form again changes nothing (signatures stay valid).
 */
export function sanitiseDraftBody(html: string): string {
  return sanitiseWith(html, DRAFT_TAGS);
}

/** `data-ref` values of the references in sanitised HTML, in order. */
export function referencesIn(html: string): string[] {
  return [...html.matchAll(/<a [^>]*data-ref="([^"]*)"/g)].map((m) => m[1] ?? '');
}
