import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { Movement, PostSummary, TrackerClient, TrackerItem, TrackerLayout } from '@eoffice/components';

// ---- realistic plain data: a minimum-wages file of the Labour Department -----------------------

const section = (code: string, en: string, hi: string) => ({
  id: `unit_${code.toLowerCase()}`,
  code,
  name: { en, hi },
  kind: 'section' as const,
});
const mw = section('MW', 'Minimum Wages Section', 'न्यूनतम वेतन अनुभाग');
const admin = section('Admn', 'Administration Section', 'प्रशासन अनुभाग');
const post = (id: string, en: string, hi: string, desEn: string, desHi: string, marking: string, s = mw) =>
  ({
    id,
    name: { en, hi },
    designation: { en: desEn, hi: desHi },
    markingAbbreviation: marking,
    section: s,
  }) satisfies PostSummary;

const SO = post('post_somw', 'Sunita Verma', 'सुनीता वर्मा', 'Section Officer', 'अनुभाग अधिकारी', 'SO(MW)-LAB');
const US = post('post_usmw', 'Rajesh Kumar', 'राजेश कुमार', 'Under Secretary', 'अवर सचिव', 'US(MW)-LAB');
const DS = post('post_ds', 'Meena Sharma', 'मीना शर्मा', 'Deputy Secretary', 'उप सचिव', 'DS-LAB', admin);
const PS = post(
  'post_ps',
  'Arvind Mishra',
  'अरविंद मिश्रा',
  'Principal Secretary',
  'प्रमुख सचिव',
  'PS-LAB',
  admin,
);

const file: TrackerItem = {
  type: 'file',
  id: 'file_mw2026118',
  number: 'MW/2026/118',
  subject: 'न्यूनतम वेतन की दरों का पुनरीक्षण — अनुसूचित नियोजन (कृषि)',
  status: 'in_movement',
  priority: 'immediate',
  currentHolder: DS,
  dueDate: '2026-11-20',
  nature: 'electronic',
};

function step(
  sequence: number,
  action: Movement['action'],
  from: PostSummary | null,
  to: PostSummary | null,
  sentAt: string,
  extra: Partial<Movement> = {},
): Movement {
  return {
    id: `mov_${sequence}${extra.kind === 'copy' ? 'c' : ''}`,
    sequence,
    item: { type: 'file', id: 'file_mw2026118', number: 'MW/2026/118' },
    action,
    kind: 'main',
    from,
    to,
    by: { id: 'user_x', name: (from ?? to ?? SO).name },
    remarks: null,
    priority: 'normal',
    dueDate: null,
    sentAt,
    receivedAt: to ? sentAt : null,
    readAt: null,
    daysHeld: 0,
    current: false,
    ...extra,
  };
}

const route: Movement[] = [
  step(1, 'create', null, null, '2026-11-02T05:00:00Z', { by: { id: 'user_sv', name: SO.name } }),
  step(2, 'send', SO, US, '2026-11-03T06:15:00Z', {
    remarks: 'कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें',
    readAt: '2026-11-03T09:40:00Z',
    daysHeld: 2,
  }),
  step(3, 'send', US, DS, '2026-11-05T07:30:00Z', {
    remarks: 'प्रस्ताव नियमानुसार है। अनुमोदनार्थ प्रस्तुत।',
    priority: 'immediate',
    readAt: '2026-11-05T08:00:00Z',
    daysHeld: 1,
  }),
  step(3, 'copy', US, SO, '2026-11-05T07:30:00Z', { kind: 'copy', remarks: 'सूचनार्थ' }),
  step(4, 'send', DS, PS, '2026-11-06T10:00:00Z', {
    priority: 'most_immediate',
    dueDate: '2026-11-10',
    readAt: '2026-11-07T04:30:00Z',
    daysHeld: 5,
  }),
  step(5, 'return', PS, DS, '2026-11-11T11:00:00Z', {
    remarks: 'वित्त विभाग की सहमति प्राप्त कर पुनः प्रस्तुत करें।',
    priority: 'immediate',
    dueDate: '2026-11-20',
    readAt: '2026-11-11T12:10:00Z',
    daysHeld: 12,
    current: true,
  }),
];

const settled = route.map((m) => ({ ...m, current: false }));
const parked: Movement[] = [
  ...settled,
  step(6, 'park', DS, null, '2026-11-18T09:00:00Z', {
    remarks: 'वित्त विभाग की राय प्राप्त होने तक स्थगित रखी गई।',
    current: true,
  }),
];
const closed: Movement[] = [
  ...settled,
  step(6, 'send', DS, SO, '2026-11-18T09:00:00Z', { remarks: 'आदेश जारी करें।', daysHeld: 2 }),
  step(7, 'issue', SO, null, '2026-11-20T06:00:00Z', { remarks: 'अधिसूचना क्रमांक 14/2026 जारी।' }),
  step(8, 'close', SO, null, '2026-11-20T07:00:00Z', {
    remarks: 'न्यूनतम वेतन पुनरीक्षण की अधिसूचना जारी; नस्ती बंद।',
    current: true,
  }),
];

function longRoute(count: number): Movement[] {
  const start = Date.parse('2016-01-01T05:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const up = i % 2 === 0;
    return step(
      i + 1,
      i === 0 ? 'create' : up ? 'send' : 'return',
      i === 0 ? null : up ? SO : US,
      i === 0 ? null : up ? US : SO,
      new Date(start + i * 3_600_000).toISOString(),
      {
        remarks: `टिप्पणी क्रमांक ${i + 1}`,
        daysHeld: i % 5,
        current: i === count - 1,
      },
    );
  });
}

/** A stand-in client for stories that need server mode (public status, search). */
const storyClient: TrackerClient = {
  files: {
    get: async () => {
      throw new Error('not in stories');
    },
    movements: () => ({ toArray: async () => route }),
  },
  receipts: {
    get: async () => {
      throw new Error('not in stories');
    },
    movements: () => ({ toArray: async () => [] }),
  },
  track: async ({ number }) => ({
    type: 'receipt',
    number,
    status: 'under_process',
    statusLabel: { en: 'Under process', hi: 'प्रक्रियाधीन' },
    registeredOn: '2025-07-10',
    lastUpdatedOn: '2025-07-14',
  }),
};

const NOW = new Date('2026-11-23T06:00:00Z');

interface Args {
  layout: TrackerLayout;
  digits: 'latn' | 'deva';
}

/**
 * `<eo-file-tracker>` shows where a file (नस्ती) or receipt (आवती) is and how it got there: each
 * movement from post to post, remarks, priority, due date, times in IST, days held, and the current
 * holder with days pending. Switch the language and theme in the toolbar. Focus a step and use the
 * arrow keys, Home and End; Enter selects.
 */
const meta: Meta<Args> = {
  title: 'Components/File tracker',
  component: 'eo-file-tracker',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'compact', 'horizontal'] },
    digits: { control: 'inline-radio', options: ['latn', 'deva'] },
  },
  args: { layout: 'vertical', digits: 'latn' },
  render: ({ layout, digits }) =>
    html`<eo-file-tracker
      layout=${layout}
      digits=${digits}
      .item=${file}
      .movements=${route}
      .now=${NOW}
    ></eo-file-tracker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default: one step per movement, newest at the bottom, the current holder highlighted. */
export const Vertical: Story = {};
/** One dense line per step, for a side panel. */
export const Compact: Story = { args: { layout: 'compact' } };
/** Steps side by side; Left and Right move between them. */
export const Horizontal: Story = { args: { layout: 'horizontal' } };
/** Devanagari digits (०१२…) for a portal that prefers them. */
export const DevanagariDigits: Story = { args: { digits: 'deva' } };

/** A parked file leaves pendency: no days pending, no overdue. */
export const Parked: Story = {
  render: ({ layout, digits }) =>
    html`<eo-file-tracker
      layout=${layout}
      digits=${digits}
      .item=${{ ...file, status: 'parked' }}
      .movements=${parked}
      .now=${NOW}
    ></eo-file-tracker>`,
};

/** A closed file, after the notification was issued. */
export const Closed: Story = {
  render: ({ layout, digits }) =>
    html`<eo-file-tracker
      layout=${layout}
      digits=${digits}
      .item=${{ ...file, status: 'closed', currentHolder: null }}
      .movements=${closed}
      .now=${NOW}
    ></eo-file-tracker>`,
};

/** 10,000 movements: only the rows in view are rendered, each at its natural height. */
export const LongHistory: Story = {
  render: ({ layout, digits }) =>
    html`<eo-file-tracker
      layout=${layout === 'horizontal' ? 'vertical' : layout}
      digits=${digits}
      .item=${file}
      .movements=${longRoute(10_000)}
    ></eo-file-tracker>`,
};

const LONG_REMARK =
  'प्रस्ताव का परीक्षण किया गया। न्यूनतम वेतन अधिनियम, 1948 की धारा 3 एवं 5 के अंतर्गत अनुसूचित नियोजनों में ' +
  'न्यूनतम वेतन की दरों का पुनरीक्षण पाँच वर्ष के भीतर किया जाना अपेक्षित है। वित्त विभाग की सहमति संलग्न है। ' +
  'कृपया अवलोकन कर प्रारूप अधिसूचना के अनुमोदन हेतु आदेशार्थ प्रस्तुत करें।';

/**
 * 5,000 movements, every third with a long Hindi remark, in a 320 px wide column (WCAG reflow): rows
 * grow to their remarks, nothing scrolls sideways.
 */
export const LongRemarksAt320px: Story = {
  render: ({ digits }) =>
    html`<div style="inline-size: 320px">
      <eo-file-tracker
        digits=${digits}
        .item=${file}
        .movements=${longRoute(5_000).map((m, i) => (i % 3 === 1 ? { ...m, remarks: LONG_REMARK } : m))}
      ></eo-file-tracker>
    </div>`,
};

const stateStory = (state: string): Story => ({
  render: () => html`<eo-file-tracker state=${state}></eo-file-tracker>`,
});
export const Loading = stateStory('loading');
export const Empty: Story = { render: () => html`<eo-file-tracker .movements=${[]}></eo-file-tracker>` };
export const NotFound = stateStory('not-found');
export const NoAccess = stateStory('forbidden');
export const Offline = stateStory('offline');
export const LoadError = stateStory('error');

/** Public tracking by number and tracking code: status only, no names or remarks. */
export const PublicStatus: Story = {
  render: () =>
    html`<eo-file-tracker
      public
      number="132748/2025/CP"
      code="7KQ2-M9XD"
      .client=${storyClient}
    ></eo-file-tracker>`,
};

/** A search box for a number and tracking code (public tracking page of a portal). */
export const PublicSearch: Story = {
  render: () => html`<eo-file-tracker public search .client=${storyClient}></eo-file-tracker>`,
};

/** Themed by a portal through the documented custom properties and parts. */
export const Themed: Story = {
  render: () => html`
    <style>
      .themed eo-file-tracker::part(step current) {
        outline: 2px solid #7a0010;
      }
    </style>
    <div
      class="themed"
      style="--eo-tracker-accent: #7a0010; --eo-tracker-current-bg: #fdf0f2; --eo-radius: 0.2em; --eo-font-family: 'Noto Sans Devanagari', sans-serif"
    >
      <eo-file-tracker .item=${file} .movements=${route} .now=${NOW}></eo-file-tracker>
    </div>
  `,
};
