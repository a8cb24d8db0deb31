// The first announcement on a Hindi page is Hindi even when the Hindi strings arrive late: the live
// regions stay silent while the language loads, then speak in it. A failed load does not silence
// them for good: they speak in the language still in force. Failure boxes (role alert, read out as
// they appear) wait the same way.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { NetworkError } from '@eoffice/sdk';
import '../src/eo-file-tracker/define.js';
import '../src/eo-send-dialog/define.js';
import '../src/eo-signature-widget/define.js';
import type { EoFileTracker } from '../src/eo-file-tracker/eo-file-tracker.js';
import type { EoSendDialog } from '../src/eo-send-dialog/eo-send-dialog.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import { scriptedClient } from './fixtures/recipients.js';
import { currentLocale, loadingLocale, useLocaleLoader } from '../src/shared/localization.js';
import { setDocumentLanguage } from './helpers/language.js';

const announcer = (el: Element) =>
  (el.shadowRoot?.querySelector('[part="announcer"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Makes the Hindi strings wait until the returned function is called. */
function lateHindi(): () => void {
  let arrive = () => {};
  const late = new Promise<void>((resolve) => (arrive = resolve));
  useLocaleLoader(async (real) => {
    await late;
    return real();
  });
  return arrive;
}

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

  it('keeps a failure box silent until the late Hindi strings arrive, then says it in Hindi', async () => {
    const arrive = lateHindi();
    document.documentElement.lang = 'hi';
    const el = await fixture<EoFileTracker>(
      html`<eo-file-tracker state="offline" .movements=${[]}></eo-file-tracker>`,
    );
    await waitUntil(() => loadingLocale() === 'hi', 'Hindi is loading');
    await el.updateComplete;
    await frame();
    const box = () => el.shadowRoot?.querySelector('.eo-state.offline');
    // The box is there (an alert inserted with its text is what gets read), empty and busy.
    expect(box()?.getAttribute('role')).to.equal('alert');
    expect(box()?.getAttribute('aria-busy')).to.equal('true');
    expect(text(box()), 'nothing drawn in English meanwhile').to.equal('');
    expect(el.shadowRoot?.textContent).not.to.contain('Cannot reach e-Office');

    arrive();
    await waitUntil(() => currentLocale() === 'hi', 'Hindi arrived');
    await el.updateComplete;
    expect(box()?.getAttribute('role')).to.equal('alert');
    expect(box()?.hasAttribute('aria-busy')).to.equal(false);
    expect(text(box())).to.match(/[\u0900-\u097F]/);
    expect(text(box())).not.to.contain('Cannot reach');
    expect(box()?.querySelector('button')?.textContent).to.match(/[\u0900-\u097F]/);
  });

  it("empties an element's own error box while a switch to Hindi loads, then says it in Hindi", async () => {
    const client = scriptedClient();
    client.answer = async () => {
      throw new NetworkError('offline', { method: 'POST', url: '/files/file_leave2026a1/send' });
    };
    const el = await fixture<EoSendDialog>(
      html`<eo-send-dialog file-id="file_leave2026a1" search-delay="0" .client=${client}></eo-send-dialog>`,
    );
    void el.show();
    await waitUntil(() => el.open, 'the dialog opens');
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('#to-input');
    if (!input) throw new Error('no recipient field');
    input.value = 'DS';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.toSearch.settled;
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLElement>('#to-listbox [role="option"]')?.click();
    await waitUntil(() => el.shadowRoot?.querySelector('#to-change'), 'recipient chosen');
    el.shadowRoot?.querySelector<HTMLElement>('[part~="send-button"]')?.click();
    const general = () => el.shadowRoot?.querySelector('#general-error');
    await waitUntil(() => text(general()) !== '', 'the failure is shown');
    const english = text(general());
    expect(english).to.match(/[A-Za-z]/);

    const arrive = lateHindi();
    document.documentElement.lang = 'hi';
    await waitUntil(() => loadingLocale() === 'hi', 'Hindi is loading');
    await el.updateComplete;
    expect(general()?.getAttribute('role')).to.equal('alert');
    expect(text(general()), 'the English text is not left to be read again').to.equal('');

    arrive();
    await waitUntil(() => currentLocale() === 'hi', 'Hindi arrived');
    await el.updateComplete;
    expect(text(general())).to.match(/[\u0900-\u097F]/);
    expect(text(general())).not.to.equal(english);
  });
});
