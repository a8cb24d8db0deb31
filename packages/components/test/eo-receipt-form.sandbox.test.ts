// <eo-receipt-form> against the real sandbox the test runner started (seeded demo department): the
// receipt clerk uploads a scanned PDF with a progress bar, diarises and sends it to the section officer,
// whose inbox then holds it; the server's own refusals appear beside their fields in Hindi.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-receipt-form/define.js';
import type { EoReceiptForm } from '../src/eo-receipt-form/eo-receipt-form.js';
import type { ReceiptDiarisedDetail, ReceiptUploadDetail } from '../src/eo-receipt-form/types.js';
import type { ReceiptSentDetail } from '../src/eo-send-dialog/types.js';
import { setDocumentLanguage } from './helpers/language.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

function $<T extends Element = HTMLElement>(root: ParentNode | null | undefined, selector: string): T {
  const found = root?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
async function type(el: EoReceiptForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el.shadowRoot, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: EoReceiptForm, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el.shadowRoot, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** A valid one-page PDF padded to about `size` bytes, so the upload takes more than one chunk. */
function scannedPdf(size: number): File {
  const head =
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n';
  const tail = 'trailer << /Root 1 0 R >>\n%%EOF\n';
  const padding = `%${'0'.repeat(Math.max(0, size - head.length - tail.length - 2))}\n`;
  return new File([head, padding, tail], 'शिकायत-पत्र.pdf', { type: 'application/pdf' });
}

describe('<eo-receipt-form> against the sandbox', () => {
  beforeEach(() => setDocumentLanguage('en'));
  afterEach(() => sessionStorage.clear());

  it('uploads a scanned PDF with progress, diarises and sends it to the section officer', async function () {
    // A 3 MB upload, a diarise, a lazily loaded dialog and a send, on a busy machine.
    this.timeout(60_000);
    const priya = as('priya.singh');
    const el = await fixture<EoReceiptForm>(
      html`<eo-receipt-form draft-key="sandbox-send" .client=${priya}></eo-receipt-form>`,
    );
    await waitUntil(
      () => ($<HTMLSelectElement>(el.shadowRoot, '#categoryId').options.length ?? 0) > 1,
      'categories load from the sandbox',
      { timeout: 10_000 },
    );
    await type(el, '#senderName', 'सचिव, श्रमिक कल्याण मंडल');
    await type(el, '#senderOrganisation', 'श्रमिक कल्याण मंडल');
    await type(el, '#subject', 'श्रमिक कल्याण मंडल की बैठक का कार्यवृत्त');
    await type(el, '#letterNumber', 'श्रक/2026/118');
    await choose(el, '#deliveryMode', 'email');
    await choose(el, '#priority', 'immediate');

    // Every value the progress bar takes while the upload runs.
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      const bar = el.shadowRoot?.querySelector('progress');
      if (bar) seen.push(bar.value);
    });
    observer.observe(el.shadowRoot as ShadowRoot, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const uploaded = oneEvent(el, 'eo-receipt-upload') as Promise<CustomEvent<ReceiptUploadDetail>>;
    const input = $<HTMLInputElement>(el.shadowRoot, '#scan');
    const transfer = new DataTransfer();
    transfer.items.add(scannedPdf(3 * 1024 * 1024));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const { detail } = await uploaded;
    observer.disconnect();
    expect(detail.attachment.mediaType).to.equal('application/pdf');
    expect(detail.attachment.size).to.be.greaterThan(3 * 1024 * 1024 - 64);
    expect(seen.length, 'the progress bar was shown').to.be.greaterThan(0);
    expect(Math.max(...seen), 'it reached the end').to.equal(100);
    await waitUntil(
      () => el.shadowRoot?.querySelector('iframe[part="preview"]'),
      'the first page is previewed',
      { timeout: 10_000 },
    );

    const diarised = oneEvent(el, 'eo-receipt-diarised') as Promise<CustomEvent<ReceiptDiarisedDetail>>;
    $<HTMLButtonElement>(el.shadowRoot, '[part~="diarise-send-button"]').click();
    const { receipt } = (await diarised).detail;
    expect(receipt.number).to.match(/^\d+\/\d{4}\/[A-Z0-9.()-]+$/);
    await el.updateComplete;
    expect(text($(el.shadowRoot, '[part="diary-number"]'))).to.equal(receipt.number);

    const dialog = $<HTMLElement & { open: boolean }>(el.shadowRoot, 'eo-send-dialog');
    await waitUntil(() => dialog.open, 'the send dialog opens', { timeout: 10_000 });
    $<HTMLInputElement>(dialog.shadowRoot, '#to-input').focus();
    await sendKeys({ type: 'SO(ESTT)' });
    await waitUntil(
      () => [...(dialog.shadowRoot?.querySelectorAll('#to-listbox [role="option"]') ?? [])].length > 0,
      'the recipient search offers the section officer',
      { timeout: 5000 },
    );
    await sendKeys({ press: 'Enter' });
    const sent = oneEvent(el, 'eo-receipt-sent') as Promise<CustomEvent<ReceiptSentDetail>>;
    $<HTMLButtonElement>(dialog.shadowRoot, '[part~="send-button"]').click();
    const sentDetail = (await sent).detail;
    expect(sentDetail.receiptId).to.equal(receipt.id);
    await waitUntil(
      () => text($(el.shadowRoot, '[part="result"]')).includes('Sent.'),
      'the form says it was sent',
      { timeout: 10_000 },
    );

    const inbox = await as('sunita.verma').receipts.list({ folder: 'inbox', q: receipt.number }).toArray();
    expect(inbox.map((r) => r.id)).to.include(receipt.id);
    const inSunitasInbox = inbox.find((r) => r.id === receipt.id);
    expect(inSunitasInbox?.attachments[0]?.sha256).to.equal(detail.attachment.sha256);
  });

  it('shows the server’s refusal beside its field in Hindi and keeps what was typed', async function () {
    this.timeout(30_000);
    await setDocumentLanguage('hi');
    const priya = as('priya.singh');
    const el = await fixture<EoReceiptForm>(
      html`<eo-receipt-form draft-key="sandbox-refusal" .client=${priya}></eo-receipt-form>`,
    );
    await waitUntil(
      () => ($<HTMLSelectElement>(el.shadowRoot, '#categoryId').options.length ?? 0) > 1,
      'categories load from the sandbox',
      { timeout: 10_000 },
    );
    // A sub-category of another main category: only the server knows the pairing is wrong.
    el.draft = {
      nature: 'physical',
      senderName: 'रमेश पाटिल',
      subject: 'मज़दूरी का भुगतान न होना',
      deliveryMode: 'by_hand',
      categoryId: 'cat_establish',
      subCategoryId: 'cat_grvwages1',
    };
    await el.diarise();
    await el.updateComplete;
    const error = text($(el.shadowRoot, '#categoryId-error'));
    expect(error).to.match(/[\u0900-\u097F]/, 'the message is in Hindi');
    expect($(el.shadowRoot, '#categoryId').getAttribute('aria-invalid')).to.equal('true');
    expect($<HTMLTextAreaElement>(el.shadowRoot, '#subject').value).to.equal('मज़दूरी का भुगतान न होना');
    expect(
      JSON.parse(sessionStorage.getItem('eoffice-receipt-draft:sandbox-refusal') ?? '{}').subject,
    ).to.equal('मज़दूरी का भुगतान न होना');
  });
});
