import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import {
  EoNotesheetEditor,
  type CorrespondenceItem,
  type Note,
  type NotesheetClient,
} from '@eoffice/components';
// The signature widget's scripted server (real signing under a sandbox CA made in the page), for the
// sign-before-send story.
import { NOTE_ID, scriptedClient as signingClient } from '../packages/components/test/fixtures/signatures.js';

// ---- realistic plain data: the notesheet of a minimum-wages file -------------------------------

const section = {
  id: 'unit_mw',
  code: 'MW',
  name: { en: 'Minimum Wages Section', hi: 'न्यूनतम वेतन अनुभाग' },
  kind: 'section' as const,
};
const post = (id: string, en: string, hi: string, desEn: string, desHi: string, marking: string) => ({
  id,
  name: { en, hi },
  designation: { en: desEn, hi: desHi },
  markingAbbreviation: marking,
  section,
});
const SO = post(
  'post_somw0001',
  'Santosh Kumar Patel',
  'संतोष कुमार पटेल',
  'Section Officer',
  'अनुभाग अधिकारी',
  'SO(MW)-LAB',
);
const US = post(
  'post_usmw0001',
  'Neha Chaturvedi',
  'नेहा चतुर्वेदी',
  'Under Secretary',
  'अवर सचिव',
  'US(MW)-LAB',
);
const me = {
  user: { id: 'user_santosh01', name: SO.name },
  kind: 'user',
  posts: [SO],
  defaultPostId: SO.id,
  roles: [],
  delegations: [],
  scopes: [],
};
const file = {
  id: 'file_mw2026118',
  number: 'MW/2026/118',
  subject: 'न्यूनतम वेतन की दरों का पुनरीक्षण — अनुसूचित नियोजन (कृषि)',
  status: 'in_movement',
  currentHolder: SO,
};

function note(
  sequence: number,
  author: typeof SO,
  paragraphs: [number, string][],
  extra: Partial<Note> = {},
): Note {
  return {
    id: `note_story000${sequence}`,
    fileId: file.id,
    sequence,
    status: 'green',
    paragraphs: paragraphs.map(([number, html]) => ({ number, html })),
    references: [],
    authorPost: author,
    author: { id: `user_${author.id}`, name: author.name },
    createdAt: '2026-11-18T05:00:00Z',
    updatedAt: '2026-11-18T05:00:00Z',
    confirmedAt: sequence === 1 ? '2026-11-18T05:40:00Z' : '2026-11-19T10:05:00Z',
    locked: true,
    signatureId: sequence === 2 ? 'sig_story00000001' : null,
    etag: `"s${sequence}"`,
    ...extra,
  } as Note;
}

const notes: Note[] = [
  note(
    1,
    SO,
    [
      [
        1,
        '<span lang="hi">पत्राचार भाग पर <a data-ref="C/1">C/1</a> में श्रम आयुक्त, इंदौर का पत्र प्राप्त हुआ है, जिसमें कृषि नियोजन की न्यूनतम वेतन दरों के पुनरीक्षण का प्रस्ताव है।</span>',
      ],
      [
        2,
        '<span lang="hi">प्रस्ताव के मुख्य बिंदु:</span><ol><li><span lang="hi">अकुशल श्रमिक — ₹ 11,800 प्रतिमाह</span></li><li><span lang="hi">अर्धकुशल श्रमिक — ₹ 12,650 प्रतिमाह</span></li></ol>',
      ],
    ],
    { references: [{ kind: 'correspondence', label: 'C/1', targetId: 'rcpt_story00000001' }] },
  ),
  note(
    2,
    US,
    [
      [
        3,
        '<span lang="hi"><a data-ref="para:2">अनु. 2</a> में प्रस्तावित दरें <strong>उचित</strong> प्रतीत होती हैं। नियोजक संघ का अभ्यावेदन <a data-ref="C/2">C/2</a> पर है।</span>',
      ],
    ],
    {
      references: [
        { kind: 'paragraph', label: 'para:2', targetId: 'note_story0001' },
        { kind: 'correspondence', label: 'C/2', targetId: 'rcpt_story00000002' },
      ],
    },
  ),
];

const correspondence = [
  {
    label: 'C/1',
    sequence: 1,
    kind: 'receipt',
    subject: 'श्रम आयुक्त, इंदौर का पत्र',
    date: '2026-11-10',
    receipt: { type: 'receipt', id: 'rcpt_story00000001', number: '132748/2026/CP' },
    draftId: null,
    dispatchNumber: null,
    attachments: [],
    addedAt: '2026-11-11T05:00:00Z',
    addedBy: SO,
  },
  {
    label: 'C/2',
    sequence: 2,
    kind: 'receipt',
    subject: 'नियोजक संघ का अभ्यावेदन',
    date: '2026-11-15',
    receipt: { type: 'receipt', id: 'rcpt_story00000002', number: '132801/2026/CP' },
    draftId: null,
    dispatchNumber: null,
    attachments: [],
    addedAt: '2026-11-16T05:00:00Z',
    addedBy: SO,
  },
] as unknown as CorrespondenceItem[];

// ---- a scripted client: an in-memory notesheet, so stories work without the sandbox -------------

interface Script {
  holder?: typeof SO;
  yellow?: string[];
  /** Delay of every save, in ms. */
  latency?: number;
  /** Every save fails with this error. */
  failWith?: unknown;
  /** Id of the note the next confirm makes green. */
  confirmAs?: string;
}

function storyClient(script: Script = {}): NotesheetClient {
  let version = 0;
  let greens = notes.slice();
  const make = (paragraphs: string[]): Note => ({
    ...note(0, SO, []),
    id: 'note_storyyellow1',
    sequence: null,
    status: 'yellow',
    paragraphs: paragraphs.map((html) => ({ number: null, html })),
    confirmedAt: null,
    locked: false,
    signatureId: null,
    updatedAt: new Date().toISOString(),
    etag: `"y${++version}"`,
  });
  let yellow: Note | undefined = script.yellow ? make(script.yellow) : undefined;
  const wait = () => new Promise((resolve) => setTimeout(resolve, script.latency ?? 300));
  const write = async (paragraphs: { html: string }[]): Promise<Note> => {
    await wait();
    if (script.failWith) throw script.failWith;
    yellow = make(paragraphs.map((p) => p.html));
    return yellow;
  };
  const listing = <T>(items: () => T[]) => ({ toArray: async () => items() });
  return {
    auth: { me: async () => me as never },
    files: {
      get: async () => ({ ...file, currentHolder: script.holder ?? SO }) as never,
      correspondence: () => listing(() => correspondence),
    },
    notes: {
      list: () => listing(() => [...greens, ...(yellow ? [yellow] : [])]),
      get: async () => yellow ?? make(['<span lang="hi">दूसरे टैब में बदला गया पाठ</span>']),
      create: async (_id, body) => write(body.paragraphs),
      update: async (_id, body) => write(body.paragraphs),
      discard: async () => {
        yellow = undefined;
      },
      confirm: async () => {
        await wait();
        if (!yellow) throw new Error('no draft');
        let last = 0;
        for (const n of greens) for (const p of n.paragraphs) last = Math.max(last, p.number ?? 0);
        const green: Note = {
          ...yellow,
          id: script.confirmAs ?? yellow.id,
          status: 'green',
          sequence: greens.length + 1,
          paragraphs: yellow.paragraphs.map((p, i) => ({ ...p, number: last + i + 1 })),
          confirmedAt: new Date().toISOString(),
        };
        greens = [...greens, green];
        yellow = undefined;
        return green;
      },
    },
    signatures: {
      verify: async () => ({ valid: true, checkedAt: new Date().toISOString(), steps: [] }) as never,
    },
  };
}

/** A stale ETag: another tab saved first. */
const precondition = Object.assign(new Error('412 precondition.failed'), {
  status: 412,
  problem: { status: 412, code: 'precondition.failed', title: 'Precondition failed' },
});
/** The server refused the text. */
const refused = Object.assign(new Error('422 note.reference_invalid'), {
  status: 422,
  problem: { status: 422, code: 'note.reference_invalid', detail: 'There is no C/9 in this file.' },
});

// ---- stories ------------------------------------------------------------------------------------

const meta: Meta = {
  title: 'Components/Notesheet editor',
  component: 'eo-notesheet-editor',
  tags: ['autodocs'],
  render: () =>
    html`<eo-notesheet-editor .client=${storyClient()} file-id="file_mw2026118"></eo-notesheet-editor>`,
};
export default meta;
type Story = StoryObj;

/**
 * The holder writes the next note: bold, italic, underline, lists, references (C/n and earlier
 * paragraphs) and undo. Numbers continue from the last green paragraph. Saves after a pause.
 */
export const Editing: Story = {};

/**
 * The editor as it shows while its editing core downloads, and when the download fails (here the first
 * attempt fails as it would offline): the text of the note is kept, and "Try again" loads the editor.
 */
export const EditorUnavailable: Story = {
  render: () => {
    // A subclass under a tag of its own, so other stories on the same page load normally.
    const tag = 'eo-notesheet-editor-offline-demo';
    if (!customElements.get(tag)) {
      let attempts = 0;
      customElements.define(
        tag,
        class extends EoNotesheetEditor {
          static override loadEditing = () =>
            ++attempts === 1
              ? new Promise<never>((_, reject) =>
                  setTimeout(
                    () => reject(new TypeError('Failed to fetch dynamically imported module')),
                    1500,
                  ),
                )
              : EoNotesheetEditor.loadEditing();
        },
      );
    }
    const yellow = note(3, SO, [], {
      status: 'yellow',
      confirmedAt: null,
      locked: false,
      paragraphs: [{ number: null, html: '<span lang="hi">प्रस्ताव अनुमोदनार्थ प्रस्तुत है।</span>' }],
    } as Partial<Note>);
    return html`<eo-notesheet-editor-offline-demo
      .notes=${[...notes, yellow]}
      .correspondence=${correspondence}
    ></eo-notesheet-editor-offline-demo>`;
  },
};

/** A notesheet read by someone who does not hold the file: green notes only, print view. */
export const ReadOnly: Story = {
  render: () =>
    html`<eo-notesheet-editor
      readonly
      .notes=${notes}
      .correspondence=${correspondence}
    ></eo-notesheet-editor>`,
};

/** The file is with another officer: read-only, saying with whom. */
export const WithSomeoneElse: Story = {
  render: () =>
    html`<eo-notesheet-editor
      .client=${storyClient({ holder: US })}
      file-id="file_mw2026118"
    ></eo-notesheet-editor>`,
};

/** A draft already saved; every save takes two seconds, so "Saving…" is visible while typing. */
export const Saving: Story = {
  render: () =>
    html`<eo-notesheet-editor
      .client=${storyClient({ yellow: ['<span lang="hi">प्रस्ताव अनुमोदनार्थ प्रस्तुत है।</span>'], latency: 2000 })}
      file-id="file_mw2026118"
      autosave-delay="500"
    ></eo-notesheet-editor>`,
};

/** Type anything: the save meets a newer version from another tab and both versions are shown. */
export const Conflict: Story = {
  render: () =>
    html`<eo-notesheet-editor
      .client=${storyClient({ yellow: ['<span lang="hi">मूल पाठ</span>'], failWith: precondition })}
      file-id="file_mw2026118"
      autosave-delay="500"
    ></eo-notesheet-editor>`,
};

/** Type anything: the server refuses the note; the error shows and the text stays on this device. */
export const SaveError: Story = {
  render: () =>
    html`<eo-notesheet-editor
      .client=${storyClient({ failWith: refused })}
      file-id="file_mw2026118"
      autosave-delay="500"
    ></eo-notesheet-editor>`,
};

/**
 * Tables in a note: a green note shows one read-only; in the yellow note, "Table" inserts one (rows ×
 * columns), Tab moves between cells (and adds a row after the last), and the row and column tools
 * appear while the caret is in a table. The table tools load only when needed.
 */
export const Tables: Story = {
  render: () => {
    const table =
      '<table><tbody><tr><th>श्रेणी</th><th>वर्तमान दर</th><th>प्रस्तावित दर</th></tr><tr><td>अकुशल</td><td>₹ 10,225</td><td>₹ 11,800</td></tr><tr><td>अर्धकुशल</td><td>₹ 11,032</td><td>₹ 12,650</td></tr></tbody></table>';
    const withTable = notes.map((n, i) =>
      i === 0
        ? {
            ...n,
            paragraphs: [
              ...n.paragraphs.slice(0, 1),
              { number: 2, html: `<span lang="hi">प्रस्तावित दरें:</span>${table}` },
            ],
          }
        : n,
    );
    return html`<eo-notesheet-editor
      .notes=${[
        ...withTable,
        {
          ...withTable[0],
          id: 'note_storyyellow1',
          status: 'yellow',
          sequence: null,
          confirmedAt: null,
          paragraphs: [{ number: null, html: `<span lang="hi">संशोधित तालिका:</span>${table}` }],
        },
      ]}
      .correspondence=${correspondence}
    ></eo-notesheet-editor>`;
  },
};

/**
 * \`sign-before-send\`: "Confirm and send" first signs the confirmed note with \`<eo-signature-widget>\`
 * (try the sandbox key); once signed the note shows its badge and the send dialog opens. Cancel a
 * flow, or choose DSC on this page with no signer set up, and the note stays green and unsent with a
 * "Send without signing" button.
 */
export const SignBeforeSend: Story = {
  render: () => {
    const story = storyClient({
      yellow: ['<span lang="hi">प्रस्ताव हस्ताक्षर सहित प्रस्तुत है।</span>'],
      confirmAs: NOTE_ID,
    });
    const signing = signingClient();
    const client = {
      ...story,
      notes: {
        ...story.notes,
        // The widget reads the confirmed note from the notesheet and signs through the scripted server.
        get: async (id: string) =>
          (await story.notes.list('file_mw2026118').toArray()).find((n) => n.id === id) ??
          story.notes.get(id),
        signingPayload: signing.notes.signingPayload,
        submitSignature: signing.notes.submitSignature,
      },
      drafts: signing.drafts,
      signatures: signing.signatures,
      certificates: signing.certificates,
      esign: signing.esign,
    };
    return html`<eo-notesheet-editor
      .client=${client as NotesheetClient}
      file-id="file_mw2026118"
      sign-before-send
    ></eo-notesheet-editor>`;
  },
};

/** The interface in Hindi (also from the toolbar's language switch). */
export const Hindi: Story = {
  globals: { locale: 'hi' },
  render: () =>
    html`<eo-notesheet-editor
      .client=${storyClient({ yellow: ['<span lang="hi">कृपया अवलोकन करें।</span>'] })}
      file-id="file_mw2026118"
    ></eo-notesheet-editor>`,
};

/** Themed by a portal through the documented custom properties and parts. */
export const Themed: Story = {
  render: () => html`
    <style>
      .themed-notesheet eo-notesheet-editor::part(note) {
        box-shadow: 0 1px 3px #0003;
      }
    </style>
    <div
      class="themed-notesheet"
      style="--eo-notesheet-accent: #7a0010; --eo-notesheet-green-bg: #f3f8f1; --eo-notesheet-yellow-bg: #fffbea; --eo-radius: 0.2em"
    >
      <eo-notesheet-editor readonly .notes=${notes} .correspondence=${correspondence}></eo-notesheet-editor>
    </div>
  `,
};
