// Server messages inside components speak the page's language: the SDK sends Accept-Language from
// <html lang>, the sandbox answers problem details in it, and a component on a Hindi page shows the
// server's words in Hindi; after a switch to English the next request asks for English.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@eoffice/sdk';
import '../src/eo-signature-widget/define.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import { setDocumentLanguage } from './helpers/language.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('server messages in the page language (sandbox)', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('asks in Hindi on a Hindi page and shows the problem detail in Hindi, then English after a switch', async () => {
    const asked: string[] = [];
    const client = createClient({
      baseUrl,
      auth: { username: 'rajesh.tiwari', password: 'Demo@1234' },
      hooks: {
        beforeRequest: [(request) => void asked.push(request.headers.get('accept-language') ?? '')],
      },
    });
    // A Hindi page from the start: the widget's first request already asks in Hindi.
    document.documentElement.lang = 'hi';
    const el = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        target-type="note"
        target-id="note_doesnotexist01"
        .client=${client}
      ></eo-signature-widget>`,
    );
    await waitUntil(() => el.currentState === 'error', 'the server refused', { timeout: 15000 });
    await setDocumentLanguage('hi');
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('[part~="status"]');
    const reason = text(status?.querySelector('.reason'));
    expect(asked.length).to.be.greaterThan(0);
    expect(
      asked.every((language) => language === 'hi'),
      asked.join(),
    ).to.be.true;
    // The sandbox's own words for resource.not_found, in Hindi.
    expect(reason).to.equal('यह प्रविष्टि उपलब्ध नहीं है या आपको दिखाई नहीं देती।');
    expect(text(status)).not.to.match(/[A-Za-z]{3,}/);

    // After a switch the Hindi words are not left behind in English; asking again gets English.
    // The status box may be drawn anew on a switch: look it up again (and compare text, not nodes, so a
    // failure reads as words rather than a DOM element).
    await setDocumentLanguage('en');
    await el.updateComplete;
    expect(text(el.shadowRoot?.querySelector('[part~="status"] .reason'))).to.equal('');
    asked.length = 0;
    await el.reload();
    await el.updateComplete;
    expect(
      asked.every((language) => language === 'en'),
      asked.join(),
    ).to.be.true;
    expect(text(el.shadowRoot?.querySelector('[part~="status"] .reason'))).to.equal(
      'The note was not found.',
    );
  });
});
