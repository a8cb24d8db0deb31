/** The windowed grid of the inbox: the header row with its sort buttons and the rows in view. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { daysBetween, formatDate, formatDateTime } from '../shared/dates.js';
import { daysLabel, itemTypeLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';
import { isOverdue } from './items.js';
import type { InboxItem, InboxSortKey } from './types.js';
import { folderLabel, type InboxViewContext } from './view.js';

/** Columns of the grid, in order; the first holds the selection checkbox. */
export const COLUMNS = [
  'select',
  'number',
  'subject',
  'from',
  'movedAt',
  'pending',
  'dueDate',
  'priority',
] as const;

function headerLabel(column: (typeof COLUMNS)[number]): string {
  switch (column) {
    case 'select':
      return msg('Select', { desc: 'Column header: selection checkbox' });
    case 'number':
      return msg('Number', { desc: 'Column header: file or receipt number' });
    case 'subject':
      return msg('Subject', { desc: 'Column header' });
    case 'from':
      return msg('From', { desc: 'Sending post' });
    case 'movedAt':
      return msg('Received on', { desc: 'Column header' });
    case 'pending':
      return msg('Days pending', { desc: 'Column header' });
    case 'dueDate':
      return msg('Due date', { desc: 'Date by which the recipient should act' });
    default:
      return msg('Priority', { desc: 'CSV column' });
  }
}

const SORTABLE: Partial<Record<(typeof COLUMNS)[number], InboxSortKey>> = {
  number: 'number',
  subject: 'subject',
  movedAt: 'movedAt',
  pending: 'movedAt',
  dueDate: 'dueDate',
  priority: 'priority',
};

function renderHeader(ctx: InboxViewContext): TemplateResult {
  const sort = ctx.query.sort;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  return html`<div role="row" class="row head" aria-rowindex="1" data-index="-1">
    ${COLUMNS.map((column, index) => {
      const tabindex = ctx.active.row === -1 && ctx.active.column === index ? 0 : -1;
      const sortKey = SORTABLE[column];
      // Days pending is the received date read backwards.
      const ascending = column === 'pending' ? descending : !descending;
      const ariaSort =
        sortKey && key === sortKey && column !== 'pending'
          ? ascending
            ? 'ascending'
            : 'descending'
          : 'none';
      return html`<div
        role="columnheader"
        class="cell ${column}"
        data-column=${index}
        tabindex=${sortKey ? nothing : tabindex}
        aria-sort=${sortKey ? ariaSort : nothing}
      >
        ${
          sortKey
            ? html`<button
                part="sort-button"
                type="button"
                data-column=${index}
                tabindex=${tabindex}
                @click=${() => ctx.on.sort(sortKey)}
              >
                ${headerLabel(column)}${ariaSort === 'none' ? nothing : html`<span aria-hidden="true">${ascending ? ' ▲' : ' ▼'}</span>`}
              </button>`
            : html`<span class="visually-hidden">${headerLabel(column)}</span>`
        }
      </div>`;
    })}
  </div>`;
}

function langOf(text: string): string {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : 'en';
}

function renderRow(ctx: InboxViewContext, item: InboxItem, index: number): TemplateResult {
  const locale = currentLocale();
  const options = { locale, digits: ctx.digits, timeZone: ctx.timeZone };
  const overdue = ctx.query.folder !== 'closed' && isOverdue(item, ctx.today);
  const mostImmediate = item.priority === 'most_immediate';
  const selected = ctx.selected.has(item.id);
  const days = daysBetween(item.receivedAt, ctx.now ?? new Date(), ctx.timeZone);
  const number = new Intl.NumberFormat(locale === 'hi' ? 'hi-IN' : 'en-IN', { numberingSystem: ctx.digits });
  const cell = (column: number, content: unknown, extra = '') => {
    const active = ctx.active.row === index && ctx.active.column === column;
    return html`<div
      role="gridcell"
      class="cell ${COLUMNS[column]} ${extra}"
      data-column=${column}
      tabindex=${active ? 0 : -1}
    >
      ${content}
    </div>`;
  };
  return html`<div
    role="row"
    part=${['row', selected ? 'selected' : '', item.unread ? 'unread' : '', overdue ? 'overdue' : ''].filter(Boolean).join(' ')}
    class=${classMap({ row: true, unread: item.unread, overdue, urgent: mostImmediate, selected })}
    aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-index=${index}
    .style=${`transform: translateY(${index * ctx.rowSize}px)`}
  >
    ${cell(
      0,
      html`<input
        type="checkbox"
        tabindex="-1"
        .checked=${selected}
        aria-label=${msg(str`Select ${item.number}`, { desc: 'Checkbox label: select this row' })}
      />`,
    )}
    ${cell(
      1,
      html`<span class="type">${itemTypeLabel(item.type)}</span>
        <span class="number">${item.number}</span>
        ${item.unread ? html`<span class="visually-hidden">${msg('Not opened', { desc: 'Row state: the latest movement is not opened yet' })}</span>` : nothing}
        ${
          ctx.query.folder === 'sent' && item.unread
            ? html`<span class="chip"
                >${msg('Not opened: can be pulled back', { desc: 'Sent folder: the recipient has not opened it' })}</span
              >`
            : nothing
        }`,
    )}
    ${cell(2, html`<span class="subject" lang=${langOf(item.subject)}>${item.subject}</span>`)}
    ${cell(3, item.from ? html`${item.from.markingAbbreviation} <span class="name">${item.from.name[locale]}</span>` : '—')}
    ${cell(4, html`<time datetime=${item.receivedAt}>${formatDateTime(item.receivedAt, options)}</time>`)}
    ${cell(5, daysLabel(days, number.format(days)))}
    ${cell(
      6,
      item.dueDate
        ? html`${formatDate(item.dueDate, options)}${
            overdue
              ? html` <strong class="overdue-flag"
                  ><span aria-hidden="true">⚠ </span>${msg('Overdue', { desc: 'Past the due date' })}</strong
                >`
              : nothing
          }`
        : '—',
    )}
    ${cell(7, html`<eo-priority-badge priority=${item.priority}></eo-priority-badge>`)}
  </div>`;
}

// Rows are placed through the style property (CSSOM), never a style attribute: portals serve a strict
// Content-Security-Policy without 'unsafe-inline' for styles.
export function renderGrid(ctx: InboxViewContext): TemplateResult {
  const rows = ctx.items.slice(ctx.first, ctx.last);
  return html`<div
    part="grid"
    class="grid"
    role="grid"
    aria-label=${folderLabel(ctx.query.folder)}
    aria-rowcount=${ctx.hasMore ? -1 : ctx.items.length + 1}
    aria-colcount=${COLUMNS.length}
    aria-multiselectable="true"
    @keydown=${ctx.on.keydown}
    @focusin=${ctx.on.focusIn}
    @click=${ctx.on.click}
    @dblclick=${ctx.on.dblclick}
  >
    <div role="rowgroup" class="head-group">${renderHeader(ctx)}</div>
    <div part="viewport" class="viewport" role="rowgroup" @scroll=${ctx.on.scroll}>
      <div class="spacer" .style=${`block-size: ${ctx.items.length * ctx.rowSize}px`}></div>
      ${repeat(
        rows,
        (item) => item.id,
        (item, i) => renderRow(ctx, item, ctx.first + i),
      )}
    </div>
  </div>`;
}
