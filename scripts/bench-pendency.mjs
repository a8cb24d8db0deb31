// <eo-pendency-report> at a large office's volume (DESIGN.md: 200 units / 50,000 items, first paint
// ≤ 150 ms), in Debian's Chromium: the element gets the server's aggregate (200 rows whose counts add
// up to 50,000 items — the element never downloads the items) and is timed from setting `.review` to
// the painted frame (style and layout included), then a drill-down to an officer's first page of
// items. The reference, measured in the same run: a plain <table> of the same 200 rows written with
// innerHTML. Medians of several runs after a warm-up. Run alone with `node scripts/bench-pendency.mjs`
// or through `npm run bench -- --only=pendency`.
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const PENDENCY_FIRST_PAINT_BUDGET = 150;
const RUNS = 9;

const entry = `
import '../packages/components/src/eo-pendency-report/define.js';
import { largeReview, sampleItems } from '../packages/components/test/fixtures/pendency.js';
const review = largeReview(200, 50_000);
const items = Array.from({ length: 50 }, (_, i) => ({ ...sampleItems()[i % 2], item: { ...sampleItems()[i % 2].item, id: 'file_bench' + i } }));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.firstPaint = async () => {
  document.body.replaceChildren();
  await frame();
  const el = document.createElement('eo-pendency-report');
  const started = performance.now();
  el.review = review;
  document.body.append(el);
  await el.updateComplete;
  el.getBoundingClientRect();
  await frame();
  const paint = performance.now() - started;
  const rows = el.shadowRoot.querySelectorAll('tbody tr').length;
  const drillStarted = performance.now();
  el.items = items;
  await el.updateComplete;
  el.getBoundingClientRect();
  await frame();
  return { paint, drill: performance.now() - drillStarted, rows };
};
window.reference = async () => {
  document.body.replaceChildren();
  await frame();
  const started = performance.now();
  const table = document.createElement('table');
  table.innerHTML = review.rows.map((r) => '<tr><th>' + r.group.name.en + '</th><td>' + (r.files.total + r.receipts.total) + '</td><td>' + r.files.days0to7 + '</td><td>' + r.files.days8to15 + '</td><td>' + r.files.days16to30 + '</td><td>' + r.files.over30Days + '</td></tr>').join('');
  document.body.append(table);
  table.getBoundingClientRect();
  await frame();
  return performance.now() - started;
};
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `{ firstPaint, drillDown, reference }` in milliseconds (medians), and the rows rendered. */
export async function measurePendency() {
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    conditions: ['@eoffice/source', 'browser'],
    tsconfig: 'tsconfig.base.json',
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0].text });
    await page.waitForFunction(() => typeof window.firstPaint === 'function');
    await page.evaluate(() => window.firstPaint());
    await page.evaluate(() => window.reference());
    const paints = [];
    const drills = [];
    const references = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const run = await page.evaluate(() => window.firstPaint());
      paints.push(run.paint);
      drills.push(run.drill);
      rows = run.rows;
      references.push(await page.evaluate(() => window.reference()));
    }
    return { firstPaint: median(paints), drillDown: median(drills), reference: median(references), rows };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measurePendency(), null, 2));
}
