import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { InboxFolder, InboxItem, InboxKind, InboxState } from '@eoffice/components';
import { inboxItems, LONG_HINDI_SUBJECT } from '../packages/components/test/fixtures/inbox.js';

// "Today" for every story, so overdue and days pending read the same on any day.
const NOW = new Date('2026-11-23T06:00:00Z');

interface Args {
  folder: InboxFolder;
  kind: InboxKind;
  digits: 'latn' | 'deva';
}

const twelve: InboxItem[] = inboxItems(12);
const counts = { inbox: 12, inboxUnread: 6, created: 40, sent: 122, parked: 2, closed: 9 };

const meta: Meta<Args> = {
  title: 'Components/Inbox',
  component: 'eo-inbox',
  tags: ['autodocs'],
  argTypes: {
    folder: { control: 'inline-radio', options: ['inbox', 'created', 'sent', 'parked', 'closed'] },
    kind: { control: 'inline-radio', options: ['all', 'files', 'receipts'] },
    digits: { control: 'inline-radio', options: ['latn', 'deva'] },
  },
  args: { folder: 'inbox', kind: 'all', digits: 'latn' },
  render: ({ folder, kind, digits }) =>
    html`<eo-inbox
      folder=${folder}
      kind=${kind}
      digits=${digits}
      .items=${twelve}
      .counts=${counts}
      .now=${NOW}
    ></eo-inbox>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An officer's inbox: unopened rows in bold, overdue and most-immediate marked in words. */
export const Inbox: Story = {};
/** Receipts only. */
export const ReceiptsOnly: Story = { args: { kind: 'receipts' } };
/** The sent folder: rows not yet opened by the recipient can be pulled back. */
export const Sent: Story = { args: { folder: 'sent' } };
/** Devanagari digits (०१२…). */
export const DevanagariDigits: Story = { args: { digits: 'deva' } };

const state = (value: InboxState) => ({
  render: ({ folder, kind }: Args) =>
    html`<eo-inbox folder=${folder} kind=${kind} .items=${[]} state=${value} .now=${NOW}></eo-inbox>`,
});

/** Nothing in the folder. */
export const Empty: Story = {
  render: ({ folder, kind }) =>
    html`<eo-inbox
      folder=${folder}
      kind=${kind}
      .items=${[]}
      .counts=${{ inbox: 0 }}
      .now=${NOW}
    ></eo-inbox>`,
};
/** While the first page loads. */
export const Loading: Story = state('loading');
/** The server failed; Try again reloads. */
export const ServerError: Story = state('error');
/** The user may not see this inbox. */
export const NoAccess: Story = state('forbidden');
/** No network. */
export const Offline: Story = state('offline');

const fiveThousand = inboxItems(5000);
/** 5,000 rows: only the rows in view are in the page; keys and scrolling stay quick. */
export const FiveThousandRows: Story = {
  render: ({ folder, kind, digits }) =>
    html`<eo-inbox
      folder=${folder}
      kind=${kind}
      digits=${digits}
      .items=${fiveThousand}
      .counts=${{ inbox: 5000, inboxUnread: 2500 }}
      .now=${NOW}
    ></eo-inbox>`,
};

const longSubjects = inboxItems(12).map((item) => ({ ...item, subject: LONG_HINDI_SUBJECT }));
/** Long Hindi subjects are cut with an ellipsis in the row; the whole subject is in the accessible name. */
export const LongHindiSubjects: Story = {
  render: ({ folder, kind, digits }) =>
    html`<eo-inbox
      folder=${folder}
      kind=${kind}
      digits=${digits}
      .items=${longSubjects}
      .now=${NOW}
    ></eo-inbox>`,
};
