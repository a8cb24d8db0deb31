// A letter's body as the API stores it (`DraftBody`: `<p>`, headings, lists and tables at the top level)
// and as the shared editing core edits it (paragraphs of lines, lists and tables, in the notesheet's
// paragraph HTML). Works on strings through an inert document, so a reader needs no ProseMirror.
import { parseInertHtml } from '../shared/inert-html.js';

const BLOCKS = new Set(['TABLE', 'UL', 'OL']);
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'DIV']);

/**
 * The stored body: each paragraph's lines become a `<p>`, and a list or table inside a paragraph is
 * lifted to the top level (an HTML parser would close the `<p>` before it anyway).
 */
export function paragraphsToBody(paragraphs: readonly string[]): string {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const body = parseInertHtml(`<!doctype html><body><div>${paragraph}</div>`).body.firstElementChild;
    if (!body) continue;
    let inline = '';
    const flush = () => {
      const trimmed = inline.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '');
      if (trimmed !== '') out.push(`<p>${trimmed}</p>`);
      inline = '';
    };
    for (const node of Array.from(body.childNodes)) {
      if (node instanceof Element && BLOCKS.has(node.tagName)) {
        flush();
        out.push(node.outerHTML);
      } else {
        inline += node instanceof Element ? node.outerHTML : escapeText(node.textContent ?? '');
      }
    }
    flush();
  }
  return out.join('').normalize('NFC');
}

/** The stored body as paragraphs: a `<p>` (or heading) each, a top-level list or table joins the one before. */
export function bodyToParagraphs(body: string): string[] {
  const root = parseInertHtml(`<!doctype html><body>${body}`).body;
  const out: string[] = [];
  let loose = '';
  const push = (html: string) => {
    if (html.trim() !== '') out.push(html);
  };
  for (const node of Array.from(root.childNodes)) {
    if (node instanceof Element && PARAGRAPHS.has(node.tagName)) {
      push(loose);
      loose = '';
      push(node.innerHTML);
    } else if (node instanceof Element && BLOCKS.has(node.tagName)) {
      // A table or list after a paragraph belongs to it, as the editor wrote it.
      if (loose === '' && out.length > 0) out[out.length - 1] += node.outerHTML;
      else loose += node.outerHTML;
    } else {
      loose += node instanceof Element ? node.outerHTML : escapeText(node.textContent ?? '');
    }
  }
  push(loose);
  return out;
}

/** The visible text of a body, paragraphs on lines of their own (for comparing versions). */
export function bodyText(body: string): string {
  const root = parseInertHtml(`<!doctype html><body>${body}`).body;
  const lines: string[] = [];
  const walk = (node: Node, line: string[]): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line.push(child.textContent ?? '');
      else if (child instanceof Element) {
        if (child.tagName === 'BR') line.push('\n');
        else if (['TD', 'TH'].includes(child.tagName)) {
          walk(child, line);
          line.push(' ');
        } else if (['P', 'H1', 'H2', 'H3', 'LI', 'TR', 'DIV'].includes(child.tagName)) {
          line.push('\n');
          walk(child, line);
          line.push('\n');
        } else walk(child, line);
      }
    }
  };
  const parts: string[] = [];
  walk(root, parts);
  for (const line of parts.join('').split('\n')) if (line.trim() !== '') lines.push(line.trim());
  return lines.join('\n');
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
