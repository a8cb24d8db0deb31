// The windowed tracker (more than `virtual-threshold` movements): rows at their natural height, the
// scroll position held when heights change, reflow at 320 px, the focused row kept and announced, and
// the space a loading history reserves.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/eo-file-tracker/define.js';
import type { EoFileTracker } from '../src/eo-file-tracker/eo-file-tracker.js';
import type { Movement, TrackerClient } from '../src/eo-file-tracker/types.js';
import { setDocumentLanguage } from './helpers/language.js';
import { longHistory, minimumWagesFile } from './fixtures/movements.js';

const NOW = new Date('2026-11-23T06:00:00Z');

/** A remark as long as a Section Officer's note on a disputed wage revision. */
const LONG_REMARK =
  'प्रस्ताव का परीक्षण किया गया। न्यूनतम वेतन अधिनियम, 1948 की धारा 3 एवं 5 के अंतर्गत अनुसूचित नियोजनों में ' +
  'न्यूनतम वेतन की दरों का पुनरीक्षण पाँच वर्ष के भीतर किया जाना अपेक्षित है। श्रम आयुक्त के प्रतिवेदन, ' +
  'सलाहकार बोर्ड की अनुशंसा तथा वित्त विभाग की सहमति (पत्र क्रमांक 1182/वित्त/2026 दिनांक 14.10.2026) ' +
  'संलग्न हैं। कृषि नियोजन में परिवर्तनशील महँगाई भत्ते की गणना उपभोक्ता मूल्य सूचकांक के आधार पर की गई है। ' +
  'कृपया अवलोकन कर प्रारूप अधिसूचना के अनुमोदन हेतु आदेशार्थ प्रस्तुत करें।';

/** `count` movements; every third has the long Hindi remark, the others a short one. */
function history(count: number): Movement[] {
  return longHistory(count).map((m, i) => (i % 3 === 1 ? { ...m, remarks: LONG_REMARK } : m));
}

function root(el: EoFileTracker): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function viewport(el: EoFileTracker): HTMLElement {
  return root(el).querySelector('[part="viewport"]') as HTMLElement;
}
function rows(el: EoFileTracker): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('li.step')];
}
function row(el: EoFileTracker, index: number): HTMLElement | undefined {
  return rows(el).find((r) => r.dataset['index'] === String(index));
}
function key(target: Element, name: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
}
function focused(el: EoFileTracker): HTMLElement | null {
  return root(el).activeElement as HTMLElement | null;
}
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until rendering and measuring have settled (no update pending over two frames). */
async function settled(el: EoFileTracker): Promise<void> {
  for (let i = 0; i < 3; i++) {
    while (!(await el.updateComplete));
    await frame();
  }
  while (!(await el.updateComplete));
}

/** The first row whose bottom is below the top of the scrolling box, and its top relative to the box. */
function firstVisible(el: EoFileTracker): { index: number; top: number } {
  const box = viewport(el).getBoundingClientRect();
  const visible = rows(el)
    .map((r) => ({ index: Number(r.dataset['index']), rect: r.getBoundingClientRect() }))
    .filter(({ rect }) => rect.bottom > box.top + 1 && rect.top < box.bottom)
    .sort((a, b) => a.rect.top - b.rect.top)[0];
  if (!visible) throw new Error('no row is visible');
  return { index: visible.index, top: visible.rect.top - box.top };
}

async function scrollTo(el: EoFileTracker, top: number): Promise<void> {
  viewport(el).scrollTop = top;
  viewport(el).dispatchEvent(new Event('scroll'));
  await settled(el);
}

async function windowed(count: number, width = '800px'): Promise<EoFileTracker> {
  const host = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}"></div>`);
  const el = document.createElement('eo-file-tracker');
  el.movements = history(count);
  el.item = minimumWagesFile;
  el.now = NOW;
  host.append(el);
  await settled(el);
  return el;
}

describe('<eo-file-tracker> windowed', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('gives each row its natural height: a long Hindi remark makes a taller row, shown whole', async () => {
    const el = await windowed(400);
    expect(viewport(el)).to.exist;
    const long = row(el, 1) as HTMLElement;
    const short = row(el, 2) as HTMLElement;
    expect(long.querySelector('.remarks-text')?.textContent).to.equal(LONG_REMARK);
    expect(long.offsetHeight).to.be.greaterThan(short.offsetHeight + 20);
    for (const step of [long, short]) {
      const box = step.getBoundingClientRect();
      // Nothing inside the row overflows it: remarks, the route and the times are all inside.
      expect(step.scrollHeight).to.be.at.most(step.clientHeight + 1);
      for (const part of step.querySelectorAll('.remarks, .remarks-text, .times, .route')) {
        const rect = part.getBoundingClientRect();
        expect(rect.bottom).to.be.at.most(box.bottom + 0.5);
        expect(rect.top).to.be.at.least(box.top - 0.5);
      }
      const remarks = step.querySelector<HTMLElement>('.remarks-text') as HTMLElement;
      expect(remarks.scrollHeight).to.be.at.most(remarks.clientHeight + 1);
    }
    // The rendered rows are laid end to end, each where the list's padding and the rows above put it.
    const rendered = rows(el);
    for (let i = 1; i < rendered.length; i++) {
      const [upper, lower] = [rendered[i - 1] as HTMLElement, rendered[i] as HTMLElement];
      // The current holder's row, far below, is kept rendered for focus: not part of the run.
      if (Number(lower.dataset['index']) !== Number(upper.dataset['index']) + 1) continue;
      expect(Math.abs(lower.getBoundingClientRect().top - upper.getBoundingClientRect().bottom)).to.be.below(
        1,
      );
    }
  });

  it('holds the first visible row in place when row heights change above and around it', async () => {
    const el = await windowed(2000);
    await scrollTo(el, 60_000);
    const before = firstVisible(el);
    expect(before.index).to.be.greaterThan(100);
    const topOf = (index: number) =>
      (row(el, index) as HTMLElement).getBoundingClientRect().top - viewport(el).getBoundingClientRect().top;
    const heightBefore = (row(el, before.index) as HTMLElement).offsetHeight;
    // Every row grows (more space between steps): the rows above the anchor are measured again.
    el.style.setProperty('--eo-tracker-gap', '3rem');
    await settled(el);
    expect((row(el, before.index) as HTMLElement).offsetHeight).to.be.greaterThan(heightBefore);
    expect(Math.abs(topOf(before.index) - before.top)).to.be.below(2);
    // A narrower element wraps every row anew: measurements are dropped and the anchor still holds.
    (el.parentElement as HTMLElement).style.inlineSize = '480px';
    await settled(el);
    expect(Math.abs(topOf(before.index) - before.top)).to.be.below(2);
    // Scrolling up into rows never measured (estimated until now): the row in view stays put while
    // the rows that came in above it are measured.
    await scrollTo(el, viewport(el).scrollTop - 5000);
    const up = firstVisible(el);
    el.style.setProperty('--eo-tracker-gap', '1rem');
    await settled(el);
    expect(Math.abs(topOf(up.index) - up.top)).to.be.below(2);
  });

  it('reflows at 320 px: 5,000 movements with long Hindi remarks, nothing wider than the element', async () => {
    await setDocumentLanguage('hi');
    const el = await windowed(5000, '320px');
    const check = () => {
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const box = viewport(el);
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      const rendered = rows(el);
      expect(rendered.length).to.be.greaterThan(0);
      for (const step of rendered) {
        expect(step.scrollWidth).to.be.at.most(step.clientWidth);
        const limit = step.getBoundingClientRect();
        for (const child of step.querySelectorAll('*')) {
          const rect = child.getBoundingClientRect();
          if (rect.width === 0) continue;
          expect(rect.right, `${child.className} of row ${step.dataset['index']}`).to.be.at.most(
            limit.right + 0.5,
          );
          expect(rect.left).to.be.at.least(limit.left - 0.5);
        }
      }
      const header = root(el).querySelector('[part="header"]') as HTMLElement;
      expect(header.scrollWidth).to.be.at.most(header.clientWidth);
    };
    expect(row(el, 1)?.querySelector('.remarks-text')?.textContent).to.equal(LONG_REMARK);
    check();
    await scrollTo(el, viewport(el).scrollHeight / 2);
    check();
    await scrollTo(el, viewport(el).scrollHeight);
    await scrollTo(el, viewport(el).scrollHeight);
    expect(row(el, 4999)).to.exist;
    check();
  });

  it('keeps the focused row rendered, focused and the one tab stop while the list scrolls away', async () => {
    await setDocumentLanguage('hi');
    const el = await windowed(5000, '320px');
    const stop = rows(el).find((r) => r.tabIndex === 0) as HTMLElement;
    stop.focus();
    key(stop, 'Home');
    await waitUntil(() => focused(el)?.dataset['index'] === '0', 'Home did not reach the first row');
    key(focused(el) as HTMLElement, 'ArrowDown');
    await waitUntil(() => focused(el)?.dataset['index'] === '1', 'ArrowDown did not move');
    const active = focused(el) as HTMLElement;
    expect(active.textContent).to.contain(LONG_REMARK);
    // Scroll far below: the focused row stays in the document, the same element, still focused.
    await scrollTo(el, 200_000);
    expect(row(el, 1)).to.equal(active);
    expect(active.isConnected).to.be.true;
    expect(focused(el)).to.equal(active);
    expect(active.tabIndex).to.equal(0);
    expect(active.getAttribute('aria-posinset')).to.equal('2');
    expect(active.textContent).to.contain(LONG_REMARK);
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.deep.equal([active]);
    expect(rows(el).length).to.be.lessThan(60);
    // The next key moves from the focused row, not from the rows in view, and brings the row into view.
    key(active, 'ArrowDown');
    await waitUntil(() => focused(el)?.dataset['index'] === '2', 'ArrowDown after scrolling');
    await settled(el);
    const box = viewport(el).getBoundingClientRect();
    const shown = (focused(el) as HTMLElement).getBoundingClientRect();
    expect(shown.top).to.be.at.least(box.top - 1);
    expect(shown.top).to.be.below(box.bottom);
    key(focused(el) as HTMLElement, 'PageDown');
    await waitUntil(() => focused(el)?.dataset['index'] === '12', 'PageDown');
    key(focused(el) as HTMLElement, 'End');
    await waitUntil(() => focused(el)?.dataset['index'] === '4999', 'End');
    key(focused(el) as HTMLElement, 'PageUp');
    await waitUntil(() => focused(el)?.dataset['index'] === '4989', 'PageUp');
    await settled(el);
    expect(
      rows(el)
        .filter((r) => r.tabIndex === 0)
        .map((r) => r.dataset['index']),
    ).to.deep.equal(['4989']);
  });

  it('takes the focused row as the active one when it is clicked or focused directly', async () => {
    const el = await windowed(1000);
    const target = rows(el)[3] as HTMLElement;
    target.focus();
    await settled(el);
    expect(target.tabIndex).to.equal(0);
    expect(rows(el).filter((r) => r.tabIndex === 0)).to.deep.equal([target]);
    await scrollTo(el, 50_000);
    expect(focused(el)).to.equal(target);
  });

  describe('space reserved while loading', () => {
    function slowClient(movements: Movement[]): { client: TrackerClient; release: () => void } {
      let release: () => void = () => undefined;
      const ready = new Promise<void>((resolve) => (release = resolve));
      const file = { ...minimumWagesFile, lastMovement: null };
      const client = {
        files: {
          get: async () => {
            await ready;
            return file;
          },
          movements: () => ({
            toArray: async () => {
              await ready;
              return movements;
            },
          }),
        },
        receipts: {
          get: async () => file,
          movements: () => ({ toArray: async () => [] }),
        },
      } as unknown as TrackerClient;
      return { client, release };
    }

    for (const count of [5000, 120]) {
      it(`moves nothing below the tracker when ${count} movements arrive`, async () => {
        const { client, release } = slowClient(history(count));
        const page = await fixture<HTMLDivElement>(
          html`<div style="inline-size: 900px">
            <eo-file-tracker .client=${client} .now=${NOW} file-id="file_mw2026118"></eo-file-tracker>
            <p id="below">Below the tracker</p>
          </div>`,
        );
        const el = page.querySelector('eo-file-tracker') as EoFileTracker;
        await settled(el);
        expect(el.currentState).to.equal('loading');
        const below = page.querySelector('#below') as HTMLElement;
        const reserved = below.getBoundingClientRect().top;
        const trackerHeight = el.getBoundingClientRect().height;
        expect(root(el).querySelector('.reserve [part="status"]')?.getAttribute('aria-busy')).to.equal(
          'true',
        );
        release();
        await waitUntil(() => el.currentState === 'ready');
        await settled(el);
        expect(rows(el).length).to.be.greaterThan(0);
        expect(root(el).querySelector('[part="header"]')?.textContent).to.contain('MW/2026/118');
        expect(Math.abs(below.getBoundingClientRect().top - reserved)).to.be.below(1);
        expect(Math.abs(el.getBoundingClientRect().height - trackerHeight)).to.be.below(1);
      });
    }
  });
});
