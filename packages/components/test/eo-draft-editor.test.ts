// <eo-draft-editor> from plain data (no server): every view in English and Hindi with axe, the letter
// layout, the lapsed-approval notice, the versions with a word comparison that keeps Hindi letters
// whole, the dispatch register and its CSV, and the body format both ways.
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/eo-draft-editor/define.js';
import type { EoDraftEditor } from '../src/eo-draft-editor/eo-draft-editor.js';
import type { DraftClient } from '../src/eo-draft-editor/types.js';
import { bodyText, bodyToParagraphs, paragraphsToBody } from '../src/eo-draft-editor/draft-body.js';
import { registerToCsv } from '../src/eo-draft-editor/register-csv.js';
import { diffWords, graphemes, segmentWords } from '../src/eo-draft-editor/word-diff.js';
import { BOM } from '../src/shared/csv.js';
import * as data from './fixtures/drafts.js';
import { setDocumentLanguage } from './helpers/language.js';

const root = (el: EoDraftEditor) => el.shadowRoot as ShadowRoot;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<eo-draft-editor> from plain data', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  for (const lang of ['en', 'hi'] as const) {
    describe(`in ${lang === 'en' ? 'English' : 'Hindi'}`, () => {
      beforeEach(async () => {
        await setDocumentLanguage(lang);
      });

      it('lists the drafts of a file with type, language, version and status; axe clean', async () => {
        const el = await fixture<EoDraftEditor>(
          html`<eo-draft-editor .drafts=${[data.draft(), data.issued()]}></eo-draft-editor>`,
        );
        const rows = root(el).querySelectorAll('[part="list"] tbody tr');
        expect(rows.length).to.equal(2);
        const first = text(rows[0]);
        expect(first).to.contain('बकाया वेतन के भुगतान के संबंध में');
        expect(first).to.contain(lang === 'en' ? 'Reply to a receipt' : 'आवती का उत्तर');
        expect(first).to.contain(lang === 'en' ? 'Hindi' : 'हिंदी');
        expect(first).to.contain(lang === 'en' ? 'v2' : 'संस्करण 2');
        expect(text(rows[1])).to.contain(lang === 'en' ? 'Issued' : 'जारी');
        expect(root(el).querySelector('[data-action="new"]'), 'nothing to write in plain data').to.equal(
          null,
        );
        await expect(el).to.be.accessible();
      });

      it('shows an issued letter as an office letter: letterhead, number and date, addressee … copy-to; axe clean', async () => {
        const el = await fixture<EoDraftEditor>(
          html`<eo-draft-editor
            .draft=${data.issued()}
            .versions=${data.versions}
            .letterhead=${data.letterhead}
          ></eo-draft-editor>`,
        );
        await waitUntil(() => root(el).querySelector('[part="issue"]'), 'issue panel loaded');
        const letter = root(el).querySelector('[part="letter"]') as HTMLElement;
        expect(letter.lang).to.equal('hi');
        expect(text(letter.querySelector('[part="letterhead"]'))).to.equal(
          'मध्यप्रदेश शासन, श्रम विभाग मंत्रालय, वल्लभ भवन भोपाल — 462004',
        );
        expect(text(letter.querySelector('.dispatch-number'))).to.equal('D/4471/2026/Estt.');
        expect(text(letter.querySelector('.number-date'))).to.match(/19.*2026/);
        expect(
          [...letter.querySelectorAll('[part="addressee"] address span')].map((span) => span.textContent),
        ).to.deep.equal(['श्री रमेश यादव', 'अरेरा कॉलोनी, भोपाल']);
        expect(text(letter.querySelector('.subject strong'))).to.equal('बकाया वेतन के भुगतान के संबंध में');
        expect(text(letter.querySelector('.reference'))).to.contain('आपका आवेदन दिनांक 02.11.2026');
        const body = letter.querySelector('[part="body"]') as HTMLElement;
        expect(text(body)).to.contain('निर्देश दिए जा चुके हैं');
        expect(body.querySelector('th')?.textContent, 'the table keeps its heading row').to.equal('माह');
        expect(text(letter.querySelector('[part="signature-block"]'))).to.contain(
          lang === 'en' ? 'Meenakshi Dubey Deputy Secretary Digitally signed' : 'मीनाक्षी दुबे उप सचिव',
        );
        expect([...letter.querySelectorAll('[part="copy-to"] li')].map((li) => li.textContent)).to.deep.equal(
          data.issued().content.copyTo,
        );
        expect(text(root(el).querySelector('[part="dispatch"]'))).to.contain('D/4471/2026/Estt.');
        expect(root(el).querySelector('[data-action="issue"]'), 'already issued').to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('says visibly that a later revision voided the approval; axe clean', async () => {
        const el = await fixture<EoDraftEditor>(
          html`<eo-draft-editor .draft=${data.voided()}></eo-draft-editor>`,
        );
        const notice = root(el).querySelector('[part="voided"]');
        expect(text(notice)).to.contain(
          lang === 'en' ? 'The approval of v2 by Meenakshi Dubey lapsed when v3' : 'व्यपगत',
        );
        expect(text(root(el).querySelector('.dispatch-number'))).to.equal('________');
        await expect(el).to.be.accessible();
      });

      it('shows the versions and compares two of them word by word; axe clean', async () => {
        const el = await fixture<EoDraftEditor>(
          html`<eo-draft-editor .draft=${data.draft()} .versions=${data.versions}></eo-draft-editor>`,
        );
        const toggle = root(el).querySelector('[data-action="versions"]') as HTMLButtonElement;
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        toggle.click();
        await waitUntil(() => root(el).querySelector('[part="comparison"]'), 'comparison shown');
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        const rows = root(el).querySelectorAll('[part="versions"] tbody tr');
        expect(rows.length).to.equal(2);
        expect(text(rows[1])).to.contain(lang === 'en' ? 'Rajesh Kumar Tiwari' : 'राजेश कुमार तिवारी');
        const removed = [...root(el).querySelectorAll('[part="comparison"] del')].map(
          (d) => d.lastChild?.textContent,
        );
        const added = [...root(el).querySelectorAll('[part="comparison"] ins')].map(
          (d) => d.lastChild?.textContent,
        );
        expect(removed).to.deep.equal(['गए']);
        expect(added.slice(0, 2).map((t) => t?.trim())).to.deep.equal(['जा', 'चुके']);
        expect(root(el).querySelector('[data-revert]'), 'no revert in plain data').to.equal(null);
        await expect(el).to.be.accessible();
      });

      it('shows the dispatch register with its filters; axe clean', async () => {
        const el = await fixture<EoDraftEditor>(
          html`<eo-draft-editor .register=${data.register}></eo-draft-editor>`,
        );
        await waitUntil(() => root(el).querySelector('[part="register"]'), 'register shown');
        const numbers = [...root(el).querySelectorAll('td.dispatch-number')].map((td) => td.textContent);
        expect(numbers).to.deep.equal(['D/4471/2026/Estt.', 'D/4472/2026/Estt.']);
        // The range is typed day-month-year in both languages, not in the browser's own date order.
        const from = root(el).querySelector<HTMLInputElement>('[part="register"] #register-from');
        expect(from?.type).to.equal('text');
        from?.focus();
        await sendKeys({ type: '01-11-2026' });
        await el.updateComplete;
        expect((el as unknown as { filters: { from?: string } }).filters.from).to.equal('2026-11-01');
        expect(root(el).querySelectorAll('[part="register"] select option').length).to.equal(9);
        await expect(el).to.be.accessible();
      });
    });
  }

  it('exports the register as CSV with a byte order mark, formula-safe, headings in the interface language', async () => {
    const el = await fixture<EoDraftEditor>(
      html`<eo-draft-editor .register=${data.register}></eo-draft-editor>`,
    );
    await setDocumentLanguage('hi');
    const csv = registerToCsv(data.register, { locale: 'hi' });
    const [header, first, second] = csv.split('\r\n');
    expect(header?.startsWith('प्रेषण क्रमांक,')).to.be.true;
    expect(first).to.contain('D/4471/2026/Estt.');
    expect(first).to.contain('स्पीड पोस्ट');
    expect(second).to.contain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(second).to.contain('"सचिव, श्रमिक कल्याण मंडल; Registrar"');

    // The button saves exactly that text behind a byte order mark.
    await waitUntil(() => root(el).querySelector('[data-action="csv"]'), 'register shown');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return original.call(URL, blob);
    };
    try {
      (root(el).querySelector('[data-action="csv"]') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs.length).to.equal(1);
    const saved = await blobs[0]?.text();
    // Blob.text() decodes UTF-8 and drops a leading BOM, so read the bytes.
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(BOM + (saved ?? '')).to.equal(BOM + csv);
  });

  it("shows the server's own words for a refusal only in the language its request asked for", async () => {
    const failing = {
      auth: { me: async () => ({ posts: [], delegations: [], roles: [] }) },
      drafts: {
        get: async () => {
          throw Object.assign(new Error('409'), {
            name: 'ConflictError',
            status: 409,
            code: 'draft.locked',
            detail: 'This draft is open with another officer just now.',
          });
        },
      },
    } as unknown as DraftClient;
    const el = await fixture<EoDraftEditor>(
      html`<eo-draft-editor draft-id="drf_1" .client=${failing}></eo-draft-editor>`,
    );
    const status = () => text(root(el).querySelector('[part="status"]'));
    await waitUntil(() => status().includes('another officer'), 'the refusal shows');
    await setDocumentLanguage('hi');
    await el.updateComplete;
    expect(status()).not.to.contain('another officer');
    expect(status()).to.contain('सर्वर ने अनुरोध अस्वीकार किया।');
    await setDocumentLanguage('en');
    await el.updateComplete;
    expect(status()).to.contain('This draft is open with another officer just now.');
  });

  describe('word comparison', () => {
    it('never splits a grapheme cluster: each changed run begins and ends on a letter boundary', () => {
      const before = 'क्षेत्रीय कार्यालय को निर्देश दिए गए हैं';
      const after = 'क्षेत्रीय कार्यालयों को निर्देश दिए जा चुके हैं';
      const parts = diffWords(before, after);
      expect(
        parts
          .map((p) => p.text)
          .filter((_, i) => parts[i]?.kind !== 'added')
          .join(''),
      ).to.equal(before);
      expect(
        parts
          .map((p) => p.text)
          .filter((_, i) => parts[i]?.kind !== 'removed')
          .join(''),
      ).to.equal(after);
      const boundaries = (textValue: string) => {
        const set = new Set<number>([0]);
        let at = 0;
        for (const g of graphemes(textValue)) set.add((at += g.length));
        return set;
      };
      for (const [source, kinds] of [
        [before, ['same', 'removed']],
        [after, ['same', 'added']],
      ] as const) {
        const allowed = boundaries(source);
        let at = 0;
        for (const part of parts) {
          if (!(kinds as readonly string[]).includes(part.kind)) continue;
          expect(allowed.has(at), `run "${part.text}" starts inside a letter`).to.be.true;
          at += part.text.length;
          expect(allowed.has(at), `run "${part.text}" ends inside a letter`).to.be.true;
        }
      }
      expect(parts.find((p) => p.kind === 'removed')?.text).to.contain('कार्यालय');
      expect(parts.find((p) => p.kind === 'added')?.text).to.contain('कार्यालयों');
    });

    it('a changed vowel sign marks the whole word, and words come back whole', () => {
      const parts = diffWords('किताब पढ़ी', 'किताबें पढ़ीं');
      expect(parts).to.deep.equal([
        { kind: 'removed', text: 'किताब' },
        { kind: 'added', text: 'किताबें' },
        { kind: 'same', text: ' ' },
        { kind: 'removed', text: 'पढ़ी' },
        { kind: 'added', text: 'पढ़ीं' },
      ]);
      expect(segmentWords('नमस्ते, दुनिया').join('')).to.equal('नमस्ते, दुनिया');
      expect(graphemes('क्षि')).to.deep.equal(['क्षि']);
    });
  });

  describe('body format', () => {
    it('turns editor paragraphs into the stored body and back, lifting lists and tables out of <p>', () => {
      const table = '<table><tbody><tr><th>माह</th></tr><tr><td>अक्टूबर</td></tr></tbody></table>';
      const body = paragraphsToBody(['महोदय,<br>नमस्ते', `विवरण:${table}`, '<b>भवदीय</b>']);
      expect(body).to.equal(`<p>महोदय,<br>नमस्ते</p><p>विवरण:</p>${table}<p><b>भवदीय</b></p>`);
      expect(bodyToParagraphs(body)).to.deep.equal(['महोदय,<br>नमस्ते', `विवरण:${table}`, '<b>भवदीय</b>']);
      expect(bodyText(body)).to.equal('महोदय,\nनमस्ते\nविवरण:\nमाह\nअक्टूबर\nभवदीय');
    });

    it('stores text NFC', () => {
      const decomposed = 'क़ानून'.normalize('NFD');
      expect(paragraphsToBody([decomposed])).to.equal(`<p>${'क़ानून'.normalize('NFC')}</p>`);
    });
  });
});
