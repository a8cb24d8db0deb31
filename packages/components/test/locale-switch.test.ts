// Every visible and announced string follows a runtime language switch, for every registered element
// in every state of the table (locale-switch/*.ts, one row per element and state; see
// docs/architecture.md). For each row:
//   1. mounted in English, then switched to Hindi: its text equals a fresh Hindi mount's, and holds
//      no English sentence of the catalogue;
//   2. switched back to English: its text equals the first English render's, and holds no Hindi
//      sentence of the catalogue;
//   3. the fresh Hindi mount switched to English equals the English render too.
// "Text" is everything a reader sees or a screen reader says: text in the shadow roots (nested ones
// too) and the live regions, and the aria-label, title, placeholder and alt attributes.
import { expect } from '@open-wc/testing';
import { setDocumentLanguage } from './helpers/language.js';
import type { Mounted, SwitchCase } from './locale-switch/case.js';
import { draftEditorCases } from './locale-switch/draft-editor.js';
import { fileTrackerCases } from './locale-switch/file-tracker.js';
import { inboxCases } from './locale-switch/inbox.js';
import { notesheetEditorCases } from './locale-switch/notesheet-editor.js';
import { pendencyReportCases } from './locale-switch/pendency-report.js';
import { priorityBadgeCases } from './locale-switch/priority-badge.js';
import { receiptFormCases } from './locale-switch/receipt-form.js';
import { sendDialogCases } from './locale-switch/send-dialog.js';
import { signatureWidgetCases } from './locale-switch/signature-widget.js';

const table: SwitchCase[] = [
  ...priorityBadgeCases,
  ...fileTrackerCases,
  ...sendDialogCases,
  ...signatureWidgetCases,
  ...notesheetEditorCases,
  ...inboxCases,
  ...receiptFormCases,
  ...pendencyReportCases,
  ...draftEditorCases,
];

const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription'];

/** What a reader sees and a screen reader says in `el`, one line per text node or attribute. */
function spoken(el: Element): string {
  return spokenParts(el).join('\n');
}

function spokenParts(el: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(`[${name}] ${value}`);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return out;
}

async function settled(el: Element): Promise<void> {
  const elements = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])];
  await Promise.all(elements.map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function switchTo(lang: 'en' | 'hi', el: Element): Promise<string> {
  await setDocumentLanguage(lang);
  await settled(el);
  return spoken(el);
}

// ---- the catalogue: English sentences that must not stay in Hindi, and the other way round -------

interface Catalogue {
  english: string[];
  hindi: string[];
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** Pieces of a message between its placeholders. */
function pieces(node: Element): string[] {
  const out: string[] = [];
  let current = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) current += child.textContent ?? '';
    else {
      out.push(current);
      current = '';
    }
  }
  out.push(current);
  return out.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

async function catalogue(): Promise<Catalogue> {
  const xml = await (await fetch('/packages/components/xliff/hi.xlf')).text();
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const english = new Set<string>();
  const hindi = new Set<string>();
  for (const unit of doc.querySelectorAll('trans-unit')) {
    const source = unit.querySelector('source');
    if (!source) continue;
    const target = unit.querySelector('target');
    const sourceText = source.textContent ?? '';
    // A message without a Hindi target shows its English in a Hindi page.
    const targetText = target?.textContent ?? '';
    // Sentences, not single words: a single word may also be data (a name, a code).
    for (const piece of pieces(source)) {
      if (/[A-Za-z]{2,}\W+[A-Za-z]{2,}/.test(piece) && !targetText.includes(piece)) english.add(piece);
    }
    for (const piece of target ? pieces(target) : []) {
      if (DEVANAGARI.test(piece) && piece.includes(' ') && !sourceText.includes(piece)) hindi.add(piece);
    }
  }
  return { english: [...english], hindi: [...hindi] };
}

function leftovers(text: string, sentences: string[]): string[] {
  return sentences.filter((sentence) => text.includes(sentence));
}

// ---- the table ----------------------------------------------------------------------------------

describe('a language switch reaches every string of every element', () => {
  let words: Catalogue;

  before(async () => {
    words = await catalogue();
    expect(words.english.length).to.be.greaterThan(100, 'the catalogue was read');
  });

  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('has rows for every element in the custom-elements manifest', async () => {
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[];
    };
    const tags = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])),
    );
    expect(tags.length).to.be.greaterThan(0);
    const covered = new Set(table.map((row) => row.element));
    const missing = tags.filter((tag) => !covered.has(tag));
    expect(missing, 'add rows to test/locale-switch/ for these elements').to.deep.equal([]);
  });

  for (const row of table) {
    it(`${row.element} — ${row.state}`, async () => {
      const mounted: Mounted[] = [];
      try {
        await setDocumentLanguage('en');
        const first = await row.mount();
        mounted.push(first);
        await settled(first.el);
        const english = spoken(first.el);
        expect(english, 'the state shows some text').not.to.equal('');

        const switched = await switchTo('hi', first.el);
        const back = await switchTo('en', first.el);

        await setDocumentLanguage('hi');
        const fresh = await row.mount();
        mounted.push(fresh);
        await settled(fresh.el);
        const hindi = spoken(fresh.el);
        const freshBack = await switchTo('en', fresh.el);

        expect(hindi, 'the Hindi render differs from the English one').not.to.equal(english);
        expect(switched, 'switched to Hindi = mounted in Hindi').to.equal(hindi);
        expect(leftovers(switched, words.english), 'English left in Hindi').to.deep.equal([]);
        expect(back, 'switched back to English = mounted in English').to.equal(english);
        expect(leftovers(back, words.hindi), 'Hindi left in English').to.deep.equal([]);
        expect(freshBack, 'mounted in Hindi, switched to English').to.equal(english);
      } finally {
        for (const m of mounted) m.release?.();
      }
    });
  }
});
