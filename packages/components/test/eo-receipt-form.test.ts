// <eo-receipt-form> from plain data and a scripted client: fields, day-month-year dates, the local
// draft across a reload, type sniffing before upload, server errors beside their fields in both
// languages, the cancelable before-diarise event, form association and axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ValidationError, type Schemas } from '@eoffice/sdk';
import '../src/eo-receipt-form/define.js';
import type { EoReceiptForm } from '../src/eo-receipt-form/eo-receipt-form.js';
import { formatDmy, parseDmy } from '../src/eo-receipt-form/dmy-date.js';
import { scanTypeOf } from '../src/eo-receipt-form/sniff.js';
import type {
  BeforeDiariseDetail,
  DiariseRequest,
  ReceiptCategory,
  ReceiptDiarisedDetail,
  ReceiptFormClient,
} from '../src/eo-receipt-form/types.js';
import { setDocumentLanguage } from './helpers/language.js';

const CATEGORIES: ReceiptCategory[] = [
  { id: 'cat_grievance', name: { en: 'Grievance', hi: 'शिकायत' }, parentId: null },
  {
    id: 'cat_grvwages',
    name: { en: 'Non-payment of wages', hi: 'मज़दूरी का भुगतान न होना' },
    parentId: 'cat_grievance',
  },
  { id: 'cat_meetings', name: { en: 'Meetings', hi: 'बैठकें' }, parentId: null },
];

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF');

function attachment(
  mediaType: Schemas['Attachment']['mediaType'] = 'application/pdf',
): Schemas['Attachment'] {
  return {
    id: 'att_scan0001',
    fileName: 'letter.pdf',
    mediaType,
    size: PDF.byteLength,
    sha256: 'a'.repeat(64),
    pageCount: 1,
    uploadedBy: { id: 'usr_priya', name: { en: 'Priya Singh', hi: 'प्रिया सिंह' } },
    uploadedAt: '2026-07-10T05:00:00Z',
  } as Schemas['Attachment'];
}

interface Scripted extends ReceiptFormClient {
  diarised: DiariseRequest[];
  keys: (string | undefined)[];
  uploads: File[];
  failNext: unknown;
}

function scriptedClient(): Scripted {
  const client: Scripted = {
    diarised: [],
    keys: [],
    uploads: [],
    failNext: undefined,
    receipts: {
      diarise: async (body, options) => {
        client.keys.push(options?.idempotencyKey);
        if (client.failNext) {
          const failure = client.failNext;
          client.failNext = undefined;
          throw failure;
        }
        client.diarised.push(body);
        return { id: 'rcpt_new00001', number: '17/2026/CR' } as Schemas['Receipt'];
      },
      senders: () => ({
        toArray: async () => [{ name: 'Ramesh Patil', organisation: 'Shree Textiles', pincode: '441122' }],
      }),
    },
    master: { receiptCategories: () => ({ toArray: async () => CATEGORIES }) },
    attachments: {
      upload: async (file) => {
        client.uploads.push(file as File);
        return attachment((file as File).type as Schemas['Attachment']['mediaType']);
      },
      download: async () => new Blob([PDF], { type: 'application/pdf' }),
    },
  };
  return client;
}

function $<T extends Element = HTMLElement>(el: EoReceiptForm, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
async function type(el: EoReceiptForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: EoReceiptForm, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function pickFile(el: EoReceiptForm, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, '#scan');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

let counter = 0;
async function form(client: ReceiptFormClient | undefined = scriptedClient(), key = `test-${++counter}`) {
  return fixture<EoReceiptForm>(
    html`<eo-receipt-form draft-key=${key} .client=${client} .categories=${CATEGORIES}></eo-receipt-form>`,
  );
}

async function fillRequired(el: EoReceiptForm): Promise<void> {
  await type(el, '#senderName', 'Ramesh Patil');
  await type(el, '#subject', 'Non-payment of wages at Shree Textiles, Butibori');
  await choose(el, '#deliveryMode', 'by_hand');
}

describe('<eo-receipt-form> helpers', () => {
  it('reads day-month-year dates and refuses impossible ones', () => {
    expect(parseDmy('10-07-2025')).to.equal('2025-07-10');
    expect(parseDmy('1/7/2025')).to.equal('2025-07-01');
    expect(parseDmy('31-02-2025')).to.equal(null);
    expect(parseDmy('2025-07-10')).to.equal(null);
    expect(formatDmy('2025-07-10')).to.equal('10-07-2025');
  });

  it('tells PDF, JPEG and PNG apart by their first bytes', () => {
    expect(scanTypeOf(PDF)).to.equal('application/pdf');
    expect(scanTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).to.equal('image/jpeg');
    expect(scanTypeOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).to.equal(
      'image/png',
    );
    expect(scanTypeOf(new TextEncoder().encode('Hello, %PDF-'))).to.equal(null);
  });
});

describe('<eo-receipt-form>', () => {
  beforeEach(() => setDocumentLanguage('en'));
  afterEach(() => sessionStorage.clear());

  it('draws every field, dates day-month-year, and states the upload limit before any upload', async () => {
    const el = await form();
    for (const id of [
      'letterNumber',
      'letterDate',
      'receivedDate',
      'deliveryMode',
      'subject',
      'language',
      'categoryId',
      'subCategoryId',
      'senderName',
      'senderDesignation',
      'senderOrganisation',
      'senderAddress',
      'priority',
      'classification',
      'remarks',
      'scan',
    ])
      $(el, `#${id}`);
    expect(el.shadowRoot?.querySelectorAll('input[name="nature"]').length).to.equal(2);
    expect($<HTMLInputElement>(el, '#receivedDate').value).to.match(/^\d{2}-\d{2}-\d{4}$/);
    expect(text($(el, '#receivedDate-hint'))).to.contain('Day-month-year');
    expect(text($(el, '#scan-hint'))).to.contain('up to 20 MB');
    const modes = [...$<HTMLSelectElement>(el, '#deliveryMode').options].map((o) => o.value);
    expect(modes).to.include.members(['ordinary_post', 'by_hand', 'email', 'fax', 'online_portal']);
    // Sub-categories follow the main category.
    expect($<HTMLSelectElement>(el, '#subCategoryId').options.length).to.equal(1);
    await choose(el, '#categoryId', 'cat_grievance');
    expect([...$<HTMLSelectElement>(el, '#subCategoryId').options].map((o) => o.value)).to.deep.equal([
      '',
      'cat_grvwages',
    ]);
  });

  it('keeps everything typed in a draft that survives a reload, and forgets it once diarised', async () => {
    const client = scriptedClient();
    const first = await form(client, 'reload');
    await type(first, '#subject', 'श्रमिक कल्याण मंडल की बैठक');
    await type(first, '#senderName', 'सचिव, श्रमिक कल्याण मंडल');
    await type(first, '#letterDate', '08-07-2025');
    await choose(first, '#categoryId', 'cat_meetings');
    $<HTMLButtonElement>(first, 'button[part~="button"]:not([type="submit"])').click(); // Add enclosure
    await first.updateComplete;
    await type(first, '#enclosure-0', 'उपस्थिति सूची');
    first.remove();

    const again = await form(client, 'reload');
    expect($<HTMLTextAreaElement>(again, '#subject').value).to.equal('श्रमिक कल्याण मंडल की बैठक');
    expect($<HTMLInputElement>(again, '#senderName').value).to.equal('सचिव, श्रमिक कल्याण मंडल');
    expect($<HTMLInputElement>(again, '#letterDate').value).to.equal('08-07-2025');
    expect($<HTMLSelectElement>(again, '#categoryId').value).to.equal('cat_meetings');
    expect($<HTMLInputElement>(again, '#enclosure-0').value).to.equal('उपस्थिति सूची');

    again.draft = { ...again.draft, nature: 'physical', deliveryMode: 'by_hand' };
    await again.diarise();
    expect(client.diarised).to.have.length(1);
    expect(client.diarised[0]?.letterDate).to.equal('2025-07-08');
    expect(client.diarised[0]?.enclosures).to.deep.equal([{ description: 'उपस्थिति सूची', count: 1 }]);
    again.remove();
    const fresh = await form(client, 'reload');
    expect($<HTMLTextAreaElement>(fresh, '#subject').value).to.equal('');
  });

  it('refuses a file named .pdf that is not a PDF, before uploading it', async () => {
    const client = scriptedClient();
    const el = await form(client);
    await pickFile(el, new File(['Hello, I am a text file'], 'letter.pdf', { type: 'application/pdf' }));
    await waitUntil(() => text($(el, '#scan-error')) !== '', 'the scan error shows');
    expect(text($(el, '#scan-error'))).to.contain('is not a PDF, JPEG or PNG');
    expect($(el, '#scan').getAttribute('aria-invalid')).to.equal('true');
    expect(client.uploads).to.have.length(0);
  });

  it('uploads by content type: a PNG named .pdf goes up as image/png and is previewed as an image', async () => {
    const client = scriptedClient();
    const el = await form(client);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const uploaded = oneEvent(el, 'eo-receipt-upload');
    await pickFile(el, new File([png], 'scan.pdf', { type: 'application/pdf' }));
    await uploaded;
    expect(client.uploads[0]?.type).to.equal('image/png');
    await waitUntil(() => el.shadowRoot?.querySelector('img[part="preview"]'), 'the image preview shows');
    expect($<HTMLImageElement>(el, 'img[part="preview"]').src).to.match(/^data:image\/png;base64,/);
  });

  it('shows a refused upload beside the scan and keeps everything typed', async () => {
    const client = scriptedClient();
    client.attachments.upload = async () => {
      throw new ValidationError('422', {
        method: 'POST',
        url: '/attachments',
        status: 422,
        problem: {
          status: 422,
          code: 'attachment.encrypted',
          title: 'Encrypted PDF',
          detail: 'Encrypted or password-protected PDFs are not accepted.',
        },
      });
    };
    const el = await form(client, 'failed-upload');
    await type(el, '#subject', 'भविष्य निधि अंशदान जमा न होना');
    const failed = oneEvent(el, 'eo-receipt-error');
    await pickFile(el, new File([PDF], 'locked.pdf', { type: 'application/pdf' }));
    expect((await failed).detail.during).to.equal('upload');
    await el.updateComplete;
    expect(text($(el, '#scan-error'))).to.equal('Encrypted or password-protected PDFs are not accepted.');
    expect(text($(el, '[part="alert-announcer"]'))).to.contain('password-protected');
    expect($<HTMLTextAreaElement>(el, '#subject').value).to.equal('भविष्य निधि अंशदान जमा न होना');
    expect(el.draft.attachment).to.equal(null);
    // A second try is possible: the chooser is back.
    expect($<HTMLInputElement>(el, '#scan').hidden).to.equal(false);
  });

  it('cancels an upload in flight, leaving no scan attached', async () => {
    const client = scriptedClient();
    let aborted = false;
    client.attachments.upload = (_file, _fields, options) =>
      new Promise((_resolve, reject) => {
        options?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('cancelled', 'AbortError'));
        });
      });
    const el = await form(client);
    await pickFile(el, new File([PDF], 'letter.pdf', { type: 'application/pdf' }));
    await waitUntil(() => el.shadowRoot?.querySelector('progress'), 'the progress bar shows');
    const cancel = [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
      text(b).includes('Cancel upload'),
    );
    cancel?.click();
    await el.updateComplete;
    expect(aborted).to.equal(true);
    expect(el.shadowRoot?.querySelector('progress')).to.equal(null);
    expect(el.draft.attachment).to.equal(null);
    expect(text($(el, '#scan-error'))).to.equal('');
  });

  it('refuses a file over the size limit before uploading, saying the limit', async () => {
    const client = scriptedClient();
    const el = await form(client);
    el.maxUploadBytes = 10;
    await el.updateComplete;
    await pickFile(el, new File([PDF], 'big.pdf', { type: 'application/pdf' }));
    await waitUntil(() => text($(el, '#scan-error')) !== '', 'the size error shows');
    expect(text($(el, '#scan-error'))).to.contain('the limit is');
    expect(client.uploads).to.have.length(0);
  });

  it('previews an uploaded PDF in the browser’s own viewer, and removes it', async () => {
    const el = await form();
    await pickFile(el, new File([PDF], 'letter.pdf', { type: 'application/pdf' }));
    await waitUntil(() => el.shadowRoot?.querySelector('iframe[part="preview"]'), 'the PDF preview shows');
    expect($<HTMLIFrameElement>(el, 'iframe[part="preview"]').src).to.match(/^blob:.*#page=1/);
    expect(el.draft.attachment?.id).to.equal('att_scan0001');
    const remove = [
      ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="scan"] button') ?? []),
    ][1];
    remove?.click();
    await el.updateComplete;
    expect(el.draft.attachment).to.equal(null);
    expect(el.shadowRoot?.querySelector('iframe')).to.equal(null);
  });

  for (const lang of ['en', 'hi'] as const) {
    it(`shows the server's field problems beside their fields in ${lang}, keeping what was typed`, async () => {
      await setDocumentLanguage(lang);
      const client = scriptedClient();
      client.failNext = new ValidationError('400', {
        method: 'POST',
        url: '/receipts',
        status: 400,
        problem: {
          status: 400,
          code: 'request.validation',
          title: 'Invalid request',
          errors: [
            { pointer: '/sender/mobile', message: 'must match pattern', code: 'pattern' },
            { pointer: '/subject', message: 'must NOT have more than 500 characters', code: 'maxLength' },
          ],
        },
      });
      const el = await form(client);
      el.draft = { nature: 'physical' };
      await fillRequired(el);
      await el.diarise();
      await el.updateComplete;
      expect(text($(el, '#senderMobile-error'))).to.equal(
        lang === 'hi' ? 'अपेक्षित रूप में नहीं है।' : 'Not in the expected form.',
      );
      expect(text($(el, '#subject-error'))).to.equal(lang === 'hi' ? 'बहुत लंबा है।' : 'Too long.');
      expect($(el, '#subject').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#subject').getAttribute('aria-describedby')).to.contain('subject-error');
      expect($<HTMLTextAreaElement>(el, '#subject').value).to.equal(
        'Non-payment of wages at Shree Textiles, Butibori',
      );
      expect(sessionStorage.length).to.be.greaterThan(0);
    });
  }

  it('places a problem without a pointer by its code (dates) and shows the general line otherwise', async () => {
    const client = scriptedClient();
    client.failNext = new ValidationError('422', {
      method: 'POST',
      url: '/receipts',
      status: 422,
      problem: {
        status: 422,
        code: 'receipt.dates_invalid',
        title: 'Dates out of order',
        detail: 'Dates must run letter ≤ received.',
      },
    });
    const el = await form(client);
    el.draft = { nature: 'physical' };
    await fillRequired(el);
    await el.diarise();
    await el.updateComplete;
    expect(text($(el, '#receivedDate-error'))).to.contain('Dates must run');
  });

  it('checks the form before sending: required fields and a letter dated after receipt', async () => {
    const client = scriptedClient();
    const el = await form(client);
    await type(el, '#letterDate', '12-07-2025');
    await type(el, '#receivedDate', '10-07-2025');
    $<HTMLButtonElement>(el, '[part~="diarise-button"]').click();
    await el.updateComplete;
    expect(text($(el, '#senderName-error'))).to.equal('Required.');
    expect(text($(el, '#subject-error'))).to.equal('Required.');
    expect(text($(el, '#letterDate-error'))).to.contain('after it was received');
    expect(text($(el, '#scan-error'))).to.contain('needs its scanned letter');
    expect(client.diarised).to.have.length(0);
  });

  it('lets a portal veto diarising (eo-before-diarise), then diarises and shows and announces the diary number', async () => {
    const client = scriptedClient();
    const el = await form(client);
    el.draft = { nature: 'physical' };
    await fillRequired(el);
    const veto = (event: CustomEvent<BeforeDiariseDetail>) => event.preventDefault();
    el.addEventListener('eo-before-diarise', veto, { once: true });
    expect(await el.diarise()).to.equal(undefined);
    expect(client.diarised).to.have.length(0);
    const done = oneEvent(el, 'eo-receipt-diarised') as Promise<CustomEvent<ReceiptDiarisedDetail>>;
    $<HTMLButtonElement>(el, '[part~="diarise-button"]').click();
    const { detail } = await done;
    expect(detail.receipt.number).to.equal('17/2026/CR');
    await el.updateComplete;
    expect(text($(el, '[part="diary-number"]'))).to.equal('17/2026/CR');
    expect(text($(el, '[part="announcer"]'))).to.contain('17/2026/CR');
    expect(client.diarised[0]?.sender).to.deep.equal({ name: 'Ramesh Patil' });
  });

  it('retries a failed diarise with the same Idempotency-Key, and a changed one with a new key', async () => {
    const client = scriptedClient();
    const el = await form(client);
    el.draft = { nature: 'physical' };
    await fillRequired(el);
    client.failNext = new TypeError('Failed to fetch');
    await el.diarise();
    await el.updateComplete;
    expect(text($(el, '#general-error'))).to.contain('Nothing typed is lost');
    client.failNext = new TypeError('Failed to fetch');
    await el.diarise();
    await type(el, '#remarks', 'मूल पत्र संलग्न');
    await el.diarise();
    const [first, second, third] = client.keys;
    expect(first).to.be.a('string');
    expect(second, 'the same request again').to.equal(first);
    expect(third, 'a changed request').not.to.equal(first);
    expect(client.diarised).to.have.length(1);
  });

  it('is disabled with its form’s fieldset', async () => {
    const wrapper = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <eo-receipt-form
            draft-key="disabled"
            .client=${scriptedClient()}
            .categories=${CATEGORIES}
          ></eo-receipt-form>
        </fieldset>
      </form>`,
    );
    const el = wrapper.querySelector('eo-receipt-form') as EoReceiptForm;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#subject').disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part~="diarise-button"]').disabled).to.equal(true);
    (wrapper.querySelector('fieldset') as HTMLFieldSetElement).disabled = false;
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#subject').disabled).to.equal(false);
  });

  it('fills the sender from an earlier letter chosen in the look-up', async () => {
    const el = await form();
    el.senders = [
      { name: 'Ramesh Patil', organisation: 'Shree Textiles', address: 'MIDC Butibori', pincode: '441122' },
    ];
    await el.updateComplete;
    expect(el.shadowRoot?.querySelectorAll('#earlier-senders option').length).to.equal(1);
    await type(el, '#senderName', 'Ramesh Patil');
    expect($<HTMLInputElement>(el, '#senderOrganisation').value).to.equal('Shree Textiles');
    expect($<HTMLInputElement>(el, '#senderPincode').value).to.equal('441122');
  });

  it('is form-associated: required until diarised, then its value is the receipt id; reset clears it', async () => {
    const client = scriptedClient();
    const wrapper = await fixture<HTMLFormElement>(
      html`<form>
        <eo-receipt-form
          name="receipt"
          required
          draft-key="assoc"
          .client=${client}
          .categories=${CATEGORIES}
        ></eo-receipt-form>
      </form>`,
    );
    const el = wrapper.querySelector('eo-receipt-form') as EoReceiptForm;
    expect(el.form).to.equal(wrapper);
    expect(wrapper.checkValidity()).to.equal(false);
    el.draft = { nature: 'physical' };
    await fillRequired(el);
    await el.diarise();
    expect(wrapper.checkValidity()).to.equal(true);
    expect(new FormData(wrapper).get('receipt')).to.equal('rcpt_new00001');
    wrapper.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect($<HTMLTextAreaElement>(el, '#subject').value).to.equal('');
  });

  it('shows no access when the categories cannot be read (403)', async () => {
    const client = scriptedClient();
    client.master.receiptCategories = () => ({
      toArray: async () => {
        throw Object.assign(new Error('403'), { status: 403, name: 'ForbiddenError' });
      },
    });
    const el = await fixture<EoReceiptForm>(
      html`<eo-receipt-form draft-key="denied" .client=${client}></eo-receipt-form>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="status"]'), 'the no-access state shows');
    expect(text($(el, '[part="status"]'))).to.contain('cannot diarise');
  });

  it('shows a load failure with Try again, and the form once the categories load', async () => {
    const client = scriptedClient();
    let calls = 0;
    client.master.receiptCategories = () => ({
      toArray: async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('503'), { status: 503, name: 'ServerError' });
        return CATEGORIES;
      },
    });
    const el = await fixture<EoReceiptForm>(
      html`<eo-receipt-form draft-key="load-error" .client=${client}></eo-receipt-form>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="status"]'), 'the failure shows');
    expect(text($(el, '[part="status"]'))).to.contain('could not be loaded');
    $<HTMLButtonElement>(el, '[part="status"] button').click();
    await waitUntil(() => el.shadowRoot?.querySelector('#categoryId'), 'the form shows');
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#categoryId').options.length).to.equal(3);
  });

  for (const lang of ['en', 'hi'] as const) {
    it(`is accessible in ${lang} (axe), empty, with errors, and with the diary number`, async () => {
      await setDocumentLanguage(lang);
      const client = scriptedClient();
      const el = await form(client);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="diarise-button"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.draft = { nature: 'physical' };
      await fillRequired(el);
      await el.diarise();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
