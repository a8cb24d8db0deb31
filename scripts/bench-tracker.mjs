// The file tracker's rendering budgets of DESIGN.md, measured in Debian's Chromium (headless, through
// Playwright): 10,000 movements to the painted frame, 10 movements against a plain list of the same
// rows, and long tasks while a script scrolls 10,000 movements from top to bottom. The element is
// bundled from its sources with esbuild (production Lit, as a portal loads it) and served to the page
// from memory, so no port is opened. `node scripts/bench-tracker.mjs` runs it alone; `npm run bench`
// (scripts/bench.mjs) prints the same figures among the others.
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const ORIGIN = 'http://tracker-bench.invalid';

// Runs in the page. Movements like a long file's: alternating posts, long Hindi and English remarks.
const PAGE_SCRIPT = `
import '../packages/components/src/eo-file-tracker/define.ts';
import { FONT_FAMILY, FONT_FAMILY_MONO } from '../packages/components/src/themes/tokens.ts';

// The page, and so the plain list, is set in the elements' fonts, and text in each of them (Latin,
// Devanagari, the monospace of markings) is laid out once before anything is timed: finding and
// loading a font is charged to neither list.
document.body.style.fontFamily = FONT_FAMILY;
const warm = document.createElement('p');
warm.append('Sunita Verma — सुनीता वर्मा, अनुभाग अधिकारी; 23 Nov 2026, 11:45 am. ');
const mono = document.createElement('span');
mono.style.fontFamily = FONT_FAMILY_MONO;
mono.textContent = 'SO(MW)-LAB';
warm.append(mono);
document.body.append(warm);
void document.body.offsetHeight;

const NOW = new Date('2026-11-23T06:00:00Z');
const section = { id: 'unit_mw', code: 'MW', kind: 'section', name: { en: 'Minimum Wages Section', hi: 'न्यूनतम वेतन अनुभाग' } };
const so = { id: 'post_so', name: { en: 'Sunita Verma', hi: 'सुनीता वर्मा' }, designation: { en: 'Section Officer', hi: 'अनुभाग अधिकारी' }, markingAbbreviation: 'SO(MW)-LAB', section };
const us = { id: 'post_us', name: { en: 'Rajesh Kumar', hi: 'राजेश कुमार' }, designation: { en: 'Under Secretary', hi: 'अवर सचिव' }, markingAbbreviation: 'US(MW)-LAB', section };
const item = { type: 'file', id: 'file_bench', number: 'MW/2026/118', subject: 'न्यूनतम वेतन की दरों का पुनरीक्षण', status: 'in_movement', priority: 'normal', currentHolder: us, dueDate: null };
const REMARKS = [
  'कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें।',
  'प्रस्ताव नियमानुसार है। वित्त विभाग की सहमति प्राप्त कर ली गई है तथा श्रम आयुक्त के प्रतिवेदन के अनुसार अनुसूचित नियोजनों में न्यूनतम वेतन की दरों का पुनरीक्षण आवश्यक है। अनुमोदनार्थ प्रस्तुत।',
  'Please examine and put up the draft notification with the Finance Department\\'s concurrence.',
  null,
];

function movements(count) {
  const start = Date.parse('2016-01-01T05:00:00Z');
  const out = [];
  for (let i = 1; i <= count; i++) {
    const up = i % 2 === 1;
    const sentAt = new Date(start + i * 3600000).toISOString();
    out.push({
      id: 'mov_' + i, sequence: i, item: { type: 'file', id: item.id, number: item.number },
      action: i === 1 ? 'create' : up ? 'send' : 'return', kind: 'main',
      from: i === 1 ? null : up ? so : us, to: i === 1 ? null : up ? us : so,
      by: { id: 'user_so', name: so.name }, remarks: REMARKS[i % REMARKS.length],
      priority: i % 7 === 0 ? 'immediate' : 'normal', dueDate: null, sentAt,
      receivedAt: i === 1 ? null : sentAt, readAt: i % 3 === 0 ? null : sentAt,
      daysHeld: i % 5, current: i === count,
    });
  }
  return out;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function settle(el) {
  while (!(await el.updateComplete));
}

/** Milliseconds from appending a tracker of \`count\` movements to the frame after it, laid out. */
async function trackerToFrame(count, width) {
  const host = document.createElement('div');
  host.style.inlineSize = width + 'px';
  document.body.append(host);
  const rows = movements(count);
  await frame();
  const t0 = performance.now();
  const el = document.createElement('eo-file-tracker');
  el.movements = rows;
  el.item = item;
  el.now = NOW;
  host.append(el);
  await settle(el);
  void document.body.offsetHeight;
  const toLayout = performance.now() - t0;
  await frame();
  void document.body.offsetHeight;
  const toFrame = performance.now() - t0;
  const lines = [...el.shadowRoot.querySelectorAll('li.step')].map((li) => li.innerText.split('\\n').filter(Boolean));
  const rendered = lines.length;
  host.remove();
  return { toLayout, toFrame, rendered, lines };
}

/** The same, for a plain ordered list of the same lines of text (no component, no styles). */
async function plainToFrame(lines, width) {
  const host = document.createElement('div');
  host.style.inlineSize = width + 'px';
  document.body.append(host);
  await frame();
  const t0 = performance.now();
  const list = document.createElement('ol');
  for (const row of lines) {
    const li = document.createElement('li');
    for (const line of row) {
      const p = document.createElement('p');
      p.textContent = line;
      li.append(p);
    }
    list.append(li);
  }
  host.append(list);
  void document.body.offsetHeight;
  const toLayout = performance.now() - t0;
  await frame();
  void document.body.offsetHeight;
  const toFrame = performance.now() - t0;
  host.remove();
  return { toLayout, toFrame };
}

/** Scrolls a tracker of \`count\` movements from top to bottom, a viewport per frame; long tasks seen. */
async function scrollThrough(count, width) {
  const host = document.createElement('div');
  host.style.inlineSize = width + 'px';
  document.body.append(host);
  const el = document.createElement('eo-file-tracker');
  el.movements = movements(count);
  el.item = item;
  el.now = NOW;
  host.append(el);
  await settle(el);
  await frame();
  const viewport = el.shadowRoot.querySelector('[part="viewport"]');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  let frames = 0;
  let worstFrame = 0;
  let last = performance.now();
  const t0 = last;
  viewport.scrollTop = 0;
  while (viewport.scrollTop + viewport.clientHeight < viewport.scrollHeight - 1 && frames < 20000) {
    viewport.scrollTop += viewport.clientHeight;
    const now = await frame();
    worstFrame = Math.max(worstFrame, now - last);
    last = now;
    frames++;
  }
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.takeRecords().forEach((e) => longTasks.push(e.duration));
  observer.disconnect();
  const reachedEnd = [...el.shadowRoot.querySelectorAll('li.step')].some((li) => li.getAttribute('aria-posinset') === String(count));
  host.remove();
  return { frames, longTasks, worstFrame, seconds: (performance.now() - t0) / 1000, reachedEnd };
}

window.trackerBench = { trackerToFrame, plainToFrame, scrollThrough };
`;

async function pageBundle() {
  const out = await build({
    stdin: {
      contents: PAGE_SCRIPT,
      resolveDir: 'scripts',
      sourcefile: 'tracker-bench-page.js',
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    conditions: ['@eoffice/source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** CPU milliseconds of each task on the page's main thread (the renderer main thread with most tasks), longest first. */
function mainThreadTaskCpu(events) {
  // Chromium names its top-level task event one way or the other depending on the version.
  const name = events.some((e) => e.name === 'ThreadControllerImpl::RunTask')
    ? 'ThreadControllerImpl::RunTask'
    : 'RunTask';
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasks =
    mains
      .map((m) => events.filter((e) => e.ph === 'X' && e.name === name && e.pid === m.pid && e.tid === m.tid))
      .sort((a, b) => b.length - a.length)[0] ?? [];
  return tasks.map((e) => (e.tdur ?? e.dur) / 1000).sort((a, b) => b - a);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const round = (value) => Math.round(value * 10) / 10;

/**
 * The tracker's figures as `npm run bench` prints them: `[{ name, value, budget, unit, ok, ...extra }]`,
 * budget `null` for a figure shown for reference only. Each page is fresh, so "cold" is the first tracker a portal page shows.
 */
export async function measureTracker({ runs = 7, width = 800 } = {}) {
  const script = await pageBundle();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/bench.js')
        return route.fulfill({ contentType: 'text/javascript', body: script });
      return route.fulfill({
        contentType: 'text/html',
        // Intl is used once, as any page that shows a date has, so the engine's one-off start of
        // its internationalisation library is not charged to the tracker; the tracker still builds
        // its own formatters. Fonts are warmed up by the page script.
        body: `<!doctype html><html lang="en"><body style="margin:0">
          <script>new Date(0).toLocaleString('en-US');</script>
          <script type="module" src="/bench.js"></script></body></html>`,
      });
    });
    const fresh = async () => {
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction(() => 'trackerBench' in window);
    };

    const cold10 = [];
    const warm10 = [];
    const plain10 = [];
    const big = [];
    let rendered10k = 0;
    for (let run = 0; run < runs; run++) {
      await fresh();
      const first = await page.evaluate((w) => window.trackerBench.trackerToFrame(10, w), width);
      const plain = await page.evaluate(
        ([lines, w]) => window.trackerBench.plainToFrame(lines, w),
        [first.lines, width],
      );
      const second = await page.evaluate((w) => window.trackerBench.trackerToFrame(10, w), width);
      cold10.push(first);
      plain10.push(plain);
      warm10.push(second);
      await fresh();
      const tenThousand = await page.evaluate((w) => window.trackerBench.trackerToFrame(10000, w), width);
      rendered10k = tenThousand.rendered;
      big.push(tenThousand);
    }
    await fresh();
    // Traced too: each main-thread task's own CPU time, which other processes on a busy machine do
    // not inflate as they do the wall-clock durations the longtask observer reports.
    await browser.startTracing(page, { categories: ['toplevel'] });
    const scroll = await page.evaluate((w) => window.trackerBench.scrollThrough(10000, w), width);
    const cpu = mainThreadTaskCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
    if (!scroll.reachedEnd) throw new Error('scrolling did not reach the last of 10,000 movements');

    const over = (a, b) => a.map((x, i) => x.toFrame - b[i].toFrame);
    const figures = [
      {
        name: 'tracker: 10,000 movements to the painted frame (style and layout included), median',
        value: round(median(big.map((r) => r.toFrame))),
        budget: 100,
        unit: 'ms',
        toLayout: round(median(big.map((r) => r.toLayout))),
        rowsInDom: rendered10k,
        runs,
      },
      {
        name: 'tracker: 10 movements to the painted frame over a plain list of the same rows, first tracker on the page, median',
        value: round(median(over(cold10, plain10))),
        budget: 16,
        unit: 'ms',
        tracker: round(median(cold10.map((r) => r.toFrame))),
        plainList: round(median(plain10.map((r) => r.toFrame))),
        trackerToLayout: round(median(cold10.map((r) => r.toLayout))),
        plainListToLayout: round(median(plain10.map((r) => r.toLayout))),
        runs,
      },
      {
        name: 'tracker: 10 movements to the painted frame over a plain list, a later tracker on the page, median',
        value: round(median(over(warm10, plain10))),
        budget: null,
        unit: 'ms',
        tracker: round(median(warm10.map((r) => r.toFrame))),
        runs,
      },
      {
        name: 'tracker: longest task while a script scrolls 10,000 movements top to bottom, a viewport a frame',
        value: round(Math.max(0, ...scroll.longTasks)),
        budget: 50,
        unit: 'ms',
        longTasksOver50ms: scroll.longTasks.length,
        frames: scroll.frames,
        worstFrame: round(scroll.worstFrame),
        longestTaskCpu: round(cpu[0] ?? 0),
        tasksOver50msCpu: cpu.filter((ms) => ms > 50).length,
        cpuPerFrame: round(cpu.reduce((sum, ms) => sum + ms, 0) / scroll.frames),
        seconds: round(scroll.seconds),
      },
    ];
    return figures.map(({ name, value, budget, unit, ...extra }) => ({
      name,
      value,
      budget,
      unit,
      ok: budget === null || value <= budget,
      ...extra,
    }));
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measureTracker();
  console.log(JSON.stringify(figures, null, 2));
}
