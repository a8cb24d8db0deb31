/**
 * The inbox's folders, filters, bulk bar, result lines and states, drawn from an InboxViewContext the
 * element builds on each render; the grid is in grid-view.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { priorityLabel } from '../shared/domain-labels.js';
import { textOf, type LocalizedText } from '../shared/localized-text.js';
import { renderStateView } from '../shared/state-view.js';
import { renderDateInput, type DateEntry } from '../shared/date-input.js';
import type { ActionOutcome } from './actions.js';
import type {
  InboxAction,
  InboxCounts,
  InboxFolder,
  InboxItem,
  InboxQuery,
  InboxSortKey,
  InboxState,
} from './types.js';

export interface InboxViewContext {
  query: InboxQuery;
  state: InboxState;
  items: readonly InboxItem[];
  /** Rows in the grid, including ones not loaded yet when more pages follow (for `aria-rowcount`). */
  hasMore: boolean;
  counts: InboxCounts;
  selected: ReadonlySet<string>;
  active: { row: number; column: number };
  first: number;
  last: number;
  rowSize: number;
  today: string;
  digits: 'latn' | 'deva';
  timeZone: string;
  now: Date | undefined;
  live: boolean;
  busy: InboxAction | undefined;
  results: readonly ActionOutcome[];
  remarks: string;
  actionError: LocalizedText | undefined;
  /** The received-on range as typed. */
  dates: { from: DateEntry; to: DateEntry };
  on: {
    folder(folder: InboxFolder): void;
    filters(event: Event): void;
    date(name: 'from' | 'to', entry: DateEntry): void;
    sort(key: InboxSortKey): void;
    keydown(event: KeyboardEvent): void;
    focusIn(event: FocusEvent): void;
    click(event: MouseEvent): void;
    dblclick(event: MouseEvent): void;
    scroll(event: Event): void;
    action(action: InboxAction): void;
    remarks(event: Event): void;
    clearSelection(): void;
    retry(): void;
  };
}

export function folderLabel(folder: InboxFolder): string {
  switch (folder) {
    case 'inbox':
      return msg('Inbox', { id: 'inbox.folder.inbox', desc: 'Folder: items with you now' });
    case 'created':
      return msg('Created', {
        id: 'inbox.folder.created',
        desc: 'Folder: files opened and receipts diarised by you',
      });
    case 'sent':
      return msg('Sent', {
        id: 'inbox.folder.sent',
        desc: 'Folder: items you sent that are no longer with you',
      });
    case 'parked':
      return msg('Parked', { id: 'inbox.folder.parked', desc: 'Folder: files set aside out of pendency' });
    default:
      return msg('Closed', { id: 'inbox.folder.closed', desc: 'Folder: closed files and receipts' });
  }
}

const FOLDERS: readonly InboxFolder[] = ['inbox', 'created', 'sent', 'parked', 'closed'];

export function renderFolders(ctx: InboxViewContext): TemplateResult {
  const shown = ctx.query.kind === 'receipts' ? FOLDERS.filter((f) => f !== 'parked') : FOLDERS;
  return html`<nav
    part="folders"
    class="folders"
    aria-label=${msg('Folders', { desc: 'Label of the folder list' })}
  >
    <ul>
      ${shown.map((folder) => {
        const count = ctx.counts[folder];
        return html`<li>
          <button
            part="folder"
            type="button"
            aria-current=${folder === ctx.query.folder ? 'page' : 'false'}
            @click=${() => ctx.on.folder(folder)}
          >
            ${folderLabel(folder)}${count === undefined ? nothing : html` <span class="count">(${count})</span>`}
            ${
              folder === 'inbox' && ctx.counts.inboxUnread
                ? html`<strong class="unread-count"
                    >${msg(str`${ctx.counts.inboxUnread} not opened`, {
                      desc: 'Beside the inbox folder: how many items are not opened yet',
                    })}</strong
                  >`
                : nothing
            }
          </button>
        </li>`;
      })}
    </ul>
  </nav>`;
}

export function renderFilters(ctx: InboxViewContext): TemplateResult {
  const q = ctx.query;
  return html`<form
    part="filters"
    class="filters"
    role="search"
    @submit=${(e: Event) => {
      e.preventDefault();
      ctx.on.filters(e);
    }}
    @change=${ctx.on.filters}
  >
    <label class="wide">
      <span>${msg('Search number, subject or sender', { desc: 'Label of the inbox search box' })}</span>
      <input part="input" name="q" type="search" autocomplete="off" .value=${q.q ?? ''} />
    </label>
    <fieldset class="kind">
      <legend>${msg('Show', { desc: 'Label of a choice of what to list (files, receipts, both)' })}</legend>
      ${(['all', 'files', 'receipts'] as const).map(
        (kind) =>
          html`<label class="inline"
            ><input type="radio" name="kind" value=${kind} .checked=${q.kind === kind} /> ${
              kind === 'all'
                ? msg('Both', { desc: 'Show files and receipts' })
                : kind === 'files'
                  ? msg('Files', { desc: 'Files (नस्तियाँ): a column heading or a choice of what to list' })
                  : msg('Receipts', {
                      desc: 'Receipts (आवतियाँ): a column heading or a choice of what to list',
                    })
            }</label
          >`,
      )}
    </fieldset>
    <label>
      <span>${msg('Priority', { desc: 'CSV column' })}</span>
      <select part="input" name="priority">
        <option value="" ?selected=${!q.priority}>${msg('Any', { desc: 'Filter: no restriction' })}</option>
        ${(['most_immediate', 'immediate', 'normal'] as const).map(
          (p) => html`<option value=${p} ?selected=${q.priority === p}>${priorityLabel(p)}</option>`,
        )}
      </select>
    </label>
    <label class="inline">
      <input type="checkbox" name="overdue" .checked=${q.overdue === true} />
      ${msg('Overdue only', { desc: 'Filter: only items past their due date' })}
    </label>
    ${(['from', 'to'] as const).map((name) =>
      renderDateInput({
        id: `inbox-${name}`,
        label:
          name === 'from'
            ? msg('Received from', { desc: 'Filter: start of the date range' })
            : msg('Received to', { desc: 'Filter: end of the date range' }),
        entry: ctx.dates[name],
        showProblem: ctx.dates[name].text.trim() !== '',
        onInput: (entry) => ctx.on.date(name, entry),
      }),
    )}
    <label>
      <span>${msg('Category', { desc: 'Filter: category of the file or receipt' })}</span>
      <input part="input" name="category" autocomplete="off" .value=${q.category ?? ''} />
    </label>
    <button part="button" type="submit">${msg('Search', { desc: 'Button: apply the search' })}</button>
    ${ctx.live ? html`<span class="live">${msg('Live', { desc: 'Shown while live updates are connected' })}</span>` : nothing}
  </form>`;
}

export function renderBulkBar(ctx: InboxViewContext): TemplateResult | typeof nothing {
  const count = ctx.selected.size;
  if (count === 0 && ctx.results.length === 0) return nothing;
  const folder = ctx.query.folder;
  const busy = ctx.busy !== undefined;
  const button = (action: InboxAction, label: string) =>
    html`<button
      part="button"
      type="button"
      ?disabled=${busy || count === 0}
      @click=${() => ctx.on.action(action)}
    >
      ${label}
    </button>`;
  return html`<div
      part="bulk-bar"
      class="bulk"
      role="group"
      aria-label=${msg('Selected items', { desc: 'Label of the bulk actions' })}
    >
      ${
        count > 0
          ? html`<span class="selected-count"
                >${msg(str`${count} selected`, { desc: 'How many rows are selected' })}</span
              >
              ${folder === 'inbox' ? button('send', msg('Send receipts', { desc: 'Bulk action: send the selected receipts together' })) : nothing}
              ${folder === 'inbox' ? button('park', msg('Park', { desc: 'Bulk action: park the selected files' })) : nothing}
              ${folder === 'inbox' || folder === 'created' ? button('close', msg('Close', { desc: 'Bulk action: close the selected items' })) : nothing}
              ${folder === 'sent' ? button('pull-back', msg('Pull back', { desc: 'Bulk action: take back items not yet opened' })) : nothing}
              ${
                folder === 'inbox' || folder === 'created'
                  ? html`<label class="remarks">
                      <span
                        >${msg('Remarks (to park or close)', { desc: 'Label: remarks required to park or close' })}</span
                      >
                      <input
                        part="input"
                        name="remarks"
                        maxlength="2000"
                        .value=${ctx.remarks}
                        @input=${ctx.on.remarks}
                      />
                    </label>`
                  : nothing
              }
              <button part="button" type="button" ?disabled=${busy} @click=${ctx.on.clearSelection}>
                ${msg('Clear selection', { desc: 'Button: unselect every row' })}
              </button>`
          : nothing
      }
      ${ctx.actionError ? html`<p part="error" class="error">${textOf(ctx.actionError)}</p>` : nothing}
    </div>
    ${renderResults(ctx)}`;
}

function renderResults(ctx: InboxViewContext): TemplateResult | typeof nothing {
  if (ctx.results.length === 0) return nothing;
  return html`<section part="results" class="results" aria-labelledby="results-title">
    <h2 id="results-title">${msg('Result', { desc: 'Heading of the bulk action results' })}</h2>
    <ul>
      ${ctx.results.map(
        (r) =>
          html`<li class=${r.ok ? 'ok' : 'failed'}>
            <span aria-hidden="true">${r.ok ? '✓' : '✗'}</span>
            <strong>${r.number}</strong>:
            ${
              r.ok
                ? msg('Done', { desc: 'Bulk action: this item succeeded' })
                : msg(str`Failed — ${textOf(r.reason ?? r.message)}`, {
                    desc: 'Bulk action: this item failed, and why',
                  })
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

export function renderStatus(ctx: InboxViewContext): TemplateResult | typeof nothing {
  const retry = ctx.on.retry;
  switch (ctx.state) {
    case 'ready':
      return nothing;
    case 'loading':
      return renderStateView({
        state: 'loading',
        title: msg('Loading the folder…', { desc: 'Inbox loading' }),
      });
    case 'empty':
      return renderStateView({
        state: 'empty',
        title: msg('Nothing here.', { desc: 'Inbox empty state' }),
        detail: msg('No files or receipts match this folder and these filters.', {
          desc: 'Inbox empty state',
        }),
      });
    case 'forbidden':
      return renderStateView({
        state: 'forbidden',
        title: msg('You do not have access to this inbox.', { desc: 'Inbox no-access state' }),
        detail: msg('Sign in again, or ask your e-Office administrator for access.', {
          desc: 'Inbox no-access state',
        }),
      });
    case 'offline':
      return renderStateView({
        state: 'offline',
        title: msg('Cannot reach e-Office.', { desc: 'Offline state' }),
        detail: msg('Check your network connection and try again.', { desc: 'Offline state' }),
        retry,
      });
    default:
      return renderStateView({
        state: 'error',
        title: msg('The folder could not be loaded.', { desc: 'Inbox error state' }),
        detail: msg('Please try again. If it keeps failing, tell your e-Office administrator.', {
          desc: 'Error state',
        }),
        retry,
      });
  }
}
