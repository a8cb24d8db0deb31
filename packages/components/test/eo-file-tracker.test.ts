import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  ForbiddenError,
  NetworkError,
  NotFoundError,
  type EOfficeClient,
  type StreamEvent,
} from '@eoffice/sdk';
import '../src/eo-file-tracker/define.js';
import type { EoFileTracker } from '../src/eo-file-tracker/eo-file-tracker.js';
import type { Movement, TrackerClient, TrackerItem } from '../src/eo-file-tracker/types.js';
import { csvField } from '../src/eo-file-tracker/csv.js';
import { configure } from '../src/shared/configuration.js';
import { setDocumentLanguage } from './helpers/language.js';
import { longHistory, minimumWagesFile, minimumWagesMovements, posts } from './fixtures/movements.js';

const NOW = new Date('2026-11-23T06:00:00Z');

function root(el: EoFileTracker): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function steps(el: EoFileTracker): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('li.step')];
}
function text(el: Element | ShadowRoot | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
}
function focused(el: EoFileTracker): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}

async function plain(
  movements: Movement[] = minimumWagesMovements(),
  item: TrackerItem | undefined = minimumWagesFile,
  attrs: { layout?: string; digits?: string } = {},
): Promise<EoFileTracker> {
  const el = await fixture<EoFileTracker>(
    html`<eo-file-tracker
      .movements=${movements}
      .item=${item}
      .now=${NOW}
      layout=${attrs.layout ?? 'vertical'}
      digits=${attrs.digits ?? 'latn'}
    ></eo-file-tracker>`,
  );
  await el.updateComplete;
  return el;
}

// ---- a scripted client: just the methods the tracker calls -------------------------------------

interface FakeOptions {
  movements?: Movement[];
  fail?: unknown;
  events?: boolean;
}
interface Fake extends TrackerClient {
  calls: string[];
  signals: AbortSignal[];
  push(event: StreamEvent): void;
  fail: unknown;
}

const paged = <T>(items: T[] | Promise<T[]>) => ({ toArray: async () => items });

function fakeClient(options: FakeOptions = {}): Fake {
  const queue: StreamEvent[] = [];
  let wake: (() => void) | undefined;
  const file = {
    ...minimumWagesFile,
    computerNumber: 1180,
    numbering: { scheme: 'non_sfs' },
    lastMovement: null,
  } as unknown as Awaited<ReturnType<TrackerClient['files']['get']>>;
  const fake: Fake = {
    calls: [],
    signals: [],
    fail: options.fail,
    push(event) {
      queue.push(event);
      wake?.();
    },
    files: {
      get: async (id, query) => {
        fake.calls.push(`files.get ${id} markRead=${String(query?.markRead)}`);
        if (fake.fail) throw fake.fail;
        return file;
      },
      movements: (id) => {
        fake.calls.push(`files.movements ${id}`);
        return paged(
          fake.fail ? Promise.reject(fake.fail as Error) : (options.movements ?? minimumWagesMovements()),
        );
      },
      list: (query) => {
        fake.calls.push(`files.list ${query?.q}`);
        return paged(query?.q === 'MW/2026/118' ? [file] : []);
      },
    },
    receipts: {
      get: async (id) => {
        fake.calls.push(`receipts.get ${id}`);
        return {
          ...file,
          id,
          number: '132748/2025/CP',
          status: 'sent',
        } as unknown as Awaited<ReturnType<TrackerClient['receipts']['get']>>;
      },
      movements: (id) => {
        fake.calls.push(`receipts.movements ${id}`);
        return paged(options.movements ?? minimumWagesMovements().slice(0, 3));
      },
      list: (query) => {
        fake.calls.push(`receipts.list ${query?.q}`);
        return paged([]);
      },
    },
    track: async (query) => {
      fake.calls.push(`track ${query.number} ${query.code}`);
      if (fake.fail) throw fake.fail;
      return {
        type: 'receipt',
        number: query.number,
        status: 'under_process',
        statusLabel: { en: 'Under process', hi: 'कार्यवाही जारी' },
        registeredOn: '2025-07-10',
        lastUpdatedOn: '2025-07-14',
      };
    },
  };
  if (options.events !== false) {
    fake.events = {
      subscribe: (opts) => {
        fake.calls.push(`events.subscribe ${opts?.types?.join(',')}`);
        const signal = opts?.signal as AbortSignal;
        fake.signals.push(signal);
        return (async function* () {
          while (!signal.aborted) {
            const next = queue.shift();
            if (next) {
              yield next;
              continue;
            }
            await new Promise<void>((resolve) => {
              wake = resolve;
              signal.addEventListener('abort', () => resolve(), { once: true });
            });
          }
        })();
      },
    };
  }
  return fake;
}

const problem = (status: number) => ({ method: 'GET', url: 'http://sandbox.test/api/v1/files/x', status });

describe('<eo-file-tracker>', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  describe('plain data', () => {
    it('renders the route as an ordered list: posts, actions, remarks, times, days', async () => {
      const el = await plain();
      const list = root(el).querySelector('ol[part="timeline"]');
      expect(list).to.exist;
      expect(steps(el)).to.have.length(6);
      const second = text(steps(el)[1]);
      expect(second).to.contain('Sent');
      expect(second).to.contain('Sunita Verma');
      expect(second).to.contain('Section Officer');
      expect(second).to.contain('SO(MW)-LAB');
      expect(second).to.contain('Minimum Wages Section');
      expect(second).to.contain('Rajesh Kumar');
      expect(second).to.contain('कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें');
      // 06:15 UTC is 11:45 IST.
      expect(second).to.match(/3 Nov 2026, 11:45\s?am/i);
      expect(second).to.contain('Held 2 days');
      // Hindi free text is tagged as Hindi on an English page.
      expect(steps(el)[1]?.querySelector('.remarks-text')?.getAttribute('lang')).to.equal('hi');
      expect(text(steps(el)[5])).to.contain('Returned');
      // A file's first step is its opening (a receipt's, its diarising).
      expect(text(steps(el)[0])).to.contain('Opened');
    });

    it('shows the current holder, days pending, overdue and priority', async () => {
      const el = await plain();
      const holder = text(root(el).querySelector('[part="holder"]'));
      expect(holder).to.contain('Now with Meena Sharma');
      expect(holder).to.contain('DS-LAB');
      expect(holder).to.contain('pending for 12 days');
      expect(holder).to.contain('Overdue');
      const current = steps(el)[5] as HTMLElement;
      expect(current.getAttribute('aria-current')).to.equal('step');
      expect(current.getAttribute('part')).to.equal('step current');
      expect(current.classList.contains('overdue')).to.be.true;
      expect(text(current)).to.contain('Current holder');
      expect(current.querySelector('eo-priority-badge')?.getAttribute('priority')).to.equal('immediate');
      expect(steps(el)[4]?.querySelector('eo-priority-badge')?.getAttribute('priority')).to.equal(
        'most_immediate',
      );
      expect(root(el).querySelector('[part="header"] eo-priority-badge')).to.exist;
    });

    it('marks copies "for information" and does not count them as holders', async () => {
      const el = await plain();
      const copy = steps(el)[3] as HTMLElement;
      expect(copy.classList.contains('copy')).to.be.true;
      expect(text(copy)).to.contain('Copy for information');
      expect(text(copy)).not.to.contain('Held');
    });

    it('shows parked and closed files', async () => {
      const parked = [
        ...minimumWagesMovements().map((m) => ({ ...m, current: false })),
        {
          ...(minimumWagesMovements()[5] as Movement),
          id: 'mov_park',
          sequence: 6,
          action: 'park' as const,
          from: posts.ds,
          to: null,
          remarks: 'वित्त विभाग की राय की प्रतीक्षा',
          current: true,
        },
      ];
      const el = await plain(parked, { ...minimumWagesFile, currentHolder: posts.ds, status: 'parked' });
      expect(text(root(el).querySelector('[part="header"]'))).to.contain('Parked');
      expect(text(root(el).querySelector('[part="holder"]'))).to.contain('Parked with Meena Sharma');
      expect(text(root(el).querySelector('[part="holder"]'))).not.to.contain('Overdue');
      const closed = parked.map((m) => (m.id === 'mov_park' ? { ...m, action: 'close' as const } : m));
      el.movements = closed;
      el.item = { ...minimumWagesFile, status: 'closed', currentHolder: null };
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="header"]'))).to.contain('Closed');
      expect(root(el).querySelector('[part="holder"]')).to.equal(null);
    });

    it('writes Hindi with Devanagari digits on request', async () => {
      await setDocumentLanguage('hi');
      const el = await plain(undefined, undefined, { digits: 'deva' });
      const second = text(steps(el)[1]);
      expect(second).to.contain('प्रेषित');
      expect(second).to.contain('अनुभाग अधिकारी');
      expect(second).to.contain('सुनीता वर्मा');
      expect(second).to.contain('२०२६');
      expect(second).to.contain('२ दिन');
      expect(text(root(el).querySelector('[part="holder"]'))).to.contain('१२ दिन');
      expect(text(steps(el)[3])).to.contain('सूचनार्थ प्रति');
      expect(text(steps(el)[5])).to.contain('वापस भेजी गई');
    });

    for (const layout of ['compact', 'horizontal']) {
      it(`renders the ${layout} layout`, async () => {
        const el = await plain(undefined, undefined, { layout });
        expect(root(el).querySelector(`ol.timeline.${layout}`)).to.exist;
        expect(steps(el)).to.have.length(6);
        expect(el.getAttribute('layout')).to.equal(layout);
      });
    }

    it('keeps remarks and subjects inert: markup shows as text', async () => {
      const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const movements = minimumWagesMovements();
      (movements[1] as Movement).remarks = attack;
      const el = await plain(movements, { ...minimumWagesFile, subject: `<b>${attack}</b>` });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(root(el).querySelector('img')).to.equal(null);
      expect(root(el).querySelector('script')).to.equal(null);
      expect(root(el).querySelector('b')).to.equal(null);
      expect(text(root(el).querySelector('[part="remarks"]'))).to.contain('<img src=x onerror=');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('states', () => {
    const cases = [
      ['loading', 'Loading movements'],
      ['empty', 'No movements yet.'],
      ['not-found', 'No such file or receipt.'],
      ['forbidden', 'You do not have access'],
      ['offline', 'Cannot reach e-Office.'],
      ['error', 'The movements could not be loaded.'],
    ] as const;
    for (const [state, message] of cases) {
      it(`shows the ${state} state`, async () => {
        const el = await fixture<EoFileTracker>(
          html`<eo-file-tracker state=${state} .movements=${[]}></eo-file-tracker>`,
        );
        const status = root(el).querySelector('[part="status"]');
        expect(text(status)).to.contain(message);
        expect(root(el).querySelector('ol')).to.equal(null);
        const retry = status?.querySelector('button');
        expect(Boolean(retry)).to.equal(state === 'offline' || state === 'error');
      });
    }

    it('shows empty for an empty array, and Hindi messages', async () => {
      await setDocumentLanguage('hi');
      const el = await fixture<EoFileTracker>(html`<eo-file-tracker .movements=${[]}></eo-file-tracker>`);
      expect(text(root(el).querySelector('[part="status"]'))).to.contain('अभी तक कोई संचलन नहीं');
    });

    it('asks the host to retry in plain-data mode', async () => {
      const el = await fixture<EoFileTracker>(html`<eo-file-tracker state="offline"></eo-file-tracker>`);
      const button = root(el).querySelector<HTMLButtonElement>('[part="status"] button') as HTMLButtonElement;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'eo-tracker-retry');
      expect(event.bubbles && event.composed).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('roves focus with arrows, Home and End; one tab stop', async () => {
      const el = await plain();
      const tabStops = () => steps(el).filter((s) => s.tabIndex === 0);
      expect(tabStops()).to.have.length(1);
      expect(tabStops()[0]?.dataset['index']).to.equal('5'); // the current holder
      (tabStops()[0] as HTMLElement).focus();
      key(focused(el) as HTMLElement, 'Home');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('0');
      key(focused(el) as HTMLElement, 'ArrowDown');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('1');
      key(focused(el) as HTMLElement, 'ArrowUp');
      key(focused(el) as HTMLElement, 'ArrowUp');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('0');
      key(focused(el) as HTMLElement, 'End');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('5');
      key(focused(el) as HTMLElement, 'ArrowRight'); // not in a vertical list
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('5');
      expect(tabStops()).to.have.length(1);
    });

    it('uses Left and Right in the horizontal layout', async () => {
      const el = await plain(undefined, undefined, { layout: 'horizontal' });
      steps(el)[0]?.focus();
      key(focused(el) as HTMLElement, 'ArrowRight');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('1');
      key(focused(el) as HTMLElement, 'ArrowLeft');
      await el.updateComplete;
      expect(focused(el)?.dataset['index']).to.equal('0');
    });

    it('selects with Enter and Space, firing eo-movement-select', async () => {
      const el = await plain();
      const step = steps(el)[2] as HTMLElement;
      step.focus();
      setTimeout(() => key(step, 'Enter'));
      const event = await oneEvent(el, 'eo-movement-select');
      expect(event.detail.movement.sequence).to.equal(3);
      expect(event.bubbles && event.composed).to.be.true;
      await el.updateComplete;
      expect(steps(el)[2]?.classList.contains('selected')).to.be.true;
      setTimeout(() => key(steps(el)[2] as HTMLElement, ' '));
      expect((await oneEvent(el, 'eo-movement-select')).detail.movement.id).to.equal('mov_000003');
    });

    it('selects with a click', async () => {
      const el = await plain();
      setTimeout(() => (steps(el)[4]?.querySelector('.action') as HTMLElement).click());
      const event = await oneEvent(el, 'eo-movement-select');
      expect(event.detail.movement.sequence).to.equal(4);
    });
  });

  describe('CSV export', () => {
    it('escapes fields and guards against formulas', () => {
      expect(csvField('plain')).to.equal('plain');
      expect(csvField('a,b')).to.equal('"a,b"');
      expect(csvField('say "yes"')).to.equal('"say ""yes"""');
      expect(csvField('line\nbreak')).to.equal('"line\nbreak"');
      expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
      expect(csvField(null)).to.equal('');
      expect(csvField(12)).to.equal('12');
    });

    it('exports the movements with a UTF-8 BOM', async () => {
      const movements = minimumWagesMovements();
      (movements[1] as Movement).remarks = 'देखें, "तत्काल"\nदूसरी पंक्ति';
      const el = await plain(movements);
      const csv = el.toCsv();
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal(
        'Sequence,Action,Copy for information,From,From designation,From marking,From section,To,To designation,To marking,To section,By,Remarks,Priority,Due date,Sent at (IST),Received at (IST),Read at (IST),Days held',
      );
      expect(lines[2]).to.equal(
        '2,Sent,,Sunita Verma,Section Officer,SO(MW)-LAB,Minimum Wages Section,Rajesh Kumar,Under Secretary,US(MW)-LAB,Minimum Wages Section,Sunita Verma,"देखें, ""तत्काल""\nदूसरी पंक्ति",Normal,,2026-11-03 11:45,2026-11-03 11:45,2026-11-03 15:10,2',
      );
      expect(lines).to.have.length(8); // header, six rows, trailing empty
      const blob = el.exportCsv({ download: false });
      expect(blob.type).to.contain('text/csv');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.contain('दूसरी पंक्ति');
    });

    it('exports in Hindi when the page is in Hindi', async () => {
      await setDocumentLanguage('hi');
      const el = await plain();
      const csv = el.toCsv();
      expect(csv.split('\r\n')[2]).to.contain('प्रेषित');
      expect(csv).to.contain('सुनीता वर्मा');
    });
  });

  describe('long histories', () => {
    it('renders 10,000 movements quickly and only the rows in view', async () => {
      const movements = longHistory(10_000);
      const container = document.createElement('div');
      document.body.append(container);
      const start = performance.now();
      const el = document.createElement('eo-file-tracker');
      el.movements = movements;
      el.item = minimumWagesFile;
      container.append(el);
      await el.updateComplete;
      const firstRender = performance.now() - start;
      // Let the row measurement settle (one more update).
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      console.log(`eo-file-tracker: 10,000 movements, first render ${firstRender.toFixed(1)} ms`);
      const rendered = steps(el).length;
      expect(rendered).to.be.greaterThan(0);
      expect(rendered).to.be.lessThan(200);
      const viewport = root(el).querySelector('[part="viewport"]') as HTMLElement;
      expect(viewport).to.exist;
      viewport.scrollTop = viewport.scrollHeight;
      await waitUntil(
        () => steps(el).some((s) => s.getAttribute('aria-posinset') === '10000'),
        'the last movement did not render after scrolling to the end',
      );
      const last = steps(el).find((s) => s.getAttribute('aria-posinset') === '10000') as HTMLElement;
      expect(text(last)).to.contain('टिप्पणी क्रमांक 10000');
      expect(steps(el).length).to.be.lessThan(200);
      container.remove();
    });

    it('keeps keyboard navigation working in a windowed list', async () => {
      const el = await plain(longHistory(1_000));
      const stop = steps(el).find((s) => s.tabIndex === 0) as HTMLElement;
      stop.focus();
      key(stop, 'Home');
      await el.updateComplete;
      await waitUntil(() => focused(el)?.dataset['index'] === '0', 'Home did not reach the first row');
      key(focused(el) as HTMLElement, 'End');
      await el.updateComplete;
      await waitUntil(() => focused(el)?.dataset['index'] === '999', 'End did not reach the last row');
      expect(steps(el).length).to.be.lessThan(200);
    });
  });

  describe('server mode', () => {
    it('loads a file and its movements without marking it read', async () => {
      const client = fakeClient();
      const el = document.createElement('eo-file-tracker');
      el.client = client;
      el.now = NOW;
      el.setAttribute('file-id', 'file_mw2026118');
      const loaded = oneEvent(el, 'eo-tracker-loaded');
      document.body.append(el);
      const event = await loaded;
      await el.updateComplete;
      expect(event.detail.movements).to.have.length(6);
      expect(event.detail.item?.number).to.equal('MW/2026/118');
      expect(client.calls).to.include('files.get file_mw2026118 markRead=false');
      expect(client.calls).to.include('files.movements file_mw2026118');
      expect(steps(el)).to.have.length(6);
      expect(text(root(el).querySelector('[part="header"]'))).to.contain('MW/2026/118');
      el.remove();
    });

    it('loads a receipt by receipt-id', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} receipt-id="rcpt_1"></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'ready');
      expect(client.calls).to.include('receipts.movements rcpt_1');
      expect(text(root(el).querySelector('[part="header"]'))).to.contain('Receipt');
      expect(steps(el)).to.have.length(3);
    });

    it('shows loading while the request runs', async () => {
      let release: (items: Movement[]) => void = () => undefined;
      const client = fakeClient();
      client.files.movements = () => paged(new Promise<Movement[]>((resolve) => (release = resolve)));
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} file-id="file_mw2026118"></eo-file-tracker>`,
      );
      expect(el.currentState).to.equal('loading');
      expect(root(el).querySelector('[part="status"]')?.getAttribute('aria-busy')).to.equal('true');
      release(minimumWagesMovements());
      await waitUntil(() => el.currentState === 'ready');
    });

    it('shows empty when the item has no movements', async () => {
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${fakeClient({ movements: [] })} file-id="f"></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'empty');
      expect(text(root(el).querySelector('[part="status"]'))).to.contain('No movements yet.');
    });

    const failures: [string, unknown, string][] = [
      ['not-found', new NotFoundError('no such file', problem(404)), 'No such file or receipt.'],
      ['forbidden', new ForbiddenError('not on route', problem(403)), 'You do not have access'],
      ['offline', new NetworkError('fetch failed', { method: 'GET', url: 'x' }), 'Cannot reach e-Office.'],
      ['error', new Error('boom'), 'could not be loaded'],
    ];
    for (const [state, error, message] of failures) {
      it(`reports ${state} with eo-tracker-error`, async () => {
        const client = fakeClient({ fail: error });
        const el = document.createElement('eo-file-tracker');
        el.client = client;
        el.fileId = 'file_x';
        const failed = oneEvent(el, 'eo-tracker-error');
        document.body.append(el);
        const event = await failed;
        expect(event.detail.state).to.equal(state);
        expect(event.detail.error).to.equal(error);
        await el.updateComplete;
        expect(text(root(el).querySelector('[part="status"]'))).to.contain(message);
        el.remove();
      });
    }

    it('retries after going offline', async () => {
      const client = fakeClient({ fail: new NetworkError('fetch failed', { method: 'GET', url: 'x' }) });
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} file-id="file_mw2026118"></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'offline');
      client.fail = undefined;
      (root(el).querySelector('[part="status"] button') as HTMLButtonElement).click();
      await waitUntil(() => el.currentState === 'ready');
      expect(steps(el)).to.have.length(6);
    });

    it('refreshes with the toolbar button', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} file-id="file_mw2026118"></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'ready');
      const before = client.calls.filter((c) => c.startsWith('files.movements')).length;
      const refresh = [...root(el).querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find(
        (b) => text(b) === 'Refresh',
      ) as HTMLButtonElement;
      refresh.click();
      await waitUntil(
        () => client.calls.filter((c) => c.startsWith('files.movements')).length === before + 1,
      );
      await waitUntil(() => el.currentState === 'ready');
    });

    it('uses the page-wide client from configure()', async () => {
      const client = fakeClient();
      configure({ ...client, api: {} } as unknown as EOfficeClient);
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker file-id="file_mw2026118"></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'ready');
      expect(client.calls).to.include('files.get file_mw2026118 markRead=false');
    });

    it('tracks publicly by number and code: status only', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker
          .client=${client}
          public
          number="132748/2025/CP"
          code="7KQ2-M9XD"
        ></eo-file-tracker>`,
      );
      await waitUntil(() => el.currentState === 'ready');
      expect(client.calls).to.deep.equal(['track 132748/2025/CP 7KQ2-M9XD']);
      const card = text(root(el).querySelector('[part="public"]'));
      expect(card).to.contain('132748/2025/CP');
      expect(card).to.contain('Under process');
      expect(card).to.contain('10 Jul 2025');
      expect(root(el).querySelector('ol')).to.equal(null);
    });

    it('searches by number from a labelled box', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} search></eo-file-tracker>`,
      );
      const input = root(el).querySelector<HTMLInputElement>('[part="search"] input') as HTMLInputElement;
      expect(text(input.closest('label'))).to.contain('File or receipt number');
      input.value = 'MW/2026/118';
      const loaded = oneEvent(el, 'eo-tracker-loaded');
      (root(el).querySelector('[part="search"] button') as HTMLButtonElement).click();
      await loaded;
      expect(client.calls).to.include('files.list MW/2026/118');
      await el.updateComplete;
      expect(steps(el)).to.have.length(6);

      input.value = 'NO/SUCH/1';
      (root(el).querySelector('[part="search"] button') as HTMLButtonElement).click();
      await waitUntil(() => el.currentState === 'not-found');
      expect(client.calls).to.include('receipts.list NO/SUCH/1');
    });

    it('tracks publicly from a search box with number and code', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} public search></eo-file-tracker>`,
      );
      const inputs = [...root(el).querySelectorAll<HTMLInputElement>('[part="search"] input')];
      expect(inputs.map((i) => text(i.closest('label')))).to.deep.equal([
        'File or receipt number',
        'Tracking code',
      ]);
      (inputs[0] as HTMLInputElement).value = '132748/2025/CP';
      (inputs[1] as HTMLInputElement).value = '7kq2m9xd';
      (root(el).querySelector('[part="search"] button') as HTMLButtonElement).click();
      await waitUntil(() => el.currentState === 'ready');
      expect(client.calls).to.deep.equal(['track 132748/2025/CP 7kq2m9xd']);
      expect(text(root(el).querySelector('[part="public"]'))).to.contain('Under process');
    });

    it('reloads when the event stream says events were lost', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} file-id="file_mw2026118"></eo-file-tracker>`,
      );
      await waitUntil(() => client.signals.length === 1, 'no subscription');
      client.push({
        id: 'evt_r',
        type: 'stream.reset',
        occurredAt: '2026-11-23T06:30:00Z',
        reason: 'retention_exceeded',
      });
      await waitUntil(() => client.calls.filter((c) => c.startsWith('files.movements')).length === 2);
      await waitUntil(() => client.signals.length === 2, 'did not resubscribe');
      expect(client.signals[0]?.aborted).to.be.true;
      expect(el.currentState).to.equal('ready');
    });

    it('follows live movements, announces them politely, and stops on disconnect', async () => {
      const client = fakeClient();
      const el = await fixture<EoFileTracker>(
        html`<eo-file-tracker .client=${client} file-id="file_mw2026118"></eo-file-tracker>`,
      );
      await waitUntil(() => client.signals.length === 1, 'no subscription');
      expect(client.calls).to.include('events.subscribe movement.created,movement.opened,stream.reset');
      const last = minimumWagesMovements()[5] as Movement;
      const next: Movement = {
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
      client.push({
        id: 'evt_1',
        type: 'movement.created',
        occurredAt: next.sentAt,
        direction: 'outgoing',
        movement: next,
      });
      await waitUntil(() => steps(el).length === 7, 'the live movement did not appear');
      const live = root(el).querySelector('[part="announcer"]') as HTMLElement;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.contain('MW/2026/118: Sent to Arvind Mishra (PS-LAB).');
      expect(steps(el).filter((s) => s.getAttribute('aria-current') === 'step')).to.have.length(1);
      expect(text(root(el).querySelector('[part="holder"]'))).to.contain('Arvind Mishra');

      client.push({
        id: 'evt_2',
        type: 'movement.opened',
        occurredAt: '2026-11-23T06:30:00Z',
        movementId: 'mov_live',
        item: next.item,
        readAt: '2026-11-23T06:30:00Z',
      });
      await waitUntil(() => text(live).includes('was opened by Arvind Mishra'));
      // Another item's event is ignored.
      client.push({
        id: 'evt_3',
        type: 'movement.created',
        occurredAt: next.sentAt,
        direction: 'incoming',
        movement: { ...next, id: 'mov_other', item: { type: 'file', id: 'file_other', number: 'X/1' } },
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(steps(el)).to.have.length(7);

      el.remove();
      expect(client.signals[0]?.aborted).to.be.true;
    });
  });

  for (const lang of ['en', 'hi']) {
    it(`is accessible in ${lang} (axe)`, async () => {
      await setDocumentLanguage(lang);
      const el = await plain();
      await Promise.all([...root(el).querySelectorAll('eo-priority-badge')].map((b) => b.updateComplete));
      await expect(el).to.be.accessible();
      el.layout = 'compact';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.layout = 'horizontal';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const failed = await fixture<EoFileTracker>(html`<eo-file-tracker state="offline"></eo-file-tracker>`);
      await expect(failed).to.be.accessible();
      const search = await fixture<EoFileTracker>(html`<eo-file-tracker search public></eo-file-tracker>`);
      await expect(search).to.be.accessible();
      const long = await plain(longHistory(500));
      await expect(long).to.be.accessible();
    });
  }
});
