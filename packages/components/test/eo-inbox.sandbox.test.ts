// <eo-inbox> against the real sandbox the test runner started (seeded demo department): folders and
// counts from the server, a search done by the server, a file arriving live from the event stream,
// and a bulk pull back where one recipient has already opened the file.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
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
    await waitUntil(() => el.currentState === 'ready' && el.shownItems.length === 1, 'searched', {
      timeout: 8000,
    });
    expect(el.shownItems[0]?.id).to.equal(file.id);
    el.setFilters({});
    el.sort = 'number';
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
});
