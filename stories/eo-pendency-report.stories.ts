import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { EoPendencyReport, PendencyReview } from '@eoffice/components';
import { largeReview, sampleItems, sampleReview } from '../packages/components/test/fixtures/pendency.js';

interface Args {
  digits: 'latn' | 'deva';
  present: boolean;
}

/**
 * `<eo-pendency-report>` is the weekly review of pendency (लंबित प्रकरणों की समीक्षा) that a Collector
 * or Secretary projects in the review meeting: pending files and receipts by unit, section and officer in
 * age buckets, overdue counts, the e-adoption share, the trend and the change since last week. Click a
 * unit or officer (or press Enter on it) to drill down; Escape goes back. Switch the language and theme
 * in the toolbar; "Present" shows one chart a screen (arrow keys move).
 */
const meta: Meta<Args> = {
  title: 'Components/Pendency report',
  component: 'eo-pendency-report',
  tags: ['autodocs'],
  argTypes: {
    digits: { control: 'inline-radio', options: ['latn', 'deva'] },
    present: { control: 'boolean' },
  },
  args: { digits: 'latn', present: false },
  render: ({ digits, present }) =>
    html`<eo-pendency-report
      digits=${digits}
      ?present=${present}
      office-name="Labour Department, Mantralaya, Bhopal"
      .review=${sampleReview()}
      @eo-pendency-drill=${drill}
    ></eo-pendency-report>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Plain data answering the drill-down: an officer's or bucket's items, back to the review on Escape. */
function drill(event: CustomEvent<{ level: string }>): void {
  const el = event.currentTarget as EoPendencyReport;
  if (event.detail.level === 'items') {
    el.items = sampleItems();
    el.itemsTitle = 'Sunita Verma, Section Officer';
  }
}

/** The department's review: sections, the Labour Commissioner's office and the PS's own desk. */
export const Department: Story = {};
/** Devanagari digits (०१२…) for a portal that prefers them. */
export const DevanagariDigits: Story = { args: { digits: 'deva' } };
/** Present mode: large type, one chart a screen. */
export const Present: Story = { args: { present: true } };

/** 200 units and 50,000 pending items: the table lists all, the chart the 20 largest. */
export const LargeOffice: Story = {
  render: ({ digits }) =>
    html`<eo-pendency-report digits=${digits} .review=${largeReview()}></eo-pendency-report>`,
};

/** An officer's pending items, oldest first; choosing one fires `eo-item-open`. */
export const PendingItems: Story = {
  render: () =>
    html`<eo-pendency-report
      .review=${sampleReview()}
      .items=${sampleItems()}
      items-title="Sunita Verma, Section Officer"
    ></eo-pendency-report>`,
};

const empty: PendencyReview = {
  ...sampleReview(),
  rows: [],
  totals: {
    ...sampleReview().totals,
    files: { total: 0, days0to7: 0, days8to15: 0, days16to30: 0, over30Days: 0 },
    receipts: { total: 0, days0to7: 0, days8to15: 0, days16to30: 0, over30Days: 0 },
  },
};
export const Loading: Story = {
  render: () => html`<eo-pendency-report state="loading"></eo-pendency-report>`,
};
export const Empty: Story = {
  render: () => html`<eo-pendency-report .review=${empty}></eo-pendency-report>`,
};
export const NoAccess: Story = {
  render: () => html`<eo-pendency-report state="forbidden"></eo-pendency-report>`,
};
export const LoadError: Story = {
  render: () => html`<eo-pendency-report state="error"></eo-pendency-report>`,
};

/** Themed by a portal through the documented custom properties. */
export const Themed: Story = {
  render: () =>
    html`<div
      style="--eo-pendency-accent: #7a0010; --eo-pendency-bucket-1: #3f6f3f; --eo-pendency-bucket-2: #2d5a2d; --eo-radius: 0.2em"
    >
      <eo-pendency-report .review=${sampleReview()}></eo-pendency-report>
    </div>`,
};
