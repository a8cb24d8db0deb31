import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import '../eo-priority-badge/define.js';
import { formatDate, formatDateTime, today } from '../shared/dates.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { renderStateView } from '../shared/state-view.js';
import { TrackerController, type LiveChange, type TrackerSource } from './controller.js';
import { BOM, movementsToCsv } from './csv.js';
import { actionLabel, daysLabel, itemTypeLabel, publicStatusLabel } from '../shared/domain-labels.js';
import { fileTrackerStyles } from './styles.js';
import type {
  Movement,
  MovementSelectDetail,
  PostSummary,
  PublicTrackingResult,
  TrackerClient,
  TrackerErrorDetail,
  TrackerItem,
  TrackerLayout,
  TrackerLoadedDetail,
  TrackerState,
} from './types.js';

/** Rows rendered beyond the visible ones on each side in a windowed (virtual) list. */
const OVERSCAN = 8;
/** Row height assumed before the first row is measured, in CSS pixels. */
const ESTIMATED_ROW = 96;

type Phase = 'active' | 'parked' | 'closed' | 'in-file';

interface View {
  /** Movements in route order (by sequence). */
  rows: Movement[];
  /** Index in `rows` of the movement that made the present holder hold the item, or -1. */
  current: number;
  phase: Phase;
}

/** `hi` for free text written in Devanagari, so screen readers and fonts treat it as Hindi. */
function langOf(text: string): 'hi' | undefined {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : undefined;
}

function inRouteOrder(movements: readonly Movement[]): Movement[] {
  for (let i = 1; i < movements.length; i++) {
    const a = movements[i - 1] as Movement;
    const b = movements[i] as Movement;
    if (a.sequence > b.sequence) {
      return [...movements].sort((x, y) => x.sequence - y.sequence || x.sentAt.localeCompare(y.sentAt));
    }
  }
  return movements as Movement[];
}

function phaseOf(rows: readonly Movement[], item: TrackerItem | undefined): Phase {
  for (let i = rows.length - 1; i >= 0; i--) {
    const m = rows[i] as Movement;
    if (m.kind !== 'main') continue;
    if (m.action === 'close') return 'closed';
    if (m.action === 'park') return 'parked';
    if (m.action === 'put_in_file') return 'in-file';
    return 'active';
  }
  if (item?.status === 'closed') return 'closed';
  if (item?.status === 'parked') return 'parked';
  if (item?.status === 'put_in_file') return 'in-file';
  return 'active';
}

/**
 * Where an e-Office file (नस्ती) or receipt (आवती) is and how it got there: a timeline of its
 * movements — from which post to which, the action, remarks, priority, due date, sent / received /
 * read times in IST and days held at each desk — with the current holder and days pending on top.
 *
 * Plain data: set `.movements` (and optionally `.item`). Server mode: set `file-id` or `receipt-id`
 * (with `.client`, or a page-wide client from `configure()`); `public` with `number` and `code` shows
 * the public status only; `search` shows a box to look a number up. Long histories are windowed.
 *
 * @fires eo-movement-select - A step was chosen with Enter, Space or a click. `detail: { movement }`.
 * @fires eo-tracker-loaded - Server mode finished loading. `detail: { item, movements }`.
 * @fires eo-tracker-error - Loading failed. `detail: { error, state }` (`not-found`, `forbidden`, `offline`, `error`).
 * @fires eo-tracker-retry - The retry button was pressed in plain-data mode (the host refetches).
 *
 * @csspart header - The item's number, subject, status and current holder.
 * @csspart holder - The current holder and days pending.
 * @csspart toolbar - Refresh and export buttons.
 * @csspart button - Every button.
 * @csspart search - The search form.
 * @csspart status - Loading, empty and error messages.
 * @csspart viewport - The scrolling box around a long (windowed) timeline.
 * @csspart timeline - The ordered list of steps.
 * @csspart step - One movement.
 * @csspart current - The step of the current holder (with `step`).
 * @csspart remarks - The remarks of a step.
 * @csspart public - The public status card.
 * @csspart announcer - The polite live region that announces live updates.
 *
 * @cssprop --eo-tracker-bg - Background.
 * @cssprop --eo-tracker-fg - Text colour.
 * @cssprop --eo-tracker-muted - Secondary text (labels, times).
 * @cssprop --eo-tracker-border - Lines and step borders.
 * @cssprop --eo-tracker-accent - Timeline markers, buttons, the current step.
 * @cssprop --eo-tracker-current-bg - Background of the current step.
 * @cssprop --eo-tracker-selected-bg - Background of the selected step.
 * @cssprop --eo-tracker-overdue-fg - Overdue text.
 * @cssprop --eo-tracker-focus - Focus ring colour.
 * @cssprop --eo-tracker-gap - Space between steps.
 * @cssprop --eo-tracker-max-block-size - Height of the scrolling box of a long timeline.
 * @cssprop --eo-tracker-row-block-size - Height of each row of a long (windowed) timeline.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-radius - Corner radius (global token).
 * @cssprop --eo-focus-ring-width - Width of the focus outline (global token).
 * @cssprop --eo-color-* - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them.
 */
export class EoFileTracker extends EoElement {
  static override styles = [baseStyles, fileTrackerStyles];

  /** Movements to show (plain-data mode). In server mode the loaded movements replace them. */
  @property({ attribute: false }) movements: Movement[] | undefined;

  /** The file or receipt the movements belong to (plain-data mode). */
  @property({ attribute: false }) item: TrackerItem | undefined;

  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: TrackerClient | undefined;

  /** Id of the file (`file_…`) to load and follow live. */
  @property({ attribute: 'file-id' }) fileId: string | undefined;

  /** Id of the receipt (`rcpt_…`) to load and follow live. */
  @property({ attribute: 'receipt-id' }) receiptId: string | undefined;

  /** Public tracking: status only, with `number` and `code`; no names, posts or remarks. */
  @property({ type: Boolean, reflect: true }) public = false;

  /** File or receipt number for public tracking. */
  @property() number: string | undefined;

  /**
   * A file or receipt number (e.g. `L-42011/27/2026-MW`) to show without knowing its id: the
   * tracker finds it among the items the user may see.
   */
  @property({ attribute: 'file-number' }) fileNumber: string | undefined;

  /** Tracking code for public tracking. */
  @property() code: string | undefined;

  /** Shows a search box where the user types a file or receipt number (with a code in `public` mode). */
  @property({ type: Boolean, reflect: true }) search = false;

  /**
   * `vertical` (default), `compact` (one line per step) or `horizontal`. A windowed (long) history
   * is always laid out vertically.
   */
  @property({ reflect: true }) layout: TrackerLayout = 'vertical';

  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  @property() digits: 'latn' | 'deva' = 'latn';

  /** IANA time zone for times and overdue checks. */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  /**
   * Forces a state in plain-data mode — `loading`, `empty`, `not-found`, `forbidden`, `offline` or
   * `error` — for a host that fetches by itself. Ignored in server mode.
   */
  @property() state: TrackerState | undefined;

  /** Above this many movements the list is windowed: only the rows in view are in the DOM. */
  @property({ type: Number, attribute: 'virtual-threshold' }) virtualThreshold = 300;

  /** The instant "today" and "overdue" are measured against; now when unset. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private activeIndex = -1;
  @state() private selectedId: string | undefined;
  @state() private listScroll = 0;
  @state() private viewportSize = 512;
  @state() private rowSize = ESTIMATED_ROW;
  @state() private searchQuery = '';

  private get viewport(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }

  readonly #controller = new TrackerController(this, {
    loaded: (item, movements) => this.emit('eo-tracker-loaded', { item, movements }),
    failed: (error, state) => this.emit('eo-tracker-error', { error, state }),
    live: (change) => this.#announce(change),
  });
  #view: View = { rows: [], current: -1, phase: 'active' };
  #resizeObserver: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  /** True while data comes from the server (an id, public tracking, or a search). */
  get serverMode(): boolean {
    return this.#controller.source !== undefined;
  }

  /** The state shown now. */
  get currentState(): TrackerState {
    if (this.serverMode) return this.#controller.state;
    if (this.state) return this.state;
    if (this.movements === undefined) return this.search ? 'idle' : 'empty';
    return this.movements.length > 0 ? 'ready' : 'empty';
  }

  /** The movements shown now, in route order. */
  get shownMovements(): readonly Movement[] {
    return this.#view.rows;
  }

  /** The item shown now. */
  get shownItem(): TrackerItem | undefined {
    return this.serverMode ? this.#controller.item : this.item;
  }

  /** Loads again from the server (server mode) or asks the host to (`eo-tracker-retry`). */
  async refresh(): Promise<void> {
    if (this.serverMode) await this.#controller.reload();
    else this.emit('eo-tracker-retry', null);
  }

  /** The shown movements as CSV text (CRLF, no BOM), in the interface language. */
  toCsv(): string {
    return movementsToCsv(this.#view.rows, { locale: currentLocale(), timeZone: this.timeZone });
  }

  /**
   * The shown movements as a CSV file with a UTF-8 byte order mark (so Excel shows Hindi), offered
   * as a download unless `download` is false. Returns the Blob.
   */
  exportCsv(options: { download?: boolean; filename?: string } = {}): Blob {
    const blob = new Blob([BOM + this.toCsv()], { type: 'text/csv;charset=utf-8' });
    if (options.download !== false) {
      const number = this.shownItem?.number ?? 'movements';
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = options.filename ?? `${number.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-movements.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }
    return blob;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('fileId') ||
      changed.has('receiptId') ||
      changed.has('public') ||
      changed.has('number') ||
      changed.has('fileNumber') ||
      changed.has('code') ||
      changed.has('client')
    ) {
      const source = this.#sourceFromAttributes();
      if (source) void this.#controller.load(source, this.resolveClient(this.client));
      else if (this.#controller.source && this.#controller.source.kind !== 'search') this.#controller.clear();
    }
    const movements = this.serverMode ? this.#controller.movements : (this.movements ?? []);
    const item = this.shownItem;
    if (movements !== this.#lastMovements || item !== this.#lastItem) {
      this.#lastMovements = movements;
      this.#lastItem = item;
      const rows = inRouteOrder(movements);
      let current = -1;
      for (let i = rows.length - 1; i >= 0; i--) {
        if ((rows[i] as Movement).current) {
          current = i;
          break;
        }
      }
      this.#view = { rows, current, phase: phaseOf(rows, item) };
      if (this.activeIndex >= rows.length || this.activeIndex < 0) {
        this.activeIndex = current >= 0 ? current : rows.length - 1;
      }
    }
  }
  #lastMovements: readonly Movement[] | undefined;
  #lastItem: TrackerItem | undefined;

  protected override updated(): void {
    const viewport = this.viewport;
    if (viewport) {
      if (!this.#resizeObserver) {
        this.#resizeObserver = new ResizeObserver(() => {
          const v = this.viewport;
          if (v && v.clientHeight > 0 && v.clientHeight !== this.viewportSize)
            this.viewportSize = v.clientHeight;
        });
      }
      this.#resizeObserver.observe(viewport);
      const first = viewport.querySelector<HTMLElement>('li.step');
      const measured = first?.offsetHeight ?? 0;
      if (measured > 0 && Math.abs(measured - this.rowSize) > 0.5) this.rowSize = measured;
      if (viewport.clientHeight > 0 && viewport.clientHeight !== this.viewportSize) {
        this.viewportSize = viewport.clientHeight;
      }
    }
  }

  #sourceFromAttributes(): TrackerSource | undefined {
    if (this.public) {
      return this.number && this.code ? { kind: 'public', number: this.number, code: this.code } : undefined;
    }
    if (this.receiptId) return { kind: 'receipt', id: this.receiptId };
    if (this.fileId) return { kind: 'file', id: this.fileId };
    if (this.fileNumber?.trim()) return { kind: 'search', query: this.fileNumber.trim() };
    return undefined;
  }

  #announce(change: LiveChange): void {
    const m = change.movement;
    const number = m.item.number;
    const locale = currentLocale();
    if (change.kind === 'opened') {
      const who = m.to ? m.to.name[locale] : '';
      this.announce(
        msg(str`${number} was opened by ${who}.`, {
          desc: 'Live update: the recipient opened the file or receipt',
        }),
      );
    } else {
      const action = actionLabel(m.action);
      this.announce(
        m.to
          ? msg(str`${number}: ${action} to ${m.to.name[locale]} (${m.to.markingAbbreviation}).`, {
              desc: 'Live update: a new movement, e.g. "A-12011/3/2024-Estt.: Sent to Rajesh Kumar (US(ESTT)-LAB)."',
            })
          : msg(str`${number}: ${action}.`, { desc: 'Live update: a new movement without a recipient' }),
      );
    }
  }

  // ---- formatting -------------------------------------------------------------------------

  #number(value: number): string {
    return new Intl.NumberFormat(
      `${currentLocale() === 'hi' ? 'hi-IN' : 'en-IN'}-u-nu-${this.digits}`,
    ).format(value);
  }

  #dateTime(value: string): TemplateResult {
    const options = { locale: currentLocale(), digits: this.digits, timeZone: this.timeZone } as const;
    return html`<time datetime=${value}>${formatDateTime(value, options)}</time>`;
  }

  #date(value: string): TemplateResult {
    const options = { locale: currentLocale(), digits: this.digits, timeZone: this.timeZone } as const;
    return html`<time datetime=${value}>${formatDate(value, options)}</time>`;
  }

  #days(count: number): string {
    return daysLabel(count, this.#number(count));
  }

  #today(): string {
    return today(this.timeZone, this.now);
  }

  // ---- keyboard and selection ---------------------------------------------------------------

  #onKeydown(event: KeyboardEvent): void {
    const count = this.#view.rows.length;
    if (count === 0) return;
    const horizontal = this.layout === 'horizontal' && !this.#virtual;
    let next = this.activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        next += 1;
        break;
      case 'ArrowUp':
        next -= 1;
        break;
      case 'ArrowRight':
        if (!horizontal) return;
        next += 1;
        break;
      case 'ArrowLeft':
        if (!horizontal) return;
        next -= 1;
        break;
      case 'PageDown':
        next += 10;
        break;
      case 'PageUp':
        next -= 10;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const movement = this.#view.rows[this.activeIndex];
        if (movement) this.#select(movement);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    void this.focusStep(Math.max(0, Math.min(count - 1, next)));
  }

  /** Moves the roving focus to the step at `index` (route order), scrolling it into view. */
  async focusStep(index: number): Promise<void> {
    this.activeIndex = index;
    const viewport = this.viewport;
    if (this.#virtual && viewport) {
      const top = index * this.rowSize;
      const bottom = top + this.rowSize;
      if (top < viewport.scrollTop) viewport.scrollTop = top;
      else if (bottom > viewport.scrollTop + viewport.clientHeight) {
        viewport.scrollTop = bottom - viewport.clientHeight;
      }
      this.listScroll = viewport.scrollTop;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li.step[data-index="${index}"]`)?.focus();
  }

  #select(movement: Movement): void {
    this.selectedId = movement.id;
    this.emit('eo-movement-select', { movement });
  }

  #onFocusIn(event: FocusEvent): void {
    const step = (event.target as HTMLElement).closest?.('li.step') as HTMLElement | null;
    const index = Number(step?.dataset['index']);
    if (step && Number.isInteger(index) && index !== this.activeIndex) this.activeIndex = index;
  }

  #onClick(event: MouseEvent): void {
    const step = (event.target as HTMLElement).closest?.('li.step') as HTMLElement | null;
    const movement = this.#view.rows[Number(step?.dataset['index'])];
    if (movement) this.#select(movement);
  }

  #onScroll(event: Event): void {
    this.listScroll = (event.currentTarget as HTMLElement).scrollTop;
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const query = String(data.get('number') ?? '').trim();
    this.searchQuery = query;
    if (!query) return;
    const client = this.resolveClient(this.client);
    if (this.public) {
      const code = String(data.get('code') ?? '').trim();
      if (!code) return;
      void this.#controller.load({ kind: 'public', number: query, code }, client);
    } else {
      void this.#controller.load({ kind: 'search', query }, client);
    }
  }

  get #virtual(): boolean {
    return this.#view.rows.length > this.virtualThreshold;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render() {
    const state = this.currentState;
    const publicResult = this.serverMode ? this.#controller.publicResult : undefined;
    return html`
      ${this.search ? this.#renderSearch() : nothing}
      ${
        state === 'ready' && publicResult
          ? this.#renderPublic(publicResult)
          : html`${this.#renderHeader(state)}
            ${state === 'ready' ? this.#renderTimeline() : this.#renderStatus(state)}`
      }
      ${this.renderAnnouncer()}
    `;
  }

  #renderSearch(): TemplateResult {
    return html`<form part="search" class="search" role="search" @submit=${this.#onSearch}>
      <label>
        <span>${msg('File or receipt number', { desc: 'Label of the search box' })}</span>
        <input
          name="number"
          type="search"
          autocomplete="off"
          spellcheck="false"
          required
          .value=${this.searchQuery || this.number || ''}
        />
      </label>
      ${
        this.public
          ? html`<label>
              <span>${msg('Tracking code', { desc: 'Label: the code printed on the acknowledgement' })}</span>
              <input name="code" autocomplete="off" spellcheck="false" required .value=${this.code ?? ''} />
            </label>`
          : nothing
      }
      <button part="button" type="submit">${msg('Track', { desc: 'Search button' })}</button>
    </form>`;
  }

  #renderHeader(state: TrackerState): TemplateResult | typeof nothing {
    const item = this.shownItem;
    const rows = this.#view.rows;
    const showToolbar = this.serverMode || (state === 'ready' && rows.length > 0);
    if (!item && !showToolbar) return nothing;
    const locale = currentLocale();
    const current = this.#view.current >= 0 ? this.#view.rows[this.#view.current] : undefined;
    const holder: PostSummary | null | undefined = current?.to ?? item?.currentHolder;
    const phase = this.#view.phase;
    const dueDate = current?.dueDate ?? item?.dueDate ?? null;
    const overdue = phase === 'active' && dueDate !== null && dueDate < this.#today();
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
                      >${msg(str`pending for ${this.#days(current.daysHeld)}`, {
                        desc: 'After the current holder: how long the item has been with them',
                      })}</span
                    >`
                  : nothing
              }
              ${
                dueDate && phase === 'active'
                  ? html`<span class=${classMap({ due: true, overdue })}
                      >${msg('Due', { desc: 'Due date label' })}
                      ${this.#date(dueDate)}${
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
      ${showToolbar ? this.#renderToolbar(state) : nothing}
    </div>`;
  }

  #renderToolbar(state: TrackerState): TemplateResult {
    return html`<div part="toolbar" class="toolbar">
      ${
        this.serverMode && this.#controller.source?.kind !== 'public'
          ? html`<button
              part="button"
              type="button"
              ?disabled=${state === 'loading'}
              @click=${() => void this.refresh()}
            >
              ${msg('Refresh', { desc: 'Button: load the movements again' })}
            </button>`
          : nothing
      }
      ${
        state === 'ready' && this.#view.rows.length > 0
          ? html`<button part="button" type="button" @click=${() => this.exportCsv()}>
              ${msg('Export CSV', { desc: 'Button: download the movements as a spreadsheet' })}
            </button>`
          : nothing
      }
      ${
        this.#controller.live
          ? html`<span class="live">${msg('Live', { desc: 'Shown while live updates are connected' })}</span>`
          : nothing
      }
    </div>`;
  }

  #renderStatus(state: TrackerState): TemplateResult | typeof nothing {
    const retry = () => void this.refresh();
    switch (state) {
      case 'ready':
        return nothing;
      case 'idle':
        if (!this.search) return nothing;
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

  #renderPublic(result: PublicTrackingResult): TemplateResult {
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
          <dd>${this.#date(result.registeredOn)}</dd>
        </div>
        <div>
          <dt>${msg('Last updated on', { desc: 'Public tracking: date of the latest movement' })}</dt>
          <dd>${this.#date(result.lastUpdatedOn)}</dd>
        </div>
      </dl>
    </section>`;
  }

  #renderTimeline(): TemplateResult {
    const rows = this.#view.rows;
    const label = msg('Movements', { desc: 'Accessible name of the timeline' });
    if (!this.#virtual) {
      return html`<ol
        part="timeline"
        class="timeline ${this.layout}"
        aria-label=${label}
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusIn}
        @click=${this.#onClick}
      >
        ${rows.map((m, i) => this.#renderStep(m, i, rows.length, this.activeIndex))}
      </ol>`;
    }
    const size = this.rowSize;
    const first = Math.max(0, Math.floor(this.listScroll / size) - OVERSCAN);
    const visible = Math.ceil(this.viewportSize / size) + 2 * OVERSCAN;
    const last = Math.min(rows.length, first + visible);
    // The tab stop stays on a rendered row: the active one, or the nearest in the window.
    const tabStop = Math.min(Math.max(this.activeIndex, first), last - 1);
    const pieces: TemplateResult[] = [];
    for (let i = first; i < last; i++) {
      pieces.push(this.#renderStep(rows[i] as Movement, i, rows.length, tabStop));
    }
    return html`<div part="viewport" class="viewport" @scroll=${this.#onScroll}>
      <ol
        part="timeline"
        class="timeline virtual ${this.layout === 'compact' ? 'compact' : 'vertical'}"
        aria-label=${label}
        style="padding-block-start: ${first * size}px; padding-block-end: ${(rows.length - last) * size}px"
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusIn}
        @click=${this.#onClick}
      >
        ${pieces}
      </ol>
    </div>`;
  }

  #renderPost(post: PostSummary, role: 'from' | 'to'): TemplateResult {
    const locale = currentLocale();
    return html`<span class="post ${role}">
      <span class="label"
        >${
          role === 'from' ? msg('From', { desc: 'Sending post' }) : msg('To', { desc: 'Receiving post' })
        }</span
      >
      <span class="post-name">${post.name[locale]}</span>
      <span class="designation">${post.designation[locale]}</span>
      <span class="marking">${post.markingAbbreviation}</span>
      ${this.layout === 'compact' ? nothing : html`<span class="section">${post.section.name[locale]}</span>`}
    </span>`;
  }

  #renderStep(m: Movement, index: number, total: number, tabStop: number): TemplateResult {
    const isCurrent = index === this.#view.current;
    const copy = m.kind === 'copy';
    const phase = this.#view.phase;
    const overdue =
      isCurrent && phase === 'active' && m.dueDate !== null && m.dueDate < this.#today() && !copy;
    const classes = {
      step: true,
      copy,
      current: isCurrent,
      overdue,
      selected: m.id === this.selectedId,
      [m.priority]: true,
      [m.action]: true,
    };
    const times: TemplateResult[] = [
      html`<div>
        <dt>${msg('Sent', { id: 'tracker.time.sent', desc: 'Time label: when the action was taken' })}</dt>
        <dd>${this.#dateTime(m.sentAt)}</dd>
      </div>`,
    ];
    if (m.to && this.layout !== 'compact') {
      times.push(
        html`<div>
          <dt>
            ${msg('Received', { id: 'tracker.time.received', desc: 'Time label: when it reached the recipient' })}
          </dt>
          <dd>${m.receivedAt ? this.#dateTime(m.receivedAt) : msg('Not yet', { desc: 'No time yet' })}</dd>
        </div>`,
      );
      times.push(
        html`<div>
          <dt>${msg('Read', { desc: 'Time label: when the recipient opened it' })}</dt>
          <dd>${m.readAt ? this.#dateTime(m.readAt) : msg('Unread', { desc: 'Not opened yet' })}</dd>
        </div>`,
      );
    }
    if (m.dueDate) {
      times.push(
        html`<div class=${overdue ? 'overdue' : ''}>
          <dt>${msg('Due date', { desc: 'Date by which the recipient should act' })}</dt>
          <dd>
            ${this.#date(m.dueDate)}${
              overdue ? html` <strong>${msg('Overdue', { desc: 'Past the due date' })}</strong>` : nothing
            }
          </dd>
        </div>`,
      );
    }
    if (m.kind === 'main' && m.to) {
      times.push(
        html`<div>
          <dt>
            ${
              isCurrent && phase === 'active'
                ? msg('Pending', { desc: 'Label: days with the current holder' })
                : msg('Held', { desc: 'Label: days the recipient held it' })
            }
          </dt>
          <dd>${this.#days(m.daysHeld)}</dd>
        </div>`,
      );
    }
    return html`<li
      part=${isCurrent ? 'step current' : 'step'}
      class=${classMap(classes)}
      tabindex=${index === tabStop ? 0 : -1}
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${total}
      aria-current=${ifDefined(isCurrent ? 'step' : undefined)}
    >
      <span class="marker" aria-hidden="true"></span>
      <div class="body">
        <p class="headline">
          <span class="seq">${this.#number(m.sequence)}.</span>
          <strong class="action">${actionLabel(m.action)}</strong>
          ${
            copy
              ? html`<span class="chip copy-chip"
                  >${msg('Copy for information', {
                    desc: 'A copy sent for information only (सूचनार्थ प्रति)',
                  })}</span
                >`
              : nothing
          }
          ${m.priority !== 'normal' ? html`<eo-priority-badge priority=${m.priority}></eo-priority-badge>` : nothing}
          ${
            isCurrent
              ? html`<span class="chip current-chip"
                  >${
                    phase === 'parked'
                      ? msg('Parked', { id: 'tracker.state.parked', desc: 'File state: out of pendency' })
                      : phase === 'closed'
                        ? msg('Closed', { desc: 'Movement action' })
                        : msg('Current holder', { desc: 'Marks the step of the present holder' })
                  }</span
                >`
              : nothing
          }
          ${
            m.id === this.selectedId
              ? html`<span class="visually-hidden">${msg('Selected', { desc: 'The chosen step' })}</span>`
              : nothing
          }
        </p>
        <p class="route">
          ${m.from ? this.#renderPost(m.from, 'from') : nothing}
          ${m.from && m.to ? html`<span class="arrow" aria-hidden="true">→</span>` : nothing}
          ${m.to ? this.#renderPost(m.to, 'to') : nothing}
          ${!m.from && !m.to ? html`<span class="post">${m.by.name[currentLocale()]}</span>` : nothing}
        </p>
        ${
          m.remarks
            ? html`<p part="remarks" class="remarks">
                <span class="label">${msg('Remarks', { desc: 'Remarks sent with a movement (टीप)' })}</span>
                <span class="remarks-text" lang=${ifDefined(langOf(m.remarks))}>${m.remarks}</span>
              </p>`
            : nothing
        }
        <dl class="times">${times}</dl>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-file-tracker': EoFileTracker;
  }
  interface HTMLElementEventMap {
    'eo-movement-select': CustomEvent<MovementSelectDetail>;
    'eo-tracker-loaded': CustomEvent<TrackerLoadedDetail>;
    'eo-tracker-error': CustomEvent<TrackerErrorDetail>;
    'eo-tracker-retry': CustomEvent<null>;
  }
}
