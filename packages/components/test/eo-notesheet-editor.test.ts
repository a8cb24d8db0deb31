// <eo-notesheet-editor> UI states with a scripted client (an in-memory notesheet that keeps ETags):
// rendering, editing, formatting, IME, paste cleaning, autosave and recovery, conflicts, confirm,
// discard, read-only, form association and accessibility. The save and confirm flows are proven
// against the real sandbox in eo-notesheet-editor.sandbox.test.ts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/eo-notesheet-editor/define.js';
// The page defines the send dialog (the package entry does); the editor uses it by tag name.
import '../src/eo-send-dialog/define.js';
import type { EoNotesheetEditor } from '../src/eo-notesheet-editor/eo-notesheet-editor.js';
import { cleanPastedHtml } from '../src/shared/editing-core/paste.js';
import { docToParagraphs, htmlToDoc, paragraphsToDoc } from '../src/shared/editing-core/schema.js';
import { setDocumentLanguage } from './helpers/language.js';
import { correspondence, greens, offline, scriptedClient, US, type Scripted } from './fixtures/notesheet.js';

function root(el: EoNotesheetEditor): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function tool(el: EoNotesheetEditor, id: string): HTMLButtonElement {
  const button = root(el).querySelector<HTMLButtonElement>(`[data-tool="${id}"]`);
  if (!button) throw new Error(`no tool ${id}`);
  return button;
}
function status(el: EoNotesheetEditor): string {
  return text(root(el).querySelector('[part="save-status"]'));
}
/** Puts the caret at the end of the editable text. */
function focusEnd(el: EoNotesheetEditor): void {
  const editable = el.editableElement;
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
async function type(el: EoNotesheetEditor, value: string): Promise<void> {
  focusEnd(el);
  await sendKeys({ type: value });
  await el.updateComplete;
}

function deleteLocalDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase('eoffice-notesheet');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Blocked until the open connection closes on `versionchange`; success follows.
  });
}

let files = 0;
/** A file id of its own per test, so copies kept on this device never cross tests. */
function nextFileId(): string {
  files += 1;
  return `file_ui${String(Date.now()).slice(-8)}${files}`;
}

async function mount(
  client: Scripted,
  attrs: { readonly?: boolean; delay?: number; fileId?: string } = {},
): Promise<EoNotesheetEditor> {
  const el = await fixture<EoNotesheetEditor>(
    html`<eo-notesheet-editor
      .client=${client}
      file-id=${attrs.fileId ?? nextFileId()}
      autosave-delay=${attrs.delay ?? 60000}
      ?readonly=${attrs.readonly ?? false}
    ></eo-notesheet-editor>`,
  );
  await waitUntil(() => el.currentState === 'ready', 'loaded', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

describe('<eo-notesheet-editor>', () => {
  beforeEach(async () => {
    await setDocumentLanguage('en');
    await deleteLocalDatabase();
  });

  describe('notesheet', () => {
    it('shows green notes with continuous paragraph numbers, authors, IST times and signatures', async () => {
      const el = await mount(scriptedClient());
      const notes = root(el).querySelectorAll('[part="note"]');
      expect(notes).to.have.length(2);
      const numbers = [...root(el).querySelectorAll('.paragraph .number')].map((n) => text(n));
      expect(numbers).to.deep.equal(['1.', '2.', '3.']);
      expect(text(notes[1])).to.contain('Neha Chaturvedi');
      expect(text(notes[1])).to.contain('Under Secretary');
      // 09:15 UTC is 2:45 pm in India.
      expect(text(notes[1]?.querySelector('time'))).to.match(/2:45\s?pm/i);
      await waitUntil(() => text(notes[1]?.querySelector('[part="signature"]')) === 'Signature verified');
      expect(notes[0]?.querySelector('[part="signature"]')).to.equal(null);
      expect(root(el).querySelector('[part="paragraph"] .body strong')?.textContent).to.equal('2024');
      expect(root(el).querySelector<HTMLElement>('[part="paragraph"] .body')?.lang).to.equal('hi');
    });

    it('says "not verified" when a signature fails', async () => {
      const el = await mount(scriptedClient({ verified: false }));
      await waitUntil(() => text(root(el).querySelector('[part="signature"]')) === 'Signature not verified');
    });

    it('turns references into links that fire eo-reference-open', async () => {
      const el = await mount(scriptedClient());
      const links = root(el).querySelectorAll<HTMLAnchorElement>('a.eo-ref');
      expect(links).to.have.length(2);
      setTimeout(() => links[0]?.click());
      const c = await oneEvent(el, 'eo-reference-open');
      expect(c.detail).to.deep.equal({ kind: 'correspondence', label: 'C/1', targetId: 'rcpt_0000000001' });
      setTimeout(() => links[1]?.click());
      const p = await oneEvent(el, 'eo-reference-open');
      expect(p.detail).to.deep.equal({ kind: 'paragraph', label: 'para:1', targetId: 'note_green0001' });
      expect(p.bubbles && p.composed).to.be.true;
    });

    it('renders note HTML through the schema: nothing active survives', async () => {
      const client = scriptedClient();
      const w = window as unknown as { __xss?: number };
      delete w.__xss;
      const hostile =
        'ok <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><a href="javascript:window.__xss=3">x</a><span style="color:red" onclick="window.__xss=4">s</span>';
      const [first, ...rest] = client.greenNotes;
      if (!first) throw new Error('fixture has no green note');
      client.greenNotes = [{ ...first, paragraphs: [{ number: 1, html: hostile }] }, ...rest];
      const el = await mount(client);
      const body = root(el).querySelector('[part="paragraph"] .body') as HTMLElement;
      expect(body.querySelector('img, script, [onclick], [style], [href^="javascript"]')).to.equal(null);
      expect(text(body)).to.equal('ok xs');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(w.__xss).to.equal(undefined);
    });

    it('plain data: renders .notes with no server', async () => {
      const el = await fixture<EoNotesheetEditor>(
        html`<eo-notesheet-editor
          readonly
          .notes=${greens()}
          .correspondence=${correspondence}
        ></eo-notesheet-editor>`,
      );
      expect(el.currentState).to.equal('ready');
      expect(root(el).querySelectorAll('[part="note"]')).to.have.length(2);
      expect(root(el).querySelector('[part="yellow"]')).to.equal(null);
    });
  });

  describe('editing', () => {
    it('puts the editable area in the light DOM with a label, numbered after the last green paragraph', async () => {
      const el = await mount(scriptedClient());
      const editable = el.editableElement;
      expect(editable.parentElement).to.equal(el);
      expect(editable.slot).to.equal('editor');
      expect(editable.getAttribute('role')).to.equal('textbox');
      expect(editable.getAttribute('aria-multiline')).to.equal('true');
      expect(editable.getAttribute('aria-label')).to.contain('Draft note');
      expect(editable.getAttribute('contenteditable')).to.equal('true');
      expect(editable.style.counterReset).to.equal('eo-para 3');
      expect(text(root(el).querySelector('#yellow-heading'))).to.contain('from paragraph 4');
      const para = editable.querySelector('.eo-para') as HTMLElement;
      expect(getComputedStyle(para, '::before').content).to.equal('counter(eo-para) "."');
    });

    it('types, makes text bold with the toolbar and with Ctrl+B, and numbers new paragraphs', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'Plain ');
      tool(el, 'bold').click();
      await el.updateComplete;
      expect(tool(el, 'bold').getAttribute('aria-pressed')).to.equal('true');
      await sendKeys({ type: 'bold' });
      await sendKeys({ press: 'Control+b' });
      await sendKeys({ type: ' then ' });
      await sendKeys({ press: 'Control+b' });
      await sendKeys({ type: 'again' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Second paragraph' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([
        'Plain <strong>bold</strong> then <strong>again</strong>',
        'Second paragraph',
      ]);
      expect(el.editableElement.querySelectorAll('.eo-para')).to.have.length(2);
      // Undo through the toolbar takes back the last typing.
      tool(el, 'undo').click();
      await el.updateComplete;
      expect(el.paragraphs.length).to.be.lessThan(2);
      tool(el, 'redo').click();
      expect(el.paragraphs[1]).to.equal('Second paragraph');
    });

    it('makes numbered and bulleted lists and underlines', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'Points');
      await sendKeys({ press: 'Enter' });
      tool(el, 'ordered').click();
      await sendKeys({ type: 'one' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'two' });
      await el.updateComplete;
      expect(tool(el, 'ordered').getAttribute('aria-pressed')).to.equal('true');
      expect(el.paragraphs[1]).to.equal('<ol><li>one</li><li>two</li></ol>');
      tool(el, 'bullets').click();
      await el.updateComplete;
      expect(el.paragraphs[1]).to.equal('<ul><li>one</li><li>two</li></ul>');
      await sendKeys({ press: 'Control+u' });
      await sendKeys({ type: 'x' });
      expect(el.paragraphs[1]).to.equal('<ul><li>one</li><li>two<u>x</u></li></ul>');
    });

    it('inserts references to correspondence and earlier paragraphs from the picker', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'See ');
      tool(el, 'reference').click();
      // The picker is a lazy chunk, loaded when first opened.
      await waitUntil(() => root(el).querySelector('[part="picker"]'), 'picker shown');
      expect(tool(el, 'reference').getAttribute('aria-expanded')).to.equal('true');
      const picker = root(el).querySelector('[part="picker"]') as HTMLElement;
      const buttons = [...picker.querySelectorAll('button')];
      expect(buttons.map((b) => text(b))).to.deep.equal([
        'C/1 — श्रम आयुक्त का पत्र',
        'C/2 — Employers’ association representation',
        'para 1',
        'para 2',
        'para 3',
      ]);
      buttons[1]?.click();
      await el.updateComplete;
      await sendKeys({ type: ' and ' });
      tool(el, 'reference').click();
      await el.updateComplete;
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="picker"] button')][3]?.click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([
        'See <a data-ref="C/2">C/2</a> and <a data-ref="para:2">para 2</a>',
      ]);
      expect(root(el).querySelector('[part="picker"]')).to.equal(null);
    });

    it('is a toolbar with one tab stop and arrow keys (roving tabindex)', async () => {
      const el = await mount(scriptedClient());
      const toolbar = root(el).querySelector('[role="toolbar"]') as HTMLElement;
      const buttons = () => [...toolbar.querySelectorAll('button')];
      expect(buttons().filter((b) => b.tabIndex === 0)).to.have.length(1);
      buttons()[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(buttons()[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(tool(el, 'table'));
      expect(buttons().filter((b) => b.tabIndex === 0)).to.deep.equal([tool(el, 'table')]);
    });
  });

  describe('paste', () => {
    function paste(el: EoNotesheetEditor, htmlText: string, plain = ''): void {
      const data = new DataTransfer();
      data.setData('text/html', htmlText);
      data.setData('text/plain', plain);
      el.editableElement.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }
    const XSS = [
      '<p>Para <b>bold</b> <img src=x onerror="window.__xss=1">',
      '<a href="javascript:window.__xss=2">click</a>',
      '<script>window.__xss=3</script>',
      '<span style="background:url(javascript:alert(1));color:red" onmouseover="window.__xss=4">styled</span>',
      '<svg><script>window.__xss=5</script></svg><iframe src="javascript:window.__xss=6"></iframe></p>',
    ].join('');
    const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";}</style></head>
<body lang=EN-IN><!--StartFragment--><p class=MsoNormal style='mso-margin-top-alt:auto'><span lang=HI style='font-family:Mangal;mso-bidi-language:HI'>प्रस्ताव</span><span lang=EN-US> is <b style='mso-bidi-font-weight:normal'>approved</b><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>First item<o:p></o:p></p>
<p class=MsoNormal><span style='font-weight:bold'>Bold by style</span> and <i>italic</i><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></p><!--EndFragment--></body></html>`;

    it('cleans XSS vectors: no script, no handlers, no javascript: URLs, no styles', async () => {
      const w = window as unknown as { __xss?: number };
      delete w.__xss;
      const el = await mount(scriptedClient());
      focusEnd(el);
      paste(el, XSS, 'Para bold');
      await el.updateComplete;
      const out = el.paragraphs.join('');
      expect(out).to.equal('Para <strong>bold</strong> clickstyled');
      expect(
        el.editableElement.querySelector('img, script, iframe, svg, [style*="url"], [onmouseover]'),
      ).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(w.__xss).to.equal(undefined);
    });

    it('turns Word HTML into clean paragraphs: no mso junk, fake bullets dropped, Hindi tagged', async () => {
      const el = await mount(scriptedClient());
      focusEnd(el);
      paste(el, WORD, 'प्रस्ताव is approved');
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([
        '<span lang="hi">प्रस्ताव</span> is <strong>approved</strong>',
        'First item',
        '<strong>Bold by style</strong> and <em>italic</em>',
      ]);
    });

    it('keeps Google Docs text unbold under its wrapping <b style="font-weight:normal">', () => {
      const docs =
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700;">Heavy</span><span style="font-weight:400;"> light</span></p><ul><li dir="ltr"><p dir="ltr"><span>item</span></p></li></ul></b>';
      const doc = htmlToDoc(cleanPastedHtml(docs));
      // The list follows the <p> in the source, so it starts a paragraph of its own.
      expect(docToParagraphs(doc)).to.deep.equal(['<strong>Heavy</strong> light', '<ul><li>item</li></ul>']);
    });

    it('serialises exactly the allow-listed HTML and round-trips it unchanged', () => {
      const stored = [
        '<span lang="hi">पत्राचार भाग पर <a data-ref="C/1">C/1</a> देखें।</span>',
        'a<br>b<ol><li>one<ul><li>deep</li></ul></li><li>two</li></ol>tail',
        '<strong><em>x</em></strong> <u>u</u> <s>s</s> H<sub>2</sub>O x<sup>2</sup> &amp; &lt;tag&gt;',
      ];
      expect(docToParagraphs(paragraphsToDoc(stored))).to.deep.equal(stored);
    });

    it('normalises to NFC on save', () => {
      // क + nukta (U+0915 U+093C) composes to क़ (U+0958)? Unicode excludes it from composition, so use é.
      const decomposed = 'cafe\u0301 \u0915\u093c';
      const [out] = docToParagraphs(paragraphsToDoc([decomposed]));
      expect(out).to.equal(decomposed.normalize('NFC'));
    });
  });

  describe('tables', () => {
    /** The rows × columns chooser, once the table tools have loaded. */
    async function chooser(el: EoNotesheetEditor): Promise<HTMLFormElement> {
      tool(el, 'table').click();
      await waitUntil(() => root(el).querySelector('#table-chooser'), 'table chooser shown');
      return root(el).querySelector('#table-chooser') as HTMLFormElement;
    }
    async function insert(el: EoNotesheetEditor, rows: number, columns: number): Promise<void> {
      const form = await chooser(el);
      expect(root(el).activeElement).to.equal(form.querySelector('input[name="rows"]'));
      (form.querySelector('input[name="rows"]') as HTMLInputElement).value = String(rows);
      (form.querySelector('input[name="columns"]') as HTMLInputElement).value = String(columns);
      form.requestSubmit();
      await el.updateComplete;
    }

    it('inserts a rows × columns table; Tab moves between cells (selecting their text) and adds a row after the last', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'Rates:');
      expect(tool(el, 'table').getAttribute('aria-expanded')).to.equal('false');
      await insert(el, 2, 2);
      expect(root(el).querySelector('#table-chooser')).to.equal(null);
      await sendKeys({ type: 'Category' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'दर' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Unskilled' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '412' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Total' });
      // Shift+Tab goes back and, as Tab does, selects the cell's text: typing replaces it.
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ type: '413' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([
        'Rates:<table><tbody><tr><td>Category</td><td>दर</td></tr><tr><td>Unskilled</td><td>413</td></tr><tr><td>Total</td><td></td></tr></tbody></table>',
      ]);
      expect(
        el.editableElement.contains(document.activeElement) || el.editableElement === document.activeElement,
      ).to.be.true;
    });

    it('adds and deletes rows and columns from the toolbar while the caret is in a table', async () => {
      const el = await mount(scriptedClient());
      expect(root(el).querySelector('[data-tool="row-add"]')).to.equal(null);
      await type(el, 'x');
      await insert(el, 1, 1);
      await sendKeys({ type: 'a' });
      await el.updateComplete;
      tool(el, 'column-add').click();
      tool(el, 'row-add').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([
        'x<table><tbody><tr><td>a</td><td></td></tr><tr><td></td><td></td></tr></tbody></table>',
      ]);
      // The caret is still in the first cell: its row goes, then its column.
      tool(el, 'row-delete').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['x<table><tbody><tr><td></td><td></td></tr></tbody></table>']);
      tool(el, 'column-delete').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['x<table><tbody><tr><td></td></tr></tbody></table>']);
      tool(el, 'table-delete').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['x']);
      expect(root(el).querySelector('[data-tool="row-add"]')).to.equal(null);
    });

    it('pastes a Word table as a clean, rectangular table', async () => {
      const el = await mount(scriptedClient());
      focusEnd(el);
      const data = new DataTransfer();
      data.setData(
        'text/html',
        `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>table.MsoTableGrid{mso-style-name:"Table Grid";}</style></head><body lang=EN-IN><!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184' onclick="window.__xss=1"><tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=150 valign=top style='width:112.7pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Category<o:p></o:p></b></p></td><td width=150 valign=top style='width:112.7pt;border:solid windowtext 1.0pt'><p class=MsoNormal><span lang=HI style='font-family:Mangal;mso-bidi-language:HI'>दर</span><o:p></o:p></p></td></tr><tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td width=300 colspan=2 valign=top style='width:225.4pt'><p class=MsoNormal>Unskilled ₹ 412<o:p></o:p></p></td></tr></table><p class=MsoNormal><o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>`,
      );
      data.setData('text/plain', 'Category\tदर\nUnskilled ₹ 412');
      el.editableElement.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      // The merged cell loses its span (not in the allow-list); the table tools then square the table.
      await waitUntil(
        () => el.paragraphs[0]?.endsWith('<td>Unskilled ₹ 412</td><td></td></tr></tbody></table>'),
        'table repaired',
      );
      expect(el.paragraphs).to.deep.equal([
        '<table><tbody><tr><td><strong>Category</strong></td><td><span lang="hi">दर</span></td></tr><tr><td>Unskilled ₹ 412</td><td></td></tr></tbody></table>',
      ]);
      expect(el.editableElement.querySelector('[style], [class*="Mso"], [width], [onclick]')).to.equal(null);
    });

    it('loads the table tools for a yellow note that holds a table, and renders green tables read-only', async () => {
      const table =
        '<table><tbody><tr><th>पद</th><th>संख्या</th></tr><tr><td>LDC</td><td>4</td></tr></tbody></table>';
      const client = scriptedClient({ yellow: [`Posts:${table}`] });
      const [first, ...rest] = client.greenNotes;
      if (!first) throw new Error('fixture has no green note');
      client.greenNotes = [{ ...first, paragraphs: [{ number: 1, html: `Sanctioned:${table}` }] }, ...rest];
      const el = await mount(client);
      const green = root(el).querySelector('[part="paragraph"] .body table') as HTMLTableElement;
      expect([...green.querySelectorAll('th, td')].map((c) => text(c))).to.deep.equal([
        'पद',
        'संख्या',
        'LDC',
        '4',
      ]);
      expect(green.closest('[contenteditable="true"]')).to.equal(null);
      expect(el.paragraphs).to.deep.equal([`Posts:${table}`]);
      // Putting the caret in the table offers the row and column tools: the module loaded by itself.
      const cellText = el.editableElement.querySelector('td .eo-line')?.firstChild as Text;
      expect(cellText.data).to.equal('LDC');
      el.editableElement.focus();
      const range = document.createRange();
      range.setStart(cellText, 3);
      range.collapse(true);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      await waitUntil(() => root(el).querySelector('[data-tool="row-add"]'), 'table tools shown');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '5' });
      expect(el.paragraphs[0]).to.contain('<td>LDC</td><td>5</td>');
    });
  });

  describe('undo and redo', () => {
    // Changes further apart than this are undone separately (GROUP_DELAY in undo-history.ts is 500 ms).
    const pause = () => new Promise((resolve) => setTimeout(resolve, 600));

    it('undoes typing a group at a time, puts the caret back, and a new change ends redo', async () => {
      const el = await mount(scriptedClient());
      expect(tool(el, 'undo').getAttribute('aria-disabled')).to.equal('true');
      await type(el, 'कृपया');
      await pause();
      await sendKeys({ type: ' अवलोकन करें' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['कृपया अवलोकन करें']);
      expect(tool(el, 'redo').getAttribute('aria-disabled')).to.equal('true');

      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['कृपया'], 'only the last group of typing is taken back');
      expect(tool(el, 'redo').getAttribute('aria-disabled')).to.equal('false');
      await sendKeys({ press: 'Control+y' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['कृपया अवलोकन करें']);
      await sendKeys({ press: 'Control+z' });
      // The caret is where it was before the undone typing: what is typed next follows the first word.
      await sendKeys({ type: '।' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['कृपया।']);
      expect(tool(el, 'redo').getAttribute('aria-disabled'), 'a new change ends redo').to.equal('true');

      tool(el, 'undo').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['कृपया']);
      tool(el, 'undo').click();
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([]);
      expect(tool(el, 'undo').getAttribute('aria-disabled')).to.equal('true');
    });

    it('answers the browser’s own undo and redo (Edit menu, context menu)', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'Noted');
      const input = (inputType: string) =>
        el.editableElement.dispatchEvent(
          new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }),
        );
      expect(input('historyUndo'), 'the browser’s undo is replaced').to.be.false;
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal([]);
      input('historyRedo');
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['Noted']);
    });

    it('takes back a composed word in one step', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'अनुमोदन हेतु');
      await pause();
      focusEnd(el);
      await executeServerCommand('cdp', {
        steps: [
          { method: 'Input.imeSetComposition', params: { text: ' प्र', selectionStart: 3, selectionEnd: 3 } },
        ],
      });
      await pause(); // a slow composition is still one group
      await executeServerCommand('cdp', {
        steps: [
          {
            method: 'Input.imeSetComposition',
            params: { text: ' प्रस्तु', selectionStart: 8, selectionEnd: 8 },
          },
        ],
      });
      await executeServerCommand('cdp', {
        steps: [{ method: 'Input.insertText', params: { text: ' प्रस्तुत' } }],
      });
      await waitUntil(() => el.paragraphs[0] === 'अनुमोदन हेतु प्रस्तुत', 'composition committed');
      await sendKeys({ press: 'Control+z' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['अनुमोदन हेतु']);
    });

    it('starts afresh when the text is replaced from outside (a reload or a chosen version)', async () => {
      const el = await fixture<EoNotesheetEditor>(
        html`<eo-notesheet-editor .notes=${[...greens()]}></eo-notesheet-editor>`,
      );
      await type(el, 'Typed');
      el.value = '<div class="eo-para">From the server</div>';
      await el.updateComplete;
      expect(tool(el, 'undo').getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ press: 'Control+z' });
      expect(el.paragraphs).to.deep.equal(['From the server']);
    });
  });

  describe('IME', () => {
    it('takes composed Hindi text through the DevTools IME path without acting on keys meanwhile', async () => {
      const client = scriptedClient();
      const el = await mount(client, { delay: 50 });
      focusEnd(el);
      await executeServerCommand('cdp', {
        steps: [
          { method: 'Input.imeSetComposition', params: { text: 'नम', selectionStart: 2, selectionEnd: 2 } },
        ],
      });
      await waitUntil(() => (el.editableElement.textContent ?? '').includes('नम'), 'composition shown');
      // Saving waits for the composition to end, whatever the delay.
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(client.calls).to.deep.equal([]);
      await executeServerCommand('cdp', {
        steps: [{ method: 'Input.insertText', params: { text: 'नमस्ते' } }],
      });
      await waitUntil(() => el.paragraphs[0] === 'नमस्ते', 'composition committed');
      await waitUntil(() => client.calls.includes('create'), 'saved after the composition');
      expect(client.yellow?.paragraphs[0]?.html).to.equal('नमस्ते');
      expect(el.editableElement.getAttribute('lang')).to.equal('hi');
    });

    it('ignores Enter while composing (event.isComposing)', async () => {
      const el = await mount(scriptedClient());
      await type(el, 'abc');
      el.editableElement.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }),
      );
      el.editableElement.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'b',
          ctrlKey: true,
          isComposing: true,
          bubbles: true,
          cancelable: true,
        }),
      );
      await el.updateComplete;
      expect(el.editableElement.querySelectorAll('.eo-para')).to.have.length(1);
      expect(tool(el, 'bold').getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('autosave', () => {
    it('creates, then updates the yellow note with If-Match after a pause, and says when', async () => {
      const client = scriptedClient();
      const el = await mount(client, { delay: 100 });
      await type(el, 'Draft');
      expect(status(el)).to.equal('Unsaved changes');
      const saved = await oneEvent(el, 'eo-note-saved');
      expect(saved.detail.note.paragraphs[0]?.html).to.equal('Draft');
      await el.updateComplete;
      expect(status(el)).to.match(/^Saved at \d\d:\d\d$/);
      await type(el, ' more');
      await oneEvent(el, 'eo-note-saved');
      expect(client.calls).to.deep.equal(['create', 'update']);
      expect(client.yellow?.paragraphs[0]?.html).to.equal('Draft more');
      expect(root(el).querySelector('[part="save-status"]')?.getAttribute('role')).to.equal('status');
    });

    it('offline: keeps the text on this device, says so, and restores it after a reload', async () => {
      const client = scriptedClient({ yellow: ['Saved text'] });
      const fileId = nextFileId();
      const el = await mount(client, { delay: 50, fileId });
      expect(el.paragraphs).to.deep.equal(['Saved text']);
      client.failWrites = offline();
      await type(el, ' typed offline');
      await waitUntil(() => el.saveStatus === 'offline', 'offline status');
      expect(status(el)).to.equal('Offline — saved on this device');
      // "Reload": the element goes away and a new one opens the same file.
      el.remove();
      client.failWrites = undefined;
      client.calls.length = 0;
      const again = await mount(client, { delay: 50, fileId });
      expect(again.paragraphs).to.deep.equal(['Saved text typed offline']);
      expect(text(root(again).querySelector('.notice'))).to.contain('restored');
      await waitUntil(() => client.calls.includes('update'), 'restored text saved');
      expect(client.yellow?.paragraphs[0]?.html).to.equal('Saved text typed offline');
    });

    it('shows a refused save as an error and keeps the text', async () => {
      const client = scriptedClient();
      const el = await mount(client, { delay: 50 });
      client.failWrites = Object.assign(new Error('bad'), {
        status: 422,
        problem: { status: 422, detail: 'Unknown reference C/9', code: 'note.reference_invalid' },
      });
      await type(el, 'text');
      await waitUntil(() => el.saveStatus === 'error');
      expect(status(el)).to.equal('Not saved — kept on this device');
      expect(text(root(el).querySelector('[part="yellow"] [role="alert"]'))).to.contain(
        'Unknown reference C/9',
      );
      expect(el.paragraphs).to.deep.equal(['text']);
    });
  });

  describe('conflicts', () => {
    it('on 412 shows both versions, overwrites nothing, and lets the user pick', async () => {
      const client = scriptedClient({ yellow: ['Original'] });
      const el = await mount(client);
      await type(el, ' mine');
      client.editElsewhere(['Edited in another tab']);
      await el.save();
      expect(el.saveStatus).to.equal('conflict');
      expect(client.yellow?.paragraphs[0]?.html).to.equal('Edited in another tab');
      // The conflict view is a lazy chunk, loaded on the first conflict.
      await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'conflict shown');
      const conflict = root(el).querySelector('[part="conflict"]') as HTMLElement;
      expect(text(conflict.querySelector('.mine'))).to.contain('Original mine');
      expect(text(conflict.querySelector('.theirs'))).to.contain('Edited in another tab');
      expect(status(el)).to.equal('Changed in another window — choose a version');
      (conflict.querySelector('.keep-mine') as HTMLButtonElement).click();
      await waitUntil(() => el.saveStatus === 'saved');
      expect(client.yellow?.paragraphs[0]?.html).to.equal('Original mine');
      expect(root(el).querySelector('[part="conflict"]')).to.equal(null);
    });

    it('"use the saved version" replaces the text', async () => {
      const client = scriptedClient({ yellow: ['Original'] });
      const el = await mount(client);
      await type(el, ' mine');
      client.editElsewhere(['Theirs']);
      await el.save();
      await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'conflict shown');
      (root(el).querySelector('[part="conflict"] .use-theirs') as HTMLButtonElement).click();
      await waitUntil(() => el.saveStatus === 'saved');
      expect(el.paragraphs).to.deep.equal(['Theirs']);
    });

    it('on load, a copy on this device that diverged from a changed server note is a conflict', async () => {
      const client = scriptedClient({ yellow: ['Base'] });
      const fileId = nextFileId();
      const el = await mount(client, { fileId });
      await type(el, ' local');
      // The network is gone when the tab closes, so the last text never reached the server.
      client.failWrites = offline();
      el.remove();
      client.failWrites = undefined;
      client.editElsewhere(['Server changed']);
      const again = await mount(client, { fileId });
      expect(again.saveStatus).to.equal('conflict');
      expect(again.paragraphs).to.deep.equal(['Base local']);
      expect(client.yellow?.paragraphs[0]?.html).to.equal('Server changed');
    });
  });

  describe('confirm, discard, send', () => {
    it('confirms: the note turns green with the next paragraph numbers', async () => {
      const client = scriptedClient();
      const el = await mount(client);
      await type(el, 'Approved');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Issue the order' });
      setTimeout(() =>
        (root(el).querySelector('[part="actions"] button.primary') as HTMLButtonElement).click(),
      );
      const confirmed = await oneEvent(el, 'eo-note-confirmed');
      expect(confirmed.detail.send).to.be.false;
      expect(confirmed.detail.note.paragraphs.map((p: { number: number | null }) => p.number)).to.deep.equal([
        4, 5,
      ]);
      await el.updateComplete;
      const numbers = [...root(el).querySelectorAll('.paragraph .number')].map((n) => text(n));
      expect(numbers).to.deep.equal(['1.', '2.', '3.', '4.', '5.']);
      expect(el.paragraphs).to.deep.equal([]);
      expect(el.editableElement.style.counterReset).to.equal('eo-para 5');
      expect(text(root(el).querySelector('[part="announcer"]'))).to.equal(
        'The note was confirmed as paragraphs 4–5.',
      );
    });

    it('"confirm and send" confirms, then opens <eo-send-dialog> for the file, keeping its priority', async () => {
      const client = scriptedClient();
      const el = await mount(client);
      await type(el, 'Send it up');
      const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button');
      setTimeout(() => buttons[1]?.click());
      const confirmed = await oneEvent(el, 'eo-note-confirmed');
      expect(confirmed.detail.send).to.be.true;
      expect(client.greenNotes).to.have.length(3);
      await waitUntil(() => root(el).querySelector('eo-send-dialog') !== null, 'dialog rendered');
      const dialog = root(el).querySelector('eo-send-dialog') as HTMLElement & {
        fileId: string;
        priority: string | undefined;
        open: boolean;
        cancel(): void;
      };
      expect(dialog.fileId).to.equal(el.fileId);
      // The file is marked "most immediate": the dialog proposes that, not "normal".
      expect(dialog.priority).to.equal('most_immediate');
      await waitUntil(() => dialog.open, 'dialog open');
      // Its events reach the host page through this element.
      setTimeout(() => dialog.cancel());
      const cancelled = await oneEvent(el, 'eo-send-cancel');
      expect(cancelled.detail.fileId).to.equal(el.fileId);
      await waitUntil(() => root(el).querySelector('eo-send-dialog') === null, 'dialog removed');
    });

    it('sign-before-send on a page without <eo-signature-widget>: says so and sends unsigned', async () => {
      expect(customElements.get('eo-signature-widget')).to.equal(undefined);
      const client = scriptedClient();
      const el = await mount(client);
      el.signBeforeSend = true;
      await el.updateComplete;
      expect(el.hasAttribute('sign-before-send')).to.be.false;
      await type(el, 'Send it unsigned');
      const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button');
      setTimeout(() => buttons[1]?.click());
      const confirmed = await oneEvent(el, 'eo-note-confirmed');
      expect(confirmed.detail.send).to.be.true;
      await waitUntil(() => root(el).querySelector('eo-send-dialog') !== null, 'dialog rendered');
      const notice = root(el).querySelector('p.notice[role="status"]');
      expect(text(notice)).to.contain('Signing is not available on this page');
      expect(root(el).querySelector('eo-signature-widget')).to.equal(null);
      expect(client.greenNotes.at(-1)?.signatureId).to.equal(null);
      const dialog = root(el).querySelector('eo-send-dialog') as HTMLElement & {
        open: boolean;
        cancel(): void;
      };
      await waitUntil(() => dialog.open, 'dialog open');
      dialog.cancel();
      await waitUntil(() => root(el).querySelector('eo-send-dialog') === null, 'dialog removed');
    });

    it('discards only after the user agrees', async () => {
      const client = scriptedClient({ yellow: ['To be dropped'] });
      const el = await mount(client);
      const discard = [...root(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button')][2];
      discard?.click();
      await waitUntil(() => root(el).querySelector('[role="alertdialog"]'), 'discard prompt shown');
      const prompt = root(el).querySelector('[role="alertdialog"]') as HTMLElement;
      expect(text(prompt)).to.contain('Discard this draft note?');
      expect(root(el).activeElement).to.equal(prompt.querySelector('.keep'));
      (prompt.querySelector('.keep') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(client.yellow).to.not.equal(undefined);
      [...root(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button')][2]?.click();
      await el.updateComplete;
      setTimeout(() => (root(el).querySelector('.discard-yes') as HTMLButtonElement).click());
      const discarded = await oneEvent(el, 'eo-note-discarded');
      expect(discarded.detail.noteId).to.equal('note_yellow00001');
      expect(client.yellow).to.equal(undefined);
      expect(el.paragraphs).to.deep.equal([]);
    });
  });

  describe('read-only', () => {
    it('shows no editor when the file is with someone else', async () => {
      const client = scriptedClient();
      client.holder = US;
      const el = await mount(client);
      expect(el.editable).to.be.false;
      expect(root(el).querySelector('[part="yellow"]')).to.equal(null);
      expect(el.editableElement.hidden).to.be.true;
      expect(text(root(el).querySelector('.readonly-note'))).to.contain('the file is with Neha Chaturvedi');
    });

    it('shows no editor with the readonly attribute', async () => {
      const el = await mount(scriptedClient(), { readonly: true });
      expect(root(el).querySelector('[part="yellow"]')).to.equal(null);
      expect(root(el).querySelectorAll('[part="note"]')).to.have.length(2);
    });
  });

  describe('editing core (loaded when the note becomes editable)', () => {
    // The element class, for its loader seam (tests only): wrapping it counts, delays or fails loads.
    const Editor = customElements.get('eo-notesheet-editor') as unknown as typeof EoNotesheetEditor;
    const realLoader = Editor.loadEditing;
    let loads = 0;
    beforeEach(() => {
      loads = 0;
    });
    afterEach(() => {
      Editor.loadEditing = realLoader;
    });
    const yellowNotes = (paragraphs: string[]) => {
      const yellow = scriptedClient({ yellow: paragraphs }).yellow;
      if (!yellow) throw new Error('fixture has no yellow note');
      return [...greens(), yellow];
    };
    const plain = (notes: ReturnType<typeof greens>, readonly = false) =>
      fixture<EoNotesheetEditor>(
        html`<eo-notesheet-editor
          ?readonly=${readonly}
          .notes=${notes}
          .correspondence=${correspondence}
        ></eo-notesheet-editor>`,
      );
    const editorIsReady = (el: EoNotesheetEditor) => {
      expect(el.editableElement.hidden).to.be.false;
      expect(el.editableElement.getAttribute('contenteditable')).to.equal('true');
      expect(el.editableElement.classList.contains('ProseMirror')).to.be.true;
      expect(root(el).querySelector('[role="toolbar"]')).to.not.equal(null);
      expect(root(el).querySelector('.editing-status')).to.equal(null);
    };

    it('is not loaded for readers: readonly, or a file held by someone else', async () => {
      Editor.loadEditing = () => {
        loads += 1;
        return realLoader();
      };
      const readonly = await plain(yellowNotes(['Not for editing']), true);
      await readonly.updateComplete;
      const client = scriptedClient();
      client.holder = US;
      const elsewhere = await mount(client);
      await elsewhere.updateComplete;
      expect(loads).to.equal(0);
      for (const el of [readonly, elsewhere]) {
        expect(root(el).querySelectorAll('[part="note"]')).to.have.length(2);
        expect(el.editableElement.hidden).to.be.true;
        expect(el.editableElement.hasAttribute('contenteditable')).to.be.false;
        expect(el.editableElement.childElementCount).to.equal(0);
      }
      expect(readonly.paragraphs).to.deep.equal(['Not for editing']);
      expect(readonly.value).to.equal('<div class="eo-para">Not for editing</div>');
    });

    it('says it is loading, keeps the text meanwhile, and updateComplete waits for the editor', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      Editor.loadEditing = () => {
        loads += 1;
        return gate.then(realLoader);
      };
      const el = document.createElement('eo-notesheet-editor');
      el.notes = yellowNotes(['Written before the editor loaded']);
      document.body.append(el);
      try {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(loads).to.equal(1);
        expect(text(root(el).querySelector('.editing-status'))).to.equal('Loading the editor…');
        expect(root(el).querySelector('.editing-status')?.getAttribute('role')).to.equal('status');
        expect(el.editableElement.hidden).to.be.true;
        expect(root(el).querySelector('[role="toolbar"]')).to.equal(null);
        expect(el.paragraphs).to.deep.equal(['Written before the editor loaded']);
        let settled = false;
        const complete = el.updateComplete.then(() => (settled = true));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(settled, 'updateComplete waits for the editing core').to.be.false;
        release();
        await complete;
        editorIsReady(el);
        expect(loads).to.equal(1);
        await type(el, ' and after');
        expect(el.paragraphs).to.deep.equal(['Written before the editor loaded and after']);
      } finally {
        el.remove();
      }
    });

    it('is ready after `await updateComplete` on an editable element: typing and the toolbar work', async () => {
      // A slow network: fixture() awaits updateComplete, which must wait for the load.
      Editor.loadEditing = () => new Promise((resolve) => setTimeout(resolve, 150)).then(realLoader);
      const el = await plain(greens());
      editorIsReady(el);
      await type(el, 'Typed ');
      tool(el, 'bold').click();
      await el.updateComplete;
      await sendKeys({ type: 'bold' });
      await el.updateComplete;
      expect(el.paragraphs).to.deep.equal(['Typed <strong>bold</strong>']);
    });

    it('shows an alert when loading fails and "Try again" loads it, with the text kept', async () => {
      Editor.loadEditing = () => {
        loads += 1;
        return loads === 1
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : realLoader();
      };
      const el = await plain(yellowNotes(['Kept through the failure']));
      const alert = root(el).querySelector('.editing-status');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('The editor could not be loaded');
      expect(el.editableElement.hidden).to.be.true;
      expect(root(el).querySelector('[role="toolbar"]')).to.equal(null);
      expect(el.paragraphs).to.deep.equal(['Kept through the failure']);
      // No retry of its own: an update does not start another load.
      el.requestUpdate();
      await el.updateComplete;
      expect(loads).to.equal(1);
      const retry = [...(alert?.querySelectorAll('button') ?? [])].find((b) => text(b) === 'Try again');
      if (!retry) throw new Error('no "Try again" button');
      retry.click();
      await el.updateComplete;
      expect(loads).to.equal(2);
      editorIsReady(el);
      expect(text(el.editableElement)).to.equal('Kept through the failure');
      expect(el.paragraphs).to.deep.equal(['Kept through the failure']);
      await type(el, '!');
      expect(el.paragraphs).to.deep.equal(['Kept through the failure!']);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await executeServerCommand('cdp', {
        steps: [{ method: 'Emulation.setEmulatedMedia', params: { media: '' } }],
      });
    });

    it('prints the whole notesheet without the toolbar, status or buttons', async () => {
      const el = await mount(scriptedClient({ yellow: ['Draft to print'] }));
      await executeServerCommand('cdp', {
        steps: [{ method: 'Emulation.setEmulatedMedia', params: { media: 'print' } }],
      });
      const shown = (selector: string) => {
        const node = root(el).querySelector(selector);
        return !!node && getComputedStyle(node).display !== 'none';
      };
      expect(shown('[role="toolbar"]')).to.be.false;
      expect(shown('[part="save-status"]')).to.be.false;
      expect(shown('.actions')).to.be.false;
      expect(shown('[part="notes"]')).to.be.true;
      expect(shown('[part="yellow"]')).to.be.true;
      expect(getComputedStyle(el.editableElement).display).to.not.equal('none');
      expect(root(el).querySelectorAll('[part="note"]')).to.have.length(2);
    });
  });

  describe('form', () => {
    it('is form-associated: value, validity, reset and disabled', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset>
            <eo-notesheet-editor
              name="note"
              required
              .client=${scriptedClient({ yellow: ['Loaded'] })}
              file-id=${nextFileId()}
              autosave-delay="60000"
            ></eo-notesheet-editor>
          </fieldset>
        </form>`,
      );
      const el = form.querySelector('eo-notesheet-editor') as EoNotesheetEditor;
      await waitUntil(() => el.currentState === 'ready');
      // The editor mounts once the editing core has loaded; updateComplete waits for it.
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('note')).to.equal('<div class="eo-para">Loaded</div>');
      expect(el.checkValidity()).to.be.true;
      await type(el, ' and more');
      expect(new FormData(form).get('note')).to.equal('<div class="eo-para">Loaded and more</div>');
      form.reset();
      expect(el.value).to.equal('<div class="eo-para">Loaded</div>');
      el.value = '';
      expect(el.checkValidity()).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      (form.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
      await el.updateComplete;
      expect(el.editable).to.be.false;
      expect(el.editableElement.getAttribute('contenteditable')).to.equal('false');
    });
  });

  for (const lang of ['en', 'hi']) {
    it(`is accessible in ${lang} (axe)`, async () => {
      await setDocumentLanguage(lang);
      const client = scriptedClient({ yellow: ['<span lang="hi">मसौदा</span>'] });
      const el = await mount(client);
      await waitUntil(() => root(el).querySelector('[part="signature"].verified') !== null);
      await expect(el).to.be.accessible();
      tool(el, 'reference').click();
      await waitUntil(() => root(el).querySelector('[part="picker"]'), 'picker shown');
      await expect(el).to.be.accessible();
      await type(el, ' x');
      client.editElsewhere(['अन्य']);
      await el.save();
      await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'conflict shown');
      await expect(el).to.be.accessible();
      const readonly = await mount(scriptedClient(), { readonly: true });
      await expect(readonly).to.be.accessible();
      if (lang === 'hi') expect(text(root(readonly).querySelector('h2'))).to.contain('टिप्पणी');
    });
  }
});
