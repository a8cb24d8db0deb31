import { fixture, html, waitUntil } from '@open-wc/testing';
import { NetworkError, ValidationError, type Schemas } from '@eoffice/sdk';
import '../../src/eo-receipt-form/define.js';
import type { EoReceiptForm } from '../../src/eo-receipt-form/eo-receipt-form.js';
import type { ReceiptCategory, ReceiptFormClient } from '../../src/eo-receipt-form/types.js';
import type { Mounted, SwitchCase } from './case.js';

const CATEGORIES: ReceiptCategory[] = [
  { id: 'cat_grievance', name: { en: 'Grievance', hi: 'शिकायत' }, parentId: null },
  {
    id: 'cat_grvwages',
    name: { en: 'Non-payment of wages', hi: 'मज़दूरी का भुगतान न होना' },
    parentId: 'cat_grievance',
  },
];
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF');
const hindi = () => document.documentElement.lang === 'hi';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

interface Scripted extends ReceiptFormClient {
  failNext: unknown;
}

function scriptedClient(): Scripted {
  const client: Scripted = {
    failNext: undefined,
    receipts: {
      diarise: async () => {
        if (client.failNext) throw client.failNext;
        return { id: 'rcpt_new00001', number: '17/2026/CR' } as Schemas['Receipt'];
      },
      senders: () => ({ toArray: async () => [] }),
    },
    master: { receiptCategories: () => ({ toArray: async () => CATEGORIES }) },
    attachments: {
      upload: async (file) =>
        ({
          id: 'att_scan0001',
          fileName: 'letter.pdf',
          mediaType: (file as File).type,
          size: PDF.byteLength,
          sha256: 'a'.repeat(64),
          pageCount: 1,
          uploadedBy: { id: 'usr_priya', name: { en: 'Priya Singh', hi: 'प्रिया सिंह' } },
          uploadedAt: '2026-07-10T05:00:00Z',
        }) as Schemas['Attachment'],
      download: async () => new Blob([PDF], { type: 'application/pdf' }),
    },
  };
  return client;
}

let counter = 0;
/** A fresh local draft each mount, so the second mount does not restore the first one's typing. */
async function form(client: ReceiptFormClient | undefined = scriptedClient()): Promise<EoReceiptForm> {
  sessionStorage.clear();
  return fixture<EoReceiptForm>(
    html`<eo-receipt-form
      draft-key=${`switch-${++counter}`}
      time-zone="Asia/Kolkata"
      .client=${client}
      .categories=${CATEGORIES}
    ></eo-receipt-form>`,
  );
}

function $<T extends Element = HTMLElement>(el: EoReceiptForm, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
async function type(el: EoReceiptForm, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function fillRequired(el: EoReceiptForm): Promise<void> {
  el.draft = { nature: 'physical' };
  await type(el, '#senderName', 'Ramesh Patil');
  await type(el, '#subject', 'Non-payment of wages at Shree Textiles, Butibori');
  const select = $<HTMLSelectElement>(el, '#deliveryMode');
  select.value = 'by_hand';
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

/** The categories fail with `error`: the form shows that state instead. */
function loadFailure(state: string, error: () => unknown): SwitchCase {
  return {
    element: 'eo-receipt-form',
    state,
    mount: async () => {
      const client = scriptedClient();
      client.master.receiptCategories = () => ({
        toArray: async () => {
          throw error();
        },
      });
      sessionStorage.clear();
      const el = await fixture<EoReceiptForm>(
        html`<eo-receipt-form draft-key=${`switch-${++counter}`} .client=${client}></eo-receipt-form>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part="status"]'), 'the state shows');
      return { el };
    },
  };
}

/** Diarising fails with `error`; waits for `shown` to hold text. */
function diariseFailure(state: string, error: () => unknown, shown: string): SwitchCase {
  return {
    element: 'eo-receipt-form',
    state,
    mount: async () => {
      const client = scriptedClient();
      client.failNext = error();
      const el = await form(client);
      await fillRequired(el);
      await el.diarise();
      await el.updateComplete;
      await waitUntil(() => text($(el, shown)) !== '', `${shown} shown`);
      return { el };
    },
  };
}

/** A scan picked that fails before or at upload; waits for the scan error. */
function scanFailure(
  state: string,
  file: () => File,
  setUp: (el: EoReceiptForm, c: Scripted) => void,
): SwitchCase {
  return {
    element: 'eo-receipt-form',
    state,
    mount: async () => {
      const client = scriptedClient();
      const el = await form(client);
      setUp(el, client);
      await el.updateComplete;
      await pickFile(el, file());
      await waitUntil(() => text($(el, '#scan-error')) !== '', 'the scan error shows');
      return { el };
    },
  };
}

export const receiptFormCases: SwitchCase[] = [
  { element: 'eo-receipt-form', state: 'empty form', mount: async () => ({ el: await form() }) },
  {
    element: 'eo-receipt-form',
    state: 'loading the categories',
    mount: async (): Promise<Mounted> => {
      const client = scriptedClient();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      client.master.receiptCategories = () => ({
        toArray: async () => {
          await held;
          return CATEGORIES;
        },
      });
      sessionStorage.clear();
      const el = await fixture<EoReceiptForm>(
        html`<eo-receipt-form draft-key=${`switch-${++counter}`} .client=${client}></eo-receipt-form>`,
      );
      return { el, release };
    },
  },
  loadFailure('no access (403)', () =>
    Object.assign(new Error('403'), { status: 403, name: 'ForbiddenError' }),
  ),
  loadFailure('load failed (503)', () =>
    Object.assign(new Error('503'), { status: 503, name: 'ServerError' }),
  ),
  loadFailure('offline while loading', () => new NetworkError('offline', { method: 'GET', url: '/master' })),
  {
    element: 'eo-receipt-form',
    state: 'checked before sending: required fields, letter dated after receipt, no scan',
    mount: async () => {
      const el = await form();
      await type(el, '#letterDate', '12-07-2025');
      await type(el, '#receivedDate', '10-07-2025');
      $<HTMLButtonElement>(el, '[part~="diarise-button"]').click();
      await el.updateComplete;
      await waitUntil(() => text($(el, '#subject-error')) !== '', 'errors shown');
      return { el };
    },
  },
  diariseFailure(
    'server field errors from problem details',
    () =>
      new ValidationError('400', {
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
      }),
    '#subject-error',
  ),
  diariseFailure(
    'server problem placed by its code (dates)',
    () =>
      new ValidationError('422', {
        method: 'POST',
        url: '/receipts',
        status: 422,
        problem: {
          status: 422,
          code: 'receipt.dates_invalid',
          title: 'Dates out of order',
          detail: hindi() ? 'तिथियाँ क्रम में नहीं हैं।' : 'Dates must run letter ≤ received.',
        },
      }),
    '#receivedDate-error',
  ),
  diariseFailure('offline while diarising', () => new TypeError('Failed to fetch'), '#general-error'),
  scanFailure(
    'upload refused by the server',
    () => new File([PDF], 'locked.pdf', { type: 'application/pdf' }),
    (_el, client) => {
      client.attachments.upload = async () => {
        throw new ValidationError('422', {
          method: 'POST',
          url: '/attachments',
          status: 422,
          problem: {
            status: 422,
            code: 'attachment.encrypted',
            title: 'Encrypted PDF',
            detail: hindi()
              ? 'कूटबद्ध या पासवर्ड से सुरक्षित पीडीएफ़ स्वीकार नहीं हैं।'
              : 'Encrypted or password-protected PDFs are not accepted.',
          },
        });
      };
    },
  ),
  scanFailure(
    'a file named .pdf that is not one',
    () => new File([new TextEncoder().encode('Hello')], 'fake.pdf', { type: 'application/pdf' }),
    () => {},
  ),
  scanFailure(
    'a file over the size limit',
    () => new File([PDF], 'big.pdf', { type: 'application/pdf' }),
    (el) => {
      el.maxUploadBytes = 10;
    },
  ),
  {
    element: 'eo-receipt-form',
    state: 'uploading',
    mount: async (): Promise<Mounted> => {
      const client = scriptedClient();
      let release = () => {};
      client.attachments.upload = (_file, _fields, options) =>
        new Promise((_resolve, reject) => {
          const stop = () => reject(new DOMException('cancelled', 'AbortError'));
          release = stop;
          options?.signal?.addEventListener('abort', stop);
        });
      const el = await form(client);
      await pickFile(el, new File([PDF], 'letter.pdf', { type: 'application/pdf' }));
      await waitUntil(() => el.shadowRoot?.querySelector('progress'), 'the progress bar shows');
      return { el, release: () => release() };
    },
  },
  {
    element: 'eo-receipt-form',
    state: 'scan uploaded, previewed',
    mount: async () => {
      const el = await form();
      await pickFile(el, new File([PDF], 'letter.pdf', { type: 'application/pdf' }));
      await waitUntil(() => el.shadowRoot?.querySelector('iframe[part="preview"]'), 'the preview shows');
      return { el };
    },
  },
  {
    element: 'eo-receipt-form',
    state: 'diarised: the diary number, announced',
    mount: async () => {
      const el = await form();
      await fillRequired(el);
      await el.diarise();
      await el.updateComplete;
      await waitUntil(() => text($(el, '[part="diary-number"]')) !== '', 'the diary number shows');
      await waitUntil(() => text($(el, '[part="announcer"]')) !== '', 'announced');
      return { el };
    },
  },
];
