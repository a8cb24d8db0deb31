import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import { ConflictError, ValidationError } from '@eoffice/sdk';
import {
  type EoSendDialog,
  type FileActionResult,
  type Recipient,
  type SendDialogClient,
  type SendRequest,
} from '@eoffice/components';

// ---- realistic posts of the Labour Department, as the recipient search returns them -----------

const section = (id: string, code: string, en: string, hi: string) => ({
  id,
  code,
  name: { en, hi },
  kind: 'section' as const,
});
const estt = section('unit_estt0001', 'Estt.', 'Establishment Section', 'स्थापना अनुभाग');
const mw = section('unit_mw000001', 'MW', 'Minimum Wages Section', 'न्यूनतम वेतन अनुभाग');
const office = {
  ...section('unit_labdept1', 'LAB', 'Labour Department', 'श्रम विभाग'),
  kind: 'office' as const,
};

function recipient(
  id: string,
  marking: string,
  designation: [string, string],
  holder: [string, string] | null,
  unit = estt,
  onCharge = false,
): Recipient {
  const name = holder ?? designation;
  return {
    post: {
      id,
      name: { en: name[0], hi: name[1] },
      designation: { en: designation[0], hi: designation[1] },
      markingAbbreviation: marking,
      section: unit,
    },
    holderName: holder ? { en: holder[0], hi: holder[1] } : null,
    onCharge,
    office,
    matchedOn: 'designation',
  };
}

const directory: Recipient[] = [
  recipient(
    'post_usestt01',
    'US(ESTT)-LAB',
    ['Under Secretary (Establishment)', 'अवर सचिव (स्थापना)'],
    ['Rajesh Kumar Tiwari', 'राजेश कुमार तिवारी'],
  ),
  recipient(
    'post_usmw0001',
    'US(MW)-LAB',
    ['Under Secretary (Minimum Wages)', 'अवर सचिव (न्यूनतम वेतन)'],
    ['Neha Chaturvedi', 'नेहा चतुर्वेदी'],
    mw,
    true,
  ),
  recipient('post_dslab001', 'DS-LAB', ['Deputy Secretary', 'उप सचिव'], ['Meenakshi Dubey', 'मीनाक्षी दुबे']),
  recipient(
    'post_ag2estt1',
    'AG2(ESTT)-LAB',
    ['Assistant Grade-2 (Establishment)', 'सहायक ग्रेड-2 (स्थापना)'],
    ['Mukesh Sahu', 'मुकेश साहू'],
  ),
  recipient('post_pslab001', 'PS-LAB', ['Principal Secretary', 'प्रमुख सचिव'], null),
];

function matches(r: Recipient, q: string): boolean {
  const haystack = [
    r.post.designation.en,
    r.post.designation.hi,
    r.holderName?.en ?? '',
    r.holderName?.hi ?? '',
    r.post.markingAbbreviation,
    r.post.section.name.en,
    r.post.section.name.hi,
  ]
    .join(' ')
    .toLocaleLowerCase();
  return q
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

type SendBehaviour = 'success' | 'not-holder' | 'validation';

/** A stand-in client: searches the posts above and answers a send as the sandbox would. */
function storyClient(behaviour: SendBehaviour = 'success'): SendDialogClient {
  return {
    directory: {
      searchRecipients: (query) => ({ toArray: async () => directory.filter((r) => matches(r, query.q)) }),
    },
    files: {
      send: async (fileId: string, body: SendRequest): Promise<FileActionResult> => {
        const problem = { method: 'POST', url: `/files/${fileId}/send` };
        if (behaviour === 'not-holder') {
          throw new ConflictError('409', {
            ...problem,
            status: 409,
            problem: {
              status: 409,
              code: 'conflict.concurrent_update',
              title: 'Another officer acted first',
            },
          });
        }
        if (behaviour === 'validation') {
          throw new ValidationError('422', {
            ...problem,
            status: 422,
            problem: {
              status: 422,
              code: 'recipient.self',
              errors: [{ pointer: '/to', message: 'one of your own posts', code: 'recipient.self' }],
            },
          });
        }
        const to = directory.find((r) => r.post.id === body.to)?.post ?? null;
        const movement = {
          id: 'mov_story0001',
          sequence: 4,
          item: { type: 'file' as const, id: fileId, number: 'A-12012/14/2026-Estt.' },
          action: 'send' as const,
          kind: 'main' as const,
          from: null,
          to,
          by: { id: 'user_sunita01', name: { en: 'Sunita Verma', hi: 'सुनीता वर्मा' } },
          remarks: body.remarks ?? null,
          priority: body.priority ?? 'normal',
          dueDate: body.dueDate ?? null,
          sentAt: new Date().toISOString(),
          receivedAt: new Date().toISOString(),
          readAt: null,
          daysHeld: 0,
          current: true,
        };
        return {
          file: { id: fileId, currentHolder: to },
          movements: [movement],
        } as unknown as FileActionResult;
      },
    },
  };
}

interface Args {
  behaviour: SendBehaviour;
}

/** A stand-in for an officer: types a query, picks the first post and, if asked, presses Send. */
async function act(canvas: HTMLElement, query: string, send: boolean): Promise<void> {
  const dialog = canvas.querySelector<EoSendDialog>('eo-send-dialog');
  if (!dialog) return;
  void dialog.show();
  await dialog.updateComplete;
  if (!query) return;
  const input = dialog.shadowRoot?.querySelector<HTMLInputElement>('#to-input');
  if (!input) return;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await dialog.toSearch.settled;
  await dialog.updateComplete;
  if (!send) return;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await dialog.updateComplete;
  dialog.shadowRoot?.querySelector<HTMLButtonElement>('[part~="send-button"]')?.click();
}

/**
 * `<eo-send-dialog>` sends (marks) a file onward: one main recipient (प्रेषिती) who becomes its
 * holder, copies for information (सूचनार्थ प्रति), remarks (टीप), priority (सामान्य / तत्काल /
 * अति तत्काल) and a due date (नियत तिथि). Search by name, designation, marking or section in Hindi
 * or English (try `अवर सचिव`, `DS-LAB`, `मुकेश`); arrows and Enter choose, Escape closes.
 * These stories use a stand-in client, so nothing leaves the browser.
 */
const meta: Meta<Args> = {
  title: 'Components/Send dialog',
  component: 'eo-send-dialog',
  tags: ['autodocs'],
  argTypes: {
    behaviour: { control: 'inline-radio', options: ['success', 'not-holder', 'validation'] },
  },
  args: { behaviour: 'success' },
  render: ({ behaviour }) =>
    html`<button
        type="button"
        @click=${(event: Event) =>
          void (event.currentTarget as HTMLElement).parentElement
            ?.querySelector<EoSendDialog>('eo-send-dialog')
            ?.show()}
      >
        Send file…
      </button>
      <eo-send-dialog
        file-id="file_story2026a1"
        file-number="A-12012/14/2026-Estt."
        .client=${storyClient(behaviour)}
      ></eo-send-dialog>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The dialog open and empty: focus is in the recipient search. */
export const Open: Story = { play: ({ canvasElement }) => act(canvasElement, '', false) };

/** Results for a Hindi query: designation, name and section of each post. */
export const WithResults: Story = { play: ({ canvasElement }) => act(canvasElement, 'अवर सचिव', false) };

/** The server refuses: another officer acted on the file at the same moment. */
export const SendError: Story = {
  args: { behaviour: 'not-holder' },
  play: ({ canvasElement }) => act(canvasElement, 'उप सचिव', true),
};

/** A field error from the server, shown next to the recipient. */
export const FieldError: Story = {
  args: { behaviour: 'validation' },
  play: ({ canvasElement }) => act(canvasElement, 'DS-LAB', true),
};

/** The whole dialog in Hindi, as on a Hindi portal. */
export const Hindi: Story = {
  globals: { locale: 'hi' },
  play: ({ canvasElement }) => act(canvasElement, 'मुकेश', false),
};
