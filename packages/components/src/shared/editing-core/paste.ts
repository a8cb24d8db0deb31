// Pasted HTML from Word, Google Docs or a web page, reduced before ProseMirror parses it through the
// note schema. The schema already drops every tag and attribute it does not know; this pass removes what
// would otherwise leak through as text (Word's list bullets, conditional comments, <style> bodies) and
// anything active, so nothing of it reaches even the detached parse.

import { parseInertHtml } from '../inert-html.js';

/** Elements removed with their content. */
const DROP =
  'script, style, noscript, template, iframe, object, embed, meta, link, title, xml, head, svg, math';
/** Style declarations that carry formatting the schema understands; the rest of `style` goes. */
const KEEP_STYLE = /^(font-weight|font-style|text-decoration(-line)?|vertical-align)$/;

/** Removes Word/Docs junk and anything active from pasted HTML. */
export function cleanPastedHtml(html: string): string {
  // Word's conditional comments (<!--[if !supportLists]-->…<![endif]-->) hold its fake list bullets.
  const withoutConditionals = html
    .replace(/<!--\[if[^\]]*\]>[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[^\]]*\]>[\s\S]*?<!\[endif\]>/gi, '');
  const doc = parseInertHtml(withoutConditionals);
  const body = doc.body;
  for (const el of [...body.querySelectorAll(DROP)]) el.remove();
  // Office namespaced elements (<o:p>, <v:shape>, <w:…>): keep their text, drop the element.
  for (const el of [...body.querySelectorAll('*')]) {
    if (el.tagName.includes(':')) el.replaceWith(...el.childNodes);
  }
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);

  for (const el of [...body.querySelectorAll<HTMLElement>('*')]) {
    const style = el.getAttribute('style') ?? '';
    // Word's list markers (· 1. a)) are text in a span styled mso-list:Ignore.
    if (/mso-list\s*:\s*ignore/i.test(style)) {
      el.remove();
      continue;
    }
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name === 'style') {
        const kept = value
          .split(';')
          .map((d) => d.trim())
          .filter((d) => {
            const [prop, ...rest] = d.split(':');
            const v = rest.join(':');
            return (
              KEEP_STYLE.test((prop ?? '').trim().toLowerCase()) && !/url\(|expression|javascript/i.test(v)
            );
          });
        if (kept.length > 0) el.setAttribute('style', kept.join(';'));
        else el.removeAttribute('style');
      } else if (name === 'lang') {
        // Word marks every run EN-US or EN-IN; only Hindi runs are worth a lang span.
        if (/^hi\b/i.test(value)) el.setAttribute('lang', 'hi');
        else el.removeAttribute('lang');
      } else if (name === 'dir' || name === 'data-pm-slice' || (name === 'data-ref' && el.tagName === 'A')) {
        // ProseMirror's own copy carries data-pm-slice; keeping it keeps paragraphs intact.
        continue;
      } else if (name === 'class') {
        const ours = value.split(/\s+/).filter((c) => c === 'eo-para' || c === 'eo-line');
        if (ours.length > 0) el.setAttribute('class', ours.join(' '));
        else el.removeAttribute('class');
      } else {
        // on*, href (javascript: or any other), src, class, id, data-*: none survive.
        el.removeAttribute(attr.name);
      }
    }
    if (el.tagName === 'IMG') el.remove();
  }
  return body.innerHTML;
}
