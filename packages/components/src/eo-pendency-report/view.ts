// The views of <eo-pendency-report>: the header (office, period, date of generation), the unit picker,
// the key figures with the week-on-week change, the table of rows with drill-down, the charts with their
// table alternatives, and the list of pending items.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime } from '../shared/dates.js';
import { daysLabel, itemTypeLabel, priorityLabel } from '../shared/domain-labels.js';
import {
  bucketSummary,
  renderBucketBars,
  renderLegend,
  renderShare,
  renderTrend,
  shareSummary,
  trendSummary,
} from './charts.js';
import {
  bucketLabel,
  bucketTotal,
  electronicPercent,
  formatNumber,
  pendingTotal,
  type NumberStyle,
} from './format.js';
import { BUCKETS, type AgeBucket, type PendencyReview, type PendingItem, type ReviewRow } from './types.js';

export interface ViewContext {
  review: PendencyReview;
  locale: 'en' | 'hi';
  numbers: NumberStyle;
  /** Office name shown in the header and on print; the reviewed unit's when unset. */
  officeName: string;
  drillUnit(unitId: string): void;
  /** Ids of the charts whose table alternative is open. */
  openTables: ReadonlySet<string>;
  toggleTable(id: string, open: boolean): void;
  drillItems(
    query: { unitId?: string; postId?: string; bucket?: AgeBucket; overdue?: boolean },
    title: string,
  ): void;
}

const n = (ctx: ViewContext, value: number, digits = 0) => formatNumber(value, ctx.numbers, digits);

export function renderHeader(ctx: ViewContext): TemplateResult {
  const { review, locale, numbers } = ctx;
  const first = review.trend[0];
  const last = review.trend[review.trend.length - 1];
  const dates = { locale, digits: numbers.digits };
  const period =
    first && last
      ? msg(
          str`Period: ${formatDate(`${first.from}T12:00:00+05:30`, dates)} – ${formatDate(`${last.to}T12:00:00+05:30`, dates)}`,
          {
            desc: 'Report header: the period covered',
          },
        )
      : '';
  return html`<header part="header">
    <p class="office">${ctx.officeName}</p>
    <h2 tabindex="-1" class="level-heading">
      ${msg(str`Pendency review: ${review.unit.name[locale]}`, { desc: 'Report heading (लंबित प्रकरणों की समीक्षा)' })}
    </h2>
    <p class="meta">
      <span>${period}</span>
      <span
        >${msg(str`Generated ${formatDateTime(review.asOf, dates)}`, { desc: 'Report header: date of generation' })}</span
      >
    </p>
  </header>`;
}

/** Breadcrumb of the units above, and a picker of the tree: the units above, this one, those below. */
export function renderPicker(ctx: ViewContext): TemplateResult {
  const { review, locale } = ctx;
  const below = review.rows.filter((r) => r.group.type === 'unit');
  const depth = review.path.length;
  const pad = (level: number) => '\u00a0\u00a0'.repeat(level);
  return html`<nav part="breadcrumb" aria-label=${msg('Organisation levels', { desc: 'Breadcrumb label' })}>
      <ol>
        ${review.path.map((u, i) =>
          i === depth - 1
            ? html`<li aria-current="page">${u.name[locale]}</li>`
            : html`<li>
                <button type="button" class="link" @click=${() => ctx.drillUnit(u.id)}>
                  ${u.name[locale]}
                </button>
              </li>`,
        )}
      </ol>
    </nav>
    <label class="picker">
      <span>${msg('Unit', { desc: 'Column: organisation unit' })}</span>
      <select part="picker" @change=${(e: Event) => ctx.drillUnit((e.target as HTMLSelectElement).value)}>
        ${review.path.map(
          (u, i) =>
            html`<option value=${u.id} ?selected=${i === depth - 1}>${pad(i)}${u.name[locale]}</option>`,
        )}
        ${below.map((r) => html`<option value=${r.group.id}>${pad(depth)}${r.group.name[locale]}</option>`)}
      </select>
    </label>`;
}

export function renderFigures(ctx: ViewContext): TemplateResult {
  const { review } = ctx;
  const total = pendingTotal(review.totals);
  const diff = review.change.difference;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const over30 = bucketTotal(review.totals, 'over30Days');
  const share = electronicPercent(review.totals);
  const changeText =
    diff > 0
      ? msg(str`up ${n(ctx, diff)} since last week`, { desc: 'Week-on-week change: more pending' })
      : diff < 0
        ? msg(str`down ${n(ctx, -diff)} since last week`, { desc: 'Week-on-week change: fewer pending' })
        : msg('no change since last week', { desc: 'Week-on-week change: same' });
  const figure = (label: string, value: string, extra: TemplateResult | typeof nothing = nothing) =>
    html`<div class="figure">
      <dt>${label}</dt>
      <dd><span class="big">${value}</span>${extra}</dd>
    </div>`;
  return html`<dl part="figures" class="figures">
    ${figure(
      msg('Pending', { id: 'pendency-pending', desc: 'Column: items pending (लंबित)' }),
      n(ctx, total),
      html`<span class="change ${diff > 0 ? 'up' : diff < 0 ? 'down' : ''}"
        ><span aria-hidden="true">${sign}${n(ctx, Math.abs(diff))}</span
        ><span class="visually-hidden">${changeText}</span></span
      >`,
    )}
    ${figure(msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' }), n(ctx, review.totals.overdue))}
    ${figure(bucketLabel('over30Days', ctx.numbers), n(ctx, over30))}
    ${figure(
      msg('Electronic share', { desc: 'Figure: e-adoption' }),
      share === null ? '—' : `${n(ctx, share, 1)}%`,
    )}
    ${figure(
      msg('Oldest', { desc: 'Figure: the oldest pending item' }),
      review.totals.oldestDays === null
        ? '—'
        : daysLabel(review.totals.oldestDays, n(ctx, review.totals.oldestDays)),
    )}
  </dl>`;
}

function rowName(ctx: ViewContext, row: ReviewRow): TemplateResult {
  const name = row.group.name[ctx.locale];
  const designation = row.group.designation?.[ctx.locale];
  const drill = () =>
    row.group.type === 'unit'
      ? ctx.drillUnit(row.group.id)
      : ctx.drillItems({ postId: row.group.id }, designation ? `${name}, ${designation}` : name);
  return html`<th scope="row">
    <button type="button" class="link" part="drill" @click=${drill}>${name}</button>
    ${designation ? html`<span class="designation">${designation}</span>` : nothing}
  </th>`;
}

/** The table of rows: every unit below (or officer), its buckets, overdue, share and oldest. */
export function renderRowsTable(ctx: ViewContext): TemplateResult {
  const { review } = ctx;
  // Counts are plain cells: a large office's 200 rows would otherwise carry 1,200 buttons, which cost
  // its first paint more than the rest of the table. A row's name drills down; the item list filters
  // by bucket and overdue.
  const totals = review.totals;
  const share = (row: Pick<ReviewRow, 'electronic' | 'physical'>) => {
    const p = electronicPercent({ ...review.totals, ...row });
    return p === null ? '—' : `${n(ctx, p, 1)}%`;
  };
  return html`<div class="table-wrap" part="table">
    <table>
      <caption>
        ${msg('Pending files and receipts by age', { desc: 'Table caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name', { desc: 'Column: unit or officer' })}</th>
          <th scope="col">
            ${msg('Pending', { id: 'pendency-pending', desc: 'Column: items pending (लंबित)' })}
          </th>
          <th scope="col">
            ${msg('Files', { desc: 'Files (नस्तियाँ): a column heading or a choice of what to list' })}
          </th>
          <th scope="col">
            ${msg('Receipts', { desc: 'Receipts (आवतियाँ): a column heading or a choice of what to list' })}
          </th>
          ${BUCKETS.map((b) => html`<th scope="col">${bucketLabel(b, ctx.numbers)}</th>`)}
          <th scope="col">
            ${msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' })}
          </th>
          <th scope="col">${msg('Electronic share', { desc: 'Figure: e-adoption' })}</th>
          <th scope="col">${msg('Oldest (days)', { desc: 'Column: age of the oldest pending item' })}</th>
        </tr>
      </thead>
      <tbody>
        ${review.rows.map(
          (row) =>
            html`<tr>
              ${rowName(ctx, row)}
              <td>${n(ctx, pendingTotal(row))}</td>
              <td>${n(ctx, row.files.total)}</td>
              <td>${n(ctx, row.receipts.total)}</td>
              ${BUCKETS.map((b) => html`<td>${n(ctx, bucketTotal(row, b))}</td>`)}
              <td>${n(ctx, row.overdue)}</td>
              <td>${share(row)}</td>
              <td>${row.oldestDays === null ? '—' : n(ctx, row.oldestDays)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Total', { desc: 'Row of totals' })}</th>
          <td>${n(ctx, pendingTotal(totals))}</td>
          <td>${n(ctx, totals.files.total)}</td>
          <td>${n(ctx, totals.receipts.total)}</td>
          ${BUCKETS.map((b) => html`<td>${n(ctx, bucketTotal(totals, b))}</td>`)}
          <td>${n(ctx, totals.overdue)}</td>
          <td>${share(totals)}</td>
          <td>${totals.oldestDays === null ? '—' : n(ctx, totals.oldestDays)}</td>
        </tr>
      </tfoot>
    </table>
  </div>`;
}

function chartFigure(
  ctx: ViewContext,
  id: string,
  title: string,
  summary: string,
  chart: TemplateResult,
  table: () => TemplateResult,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  // The table alternative is drawn when opened (or for print): a large office's would double the rows.
  const open = ctx.openTables.has(id);
  return html`<figure class="chart" part="figure">
    <h3>${title}</h3>
    ${extra} ${chart}
    <figcaption id="${id}-summary">${summary}</figcaption>
    <details
      part="table-alternative"
      ?open=${open}
      @toggle=${(e: Event) => ctx.toggleTable(id, (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg('Show as a table', { desc: 'Table alternative of a chart' })}</summary>
      ${open ? table() : nothing}
    </details>
  </figure>`;
}

export function renderBucketChart(ctx: ViewContext): TemplateResult {
  const { review, locale } = ctx;
  const table = () =>
    html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Name', { desc: 'Column: unit or officer' })}</th>
          ${BUCKETS.map((b) => html`<th scope="col">${bucketLabel(b, ctx.numbers)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${review.rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.group.name[locale]}</th>
              ${BUCKETS.map((b) => html`<td>${n(ctx, bucketTotal(row, b))}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
  return chartFigure(
    ctx,
    'bars',
    msg('Age of pending work', { desc: 'Chart title: stacked bars of age buckets' }),
    bucketSummary(review, locale, ctx.numbers),
    renderBucketBars(review, locale, ctx.numbers),
    table,
    renderLegend(ctx.numbers),
  );
}

export function renderTrendChart(ctx: ViewContext): TemplateResult {
  const { review, locale } = ctx;
  const dates = { locale, digits: ctx.numbers.digits };
  const day = (d: string) => formatDate(`${d}T12:00:00+05:30`, dates);
  const table = () =>
    html`<table>
      <thead>
        <tr>
          <th scope="col">${msg('Period', { desc: 'Column: a week or month' })}</th>
          <th scope="col">
            ${msg('Created', { id: 'pendency-created', desc: 'Column: files opened and receipts diarised' })}
          </th>
          <th scope="col">${msg('Received', { id: 'pendency-received', desc: 'Column: items received' })}</th>
          <th scope="col">
            ${msg('Disposed', { id: 'pendency-disposed', desc: 'Column: items disposed of' })}
          </th>
          <th scope="col">
            ${msg('Pending at the end', { desc: 'Column: pending at the end of the period' })}
          </th>
        </tr>
      </thead>
      <tbody>
        ${review.trend.map(
          (p) =>
            html`<tr>
              <th scope="row">${day(p.from)} – ${day(p.to)}</th>
              <td>${n(ctx, p.created)}</td>
              <td>${n(ctx, p.received)}</td>
              <td>${n(ctx, p.disposed)}</td>
              <td>${n(ctx, p.pending)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  const key = html`<ul class="legend" part="legend">
    <li>
      <span class="key pending" aria-hidden="true"></span
      >${msg('Pending at the end', { desc: 'Column: pending at the end of the period' })}
    </li>
    <li>
      <span class="key disposed" aria-hidden="true"></span
      >${msg('Disposed', { id: 'pendency-disposed', desc: 'Column: items disposed of' })}
    </li>
  </ul>`;
  return chartFigure(
    ctx,
    'trend',
    msg('Trend of pendency', { desc: 'Chart title: pendency over time' }),
    trendSummary(review, ctx.numbers),
    renderTrend(review, ctx.numbers, locale),
    table,
    key,
  );
}

export function renderShareChart(ctx: ViewContext): TemplateResult {
  const { review } = ctx;
  const table = () =>
    html`<table>
      <tbody>
        <tr>
          <th scope="row">${msg('Electronic', { desc: 'Column: pending items of electronic nature' })}</th>
          <td>${n(ctx, review.totals.electronic)}</td>
        </tr>
        <tr>
          <th scope="row">${msg('Physical', { desc: 'Column: pending items of physical nature' })}</th>
          <td>${n(ctx, review.totals.physical)}</td>
        </tr>
      </tbody>
    </table>`;
  return chartFigure(
    ctx,
    'share',
    msg('E-adoption: electronic vs physical', { desc: 'Chart title: e-adoption share' }),
    shareSummary(review, ctx.numbers),
    renderShare(review, ctx.numbers),
    table,
  );
}

export interface ItemsViewContext {
  locale: 'en' | 'hi';
  numbers: NumberStyle;
  title: string;
  items: readonly PendingItem[];
  total: number;
  loading: boolean;
  hasMore: boolean;
  /** The bucket or overdue filter in force (none: every pending item). */
  filter: { bucket?: AgeBucket; overdue?: boolean };
  setFilter(filter: { bucket?: AgeBucket; overdue?: boolean }): void;
  open(item: PendingItem): void;
  more(): void;
  back(): void;
}

function renderFilters(ctx: ItemsViewContext): TemplateResult {
  const choice = (label: string, filter: { bucket?: AgeBucket; overdue?: boolean }) => {
    const pressed = filter.bucket === ctx.filter.bucket && !!filter.overdue === !!ctx.filter.overdue;
    return html`<button
      type="button"
      part="button filter"
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => ctx.setFilter(filter)}
    >
      ${label}
    </button>`;
  };
  return html`<div
    class="filters"
    role="group"
    aria-label=${msg('Show', { desc: 'Label of a choice of what to list (files, receipts, both)' })}
  >
    ${choice(msg('All', { desc: 'Filter: every pending item' }), {})}
    ${BUCKETS.map((bucket) => choice(bucketLabel(bucket, ctx.numbers), { bucket }))}
    ${choice(msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' }), { overdue: true })}
  </div>`;
}

/** The drill-down list of pending items: a page at a time, each opening the item's tracker. */
export function renderItems(ctx: ItemsViewContext): TemplateResult {
  const { locale, numbers } = ctx;
  const dates = { locale, digits: numbers.digits };
  const shown = formatNumber(ctx.items.length, numbers);
  const total = formatNumber(ctx.total, numbers);
  return html`<section part="items" class="items" aria-labelledby="items-heading">
    <button type="button" class="link" part="button" @click=${ctx.back}>
      ${msg('Back to the review', { desc: 'Button: leave the item list' })}
    </button>
    <h3 id="items-heading" tabindex="-1" class="level-heading">${ctx.title}</h3>
    ${renderFilters(ctx)}
    <p>
      ${msg(str`Showing ${shown} of ${total} pending items, oldest first.`, { desc: 'Item list status' })}
    </p>
    <ol class="item-list">
      ${ctx.items.map(
        (i) =>
          html`<li>
            <button type="button" class="item" part="item" @click=${() => ctx.open(i)}>
              <span class="number">${itemTypeLabel(i.item.type)} ${i.item.number}</span>
              ${i.item.subject ? html`<span class="subject">${i.item.subject}</span>` : nothing}
              <span class="detail">
                ${i.holder.name[locale]}, ${i.holder.designation[locale]} ·
                ${daysLabel(i.daysPending, formatNumber(i.daysPending, numbers))} ·
                ${priorityLabel(i.priority)}
                ${
                  i.dueDate
                    ? html` ·
                      ${msg(str`due ${formatDate(`${i.dueDate}T12:00:00+05:30`, dates)}`, { desc: 'Due date of a pending item' })}`
                    : nothing
                }
                ${i.overdue ? html` · <strong class="overdue">${msg('Overdue', { id: 'pendency-overdue', desc: 'Column: past their due date' })}</strong>` : nothing}
              </span>
            </button>
          </li>`,
      )}
    </ol>
    ${
      ctx.hasMore
        ? html`<button type="button" part="button" ?disabled=${ctx.loading} @click=${ctx.more}>
            ${msg('Show more', { desc: 'Button: next page of items' })}
          </button>`
        : nothing
    }
  </section>`;
}
