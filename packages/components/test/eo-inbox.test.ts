// <eo-inbox> from plain data (`.items`) and a scripted client: states, columns, filters and sort,
// the windowed grid and its keyboard, selection, bulk actions with partial failure, live arrival,
// and axe in both languages.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { StreamEvent, Schemas } from '@eoffice/sdk';
import '../src/eo-inbox/define.js';
import type { EoInbox } from '../src/eo-inbox/eo-inbox.js';
import type { InboxClient, InboxItem } from '../src/eo-inbox/types.js';
import { setDocumentLanguage } from './helpers/language.js';
import { inboxItems, LONG_HINDI_SUBJECT } from './fixtures/inbox.js';

const NOW = new Date('2026-11-23T06:00:00Z');

function root(el: EoInbox): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function rows(el: EoInbox): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('.viewport [role="row"]')];
}
function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function key(target: Element, name: string, extra: KeyboardEventInit = {}): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...extra }));
}
function focusedCell(el: EoInbox): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

async function plain(items: InboxItem[] = inboxItems(12)): Promise<EoInbox> {
  const el = await fixture<EoInbox>(html`<eo-inbox .items=${items} .now=${NOW}></eo-inbox>`);
  await el.updateComplete;
  return el;
}

describe('<eo-inbox> from plain data', () => {
  beforeEach(() => setDocumentLanguage('en'));

  it('shows the columns of each row: number, subject as written, sender, dates and priority', async () => {
    const el = await plain();
    const first = rows(el)[0] as HTMLElement;
    expect(text(first)).to.contain('L-42011/1/2026-MW');
    expect(text(first)).to.contain('SO(ESTT)-LAB');
    expect(text(first)).to.contain('Sunita Verma');
    expect(first.querySelector('span.subject')?.getAttribute('lang')).to.equal('hi');
    expect(first.querySelector('eo-priority-badge')?.getAttribute('priority')).to.equal('most_immediate');
    expect(root(el).querySelectorAll('[role="columnheader"]').length).to.equal(8);
  });

  it('marks overdue rows in words and unopened rows for screen readers, not by colour alone', async () => {
    const el = await plain();
    const overdue = rows(el)[0] as HTMLElement;
    expect(overdue.getAttribute('part')).to.contain('overdue');
    expect(text(overdue.querySelector('.dueDate'))).to.contain('Overdue');
    expect(text(overdue)).to.contain('Not opened');
    const onTime = rows(el)[1] as HTMLElement;
    expect(text(onTime.querySelector('.dueDate'))).not.to.contain('Overdue');
    expect(text(onTime)).not.to.contain('Not opened');
    expect(rows(el)[0]?.classList.contains('urgent')).to.equal(true);
  });

  it('shows the standard states', async () => {
    const empty = await plain([]);
    expect(text(root(empty).querySelector('[part="status"]'))).to.contain('Nothing here');
    for (const [state, words] of [
      ['loading', 'Loading'],
      ['forbidden', 'do not have access'],
      ['offline', 'Cannot reach'],
      ['error', 'could not be loaded'],
    ] as const) {
      const el = await fixture<EoInbox>(html`<eo-inbox .items=${[]} state=${state}></eo-inbox>`);
      expect(text(root(el).querySelector('[part="status"]')), state).to.contain(words);
    }
  });

  it('searches number, subject and sender in Hindi and English, and filters', async () => {
    const el = await plain();
    el.setFilters({ q: 'मीनाक्षी' });
    await el.updateComplete;
    expect(el.shownItems.length).to.be.greaterThan(0);
    expect(el.shownItems.every((i) => i.from?.markingAbbreviation === 'DS-LAB')).to.equal(true);
    el.setFilters({ q: 'minimum wages' });
    await el.updateComplete;
    expect(el.shownItems.every((i) => i.subject.includes('minimum wages'))).to.equal(true);
    el.setFilters({ priority: 'most_immediate' });
    await el.updateComplete;
    expect(el.shownItems.map((i) => i.priority)).to.deep.equal([
      'most_immediate',
      'most_immediate',
      'most_immediate',
    ]);
    el.setFilters({ overdue: true });
    await el.updateComplete;
    expect(el.shownItems.every((i) => i.dueDate === '2026-11-20')).to.equal(true);
    el.setFilters({ from: '2026-11-22', to: '2026-11-22', category: 'policy' });
    await el.updateComplete;
    expect(
      el.shownItems.every((i) => i.category === 'Policy' && i.receivedAt.startsWith('2026-11-22')),
    ).to.equal(true);
    el.kind = 'receipts';
    el.setFilters({});
    await el.updateComplete;
    expect(el.shownItems.every((i) => i.type === 'receipt')).to.equal(true);
  });

  it('takes the received-on range as day-month-year, in any browser locale, and says what is wrong', async () => {
    const el = await plain();
    const from = root(el).querySelector<HTMLInputElement>('#inbox-from') as HTMLInputElement;
    const to = root(el).querySelector<HTMLInputElement>('#inbox-to') as HTMLInputElement;
    expect(from.type).to.equal('text');
    expect(text(root(el).querySelector('#inbox-from-hint'))).to.contain('15-01-2028');
    from.focus();
    await sendKeys({ type: '२२-११-२०२६' });
    to.focus();
    await sendKeys({ type: '22/11/2026' });
    from.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    to.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.query.from).to.equal('2026-11-22');
    expect(el.query.to).to.equal('2026-11-22');
    expect(el.shownItems.length).to.be.greaterThan(0);
    expect(el.shownItems.every((i) => i.receivedAt.startsWith('2026-11-22'))).to.equal(true);

    // An impossible date is said beside the field and filters nothing.
    to.select();
    await sendKeys({ type: '31-02-2026' });
    to.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root(el).querySelector('#inbox-to-error'))).to.contain('no such date');
    expect(el.query.to).to.equal(undefined);
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    const el = await plain();
    const numberHeader = [...root(el).querySelectorAll('[role="columnheader"]')][1] as HTMLElement;
    numberHeader.querySelector('button')?.click();
    await el.updateComplete;
    expect(el.sort).to.equal('number');
    expect(numberHeader.getAttribute('aria-sort')).to.equal('ascending');
    const numbers = el.shownItems.map((i) => i.number);
    expect(numbers).to.deep.equal([...numbers].sort(new Intl.Collator('en').compare));
    numberHeader.querySelector('button')?.click();
    await el.updateComplete;
    expect(el.sort).to.equal('-number');
    expect(numberHeader.getAttribute('aria-sort')).to.equal('descending');
  });

  it('windows 5,000 rows: only those in view are in the DOM, and End reaches the last', async () => {
    const el = await plain(inboxItems(5000));
    expect(el.shownItems.length).to.equal(5000);
    expect(rows(el).length).to.be.lessThan(80);
    const grid = root(el).querySelector('[role="grid"]') as HTMLElement;
    expect(grid.getAttribute('aria-rowcount')).to.equal('5001');
    const cell = root(el).querySelector('[role="gridcell"][tabindex="0"]') as HTMLElement;
    cell.focus();
    key(cell, 'End');
    await waitUntil(() => focusedCell(el)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '5001');
    expect(rows(el).length).to.be.lessThan(80);
  });

  it('moves a roving focus with arrows, Page Up/Down and Home; Enter opens, Space selects', async () => {
    const el = await plain(inboxItems(60));
    const cell = root(el).querySelector('[role="gridcell"][tabindex="0"]') as HTMLElement;
    cell.focus();
    key(cell, 'ArrowDown');
    await el.updateComplete;
    await waitUntil(() => focusedCell(el)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '3');
    key(focusedCell(el) as HTMLElement, 'ArrowRight');
    await waitUntil(() => focusedCell(el)?.dataset['column'] === '2');
    expect(root(el).querySelectorAll('[role="gridcell"][tabindex="0"]').length).to.equal(1);
    key(focusedCell(el) as HTMLElement, 'PageDown');
    await waitUntil(
      () => Number(focusedCell(el)?.closest('[role="row"]')?.getAttribute('aria-rowindex')) > 3,
    );
    key(focusedCell(el) as HTMLElement, 'Home');
    await waitUntil(() => focusedCell(el)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '2');

    const opened = oneEvent(el, 'eo-item-open');
    key(focusedCell(el) as HTMLElement, 'Enter');
    expect((await opened).detail.item.id).to.equal(el.shownItems[0]?.id);

    const selection = oneEvent(el, 'eo-selection-change');
    key(focusedCell(el) as HTMLElement, ' ');
    expect((await selection).detail.items.map((i: InboxItem) => i.id)).to.deep.equal([el.shownItems[0]?.id]);
    await el.updateComplete;
    expect(rows(el)[0]?.getAttribute('aria-selected')).to.equal('true');
    expect(text(root(el).querySelector('[part="bulk-bar"]'))).to.contain('1 selected');
  });

  it('reaches the column headers with Up from the first row, and sorts with Enter', async () => {
    const el = await plain();
    const cell = root(el).querySelector('[role="gridcell"][tabindex="0"]') as HTMLElement;
    cell.focus();
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedCell(el)?.getAttribute('part') === 'sort-button');
    expect(root(el).querySelectorAll('[role="grid"] [tabindex="0"]').length, 'one tab stop').to.equal(1);
    expect(text(focusedCell(el))).to.contain('Number');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.sort).to.equal('number');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => text(focusedCell(el)).includes('Subject'));
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedCell(el)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '2');
    expect(focusedCell(el)?.dataset['column']).to.equal('2');
  });

  it('opens a row on click and selects with its checkbox', async () => {
    const el = await plain();
    const opened = oneEvent(el, 'eo-item-open');
    const unopened = el.shownItems[0] as InboxItem;
    expect(unopened.unread).to.equal(true);
    (rows(el)[0]?.querySelector('span.subject') as HTMLElement).click();
    expect((await opened).detail.item.id).to.equal(unopened.id);
    await el.updateComplete;
    expect(el.shownItems.find((i) => i.id === unopened.id)?.unread, 'no longer bold once opened').to.equal(
      false,
    );
    (rows(el)[2]?.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.selectedItems.map((i) => i.id)).to.deep.equal([el.shownItems[2]?.id]);
  });

  it('shows counts on the folders and changes folder', async () => {
    const el = await plain();
    el.counts = { inbox: 12, inboxUnread: 3, sent: 3 };
    await el.updateComplete;
    const folders = [...root(el).querySelectorAll('[part="folder"]')];
    expect(text(folders[0])).to.contain('(12)');
    expect(text(folders[0])).to.contain('3 not opened');
    expect(folders[0]?.getAttribute('aria-current')).to.equal('page');
    const change = oneEvent(el, 'eo-inbox-query-change');
    (folders[2] as HTMLElement).click();
    expect((await change).detail.query.folder).to.equal('sent');
  });

  for (const lang of ['en', 'hi'] as const) {
    it(`is accessible in ${lang} (axe), with long Hindi subjects and a selection`, async () => {
      await setDocumentLanguage(lang);
      const items = inboxItems(20).map((i, n) => (n % 2 ? { ...i, subject: LONG_HINDI_SUBJECT } : i));
      const el = await plain(items);
      (rows(el)[0]?.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      await el.updateComplete;
      if (lang === 'hi') expect(text(root(el).querySelector('[part="folders"]'))).to.contain('आवक');
      await expect(el).to.be.accessible();
    });
  }
});

// ---- a scripted client: only the methods the inbox calls ---------------------------------------

function file(id: string, number: string, extra: Partial<Schemas['File']> = {}): Schemas['File'] {
  return {
    id,
    number,
    subject: 'न्यूनतम मजदूरी',
    priority: 'normal',
    status: 'in_movement',
    category: null,
    createdAt: '2026-11-20T05:00:00Z',
    numbering: { scheme: 'non_sfs', fileNumber: number },
    lastMovement: {
      from: {
        id: 'post_a',
        name: { en: 'Sunita Verma', hi: 'सुनीता वर्मा' },
        markingAbbreviation: 'SO(ESTT)-LAB',
      },
      sentAt: '2026-11-22T05:00:00Z',
      readAt: null,
      dueDate: null,
      action: 'send',
    },
    ...extra,
  } as unknown as Schemas['File'];
}
function receipt(id: string, number: string): Schemas['Receipt'] {
  const value = file(id, number) as unknown as Record<string, unknown>;
  delete value['numbering'];
  return { ...value, category: null } as unknown as Schemas['Receipt'];
}

interface Scripted extends InboxClient {
  calls: string[];
  push(event: StreamEvent): void;
}

function scripted(files: Schemas['File'][], receipts: Schemas['Receipt'][], refuse?: string): Scripted {
  const calls: string[] = [];
  const queue: StreamEvent[] = [];
  let wake: (() => void) | undefined;
  const pages = <T>(items: T[]) => ({
    async *pages() {
      yield { items, nextCursor: null };
    },
  });
  const byId = new Map<string, Schemas['File'] | Schemas['Receipt']>(
    [...files, ...receipts].map((v) => [v.id, v]),
  );
  const client: Scripted = {
    calls,
    push(event) {
      queue.push(event);
      wake?.();
    },
    files: {
      list: (query) => {
        calls.push(`files.list ${JSON.stringify(query)}`);
        return pages(files);
      },
      get: async (id) => byId.get(id) as Schemas['File'],
      pullBack: async (id) => calls.push(`files.pullBack ${id}`),
      close: async (id) => calls.push(`files.close ${id}`),
      park: async (id, body) => {
        calls.push(`files.park ${id} ${body.remarks}`);
        if (id === refuse)
          throw Object.assign(new Error('403'), {
            problem: { detail: 'The file is not with you.', code: 'file.not_with_you' },
          });
      },
    },
    receipts: {
      list: (query) => {
        calls.push(`receipts.list ${JSON.stringify(query)}`);
        return pages(receipts);
      },
      get: async (id) => byId.get(id) as Schemas['Receipt'],
      pullBack: async (id) => calls.push(`receipts.pullBack ${id}`),
      close: async (id) => calls.push(`receipts.close ${id}`),
      sendMany: async (body) => {
        calls.push(`receipts.sendMany ${body.receiptIds.join(',')}`);
        const index = body.receiptIds.indexOf(refuse ?? '');
        if (index >= 0)
          throw Object.assign(new Error('409'), {
            problem: {
              detail: 'The receipt is closed.',
              errors: [{ pointer: `/receiptIds/${index}`, message: 'The receipt is closed.' }],
            },
          });
      },
    },
    auth: { me: async () => ({ posts: [{ id: 'post_me' }] }) },
    events: {
      subscribe: ({ signal } = {}) => ({
        async *[Symbol.asyncIterator]() {
          while (!signal?.aborted) {
            const next = queue.shift();
            if (next) yield next;
            else await new Promise<void>((resolve) => (wake = resolve));
          }
        },
      }),
    },
  };
  return client;
}

function movementEvent(itemId: string, type: 'file' | 'receipt', to: string, action = 'send'): StreamEvent {
  return {
    id: `evt_${itemId}_${to}_${action}`,
    type: 'movement.created',
    occurredAt: '2026-11-23T05:00:00Z',
    movement: {
      id: `mov_${itemId}_${to}`,
      item: { id: itemId, type, number: 'X', subject: 'X' },
      kind: 'main',
      action,
      to: { id: to },
    },
  } as unknown as StreamEvent;
}

describe('<eo-inbox> with a client', () => {
  beforeEach(() => setDocumentLanguage('en'));

  it('asks the server for the folder, filters and sort, merging files and receipts in order', async () => {
    const client = scripted(
      [
        file('file_1', 'F-1', {
          lastMovement: { ...file('x', 'x').lastMovement, sentAt: '2026-11-22T09:00:00Z' } as never,
        }),
      ],
      [receipt('rcpt_1', 'R-1')],
    );
    const el = await fixture<EoInbox>(html`<eo-inbox .client=${client} .now=${NOW}></eo-inbox>`);
    await waitUntil(() => el.currentState === 'ready');
    expect(el.shownItems.map((i) => i.number)).to.deep.equal(['F-1', 'R-1']);
    el.setFilters({ q: 'मजदूरी', overdue: true });
    el.folder = 'sent';
    await waitUntil(() => client.calls.some((c) => c.includes('"folder":"sent"')));
    const last = client.calls.filter((c) => c.startsWith('files.list')).at(-1) ?? '';
    expect(JSON.parse(last.slice('files.list '.length))).to.include({
      folder: 'sent',
      q: 'मजदूरी',
      overdue: true,
      sort: '-movedAt',
    });
  });

  it('parks several files with one result line each when one fails', async () => {
    const client = scripted(
      [file('file_1', 'F-1'), file('file_2', 'F-2'), file('file_3', 'F-3')],
      [],
      'file_2',
    );
    const el = await fixture<EoInbox>(html`<eo-inbox kind="files" .client=${client} .now=${NOW}></eo-inbox>`);
    await waitUntil(() => el.currentState === 'ready');
    for (const row of rows(el)) (row.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    const parkButton = [...root(el).querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button')].find(
      (b) => text(b) === 'Park',
    );
    parkButton?.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="bulk-bar"] [part="error"]'))).to.contain('remarks');
    const remarks = root(el).querySelector<HTMLInputElement>('input[name="remarks"]') as HTMLInputElement;
    remarks.value = 'न्यायालय के आदेश की प्रतीक्षा';
    remarks.dispatchEvent(new Event('input'));
    const done = oneEvent(el, 'eo-inbox-action');
    parkButton?.click();
    const { results } = (await done).detail;
    expect(results.map((r: { ok: boolean }) => r.ok)).to.deep.equal([true, false, true]);
    await el.updateComplete;
    const lines = [...root(el).querySelectorAll('[part="results"] li')].map((li) => text(li));
    expect(lines).to.have.length(3);
    expect(lines[1]).to.contain('F-2').and.contain('The file is not with you.');
    expect(el.shownItems.map((i) => i.number)).to.deep.equal(['F-2']);
    expect(el.selectedItems.map((i) => i.number)).to.deep.equal(['F-2']);
    expect(text(root(el).querySelector('[part="alert-announcer"]'))).to.contain('2 done, 1 failed');
  });

  it('sends receipts together through the send dialog, dropping the one the server refuses', async () => {
    const client = scripted(
      [],
      [receipt('rcpt_1', 'R-1'), receipt('rcpt_2', 'R-2'), receipt('rcpt_3', 'R-3')],
      'rcpt_3',
    );
    (client as unknown as { directory: unknown }).directory = {
      searchRecipients: () => ({ toArray: async () => [] }),
    };
    const el = await fixture<EoInbox>(
      html`<eo-inbox kind="receipts" .client=${client} .now=${NOW}></eo-inbox>`,
    );
    await waitUntil(() => el.currentState === 'ready');
    for (const row of rows(el)) (row.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    const send = [...root(el).querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button')].find(
      (b) => text(b) === 'Send receipts',
    );
    send?.click();
    const dialog = await waitUntil(() =>
      root(el).querySelector('eo-send-dialog')?.shadowRoot?.querySelector('dialog[open]'),
    ).then(() => root(el).querySelector('eo-send-dialog') as HTMLElement & { fileNumber?: string });
    expect(dialog.fileNumber).to.contain('R-1');
    // The dialog asks before sending; the inbox takes the request and sends the receipts together.
    const done = oneEvent(el, 'eo-inbox-action');
    dialog.dispatchEvent(
      new CustomEvent('eo-before-send', {
        detail: { fileId: 'rcpt_1', request: { to: 'post_us' } },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    const { results } = (await done).detail;
    expect(client.calls.filter((c) => c.startsWith('receipts.sendMany'))).to.deep.equal([
      'receipts.sendMany rcpt_1,rcpt_2,rcpt_3',
      'receipts.sendMany rcpt_1,rcpt_2',
    ]);
    expect(results.map((r: { id: string; ok: boolean }) => `${r.id}:${r.ok}`)).to.deep.equal([
      'rcpt_1:true',
      'rcpt_2:true',
      'rcpt_3:false',
    ]);
  });

  it('adds an item that arrives live, announces it politely, and drops one moved away', async () => {
    const client = scripted([file('file_1', 'F-1')], []);
    const el = await fixture<EoInbox>(html`<eo-inbox .client=${client} .now=${NOW}></eo-inbox>`);
    await waitUntil(() => el.currentState === 'ready');
    const arriving = file('file_9', 'F-9', {
      lastMovement: { ...file('x', 'x').lastMovement, sentAt: '2026-11-23T04:00:00Z' } as never,
    });
    (client.files.get as unknown) = async () => arriving;
    client.push(movementEvent('file_9', 'file', 'post_me'));
    await waitUntil(() => el.shownItems.some((i) => i.id === 'file_9'), 'arrived');
    expect(el.shownItems[0]?.id).to.equal('file_9');
    expect(text(root(el).querySelector('[part="announcer"]'))).to.contain('New: F-9');
    // Received by its holder: still with him. Parked by him elsewhere: it does not come back either.
    client.push(movementEvent('file_1', 'file', 'post_me', 'receive'));
    client.push(movementEvent('file_8', 'file', 'post_me', 'park'));
    client.push(movementEvent('file_1', 'file', 'post_other'));
    await waitUntil(() => !el.shownItems.some((i) => i.id === 'file_1'), 'left');
    expect(text(root(el).querySelector('[part="announcer"]'))).to.contain('F-1 has moved out');
    expect(el.shownItems.map((i) => i.id)).to.deep.equal(['file_9']);
  });
});
