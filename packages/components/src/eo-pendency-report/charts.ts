// The three charts of the review, drawn as hand-written SVG with Lit's `svg` templates: stacked bars of
// age buckets by unit, the trend of pendency, and the e-adoption share. No chart library: these three
// shapes need a few rectangles, one polyline and some text, which cost about 2 KB here, where uPlot
// would add about 20 KB and Chart.js about 65 KB (min+gzip) to the element's budget of 20 KB. Each chart
// is a <figure> whose SVG is an image with a text summary for screen readers (the figcaption) and a
// table alternative beside it (view.ts). Buckets differ by pattern as well as colour.
import { html, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  bucketLabel,
  bucketTotal,
  electronicPercent,
  formatNumber,
  pendingTotal,
  type NumberStyle,
} from './format.js';
import { BUCKETS, type PendencyReview, type ReviewRow } from './types.js';

/** Rows the bar chart draws at most: the largest; the table lists every row. */
export const CHART_ROWS = 20;

const BAR = 22;
const LABEL = 180;
const WIDTH = 720;

/**
 * Pattern fills of the buckets — solid, hatched, dotted, cross-hatched — drawn once per element in a
 * hidden SVG and referenced by every chart and the legend.
 */
export function bucketPatterns(): TemplateResult {
  // Classes, not style attributes: portals serve a Content-Security-Policy without 'unsafe-inline'.
  return html`<svg class="patterns" width="0" height="0" aria-hidden="true">
    <defs>
      <pattern id="b-days0to7" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-1"></rect>
      </pattern>
      <pattern
        id="b-days8to15"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" class="fill-2"></rect>
        <rect width="2" height="6" class="ink"></rect>
      </pattern>
      <pattern id="b-days16to30" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-3"></rect>
        <circle cx="3" cy="3" r="1.4" class="ink"></circle>
      </pattern>
      <pattern id="b-over30Days" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" class="fill-4"></rect>
        <path d="M0 0L6 6M6 0L0 6" class="ink-line"></path>
      </pattern>
    </defs>
  </svg>`;
}

/** The legend: a swatch in each bucket's pattern and its label. */
export function renderLegend(numbers: NumberStyle): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${BUCKETS.map(
      (bucket) =>
        html`<li>
          <svg class="swatch" viewBox="0 0 18 18" aria-hidden="true">
            <rect width="18" height="18" fill="url(#b-${bucket})" class="seg"></rect>
          </svg>
          ${bucketLabel(bucket, numbers)}
        </li>`,
    )}
  </ul>`;
}

/** The rows the bar chart draws: the largest by pending total, at most CHART_ROWS. */
export function chartRows(rows: readonly ReviewRow[]): ReviewRow[] {
  return [...rows]
    .filter((r) => pendingTotal(r) > 0)
    .sort((a, b) => pendingTotal(b) - pendingTotal(a))
    .slice(0, CHART_ROWS);
}

/** Stacked horizontal bars of the age buckets, one per row. */
export function renderBucketBars(
  review: PendencyReview,
  locale: 'en' | 'hi',
  numbers: NumberStyle,
): TemplateResult {
  const rows = chartRows(review.rows);
  const max = Math.max(1, ...rows.map(pendingTotal));
  const scale = (WIDTH - LABEL - 60) / max;
  const height = rows.length * (BAR + 8) + 8;
  const bars = rows.map((row, index) => {
    const y = 8 + index * (BAR + 8);
    let x = LABEL;
    const segments = BUCKETS.map((bucket) => {
      const w = bucketTotal(row, bucket) * scale;
      const at = x;
      x += w;
      return w > 0
        ? svg`<rect class="seg" x=${at} y=${y} width=${w} height=${BAR} fill="url(#b-${bucket})"></rect>`
        : svg``;
    });
    return svg`<text x=${LABEL - 8} y=${y + BAR / 2} class="axis" text-anchor="end" dominant-baseline="middle">${truncate(row.group.name[locale])}</text>
      ${segments}
      <text x=${x + 6} y=${y + BAR / 2} class="value" dominant-baseline="middle">${formatNumber(pendingTotal(row), numbers)}</text>`;
  });
  return svg`<svg viewBox="0 0 ${WIDTH} ${Math.max(height, 40)}" role="img" aria-labelledby="bars-summary" part="chart">
    ${bars}
  </svg>`;
}

function truncate(text: string): string {
  return text.length > 26 ? `${text.slice(0, 25)}…` : text;
}

/** The text summary of the bar chart. */
export function bucketSummary(review: PendencyReview, locale: 'en' | 'hi', numbers: NumberStyle): string {
  const total = pendingTotal(review.totals);
  const over30 = review.totals.files.over30Days + review.totals.receipts.over30Days;
  const [largest] = chartRows(review.rows);
  const totalText = formatNumber(total, numbers);
  const overText = formatNumber(over30, numbers);
  const share = formatNumber(total === 0 ? 0 : (over30 / total) * 100, numbers, 1);
  const head = msg(str`${totalText} items pending, ${overText} of them for over 30 days (${share}%).`, {
    desc: 'Summary of the age-bucket chart',
  });
  if (!largest) return head;
  const name = largest.group.name[locale];
  const count = formatNumber(pendingTotal(largest), numbers);
  const shown = formatNumber(chartRows(review.rows).length, numbers);
  const all = formatNumber(review.rows.length, numbers);
  // Whole sentences, one after another.
  return [
    head,
    msg(str`Most pending: ${name}, ${count}.`, { desc: 'Summary of the age-bucket chart' }),
    msg(str`The chart shows the ${shown} largest of ${all} rows; the table lists all.`, {
      desc: 'Summary of the age-bucket chart',
    }),
  ].join(' ');
}

/** The trend of pendency (a line with points) and of disposal (a dashed line), one point per period. */
export function renderTrend(
  review: PendencyReview,
  numbers: NumberStyle,
  locale: 'en' | 'hi',
): TemplateResult {
  const points = review.trend;
  const height = 220;
  const left = 56;
  const right = WIDTH - 20;
  const top = 16;
  const bottom = height - 36;
  const max = Math.max(1, ...points.map((p) => Math.max(p.pending, p.disposed)));
  const x = (i: number) =>
    points.length < 2 ? (left + right) / 2 : left + ((right - left) * i) / (points.length - 1);
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const line = (pick: (p: (typeof points)[number]) => number) =>
    points.map((p, i) => `${x(i).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const day = new Intl.DateTimeFormat(`${locale === 'hi' ? 'hi' : 'en'}-IN-u-nu-${numbers.digits}`, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return svg`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="trend-summary" part="chart">
    <line x1=${left} y1=${bottom} x2=${right} y2=${bottom} class="grid"></line>
    <line x1=${left} y1=${top} x2=${right} y2=${top} class="grid"></line>
    <text x=${left - 6} y=${top} class="axis" text-anchor="end" dominant-baseline="middle">${formatNumber(max, numbers)}</text>
    <text x=${left - 6} y=${bottom} class="axis" text-anchor="end" dominant-baseline="middle">${formatNumber(0, numbers)}</text>
    <polyline points=${line((p) => p.disposed)} class="line disposed"></polyline>
    <polyline points=${line((p) => p.pending)} class="line pending"></polyline>
    ${points.map(
      (p, i) => svg`<circle cx=${x(i)} cy=${y(p.pending)} r="4" class="point"></circle>
        <rect x=${x(i) - 3} y=${y(p.disposed) - 3} width="6" height="6" class="point disposed"></rect>
        <text x=${x(i)} y=${bottom + 18} class="axis" text-anchor="middle">${day.format(new Date(`${p.to}T00:00:00Z`))}</text>`,
    )}
  </svg>`;
}

/** The text summary of the trend. */
export function trendSummary(review: PendencyReview, numbers: NumberStyle): string {
  const first = review.trend[0];
  const last = review.trend[review.trend.length - 1];
  if (!first || !last) return '';
  const from = formatNumber(first.pending, numbers);
  const to = formatNumber(last.pending, numbers);
  const created = formatNumber(last.created, numbers);
  const received = formatNumber(last.received, numbers);
  const disposed = formatNumber(last.disposed, numbers);
  // Whole sentences, one after another.
  return [
    msg(str`Pending went from ${from} to ${to} over the period.`, { desc: 'Summary of the trend chart' }),
    msg(
      str`In the latest period ${created} were created, ${received} received and ${disposed} disposed of.`,
      {
        desc: 'Summary of the trend chart',
      },
    ),
  ].join(' ');
}

/** The e-adoption share: one bar split into electronic and physical. */
export function renderShare(review: PendencyReview, numbers: NumberStyle): TemplateResult {
  const percent = electronicPercent(review.totals) ?? 0;
  const width = ((WIDTH - 20) * percent) / 100;
  return svg`<svg viewBox="0 0 ${WIDTH} 60" role="img" aria-labelledby="share-summary" part="chart">
    <rect x="10" y="8" width=${WIDTH - 20} height="28" class="seg physical" fill="url(#b-days8to15)"></rect>
    <rect x="10" y="8" width=${width} height="28" class="seg electronic"></rect>
    <text x="10" y="52" class="axis">${msg('Electronic', { desc: 'Column: pending items of electronic nature' })} ${formatNumber(percent, numbers, 1)}%</text>
    <text x=${WIDTH - 10} y="52" class="axis" text-anchor="end">${msg('Physical', { desc: 'Column: pending items of physical nature' })} ${formatNumber(100 - percent, numbers, 1)}%</text>
  </svg>`;
}

/** The text summary of the share. */
export function shareSummary(review: PendencyReview, numbers: NumberStyle): string {
  const percent = electronicPercent(review.totals);
  if (percent === null) return msg('Nothing is pending.', { desc: 'Summary of the e-adoption chart' });
  const electronic = formatNumber(review.totals.electronic, numbers);
  const all = formatNumber(review.totals.electronic + review.totals.physical, numbers);
  const share = formatNumber(percent, numbers, 1);
  return msg(str`${share}% of pending work is electronic: ${electronic} of ${all} items.`, {
    desc: 'Summary of the e-adoption chart',
  });
}
