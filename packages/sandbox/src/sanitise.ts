// Note paragraph HTML is sanitised once, on save, with the allow-list the contract states on
// `ParagraphHtml`; the stored (signed) form is what comes out of here. Bump SANITISER_VERSION whenever
// the allow-list changes, because signatures cover the sanitised bytes.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

export const SANITISER_VERSION = 'eoffice-sanitiser/1';

const PARAGRAPH_TAGS = [
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'br',
  'span',
  'ul',
  'ol',
  'li',
  'a',
];

const purify = createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
purify.addHook('uponSanitizeAttribute', (node, data) => {
  // data-ref is a reference marker, only meaningful on <a>; no other data-* attribute is kept.
  if (data.attrName.startsWith('data-')) {
    data.keepAttr = data.attrName === 'data-ref' && node.nodeName.toLowerCase() === 'a';
    if (data.keepAttr) data.forceKeepAttr = true;
  }
});

export function sanitiseParagraph(html: string): string {
  const clean = purify.sanitize(html.normalize('NFC'), {
    ALLOWED_TAGS: PARAGRAPH_TAGS,
    ALLOWED_ATTR: ['lang', 'dir', 'data-ref'],
    ALLOW_DATA_ATTR: true,
  });
  return clean.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** `data-ref` values of the references in sanitised HTML, in order. */
export function referencesIn(html: string): string[] {
  return [...html.matchAll(/<a [^>]*data-ref="([^"]*)"/g)].map((m) => m[1] ?? '');
}
