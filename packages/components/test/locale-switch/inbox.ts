import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Schemas, StreamEvent } from '@eoffice/sdk';
import '../../src/eo-inbox/define.js';
import type { EoInbox } from '../../src/eo-inbox/eo-inbox.js';
import type { InboxClient } from '../../src/eo-inbox/types.js';
import { inboxItems } from '../fixtures/inbox.js';
import type { SwitchCase } from './case.js';

const NOW = new Date('2026-11-23T06:00:00Z');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: EoInbox, name: string) => el.shadowRoot?.querySelector(`[part="${name}"]`);

const standard = (state: string): SwitchCase => ({
  element: 'eo-inbox',
  state,
  mount: async () => ({ el: await fixture(html`<eo-inbox .items=${[]} state=${state}></eo-inbox>`) }),
});

const plain = async (): Promise<EoInbox> =>
  fixture<EoInbox>(
    html`<eo-inbox
      .items=${inboxItems(12)}
      .counts=${{ inbox: 12, inboxUnread: 3, sent: 3 }}
      .now=${NOW}
    ></eo-inbox>`,
  );

async function selectAll(el: EoInbox): Promise<void> {
  for (const box of el.shadowRoot?.querySelectorAll<HTMLInputElement>(
    '[role="row"] input[type="checkbox"]',
  ) ?? [])
    box.click();
  await el.updateComplete;
}

/** The inbox folder's bulk bar: Send receipts, Park, Close, Clear selection. */
const PARK = 1;

function bulkButton(el: EoInbox, index: number): HTMLButtonElement {
  const button = el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button')[index];
  if (!button) throw new Error('no bulk button');
  return button;
}

function file(id: string, number: string): Schemas['File'] {
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
  } as unknown as Schemas['File'];
}

/** Files F-1…F-3; parking `refuse` fails with the server's words (in the language asked for), or none. */
function scripted(refuse: string, detail: boolean, events: StreamEvent[] = []): InboxClient {
  const files = [file('file_1', 'F-1'), file('file_2', 'F-2'), file('file_3', 'F-3')];
  const pages = <T>(items: T[]) => ({
    async *pages() {
      yield { items, nextCursor: null };
    },
  });
  return {
    files: {
      list: () => pages(files),
      get: async (id: string) => files.find((f) => f.id === id) ?? file(id, 'F-9'),
      park: async (id: string) => {
        if (id !== refuse) return;
        const hindi = document.documentElement.lang === 'hi';
        throw Object.assign(new Error('403'), {
          problem: detail
            ? {
                detail: hindi ? 'नस्ती आपके पास नहीं है।' : 'The file is not with you.',
                code: 'file.not_with_you',
              }
            : { code: 'file.not_with_you' },
        });
      },
    },
    receipts: { list: () => pages([]), get: async () => undefined, sendMany: async () => undefined },
    auth: { me: async () => ({ posts: [{ id: 'post_me' }] }) },
    events: {
      subscribe: ({ signal }: { signal?: AbortSignal } = {}) =>
        (async function* () {
          yield* events;
          await new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve()));
        })(),
    },
  } as unknown as InboxClient;
}

async function withClient(client: InboxClient): Promise<EoInbox> {
  const el = await fixture<EoInbox>(html`<eo-inbox kind="files" .client=${client} .now=${NOW}></eo-inbox>`);
  await waitUntil(() => el.currentState === 'ready', 'loaded');
  return el;
}

/** Parks all three files; F-2 is refused. */
function parked(state: string, detail: boolean): SwitchCase {
  return {
    element: 'eo-inbox',
    state,
    mount: async () => {
      const el = await withClient(scripted('file_2', detail));
      await selectAll(el);
      const remarks = el.shadowRoot?.querySelector<HTMLInputElement>(
        'input[name="remarks"]',
      ) as HTMLInputElement;
      remarks.value = 'न्यायालय के आदेश की प्रतीक्षा';
      remarks.dispatchEvent(new Event('input'));
      bulkButton(el, PARK).click();
      await waitUntil(() => el.shadowRoot?.querySelectorAll('[part="results"] li').length === 3, 'results');
      await waitUntil(() => text(part(el, 'alert-announcer')) !== '', 'announced');
      return { el };
    },
  };
}

export const inboxCases: SwitchCase[] = [
  ...['loading', 'empty', 'forbidden', 'offline', 'error'].map(standard),
  { element: 'eo-inbox', state: 'rows with counts', mount: async () => ({ el: await plain() }) },
  {
    element: 'eo-inbox',
    state: 'rows selected, bulk bar',
    mount: async () => {
      const el = await plain();
      await selectAll(el);
      return { el };
    },
  },
  {
    element: 'eo-inbox',
    state: 'bulk park without remarks',
    mount: async () => {
      const el = await plain();
      await selectAll(el);
      bulkButton(el, PARK).click();
      await waitUntil(
        () => text(el.shadowRoot?.querySelector('[part="bulk-bar"] [part="error"]')) !== '',
        'the error shows',
      );
      return { el };
    },
  },
  parked('bulk park: result lines, one refused with the server’s words', true),
  parked('bulk park: result lines, one refused without a reason', false),
  {
    element: 'eo-inbox',
    state: 'loaded, then an item arrived live',
    mount: async () => {
      const arrival = {
        id: 'evt_1',
        type: 'movement.created',
        occurredAt: '2026-11-23T05:00:00Z',
        movement: {
          id: 'mov_1',
          item: { id: 'file_9', type: 'file', number: 'F-9', subject: 'X' },
          kind: 'main',
          action: 'send',
          to: { id: 'post_me' },
        },
      } as unknown as StreamEvent;
      const el = await withClient(scripted('', false, [arrival]));
      await waitUntil(() => text(part(el, 'announcer')).includes('F-9'), 'the arrival is announced');
      return { el };
    },
  },
];
