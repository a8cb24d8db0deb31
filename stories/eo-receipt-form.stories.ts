import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import { ForbiddenError, ServerError } from '@eoffice/sdk';
import type {
  Attachment,
  EoReceiptForm,
  Receipt,
  ReceiptCategory,
  ReceiptDraft,
  ReceiptFormClient,
  Sender,
} from '@eoffice/components';

// ---- the Labour Department's master data and earlier senders, as the sandbox returns them ---------

const categories: ReceiptCategory[] = [
  { id: 'cat_grievance', name: { en: 'Grievance', hi: 'शिकायत' }, parentId: null },
  {
    id: 'cat_grvwages1',
    name: { en: 'Non-payment of wages', hi: 'मज़दूरी का भुगतान न होना' },
    parentId: 'cat_grievance',
  },
  { id: 'cat_grvsafety', name: { en: 'Workplace safety', hi: 'कार्यस्थल सुरक्षा' }, parentId: 'cat_grievance' },
  { id: 'cat_establish', name: { en: 'Establishment', hi: 'स्थापना' }, parentId: null },
  { id: 'cat_rtiappl01', name: { en: 'RTI application', hi: 'सूचना का अधिकार आवेदन' }, parentId: null },
];

const senders: Sender[] = [
  {
    name: 'सचिव, श्रमिक कल्याण मंडल',
    organisation: 'श्रमिक कल्याण मंडल',
    address: 'श्रम भवन, सिविल लाइंस, नागपुर',
    pincode: '440001',
  },
  {
    name: 'Ramesh Patil',
    address: 'Plot 14, MIDC Butibori, Nagpur',
    mobile: '9876543210',
    pincode: '441122',
  },
];

const scan: Attachment = {
  id: 'att_story0001',
  fileName: 'kalyan-mandal-baithak.pdf',
  mediaType: 'application/pdf',
  size: 482_133,
  sha256: '5f2a9c7e1b3d'.padEnd(64, '0'),
  pageCount: 3,
  uploadedBy: { id: 'user_priya001', name: { en: 'Priya Singh', hi: 'प्रिया सिंह' } },
  uploadedAt: '2026-07-10T05:30:00Z',
} as Attachment;

const filled: Partial<ReceiptDraft> = {
  nature: 'physical',
  senderName: 'Ramesh Patil',
  senderAddress: 'Plot 14, MIDC Butibori, Nagpur',
  senderMobile: '9876543210',
  senderPincode: '441122',
  letterNumber: 'RP/2026/07',
  letterDate: '08-07-2026',
  receivedDate: '10-07-2026',
  deliveryMode: 'by_hand',
  categoryId: 'cat_grievance',
  subCategoryId: 'cat_grvwages1',
  subject: 'Non-payment of wages at Shree Textiles, Butibori',
  language: 'en',
  priority: 'immediate',
  remarks: 'मूल पत्र संलग्न',
  enclosures: [{ description: 'Wage slips (April–June)', count: 3 }],
};

type Behaviour = 'success' | 'forbidden' | 'load-error' | 'slow-upload';

/** A stand-in client: nothing leaves the browser except the slow upload's bytes, sent to this page. */
function storyClient(behaviour: Behaviour): ReceiptFormClient {
  return {
    receipts: {
      diarise: async () => ({ id: 'rcpt_story0001', number: '132748/2026/CR' }) as Receipt,
      senders: ({ q = '' } = {}) => ({
        toArray: async () => senders.filter((s) => s.name.toLowerCase().includes(q.toLowerCase())),
      }),
    },
    master: {
      receiptCategories: () => ({
        toArray: async () => {
          if (behaviour === 'load-error')
            throw new ServerError('500', {
              method: 'GET',
              url: '/master/receipt-categories',
              status: 500,
              problem: { status: 500, code: 'server.internal', title: 'Internal error' },
            });
          if (behaviour === 'forbidden')
            throw new ForbiddenError('403', {
              method: 'GET',
              url: '/master/receipt-categories',
              status: 403,
              problem: { status: 403, code: 'auth.insufficient_scope', title: 'Not allowed' },
            });
          return categories;
        },
      }),
    },
    attachments: {
      upload: async (file, _fields, options) => {
        if (behaviour === 'slow-upload' && options?.fetch) {
          // Real upload progress (to this page, which ignores it); the stand-in then never answers,
          // so the story stays in its uploading state.
          void options.fetch(location.href, { method: 'POST', body: file }).catch(() => undefined);
          return new Promise<Attachment>(() => undefined);
        }
        return { ...scan, fileName: (file as File).name, size: file.size };
      },
      download: async () => new Blob(['%PDF-1.7\n%%EOF'], { type: 'application/pdf' }),
    },
  };
}

interface Args {
  behaviour: Behaviour;
  draft: Partial<ReceiptDraft> | undefined;
}

/** Picks a file as a clerk would, through the form's own file input. */
function pick(canvas: HTMLElement, file: File): void {
  const form = canvas.querySelector<EoReceiptForm>('eo-receipt-form');
  const input = form?.shadowRoot?.querySelector<HTMLInputElement>('#scan');
  if (!input) return;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * `<eo-receipt-form>` diarises dak (डाक): the letter, its sender (type `Ramesh` or `सचिव` to look up
 * earlier senders), handling, enclosures and the scanned letter (PDF, JPEG or PNG, checked by content,
 * with a progress bar and a first-page preview). Dates are typed day-month-year. These stories use a
 * stand-in client, so nothing is diarised.
 */
const meta: Meta<Args> = {
  title: 'Components/Receipt form',
  component: 'eo-receipt-form',
  tags: ['autodocs'],
  argTypes: {
    behaviour: { control: 'inline-radio', options: ['success', 'forbidden', 'load-error', 'slow-upload'] },
  },
  args: { behaviour: 'success', draft: undefined },
  render: ({ behaviour, draft }) =>
    html`<eo-receipt-form
      draft-storage="none"
      .client=${storyClient(behaviour)}
      .categories=${behaviour === 'forbidden' || behaviour === 'load-error' ? undefined : categories}
      .draft=${draft ?? {}}
    ></eo-receipt-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Empty: an electronic receipt received today. */
export const Empty: Story = {};

/** Every field filled for a physical petition delivered by hand. */
export const Filled: Story = { args: { draft: filled } };

/** The server's problems beside their fields (here placed as the server would). */
export const Errors: Story = {
  args: { draft: { ...filled, senderMobile: '98765' } },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<EoReceiptForm>('eo-receipt-form');
    await form?.updateComplete;
    form?.showErrors(
      {
        senderMobile: 'Not in the expected form.',
        receivedDate: 'Dates must run letter ≤ received ≤ diarised ≤ today (IST).',
      },
      undefined,
    );
  },
};

/** A 12 MB scan on its way up, with the progress bar. */
export const Uploading: Story = {
  args: { behaviour: 'slow-upload', draft: { subject: 'श्रमिक कल्याण मंडल की बैठक का कार्यवृत्त' } },
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<EoReceiptForm>('eo-receipt-form')?.updateComplete;
    const bytes = new Uint8Array(12 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    pick(canvasElement, new File([bytes], 'कार्यवृत्त.pdf', { type: 'application/pdf' }));
  },
};

/** The master data could not be loaded (a server error): a "Try again" button. */
export const LoadError: Story = { args: { behaviour: 'load-error' } };

/** The user may not diarise receipts (the client's scopes or the user's role). */
export const NoAccess: Story = { args: { behaviour: 'forbidden' } };

/** A long Hindi subject and sender, as a ministry's letter comes, with its scan attached. */
export const LongHindiSubject: Story = {
  globals: { locale: 'hi' },
  args: {
    draft: {
      nature: 'electronic',
      senderName: 'अवर सचिव, श्रम एवं रोजगार मंत्रालय, भारत सरकार',
      senderOrganisation: 'श्रम एवं रोजगार मंत्रालय',
      senderAddress: 'श्रम शक्ति भवन, रफ़ी मार्ग, नई दिल्ली',
      deliveryMode: 'email',
      language: 'hi',
      priority: 'most_immediate',
      classification: 'confidential',
      subject:
        'भवन एवं अन्य सन्निर्माण कर्मकार (नियोजन का विनियमन और सेवा शर्त) अधिनियम, 1996 के अंतर्गत राज्य कल्याण बोर्ड द्वारा पंजीकृत निर्माण श्रमिकों को देय उपकर राशि के वितरण की त्रैमासिक समीक्षा तथा लंबित दावों के शीघ्र निराकरण हेतु दिशानिर्देश',
      attachment: scan,
    },
  },
};
