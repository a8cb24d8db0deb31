// <eo-pendency-report> from plain data: figures, table, charts with summaries and table alternatives,
// drill-down by click and keyboard, events, CSV, present mode, Devanagari digits, states, both
// languages with axe, and 200 units / 50,000 items.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/eo-pendency-report/define.js';
import type { EoPendencyReport } from '../src/eo-pendency-report/eo-pendency-report.js';
import type { DrillDetail, ItemOpenDetail, PendingItem } from '../src/eo-pendency-report/types.js';
import { largeReview, sampleItems, sampleReview } from './fixtures/pendency.js';
import { setDocumentLanguage } from './helpers/language.js';

function root(el: EoPendencyReport): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function $<T extends Element = HTMLElement>(el: EoPendencyReport, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
async function report(review = sampleReview(), attrs: { digits?: 'latn' | 'deva' } = {}) {
  return fixture<EoPendencyReport>(
    html`<eo-pendency-report
      .review=${review}
      digits=${attrs.digits ?? 'latn'}
      office-name="Labour Department, Mantralaya"
    ></eo-pendency-report>`,
  );
}

describe('<eo-pendency-report> from plain data', () => {
  afterEach(() => setDocumentLanguage('en'));

  it('shows the header, key figures with the week-on-week change, and every row with its buckets', async () => {
    const el = await report();
    const header = text($(el, '[part="header"]'));
    expect(header).to.contain('Labour Department, Mantralaya');
    expect(header).to.contain('Pendency review: Labour Department');
    expect(header).to.contain('Period: 26 Sept 2026 – 20 Nov 2026');
    expect(header).to.contain('Generated 20 Nov 2026');
    const figures = text($(el, '[part="figures"]'));
    expect(figures).to.contain('Pending 41');
    expect(figures).to.contain('down 5 since last week');
    expect(figures).to.contain('Overdue 7');
    const rows = [...root(el).querySelectorAll('[part="table"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => text(c)),
    );
    expect(rows).to.have.length(5);
    expect(rows[0]?.slice(0, 8)).to.deep.equal(['Establishment Section', '12', '8', '4', '7', '3', '1', '1']);
    expect(rows[4]?.[0]).to.equal('Arvind Kumar Srivastava Principal Secretary');
    expect(text($(el, '[part="table"] tfoot'))).to.contain('Total 41 28 13');
  });

  it('gives every chart a text summary and a table alternative, and buckets a legend of patterns', async () => {
    const el = await report();
    const figures = [...root(el).querySelectorAll('figure')];
    expect(figures).to.have.length(3);
    for (const figure of figures) {
      const svg = figure.querySelector('svg[role="img"]') as SVGElement;
      const summary = figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
      expect(text(summary), 'summary').to.not.equal('');
      // Drawn when opened: a large office's table alternative would double the rows.
      expect(figure.querySelector('details table'), 'not drawn while closed').to.equal(null);
      const details = figure.querySelector('details') as HTMLDetailsElement;
      setTimeout(() => details.querySelector('summary')?.click());
      await oneEvent(details, 'toggle');
      await el.updateComplete;
      expect(figure.querySelector('details[open] table'), 'table alternative').to.exist;
    }
    expect(text(figures[1]?.querySelector('details tbody tr'))).to.equal(
      '26 Sept 2026 – 2 Oct 2026 10 20 15 30',
    );
    expect(text(figures[0]?.querySelector('figcaption'))).to.contain(
      '41 items pending, 4 of them for over 30 days (9.8%). Most pending: Office of the Labour Commissioner, 20.',
    );
    expect(text(figures[2]?.querySelector('figcaption'))).to.equal(
      '75.6% of pending work is electronic: 31 of 41 items.',
    );
    const fills = [...root(el).querySelectorAll('[part="legend"] rect')].map((r) => r.getAttribute('fill'));
    expect(fills).to.deep.equal([
      'url(#b-days0to7)',
      'url(#b-days8to15)',
      'url(#b-days16to30)',
      'url(#b-over30Days)',
    ]);
    expect(root(el).querySelectorAll('pattern')).to.have.length(4);
  });

  it('drills down by click to a unit and by keyboard to an officer, then opens an item', async () => {
    const el = await report();
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part="drill"]')];
    setTimeout(() => buttons[3]?.click());
    const unit = (await oneEvent(el, 'eo-pendency-drill')) as CustomEvent<DrillDetail>;
    expect(unit.detail).to.deep.equal({ level: 'unit', unitId: 'unit_labcomm01' });

    buttons[4]?.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const officer = (await oneEvent(el, 'eo-pendency-drill')) as CustomEvent<DrillDetail>;
    expect(officer.detail).to.deep.equal({ level: 'items', postId: 'post_pslab0001' });

    // The host answers with the officer's items.
    el.items = sampleItems();
    el.itemsTitle = 'Arvind Kumar Srivastava, Principal Secretary';
    await el.updateComplete;
    expect(text($(el, '[part="items"]'))).to.contain('Showing 2 of 2 pending items, oldest first.');
    const first = root(el).querySelector<HTMLButtonElement>('[part="item"]') as HTMLButtonElement;
    first.focus();
    setTimeout(() => void sendKeys({ press: 'Space' }));
    const open = (await oneEvent(el, 'eo-item-open')) as CustomEvent<ItemOpenDetail<PendingItem>>;
    expect(open.detail.item.item.id).to.equal('file_rti2026aa1');
    expect(text(first)).to.contain('41 days');
    expect(text(first)).to.contain('Overdue');

    setTimeout(() => void sendKeys({ press: 'Escape' }));
    const back = (await oneEvent(el, 'eo-pendency-drill')) as CustomEvent<DrillDetail>;
    expect(back.detail).to.deep.equal({ level: 'unit', unitId: 'unit_labdept01' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="items"]')).to.equal(null);
  });

  it('narrows an officer’s items to one age bucket or to overdue items', async () => {
    const el = await report();
    const officer = [...root(el).querySelectorAll<HTMLButtonElement>('[part="drill"]')][4];
    setTimeout(() => officer?.click());
    await oneEvent(el, 'eo-pendency-drill');
    el.items = sampleItems();
    await el.updateComplete;
    const filters = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')];
    expect(filters.map((b) => text(b))).to.deep.equal([
      'All',
      '0–7 days',
      '8–15 days',
      '16–30 days',
      'Over 30 days',
      'Overdue',
    ]);
    expect(filters[0]?.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => filters[4]?.click());
    const bucket = (await oneEvent(el, 'eo-pendency-drill')) as CustomEvent<DrillDetail>;
    expect(bucket.detail).to.deep.equal({ level: 'items', postId: 'post_pslab0001', bucket: 'over30Days' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="filter"][aria-pressed="true"]')?.textContent?.trim()).to.equal(
      'Over 30 days',
    );
    setTimeout(() => root(el).querySelectorAll<HTMLButtonElement>('[part~="filter"]')[5]?.click());
    const overdue = (await oneEvent(el, 'eo-pendency-drill')) as CustomEvent<DrillDetail>;
    expect(overdue.detail).to.deep.equal({ level: 'items', postId: 'post_pslab0001', overdue: true });
  });

  it('exports CSV with a BOM, formula-safe, and the items list as CSV', async () => {
    const el = await report();
    const blob = el.exportCsv({ download: false });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = el.toCsv();
    expect(csv).to.contain('Establishment Section,,12,8,4,7,3,1,1,2,9,3,75,41\r\n');
    expect(csv).to.contain('Total,,41,28,13');
    el.items = sampleItems();
    await el.updateComplete;
    expect(el.toCsv()).to.contain(`"'=HYPERLINK(""x"") वेतन भुगतान न होने की शिकायत"`);
  });

  it('presents one chart a screen, moved with the arrow keys', async () => {
    const el = await report();
    el.present = true;
    await el.updateComplete;
    expect(root(el).querySelectorAll('figure')).to.have.length(0);
    expect(root(el).querySelector('[part="figures"]')).to.exist;
    root(el).querySelector<HTMLButtonElement>('.present-nav button:last-of-type')?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('figure')).to.have.length(1);
    expect(text($(el, 'figure h3'))).to.equal('Age of pending work');
    expect(text($(el, '.present-nav'))).to.contain('Screen 2 of 5');
  });

  it('writes Devanagari digits and Hindi labels when asked', async () => {
    await setDocumentLanguage('hi');
    const el = await report(sampleReview(), { digits: 'deva' });
    const figures = text($(el, '[part="figures"]'));
    expect(figures).to.contain('४१');
    expect(figures).to.not.match(/[0-9]/);
    expect(text($(el, 'tbody tr:first-child th'))).to.equal('स्थापना शाखा');
    expect(text($(el, 'figure h3'))).to.not.equal('Age of pending work');
  });

  it('shows the loading, empty, no-access and error states', async () => {
    const el = await fixture<EoPendencyReport>(html`<eo-pendency-report></eo-pendency-report>`);
    expect(el.currentState).to.equal('loading');
    expect($(el, '[part="status"]').getAttribute('aria-busy')).to.equal('true');
    const empty = sampleReview();
    empty.rows = [];
    empty.totals = {
      ...empty.totals,
      files: { ...empty.totals.files, total: 0 },
      receipts: { ...empty.totals.receipts, total: 0 },
    };
    el.review = empty;
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).to.equal('Nothing is pending here.');
    el.state = 'forbidden';
    await el.updateComplete;
    expect($(el, '[part="status"]').getAttribute('role')).to.equal('alert');
    expect(text($(el, '[part="status"]'))).to.contain('You may not see this report.');
    el.state = 'error';
    await el.updateComplete;
    expect(text($(el, '[part="status"]'))).to.contain('The review could not be loaded.');
  });

  for (const lang of ['en', 'hi'] as const) {
    it(`is accessible in ${lang} (axe): review, items and present mode`, async () => {
      await setDocumentLanguage(lang);
      const el = await report();
      await expect(el).to.be.accessible();
      el.present = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.present = false;
      el.items = sampleItems();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('renders 200 units and 50,000 items as 200 rows and a chart of the 20 largest', async () => {
    const el = await report(largeReview());
    expect(root(el).querySelectorAll('[part="table"] tbody tr')).to.have.length(200);
    expect(text($(el, '[part="figures"]'))).to.contain('50,000');
    const bars = root(el).querySelector('figure svg[role="img"]') as SVGElement;
    expect(bars.querySelectorAll('text.value')).to.have.length(20);
    expect(text($(el, 'figure figcaption'))).to.contain('The chart shows the 20 largest of 200 rows');
  });
});
