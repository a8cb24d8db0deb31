import { fixture, html, waitUntil } from '@open-wc/testing';
import type { StreamEvent } from '@eoffice/sdk';
import '../../src/eo-file-tracker/define.js';
import type { EoFileTracker } from '../../src/eo-file-tracker/eo-file-tracker.js';
import type { Movement, TrackerClient } from '../../src/eo-file-tracker/types.js';
import { minimumWagesFile, minimumWagesMovements, posts } from '../fixtures/movements.js';
import type { SwitchCase } from './case.js';

const NOW = new Date('2026-11-23T06:00:00Z');

const plain = (state: string, layout: 'vertical' | 'horizontal' = 'vertical'): SwitchCase => ({
  element: 'eo-file-tracker',
  state,
  mount: async () => ({
    el: await fixture(
      html`<eo-file-tracker
        .movements=${minimumWagesMovements()}
        .item=${minimumWagesFile}
        .now=${NOW}
        layout=${layout}
      ></eo-file-tracker>`,
    ),
  }),
});

const standard = (state: string): SwitchCase => ({
  element: 'eo-file-tracker',
  state,
  mount: async () => ({
    el: await fixture(html`<eo-file-tracker state=${state} .movements=${[]}></eo-file-tracker>`),
  }),
});

const paged = <T>(items: T[]) => ({ toArray: async () => items });

/** A client with one file whose event stream yields `events` and then waits. */
function liveClient(events: StreamEvent[]): TrackerClient {
  const file = { ...minimumWagesFile, lastMovement: null } as unknown as Awaited<
    ReturnType<TrackerClient['files']['get']>
  >;
  return {
    files: {
      get: async () => file,
      movements: () => paged(minimumWagesMovements()),
      list: () => paged([file]),
    },
    receipts: {
      get: async () => {
        throw new Error('no receipts here');
      },
      movements: () => paged([]),
      list: () => paged([]),
    },
    track: async (query) => ({
      type: 'file',
      number: query.number,
      status: 'under_process',
      statusLabel: { en: 'Under process', hi: 'प्रक्रियाधीन' },
      registeredOn: '2026-11-02',
      lastUpdatedOn: '2026-11-20',
    }),
    events: {
      subscribe: (options) =>
        (async function* () {
          yield* events;
          await new Promise<void>((resolve) => options?.signal?.addEventListener('abort', () => resolve()));
        })(),
    },
  } as TrackerClient;
}

const last = minimumWagesMovements()[5] as Movement;
const arrived: Movement = {
  ...last,
  id: 'mov_live',
  sequence: 6,
  action: 'send',
  from: posts.ds,
  to: posts.ps,
  remarks: 'वित्त विभाग की सहमति संलग्न',
  readAt: null,
  daysHeld: 0,
  current: true,
};

export const fileTrackerCases: SwitchCase[] = [
  plain('route, vertical'),
  plain('route, horizontal', 'horizontal'),
  ...['loading', 'empty', 'not-found', 'forbidden', 'offline', 'error'].map(standard),
  {
    element: 'eo-file-tracker',
    state: 'a movement arrived live, announced',
    mount: async () => {
      const created: StreamEvent = {
        id: 'evt_1',
        type: 'movement.created',
        occurredAt: arrived.sentAt,
        direction: 'outgoing',
        movement: arrived,
      };
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker
          .client=${liveClient([created])}
          .now=${NOW}
          file-id=${minimumWagesFile.id}
        ></eo-file-tracker>`,
      );
      const live = () => el.shadowRoot?.querySelector('[part="announcer"]')?.textContent?.trim() ?? '';
      await waitUntil(() => live() !== '', 'the arrival is announced');
      return { el };
    },
  },
  {
    element: 'eo-file-tracker',
    state: 'public tracking result',
    mount: async () => {
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker
          public
          number="MW/2026/118"
          code="K7P2Q9"
          .client=${liveClient([])}
          .now=${NOW}
        ></eo-file-tracker>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('[part="status"], ol, dl'), 'the status is shown');
      return { el };
    },
  },
];
