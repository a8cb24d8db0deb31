// The ProseMirror schema of a note, shaped by the contract's `ParagraphHtml` allow-list: a note is a
// list of numbered paragraphs (अनुच्छेद); each paragraph holds lines of inline text (bold, italic,
// underline, strike, sub/sup, `lang` spans, references), bulleted or numbered lists and simple tables
// (rows of cells holding lines; no spans, widths or attributes, as the allow-list has none). Serialising
// a paragraph gives exactly the HTML the server's sanitiser keeps unchanged. The table node specs live
// here (they are small and green notes need them to render); editing tables needs prosemirror-tables,
// which tables.ts loads lazily.
import {
  DOMParser as PMDOMParser,
  DOMSerializer,
  Schema,
  type DOMOutputSpec,
  type Mark,
  type MarkType,
  type NodeType,
  type Node as PMNode,
} from 'prosemirror-model';
import { parseInertHtml } from '../inert-html.js';

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre'].map((tag) => ({ tag }));

/** Cell attributes prosemirror-tables reads; never stored (spans and widths are not in the allow-list). */
const cellAttrs = { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } };
const cell = (tag: 'td' | 'th', tableRole: string) => ({
  content: 'line+',
  attrs: cellAttrs,
  tableRole,
  isolating: true,
  parseDOM: [{ tag }],
  toDOM: (): DOMOutputSpec => [tag, 0],
});

/** `data-ref` values look like `C/2` (correspondence) or `para:4` (an earlier paragraph). */
export const REF_PATTERN = /^(C\/[1-9][0-9]{0,4}|para:[1-9][0-9]{0,5})$/;

export const noteSchema = new Schema({
  nodes: {
    doc: { content: 'para+' },
    para: {
      // Never ends with a table: the line after it is where the caret goes to write on.
      content: '(line | bullet_list | ordered_list | table)* (line | bullet_list | ordered_list)',
      defining: true,
      parseDOM: [{ tag: 'div.eo-para' }, { tag: 'p' }, ...headingTags],
      toDOM: (): DOMOutputSpec => ['div', { class: 'eo-para' }, 0],
    },
    line: {
      content: 'inline*',
      parseDOM: [
        { tag: 'div.eo-line' },
        // Google Docs and Word put a <p> in every list item; there it is a line, not a paragraph.
        { tag: 'p', context: 'list_item/|table_cell/|table_header/', priority: 60 },
      ],
      toDOM: (): DOMOutputSpec => ['div', { class: 'eo-line' }, 0],
    },
    bullet_list: {
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: (): DOMOutputSpec => ['ul', 0],
    },
    ordered_list: {
      content: 'list_item+',
      parseDOM: [{ tag: 'ol' }],
      toDOM: (): DOMOutputSpec => ['ol', 0],
    },
    list_item: {
      content: 'line (bullet_list | ordered_list)*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: (): DOMOutputSpec => ['li', 0],
    },
    table: {
      content: 'table_row+',
      tableRole: 'table',
      isolating: true,
      parseDOM: [{ tag: 'table' }],
      toDOM: (): DOMOutputSpec => ['table', ['tbody', 0]],
    },
    table_row: {
      content: '(table_cell | table_header)+',
      tableRole: 'row',
      parseDOM: [{ tag: 'tr' }],
      toDOM: (): DOMOutputSpec => ['tr', 0],
    },
    table_cell: cell('td', 'cell'),
    table_header: cell('th', 'header_cell'),
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: (): DOMOutputSpec => ['br'],
    },
    reference: {
      inline: true,
      group: 'inline',
      atom: true,
      attrs: { ref: {}, text: {} },
      parseDOM: [
        {
          tag: 'a[data-ref]',
          getAttrs: (dom) => {
            const ref = (dom as HTMLElement).getAttribute('data-ref') ?? '';
            if (!REF_PATTERN.test(ref)) return false;
            return { ref, text: (dom as HTMLElement).textContent?.trim() || ref };
          },
        },
      ],
      toDOM: (node): DOMOutputSpec => [
        'a',
        { 'data-ref': node.attrs['ref'] as string, class: 'eo-ref', contenteditable: 'false' },
        node.attrs['text'] as string,
      ],
    },
  },
  marks: {
    strong: {
      parseDOM: [
        { tag: 'strong' },
        // Google Docs wraps a whole paste in <b style="font-weight:normal">: not bold.
        { tag: 'b', getAttrs: (dom) => (dom as HTMLElement).style.fontWeight !== 'normal' && null },
        { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
        {
          style: 'font-weight',
          getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null,
        },
      ],
      toDOM: (): DOMOutputSpec => ['strong', 0],
    },
    em: {
      parseDOM: [
        { tag: 'i' },
        { tag: 'em' },
        { style: 'font-style=italic' },
        { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' },
      ],
      toDOM: (): DOMOutputSpec => ['em', 0],
    },
    underline: {
      parseDOM: [
        { tag: 'u' },
        { style: 'text-decoration', getAttrs: (value) => /underline/.test(value as string) && null },
        { style: 'text-decoration-line', getAttrs: (value) => /underline/.test(value as string) && null },
      ],
      toDOM: (): DOMOutputSpec => ['u', 0],
    },
    strike: {
      parseDOM: [
        { tag: 's' },
        { tag: 'strike' },
        { tag: 'del' },
        { style: 'text-decoration', getAttrs: (value) => /line-through/.test(value as string) && null },
      ],
      toDOM: (): DOMOutputSpec => ['s', 0],
    },
    sub: {
      excludes: 'sup',
      parseDOM: [{ tag: 'sub' }, { style: 'vertical-align=sub' }],
      toDOM: (): DOMOutputSpec => ['sub', 0],
    },
    sup: {
      excludes: 'sub',
      parseDOM: [{ tag: 'sup' }, { style: 'vertical-align=super' }],
      toDOM: (): DOMOutputSpec => ['sup', 0],
    },
    lang: {
      attrs: { lang: { default: null }, dir: { default: null } },
      parseDOM: [
        {
          tag: 'span',
          getAttrs: (dom) => {
            const lang = (dom as HTMLElement).getAttribute('lang');
            const dir = (dom as HTMLElement).getAttribute('dir');
            const okDir = dir === 'ltr' || dir === 'rtl' ? dir : null;
            return lang || okDir ? { lang: lang || null, dir: okDir } : false;
          },
        },
      ],
      toDOM: (mark: Mark): DOMOutputSpec => {
        const attrs: Record<string, string> = {};
        if (mark.attrs['lang']) attrs['lang'] = mark.attrs['lang'] as string;
        if (mark.attrs['dir']) attrs['dir'] = mark.attrs['dir'] as string;
        return ['span', attrs, 0];
      },
    },
  },
});

function nodeType(name: string): NodeType {
  const type = noteSchema.nodes[name];
  if (!type) throw new Error(`note schema has no ${name}`);
  return type;
}
function markType(name: string): MarkType {
  const type = noteSchema.marks[name];
  if (!type) throw new Error(`note schema has no ${name} mark`);
  return type;
}

/** The node and mark types of the note schema, by name. */
export const types = {
  doc: nodeType('doc'),
  para: nodeType('para'),
  line: nodeType('line'),
  bullet_list: nodeType('bullet_list'),
  ordered_list: nodeType('ordered_list'),
  list_item: nodeType('list_item'),
  table: nodeType('table'),
  table_row: nodeType('table_row'),
  table_cell: nodeType('table_cell'),
  table_header: nodeType('table_header'),
  hard_break: nodeType('hard_break'),
  reference: nodeType('reference'),
  strong: markType('strong'),
  em: markType('em'),
  underline: markType('underline'),
};
const nodes = types;
const parser = PMDOMParser.fromSchema(noteSchema);
const base = DOMSerializer.fromSchema(noteSchema);

/** Inline content as stored: references are bare `<a data-ref>` with their text, nothing else. */
const storage = new DOMSerializer(
  {
    ...base.nodes,
    reference: (node) => ['a', { 'data-ref': node.attrs['ref'] as string }, node.attrs['text'] as string],
  },
  base.marks,
);

/** Inline content for reading: references are links the element turns into `eo-reference-open`. */
const reading = new DOMSerializer(
  {
    ...base.nodes,
    reference: (node) => [
      'a',
      { 'data-ref': node.attrs['ref'] as string, class: 'eo-ref', href: '#' },
      node.attrs['text'] as string,
    ],
  },
  base.marks,
);

/** A detached, inert document: parsing untrusted HTML in it runs no script and loads no image. */
function inertBody(html: string): HTMLElement {
  return parseInertHtml(`<!doctype html><body>${html}`).body;
}

/** One paragraph's HTML (as the API sends it) as a `para` node. */
export function parseParagraph(html: string): PMNode {
  return parser.parse(inertBody(html), { topNode: nodes.para.create() });
}

/** A note's paragraphs as a document (one `para` each); an empty paragraph when there are none. */
export function paragraphsToDoc(paragraphs: readonly string[]): PMNode {
  const paras = paragraphs.map((html) => parseParagraph(html));
  return nodes.doc.create(null, paras.length > 0 ? paras : [emptyPara()]);
}

export function emptyPara(): PMNode {
  return nodes.para.create(null, nodes.line.create());
}

/** Parses editor-format HTML (`<div class="eo-para">…</div>` per paragraph, or any HTML) as a document. */
export function htmlToDoc(html: string): PMNode {
  return parser.parse(inertBody(html));
}

function appendBlocks(target: HTMLElement, node: PMNode, serializer: DOMSerializer): void {
  const doc = target.ownerDocument;
  let afterLine = false;
  node.forEach((child, _offset, index) => {
    if (child.type === nodes.line) {
      // A trailing empty line (the one after a table, say) holds nothing worth a <br>.
      if (child.content.size === 0 && index === node.childCount - 1) return;
      if (afterLine) target.append(doc.createElement('br'));
      target.append(serializer.serializeFragment(child.content, { document: doc }));
      afterLine = true;
    } else if (child.type === nodes.table) {
      // Stored as the sanitiser leaves it: rows inside an explicit <tbody>, no attributes.
      const table = doc.createElement('table');
      const body = table.appendChild(doc.createElement('tbody'));
      child.forEach((row) => {
        const tr = body.appendChild(doc.createElement('tr'));
        row.forEach((c) =>
          appendBlocks(
            tr.appendChild(doc.createElement(c.type === nodes.table_header ? 'th' : 'td')),
            c,
            serializer,
          ),
        );
      });
      target.append(table);
      afterLine = false;
    } else {
      const list = doc.createElement(child.type === nodes.ordered_list ? 'ol' : 'ul');
      child.forEach((item) => {
        const li = doc.createElement('li');
        appendBlocks(li, item, serializer);
        list.append(li);
      });
      target.append(list);
      afterLine = false;
    }
  });
}

/** True when the paragraph has no text and no reference (the API refuses empty paragraphs). */
export function isBlank(para: PMNode): boolean {
  let blank = true;
  para.descendants((node) => {
    if (!blank) return false;
    if ((node.isText && (node.text ?? '').trim() !== '') || node.type === nodes.reference) blank = false;
    return true;
  });
  return blank;
}

/** The stored HTML of one paragraph node: NFC, only allow-listed tags and attributes. */
export function serializeParagraph(para: PMNode): string {
  const holder = document.implementation.createHTMLDocument('').createElement('div');
  appendBlocks(holder, para, storage);
  return holder.innerHTML.normalize('NFC');
}

/** The paragraphs of a document as the API takes them, blank ones left out. */
export function docToParagraphs(doc: PMNode): string[] {
  const out: string[] = [];
  doc.forEach((para) => {
    if (!isBlank(para)) out.push(serializeParagraph(para));
  });
  return out;
}

/** Paragraphs in the editor's own HTML form (the element's form value). */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((html) => `<div class="eo-para">${html}</div>`).join('');
}

/**
 * A paragraph's HTML rendered for reading, parsed through the schema (never assigned as innerHTML):
 * whatever the schema does not know is dropped.
 */
export function renderParagraph(html: string, into: HTMLElement): HTMLElement {
  appendBlocks(into, parseParagraph(html), reading);
  return into;
}

/** Whether text is mostly Devanagari (for `lang="hi"`). */
export function looksHindi(text: string): boolean {
  const deva = text.match(/[\u0900-\u097F]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return deva > 0 && deva >= latin;
}
