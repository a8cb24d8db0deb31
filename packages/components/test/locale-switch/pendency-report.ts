import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/eo-pendency-report/define.js';
import type { EoPendencyReport } from '../../src/eo-pendency-report/eo-pendency-report.js';
import type { ReportClient } from '../../src/eo-pendency-report/types.js';
import { sampleItems, sampleReview } from '../fixtures/pendency.js';
import type { SwitchCase } from './case.js';

const root = (el: EoPendencyReport) => el.shadowRoot as ShadowRoot;

async function report(): Promise<EoPendencyReport> {
  return fixture<EoPendencyReport>(
    html`<eo-pendency-report
      .review=${sampleReview()}
      digits="latn"
      office-name="Labour Department, Mantralaya"
    ></eo-pendency-report>`,
  );
}

const forced = (state: string): SwitchCase => ({
  element: 'eo-pendency-report',
  state,
  mount: async () => ({
    el: await fixture(
      html`<eo-pendency-report .review=${sampleReview()} state=${state}></eo-pendency-report>`,
    ),
  }),
});

/** Drills to the officer row, and answers with their items as a host does; `then` narrows further. */
async function drilled(then?: (el: EoPendencyReport) => Promise<void>): Promise<EoPendencyReport> {
  const el = await report();
  const officer = root(el).querySelectorAll<HTMLButtonElement>('[part="drill"]')[4];
  setTimeout(() => officer?.click());
  await oneEvent(el, 'eo-pendency-drill');
  el.items = sampleItems();
  el.itemsTitle = 'Arvind Kumar Srivastava, Principal Secretary';
  await el.updateComplete;
  await then?.(el);
  return el;
}

export const pendencyReportCases: SwitchCase[] = [
  {
    element: 'eo-pendency-report',
    state: 'loading',
    mount: async () => ({ el: await fixture(html`<eo-pendency-report></eo-pendency-report>`) }),
  },
  {
    element: 'eo-pendency-report',
    state: 'empty',
    mount: async () => {
      const empty = sampleReview();
      empty.rows = [];
      empty.totals = {
        ...empty.totals,
        files: { ...empty.totals.files, total: 0 },
        receipts: { ...empty.totals.receipts, total: 0 },
      };
      return { el: await fixture(html`<eo-pendency-report .review=${empty}></eo-pendency-report>`) };
    },
  },
  ...['forbidden', 'offline', 'error', 'not-found'].map(forced),
  {
    element: 'eo-pendency-report',
    state: 'server: no access',
    mount: async () => {
      const client = {
        reports: {
          review: async () => {
            throw Object.assign(new Error('403'), { status: 403, name: 'ForbiddenError' });
          },
          pendingItemsPage: async () => ({ items: [], nextCursor: null }),
        },
      } as unknown as ReportClient;
      const el = await fixture<EoPendencyReport>(
        html`<eo-pendency-report .client=${client}></eo-pendency-report>`,
      );
      await waitUntil(() => el.currentState === 'forbidden', 'refused');
      return { el };
    },
  },
  { element: 'eo-pendency-report', state: 'the review', mount: async () => ({ el: await report() }) },
  {
    element: 'eo-pendency-report',
    state: 'server: the review loaded, announced',
    mount: async () => {
      const client = {
        reports: {
          review: async () => sampleReview(),
          pendingItemsPage: async () => ({ items: [], nextCursor: null }),
        },
      } as unknown as ReportClient;
      const el = await fixture<EoPendencyReport>(
        html`<eo-pendency-report .client=${client} digits="latn"></eo-pendency-report>`,
      );
      await waitUntil(
        () => (root(el).querySelector('[part="announcer"]')?.textContent ?? '').trim() !== '',
        'announced',
      );
      return { el };
    },
  },
  {
    element: 'eo-pendency-report',
    state: 'the review in Devanagari digits',
    mount: async () => ({
      el: await fixture(
        html`<eo-pendency-report .review=${sampleReview()} digits="deva"></eo-pendency-report>`,
      ),
    }),
  },
  {
    element: 'eo-pendency-report',
    state: 'every chart’s table alternative open',
    mount: async () => {
      const el = await report();
      for (const details of root(el).querySelectorAll<HTMLDetailsElement>('figure details')) {
        setTimeout(() => details.querySelector('summary')?.click());
        await oneEvent(details, 'toggle');
        await el.updateComplete;
      }
      return { el };
    },
  },
  {
    element: 'eo-pendency-report',
    state: 'present mode, second screen',
    mount: async () => {
      const el = await report();
      el.present = true;
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.present-nav button:last-of-type')?.click();
      await el.updateComplete;
      return { el };
    },
  },
  {
    element: 'eo-pendency-report',
    state: 'drilled down to an officer’s items',
    mount: async () => ({ el: await drilled() }),
  },
  {
    element: 'eo-pendency-report',
    state: 'an officer’s items narrowed to over 30 days',
    mount: async () => ({
      el: await drilled(async (el) => {
        const filter = root(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[4];
        setTimeout(() => filter?.click());
        await oneEvent(el, 'eo-pendency-drill');
        await el.updateComplete;
      }),
    }),
  },
  {
    element: 'eo-pendency-report',
    state: 'drilled down to a unit',
    mount: async () => {
      const el = await report();
      const unit = root(el).querySelectorAll<HTMLButtonElement>('[part="drill"]')[3];
      setTimeout(() => unit?.click());
      await oneEvent(el, 'eo-pendency-drill');
      await el.updateComplete;
      return { el };
    },
  },
];
