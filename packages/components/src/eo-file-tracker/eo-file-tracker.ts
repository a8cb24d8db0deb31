// Over 400 lines because the element class is the documented public surface (the JSDoc the manifest is
// generated from, 17 properties, methods, events) plus the wiring of its parts: data in controller.ts,
// route state in route.ts, keyboard in keyboard.ts, formatting in format.ts, the view in view.ts and
// timeline-view.ts.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import '../eo-priority-badge/define.js';
import { actionLabel } from '../shared/domain-labels.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { TrackerController, type LiveChange, type TrackerSource } from './controller.js';
import { BOM, movementsToCsv } from './csv.js';
import { trackerFormat } from './format.js';
import { stepKeyAction } from './keyboard.js';
import { EMPTY_ROUTE, routeOf, type Route } from './route.js';
import { listWindow, RowHeights } from './row-heights.js';
import { fileTrackerStyles } from './styles.js';
import type {
  Movement,
  MovementSelectDetail,
  TrackerClient,
  TrackerErrorDetail,
  TrackerItem,
  TrackerLayout,
  TrackerLoadedDetail,
  TrackerState,
} from './types.js';
import {
  renderHeader,
  renderReservedHeader,
  renderPublic,
  renderSearch,
  renderStatus,
  type TrackerViewContext,
} from './view.js';
import { renderTimeline } from './timeline-view.js';

/** Row height assumed before the first row is measured, in CSS pixels (a step with remarks). */
const ESTIMATED_ROW = 150;
/** Rows rendered beyond the visible ones on each side in a windowed list. */
const OVERSCAN = 6;
/** Measure-and-render passes allowed in one update cycle before waiting for the next frame. */
const MAX_MEASURE_PASSES = 4;

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
 * @cssprop --eo-tracker-max-block-size - Height of the scrolling box of a long timeline, and the space a
 *   loading timeline reserves (32rem).
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

  /**
   * Above this many movements the list is windowed: only the rows in view (and the focused one) are in
   * the DOM, each at its natural height, measured as it renders; rows not yet measured are estimated.
   */
  @property({ type: Number, attribute: 'virtual-threshold' }) virtualThreshold = 300;

  /** The instant "today" and "overdue" are measured against; now when unset. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private activeIndex = -1;
  @state() private selectedId: string | undefined;
  @state() private listScroll = 0;
  @state() private searchQuery = '';

  private get viewport(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }

  readonly #controller = new TrackerController(this, {
    loaded: (item, movements) => this.emit('eo-tracker-loaded', { item, movements }),
    failed: (error, state) => this.emit('eo-tracker-error', { error, state }),
    live: (change) => this.#announce(change),
  });
  #view: Route = EMPTY_ROUTE;
  /** Heights of the windowed list's rows, measured or estimated. */
  readonly #heights = new RowHeights(ESTIMATED_ROW);
  /** The row at the top of the scrolling box and how far into it: kept in place when heights change. */
  #anchor = { index: 0, delta: 0 };
  #viewportObserver: ResizeObserver | undefined;
  #rowObserver: ResizeObserver | undefined;
  #observedRows = new WeakSet<Element>();
  #viewportWidth = 0;
  #viewportSize = 512;
  #measurePasses = 0;
  #remeasureFrame = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewportObserver?.disconnect();
    this.#viewportObserver = undefined;
    this.#rowObserver?.disconnect();
    this.#rowObserver = undefined;
    this.#observedRows = new WeakSet();
    cancelAnimationFrame(this.#remeasureFrame);
    this.#remeasureFrame = 0;
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
      this.#view = routeOf(movements, item);
      const { rows, current } = this.#view;
      this.#heights.setRows(rows.map((m) => m.id));
      if (this.activeIndex >= rows.length || this.activeIndex < 0) {
        this.activeIndex = current >= 0 ? current : rows.length - 1;
      }
    }
  }
  #lastMovements: readonly Movement[] | undefined;
  #lastItem: TrackerItem | undefined;

  protected override updated(): void {
    const viewport = this.viewport;
    if (!viewport || !this.#virtual) {
      this.#measurePasses = 0;
      return;
    }
    this.#observeViewport(viewport);
    // Rows take their natural height: measure those just rendered (one layout for all of them) and, if
    // any differs from what was assumed, keep the anchor row where it was and render the window again.
    let changed = false;
    if (viewport.clientHeight > 0 && viewport.clientHeight !== this.#viewportSize) {
      this.#viewportSize = viewport.clientHeight;
      changed = true;
    }
    for (const row of viewport.querySelectorAll<HTMLElement>('li.step')) {
      if (!this.#observedRows.has(row)) {
        this.#observedRows.add(row);
        this.#rowObserver?.observe(row, { box: 'border-box' });
      }
      changed =
        this.#heights.measure(Number(row.dataset['index']), row.getBoundingClientRect().height) || changed;
    }
    if (!changed) {
      this.#measurePasses = 0;
      return;
    }
    const target = this.#heights.offset(this.#anchor.index) + this.#anchor.delta;
    if (Math.abs(viewport.scrollTop - target) >= 0.5) viewport.scrollTop = target;
    // The anchor was placed with estimates; from now on it is the row truly at the top.
    this.#setScroll(viewport.scrollTop);
    // Rows measured now give the window another shape; a few passes settle it before the frame paints.
    if (++this.#measurePasses <= MAX_MEASURE_PASSES) this.requestUpdate();
    else this.#remeasureNextFrame();
  }

  #observeViewport(viewport: HTMLElement): void {
    if (!this.#viewportObserver) {
      // Observers only note what changed; the render they call for runs on the next frame, as
      // changing the DOM inside their delivery would loop.
      this.#viewportObserver = new ResizeObserver(() => {
        const v = this.viewport;
        if (!v) return;
        // Another width wraps every row differently: what was measured no longer holds.
        if (v.clientWidth > 0 && v.clientWidth !== this.#viewportWidth) {
          if (this.#viewportWidth > 0) this.#heights.clear();
          this.#viewportWidth = v.clientWidth;
          this.#remeasureNextFrame();
        }
        if (v.clientHeight > 0 && v.clientHeight !== this.#viewportSize) this.#remeasureNextFrame();
      });
      // A row that changes height after it rendered (a web font arriving, a theme's spacing).
      this.#rowObserver = new ResizeObserver((entries) => {
        for (const entry of entries) {
          const row = entry.target as HTMLElement;
          if (!row.isConnected) {
            this.#rowObserver?.unobserve(row);
            this.#observedRows.delete(row);
            continue;
          }
          const index = Number(row.dataset['index']);
          const height = entry.borderBoxSize[0]?.blockSize ?? row.getBoundingClientRect().height;
          if (height > 0 && Math.abs(height - this.#heights.height(index)) >= 0.5) this.#remeasureNextFrame();
        }
      });
    }
    this.#viewportObserver.observe(viewport);
  }

  #remeasureNextFrame(): void {
    if (this.#remeasureFrame) return;
    this.#remeasureFrame = requestAnimationFrame(() => {
      this.#remeasureFrame = 0;
      this.#measurePasses = 0;
      this.requestUpdate();
    });
  }

  /** Scrolls the windowed list to `top` and takes the row there as the anchor. */
  #scrollListTo(viewport: HTMLElement, top: number): void {
    viewport.scrollTop = top;
    this.#setScroll(viewport.scrollTop);
  }

  #setScroll(top: number): void {
    this.listScroll = top;
    const index = this.#heights.indexAt(top);
    this.#anchor = { index, delta: top - this.#heights.offset(index) };
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
    // Worded when the live region renders, so it follows a later language switch.
    if (change.kind === 'opened') {
      this.announce(() => {
        const who = m.to ? m.to.name[currentLocale()] : '';
        return msg(str`${number} was opened by ${who}.`, {
          desc: 'Live update: the recipient opened the file or receipt',
        });
      });
    } else {
      this.announce(() => {
        const action = actionLabel(m.action, m.item.type);
        return m.to
          ? msg(str`${number}: ${action} to ${m.to.name[currentLocale()]} (${m.to.markingAbbreviation}).`, {
              desc: 'Live update: a new movement, e.g. "A-12011/3/2024-Estt.: Sent to Rajesh Kumar (US(ESTT)-LAB)."',
            })
          : msg(str`${number}: ${action}.`, { desc: 'Live update: a new movement without a recipient' });
      });
    }
  }

  // ---- keyboard and selection ---------------------------------------------------------------

  #onKeydown(event: KeyboardEvent): void {
    const horizontal = this.layout === 'horizontal' && !this.#virtual;
    const action = stepKeyAction(event.key, this.activeIndex, this.#view.rows.length, horizontal);
    if (!action) return;
    event.preventDefault();
    if ('move' in action) {
      void this.focusStep(action.move);
      return;
    }
    const movement = this.#view.rows[this.activeIndex];
    if (movement) this.#select(movement);
  }

  /** Moves the roving focus to the step at `index` (route order), scrolling it into view. */
  async focusStep(index: number): Promise<void> {
    this.activeIndex = index;
    const viewport = this.viewport;
    if (this.#virtual && viewport) {
      const top = this.#heights.offset(index);
      const bottom = top + this.#heights.height(index);
      const view = viewport.clientHeight;
      if (top < viewport.scrollTop || bottom - top > view) this.#scrollListTo(viewport, top);
      else if (bottom > viewport.scrollTop + view) this.#scrollListTo(viewport, bottom - view);
    }
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`li.step[data-index="${index}"]`);
    // Measuring may have moved the row a little: bring it fully into view before focusing it.
    row?.scrollIntoView({ block: 'nearest' });
    row?.focus({ preventScroll: true });
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
    const top = (event.currentTarget as HTMLElement).scrollTop;
    if (top !== this.listScroll) this.#setScroll(top);
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
    const ctx = this.#viewContext();
    let body;
    if (state === 'ready' && publicResult) body = renderPublic(ctx, publicResult);
    else if (state === 'loading' && ctx.boxed) {
      // The space the history will take, held while it loads (see `boxed` in #viewContext).
      body = html`${renderReservedHeader(ctx)}
        <div class="reserve">${renderStatus(ctx, state)}</div>`;
    } else {
      body = html`${renderHeader(ctx, state)}
      ${state === 'ready' ? renderTimeline(ctx) : renderStatus(ctx, state)}`;
    }
    return html` ${this.search ? renderSearch(ctx) : nothing} ${body} ${this.renderAnnouncer()} `;
  }

  #viewContext(): TrackerViewContext {
    return {
      route: this.#view,
      item: this.shownItem,
      layout: this.layout,
      format: trackerFormat({ digits: this.digits, timeZone: this.timeZone, now: this.now }),
      search: this.search,
      public: this.public,
      number: this.number,
      code: this.code,
      searchQuery: this.searchQuery,
      serverMode: this.serverMode,
      sourceKind: this.#controller.source?.kind,
      live: this.#controller.live,
      activeIndex: this.activeIndex,
      selectedId: this.selectedId,
      // A history loaded from the server always sits in the scrolling box, and holds the box's
      // place while it loads, so its arrival moves nothing below the tracker.
      boxed: this.serverMode && this.#controller.source?.kind !== 'public',
      window: this.#virtual
        ? listWindow(this.#heights, this.listScroll, this.#viewportSize, OVERSCAN, this.activeIndex)
        : undefined,
      on: this.#handlers,
    };
  }

  readonly #handlers: TrackerViewContext['on'] = {
    keydown: (event) => this.#onKeydown(event),
    focusIn: (event) => this.#onFocusIn(event),
    click: (event) => this.#onClick(event),
    scroll: (event) => this.#onScroll(event),
    search: (event) => this.#onSearch(event),
    refresh: () => void this.refresh(),
    exportCsv: () => void this.exportCsv(),
  };
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
