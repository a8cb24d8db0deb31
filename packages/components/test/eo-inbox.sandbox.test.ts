// <eo-inbox> against the real sandbox the test runner started (seeded demo department): folders and
// counts from the server, a search done by the server, a file arriving live from the event stream,
// and a bulk pull back where one recipient has already opened the file.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-inbox/define.js';
import type { EoInbox } from '../src/eo-inbox/eo-inbox.js';
import { setDocumentLanguage } from './helpers/language.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

async function recipient(client: EOfficeClient, marking: string): Promise<string> {
  const [found] = await client.directory.searchRecipients({ q: marking }).toArray({ limit: 1 });
  if (!found) throw new Error(`no recipient ${marking}`);
  return found.post.id;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function newFile(client: EOfficeClient, subject: string) {
  return client.files.create({
    numbering: {
      scheme: 'non_sfs',
      fileNumber: `INB/${Date.now()}/${Math.random().toString(36).slice(2, 6)}`,
    },
    nature: 'electronic',
    subject,
  });
}

describe('<eo-inbox> against the sandbox', () => {
  beforeEach(() => setDocumentLanguage('en'));

  it('shows the inbox with counts, and a file sent by another officer arrives live and opens', async () => {
    const rajesh = as('rajesh.tiwari');
    const sunita = as('sunita.verma');
    const el = await fixture<EoInbox>(html`<eo-inbox .client=${rajesh}></eo-inbox>`);
    await waitUntil(() => el.currentState === 'ready' || el.currentState === 'empty', 'first load', {
      timeout: 8000,
    });
    const counts = await rajesh.folders.counts();
    await waitUntil(
      () =>
        text(el.shadowRoot?.querySelector('[part="folder"]')).includes(
          `(${counts.files.inbox + counts.receipts.inbox})`,
        ),
      'counts shown',
      { timeout: 5000 },
    );

    // Give the stream a moment to open, then Sunita sends Rajesh a file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const file = await newFile(sunita, 'अर्जित अवकाश नियमों में संशोधन');
    await sunita.files.send(file.id, { to: await recipient(sunita, 'US(ESTT)') });
    await waitUntil(() => el.shownItems.some((i) => i.id === file.id), 'arrives without a reload', {
      timeout: 10000,
    });
    expect(el.shownItems[0]?.id).to.equal(file.id);
    expect(el.shownItems[0]?.unread).to.equal(true);
    await waitUntil(() => text(el.shadowRoot?.querySelector('[part="announcer"]')).includes(file.number));

    const opened = oneEvent(el, 'eo-item-open');
    await el.updateComplete;
    (el.shadowRoot?.querySelector(`[role="row"][data-index="0"] span.subject`) as HTMLElement).click();
    expect((await opened).detail.item.id).to.equal(file.id);
  });

  it('asks the server to search in Hindi and sort', async () => {
    const sunita = as('sunita.verma');
    const subject = `वरिष्ठता सूची ${Date.now()}`;
    const file = await newFile(sunita, subject);
    const el = await fixture<EoInbox>(
      html`<eo-inbox folder="created" kind="files" .client=${sunita}></eo-inbox>`,
    );
    await waitUntil(() => el.currentState === 'ready', 'loaded', { timeout: 8000 });
    el.setFilters({ q: subject });
    await el.updateComplete;
    await waitUntil(() => el.currentState === 'ready' && el.shownItems.length === 1, 'searched', {
      timeout: 8000,
    });
    expect(el.shownItems[0]?.id).to.equal(file.id);
    el.setFilters({});
    el.sort = 'number';
    await el.updateComplete;
    await waitUntil(() => el.currentState === 'ready' && el.shownItems.length > 1, 'sorted', {
      timeout: 8000,
    });
    const numbers = el.shownItems.map((i) => i.number);
    expect(numbers).to.deep.equal([...numbers].sort(new Intl.Collator('en').compare));
  });

  it('pulls back several sent files, with a result line for the one already opened', async () => {
    const sunita = as('sunita.verma');
    const rajesh = as('rajesh.tiwari');
    const us = await recipient(sunita, 'US(ESTT)');
    const unopened = await newFile(sunita, 'वापसी परीक्षण — अनखुली');
    const opened = await newFile(sunita, 'वापसी परीक्षण — खुली');
    await sunita.files.send(unopened.id, { to: us });
    await sunita.files.send(opened.id, { to: us });
    await rajesh.files.get(opened.id);

    const el = await fixture<EoInbox>(
      html`<eo-inbox folder="sent" kind="files" .client=${sunita}></eo-inbox>`,
    );
    await waitUntil(() => el.currentState === 'ready', 'loaded', { timeout: 8000 });
    await el.updateComplete;
    for (const id of [unopened.id, opened.id]) {
      const index = el.shownItems.findIndex((i) => i.id === id);
      expect(index, id).to.be.greaterThan(-1);
      (
        el.shadowRoot?.querySelector(
          `[role="row"][data-index="${index}"] input[type="checkbox"]`,
        ) as HTMLInputElement
      ).click();
      await el.updateComplete;
    }
    expect(el.shadowRoot?.textContent).to.contain('can be pulled back');
    const done = oneEvent(el, 'eo-inbox-action');
    const pull = [
      ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button') ?? []),
    ].find((b) => text(b) === 'Pull back');
    pull?.click();
    const { results } = (await done).detail;
    const byId = new Map(results.map((r: { id: string; ok: boolean }) => [r.id, r.ok]));
    expect(byId.get(unopened.id)).to.equal(true);
    expect(byId.get(opened.id)).to.equal(false);
    await el.updateComplete;
    const lines = [...(el.shadowRoot?.querySelectorAll('[part="results"] li') ?? [])].map((li) => text(li));
    expect(lines.find((l) => l.includes(opened.number))).to.contain('Failed');
    expect(el.shownItems.some((i) => i.id === unopened.id)).to.equal(false);
  });

  it('sends receipts together through the send dialog; one not yet received gets its own failed line', async () => {
    const priya = as('priya.singh');
    const sunita = as('sunita.verma');
    const so = await recipient(priya, 'SO(ESTT)');
    const stamp = Date.now();
    const receipts = [];
    for (const n of ['एक', 'दो', 'तीन']) {
      const receipt = await priya.receipts.diarise({
        nature: 'physical',
        subject: `वेतन भुगतान की शिकायत ${stamp} — ${n}`,
        receivedDate: '2026-11-20',
        letterDate: '2026-11-18',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव', pincode: '462001' },
      });
      await priya.receipts.send(receipt.id, { to: so });
      receipts.push(receipt);
    }
    // The section officer has the paper of two of them; the third has not reached her desk.
    const [first, notReceived, third] = receipts as [
      (typeof receipts)[0],
      (typeof receipts)[0],
      (typeof receipts)[0],
    ];
    await sunita.receipts.receive(first.id, {});
    await sunita.receipts.receive(third.id, {});

    const el = await fixture<EoInbox>(html`<eo-inbox kind="receipts" .client=${sunita}></eo-inbox>`);
    el.setFilters({ q: String(stamp) });
    await el.updateComplete;
    await waitUntil(() => el.currentState === 'ready' && el.shownItems.length === 3, 'the three', {
      timeout: 8000,
    });
    await el.updateComplete;
    for (const row of el.shadowRoot?.querySelectorAll('.viewport [role="row"]') ?? [])
      (row.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.selectedItems).to.have.length(3);

    const done = oneEvent(el, 'eo-inbox-action');
    [...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button') ?? [])]
      .find((b) => text(b) === 'Send receipts')
      ?.click();
    const dialog = await waitUntil(
      () => el.shadowRoot?.querySelector('eo-send-dialog')?.shadowRoot?.querySelector('dialog[open]'),
      'the dialog opens',
      { timeout: 5000 },
    ).then(() => el.shadowRoot?.querySelector('eo-send-dialog') as HTMLElement);
    (dialog.shadowRoot?.querySelector('#to-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'US(ESTT)' });
    await waitUntil(
      () =>
        [...(dialog.shadowRoot?.querySelectorAll('#to-listbox [role="option"]') ?? [])].some((o) =>
          text(o).includes('US(ESTT)-LAB'),
        ),
      'the search offers US(ESTT)',
      { timeout: 5000 },
    );
    const options = [...(dialog.shadowRoot?.querySelectorAll('#to-listbox [role="option"]') ?? [])];
    const index = options.findIndex((o) => text(o).includes('US(ESTT)-LAB'));
    for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    (dialog.shadowRoot?.querySelector('[part~="send-button"]') as HTMLButtonElement).click();

    const { results } = (await done).detail;
    const ok = new Map(results.map((r: { id: string; ok: boolean }) => [r.id, r.ok]));
    expect(ok.get(first.id)).to.equal(true);
    expect(ok.get(third.id)).to.equal(true);
    expect(ok.get(notReceived.id)).to.equal(false);
    expect(dialog.shadowRoot?.querySelector('dialog[open]'), 'the dialog closed').to.equal(null);
    const movements = await sunita.receipts.movements(first.id).toArray();
    expect(movements.at(-1)?.to?.markingAbbreviation).to.equal('US(ESTT)-LAB');
    await el.updateComplete;
    const lines = [...(el.shadowRoot?.querySelectorAll('[part="results"] li') ?? [])].map((li) => text(li));
    expect(lines).to.have.length(3);
    expect(lines.find((l) => l.includes(notReceived.number))).to.contain('Failed');
    expect(el.shownItems.map((i) => i.id)).to.deep.equal([notReceived.id]);
  });
});
