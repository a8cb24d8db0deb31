/**
 * The tracker's header, search form, toolbar, standard states and public status card, drawn from a
 * TrackerViewContext the element builds on each render; the timeline itself is in timeline-view.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { itemTypeLabel, publicStatusLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';
import { renderStateView } from '../shared/state-view.js';
import type { TrackerSource } from './controller.js';
import type { TrackerFormat } from './format.js';
import { langOf, type Route } from './route.js';
import type { ListWindow } from './row-heights.js';
import type { PostSummary, PublicTrackingResult, TrackerItem, TrackerLayout, TrackerState } from './types.js';

/** What the tracker's view draws from: the element's state, read once per render, and its handlers. */
export interface TrackerViewContext {
  route: Route;
  item: TrackerItem | undefined;
  layout: TrackerLayout;
  format: TrackerFormat;
  search: boolean;
  public: boolean;
  number: string | undefined;
  code: string | undefined;
  searchQuery: string;
  serverMode: boolean;
  sourceKind: TrackerSource['kind'] | undefined;
  live: boolean;
  activeIndex: number;
  selectedId: string | undefined;
  /** Whether the timeline sits in the scrolling box however long it is (a history from the server). */
  boxed: boolean;
  /** For a windowed (long) list, the rows to render and the space standing in for the others. */
  window: ListWindow | undefined;
  on: {
    keydown(event: KeyboardEvent): void;
    focusIn(event: FocusEvent): void;
    click(event: MouseEvent): void;
    scroll(event: Event): void;
    search(event: SubmitEvent): void;
    refresh(): void;
    exportCsv(): void;
  };
}

export function renderSearch(ctx: TrackerViewContext): TemplateResult {
  return html`<form part="search" class="search" role="search" @submit=${ctx.on.search}>
    <label>
      <span>${msg('File or receipt number', { desc: 'Label of the search box' })}</span>
      <input
        name="number"
        type="search"
        autocomplete="off"
        spellcheck="false"
        required
        .value=${ctx.searchQuery || ctx.number || ''}
      />
    </label>
    ${
      ctx.public
        ? html`<label>
            <span>${msg('Tracking code', { desc: 'Label: the code printed on the acknowledgement' })}</span>
            <input name="code" autocomplete="off" spellcheck="false" required .value=${ctx.code ?? ''} />
          </label>`
        : nothing
    }
    <button part="button" type="submit">${msg('Track', { desc: 'Search button' })}</button>
  </form>`;
}

export function renderHeader(ctx: TrackerViewContext, state: TrackerState): TemplateResult | typeof nothing {
  const item = ctx.item;
  const rows = ctx.route.rows;
  const showToolbar = ctx.serverMode || (state === 'ready' && rows.length > 0);
  if (!item && !showToolbar) return nothing;
  const locale = currentLocale();
  const current = ctx.route.current >= 0 ? ctx.route.rows[ctx.route.current] : undefined;
  const holder: PostSummary | null | undefined = current?.to ?? item?.currentHolder;
  const phase = ctx.route.phase;
  const dueDate = current?.dueDate ?? item?.dueDate ?? null;
  const overdue = phase === 'active' && dueDate !== null && dueDate < ctx.format.today();
  return html`<div part="header" class="header">
    ${
      item
        ? html`<div class="title">
            <p class="number">
              <span class="type">${itemTypeLabel(item.type)}</span>
              <strong>${item.number}</strong>
              ${
                item.priority && item.priority !== 'normal'
                  ? html`<eo-priority-badge priority=${item.priority}></eo-priority-badge>`
                  : nothing
              }
              ${
                phase === 'parked'
                  ? html`<span class="chip parked"
                      >${msg('Parked', { id: 'tracker.state.parked', desc: 'File state: out of pendency' })}</span
                    >`
                  : phase === 'closed'
                    ? html`<span class="chip closed">${msg('Closed', { desc: 'Movement action' })}</span>`
                    : phase === 'in-file'
                      ? html`<span class="chip"
                          >${msg('Put in file', {
                            desc: 'Movement action: receipt attached to a file',
                          })}</span
                        >`
                      : nothing
              }
            </p>
            ${item.subject ? html`<p class="subject" lang=${ifDefined(langOf(item.subject))}>${item.subject}</p>` : nothing}
          </div>`
        : nothing
    }
    ${
      state === 'ready' && holder && phase !== 'closed'
        ? html`<p part="holder" class="holder">
            <span class="label"
              >${
                phase === 'parked'
                  ? msg('Parked with', { desc: 'Followed by the post that parked the file' })
                  : msg('Now with', { desc: 'Followed by the current holder' })
              }</span
            >
            <strong>${holder.name[locale]}</strong>, ${holder.designation[locale]}
            (${holder.markingAbbreviation})
            ${
              current && phase === 'active'
                ? html`<span class="pending"
                    >${msg(str`pending for ${ctx.format.days(current.daysHeld)}`, {
                      desc: 'After the current holder: how long the item has been with them',
                    })}</span
                  >`
                : nothing
            }
            ${
              dueDate && phase === 'active'
                ? html`<span class=${classMap({ due: true, overdue })}
                    >${msg('Due', { desc: 'Due date label' })}
                    ${ctx.format.date(dueDate)}${
                      overdue
                        ? html` — <strong>${msg('Overdue', { desc: 'Past the due date' })}</strong>`
                        : nothing
                    }</span
                  >`
                : nothing
            }
          </p>`
        : nothing
    }
    ${showToolbar ? renderToolbar(ctx, state) : nothing}
  </div>`;
}

/**
 * The header's place while a history loads: a line each for the number, the subject and the holder
 * (hidden from assistive technology), and the toolbar, laid out as the header will be.
 */
export function renderReservedHeader(ctx: TrackerViewContext): TemplateResult {
  return html`<div part="header" class="header">
    <div class="title" aria-hidden="true">
      <p class="number">&nbsp;</p>
      <p class="subject">&nbsp;</p>
    </div>
    <p class="holder" aria-hidden="true">&nbsp;</p>
    ${renderToolbar(ctx, 'loading')}
  </div>`;
}

export function renderToolbar(ctx: TrackerViewContext, state: TrackerState): TemplateResult {
  return html`<div part="toolbar" class="toolbar">
    ${
      ctx.serverMode && ctx.sourceKind !== 'public'
        ? html`<button
            part="button"
            type="button"
            ?disabled=${state === 'loading'}
            @click=${() => ctx.on.refresh()}
          >
            ${msg('Refresh', { desc: 'Button: load the movements again' })}
          </button>`
        : nothing
    }
    ${
      state === 'ready' && ctx.route.rows.length > 0
        ? html`<button part="button" type="button" @click=${() => ctx.on.exportCsv()}>
            ${msg('Export CSV', { desc: 'Button: download the movements as a spreadsheet' })}
          </button>`
        : nothing
    }
    ${
      ctx.live
        ? html`<span class="live">${msg('Live', { desc: 'Shown while live updates are connected' })}</span>`
        : nothing
    }
  </div>`;
}

export function renderStatus(ctx: TrackerViewContext, state: TrackerState): TemplateResult | typeof nothing {
  const retry = () => ctx.on.refresh();
  switch (state) {
    case 'ready':
      return nothing;
    case 'idle':
      if (!ctx.search) return nothing;
      return renderStateView({
        state: 'empty',
        title: msg('Type a file or receipt number to see where it is.', { desc: 'Search mode prompt' }),
      });
    case 'loading':
      return renderStateView({ state, title: msg('Loading movements…', { desc: 'Loading message' }) });
    case 'empty':
      return renderStateView({
        state,
        title: msg('No movements yet.', { desc: 'Empty state' }),
        detail: msg('The file or receipt has not moved since it was created.', { desc: 'Empty state' }),
      });
    case 'not-found':
      return renderStateView({
        state,
        title: msg('No such file or receipt.', { desc: 'Not-found state' }),
        detail: msg('Check the number (and the tracking code) and try again.', { desc: 'Not-found state' }),
      });
    case 'forbidden':
      return renderStateView({
        state,
        title: msg('You do not have access to this file or receipt.', { desc: 'No-access state' }),
        detail: msg('Only officers on its route or in its section can see its movements.', {
          desc: 'No-access state',
        }),
      });
    case 'offline':
      return renderStateView({
        state,
        title: msg('Cannot reach e-Office.', { desc: 'Offline state' }),
        detail: msg('Check your network connection and try again.', { desc: 'Offline state' }),
        retry,
      });
    default:
      return renderStateView({
        state: 'error',
        title: msg('The movements could not be loaded.', { desc: 'Error state' }),
        detail: msg('Please try again. If it keeps failing, tell your e-Office administrator.', {
          desc: 'Error state',
        }),
        retry,
      });
  }
}

export function renderPublic(ctx: TrackerViewContext, result: PublicTrackingResult): TemplateResult {
  const locale = currentLocale();
  return html`<section part="public" class="public" aria-labelledby="public-title">
    <h2 id="public-title">${itemTypeLabel(result.type)} <strong>${result.number}</strong></h2>
    <dl>
      <div>
        <dt>${msg('Status', { desc: 'Public tracking: label of the status' })}</dt>
        <dd class="public-status ${result.status}" lang=${locale}>
          ${result.statusLabel?.[locale] ?? publicStatusLabel(result.status)}
        </dd>
      </div>
      <div>
        <dt>${msg('Registered on', { desc: 'Public tracking: diarised or created date' })}</dt>
        <dd>${ctx.format.date(result.registeredOn)}</dd>
      </div>
      <div>
        <dt>${msg('Last updated on', { desc: 'Public tracking: date of the latest movement' })}</dt>
        <dd>${ctx.format.date(result.lastUpdatedOn)}</dd>
      </div>
    </dl>
  </section>`;
}
