// <eo-pendency-report> against the real sandbox the test runner started (seeded demo department): the
// Principal Secretary's review of the department, drilled down to a section, an officer, and an item.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-pendency-report/define.js';
import type { EoPendencyReport } from '../src/eo-pendency-report/eo-pendency-report.js';
import type { ItemOpenDetail, PendingItem } from '../src/eo-pendency-report/types.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

const root = (el: EoPendencyReport) => el.shadowRoot as ShadowRoot;
const drillButton = (el: EoPendencyReport, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part="drill"]')].find(
    (b) => b.textContent?.trim() === name,
  );

describe('<eo-pendency-report> against the sandbox', () => {
  it('drills from the department to a section, an officer and one of their files', async () => {
    const el = await fixture<EoPendencyReport>(
      html`<eo-pendency-report .client=${as('arvind.srivastava')}></eo-pendency-report>`,
    );
    await waitUntil(() => el.currentState === 'ready', 'the department loads', { timeout: 8000 });
    const department = el.shownReview;
    expect(department?.unit.code).to.equal('LAB');
    const total = (department?.totals.files.total ?? 0) + (department?.totals.receipts.total ?? 0);
    expect(total).to.be.greaterThan(0);
    const sum = department?.rows.reduce((s, r) => s + r.files.total + r.receipts.total, 0);
    expect(sum, 'the rows add up to the totals').to.equal(total);

    drillButton(el, 'Establishment Section')?.click();
    await waitUntil(
      () => el.shownReview?.unit.code === 'Estt.' && el.currentState === 'ready',
      'the section',
      {
        timeout: 8000,
      },
    );
    const officer = el.shownReview?.rows.find((r) => r.group.type === 'post' && r.files.total > 0);
    expect(officer, 'an officer of the section holds a file').to.exist;
    drillButton(el, officer?.group.name.en ?? '')?.click();
    await waitUntil(() => root(el).querySelectorAll('[part="item"]').length > 0, 'the officer’s items', {
      timeout: 8000,
    });
    const items = [...root(el).querySelectorAll<HTMLButtonElement>('[part="item"]')];
    expect(items.length).to.equal((officer?.files.total ?? 0) + (officer?.receipts.total ?? 0));
    setTimeout(() => items[0]?.click());
    const open = (await oneEvent(el, 'eo-item-open')) as CustomEvent<ItemOpenDetail<PendingItem>>;
    expect(open.detail.item.holder.id).to.equal(officer?.group.id);
    await expect(el).to.be.accessible();
  });

  it('shows “no access” when a dealing hand asks for the whole department', async () => {
    const department = await as('arvind.srivastava').reports.review({ periods: 1 });
    const el = await fixture<EoPendencyReport>(
      html`<eo-pendency-report
        .client=${as('mukesh.sahu')}
        unit-id=${department.unit.id}
      ></eo-pendency-report>`,
    );
    await waitUntil(() => el.currentState !== 'loading', 'answered', { timeout: 8000 });
    expect(el.currentState).to.equal('forbidden');
    expect(root(el).querySelector('[part="status"]')?.getAttribute('role')).to.equal('alert');
  });
});
