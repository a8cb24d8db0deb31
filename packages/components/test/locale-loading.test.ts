// The first announcement on a Hindi page is Hindi even when the Hindi strings arrive late: the live
// regions stay silent while the language loads, then speak in it. A failed load does not silence
// them for good: they speak in the language still in force.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import '../src/eo-signature-widget/define.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import { currentLocale, loadingLocale, useLocaleLoader } from '../src/shared/localization.js';
import { setDocumentLanguage } from './helpers/language.js';

const announcer = (el: Element) =>
  (el.shadowRoot?.querySelector('[part="announcer"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('announcements while the interface language loads', () => {
  afterEach(async () => {
    useLocaleLoader(undefined);
    await setDocumentLanguage('en');
  });

  it('waits for late Hindi strings instead of announcing in English first', async () => {
    let arrive = () => {};
    const late = new Promise<void>((resolve) => (arrive = resolve));
    useLocaleLoader(async (real) => {
      await late;
      return real();
    });
    document.documentElement.lang = 'hi';
    const el = await fixture<EoSignatureWidget>(html`<eo-signature-widget></eo-signature-widget>`);
    await waitUntil(() => loadingLocale() === 'hi', 'Hindi is loading');
    await el.updateComplete;
    await frame();
    // The widget has rendered (in English, the only strings it has) and has something to announce.
    expect(el.shadowRoot?.textContent).to.contain('Nothing to sign');
    expect(announcer(el), 'nothing said in English meanwhile').to.equal('');

    arrive();
    await waitUntil(() => currentLocale() === 'hi', 'Hindi arrived');
    await el.updateComplete;
    expect(announcer(el)).to.match(/[\u0900-\u097F]/);
    expect(announcer(el)).not.to.match(/[A-Za-z]/);
  });

  it('speaks in the language in force when the Hindi strings fail to load', async () => {
    const el = await fixture<EoSignatureWidget>(html`<eo-signature-widget></eo-signature-widget>`);
    await waitUntil(() => announcer(el) === 'Nothing to sign', 'announced in English');
    useLocaleLoader(() => Promise.reject(new Error('the strings could not be fetched')));
    const failed = new Promise<void>((resolve) =>
      window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
        if (event.detail.status === 'error') resolve();
      }),
    );
    document.documentElement.lang = 'hi';
    await failed;
    await waitUntil(() => announcer(el) !== '', 'the live region speaks again');
    expect(currentLocale()).to.equal('en');
    expect(announcer(el)).to.equal('Nothing to sign');
  });
});
