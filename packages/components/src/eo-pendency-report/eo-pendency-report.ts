import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { BOM } from '../shared/csv.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { renderStateView } from '../shared/state-view.js';
import { bucketPatterns } from './charts.js';
import { ReportController } from './controller.js';
import { itemsToCsv, reviewToCsv } from './csv.js';
import { formatNumber, type NumberStyle } from './format.js';
import { pendencyReportStyles } from './styles.js';
import type {
  AgeBucket,
  ItemsQuery,
  PendencyReview,
  PendingItem,
  ReportClient,
  ReportState,
} from './types.js';
import {
  renderBucketChart,
  renderFigures,
  renderHeader,
  renderItems,
  renderPicker,
  renderRowsTable,
  renderShareChart,
  renderTrendChart,
  type ViewContext,
} from './view.js';

/** The screens of present mode, in order: one chart (or the table) a screen. */
const SLIDES = ['figures', 'bars', 'trend', 'share', 'table'] as const;

/**
 * The weekly pendency review (लंबित प्रकरणों की साप्ताहिक समीक्षा) of an office or department: files and
 * receipts pending by unit, section and officer in the age buckets 0–7, 8–15, 16–30 and over 30 days,
 * overdue counts, the oldest items, the electronic vs physical share (e-adoption), the trend of what
 * was created, received, disposed and pending per week or month, and the change since last week.
 * Charts are SVG with a text summary and a table alternative each.
 *
 * Drill down by click or keyboard: a unit row opens that unit's review, an officer row (or any bucket
 * or overdue count) opens the list of pending items a page at a time, and an item fires
 * `eo-item-open` for the portal to show its tracker. The server aggregates: the element never fetches
 * every item.
 *
 * Server mode: set `.client` (scope `reports:read`) or a page-wide client with `configure()`, and
 * optionally `unit-id`. Plain-data mode: set `.review` (and `.items` for a list); drill-downs then
 * only fire `eo-pendency-drill` for the host to supply the next level.
 *
 * @fires eo-item-open - A pending file or receipt was chosen. `detail: { type, id, number, item }` (`item`: the `PendingItem`).
 * @fires eo-pendency-drill - The user moved to another unit or to a list of items. `detail: { level, unitId?, postId?, bucket?, overdue? }`.
 * @fires eo-pendency-loaded - Server mode loaded a review. `detail: { review }`.
 * @fires eo-pendency-error - Loading failed. `detail: { error, state }`.
 *
 * @csspart header - Office name, heading, period and date of generation.
 * @csspart toolbar - Period, export, print and present controls.
 * @csspart button - Every button.
 * @csspart breadcrumb - The units above the reviewed one.
 * @csspart picker - The unit picker.
 * @csspart figures - Key figures with the week-on-week change.
 * @csspart table - The table of rows.
 * @csspart drill - A row's drill-down button.
 * @csspart figure - A chart with its summary and table alternative.
 * @csspart chart - A chart's SVG.
 * @csspart legend - A chart's legend.
 * @csspart table-alternative - A chart's table alternative.
 * @csspart items - The list of pending items.
 * @csspart item - One pending item.
 * @csspart status - Loading, empty and error messages.
 * @csspart announcer - The polite live region.
 *
 * @cssprop --eo-pendency-bg - Background.
 * @cssprop --eo-pendency-fg - Text colour.
 * @cssprop --eo-pendency-muted - Secondary text.
 * @cssprop --eo-pendency-border - Lines.
 * @cssprop --eo-pendency-accent - Links, buttons and the pendency line.
 * @cssprop --eo-pendency-overdue-fg - Overdue counts and a rise in pendency.
 * @cssprop --eo-pendency-success-fg - A fall in pendency.
 * @cssprop --eo-pendency-bucket-1 - Fill of 0–7 days (solid).
 * @cssprop --eo-pendency-bucket-2 - Fill of 8–15 days (hatched).
 * @cssprop --eo-pendency-bucket-3 - Fill of 16–30 days (dotted) and the disposal line.
 * @cssprop --eo-pendency-bucket-4 - Fill of over 30 days (cross-hatched).
 * @cssprop --eo-pendency-pattern-ink - Colour of the patterns drawn over the fills.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-color-* - Global colour tokens, set by a theme class on an ancestor.
 */
export class EoPendencyReport extends EoElement {
  static override styles = [baseStyles, pendencyReportStyles];

  /** The review to show (plain-data mode). In server mode the loaded review replaces it. */
  @property({ attribute: false }) review: PendencyReview | undefined;

  /** Pending items to list (plain-data mode), shown instead of the review while set. */
  @property({ attribute: false }) items: PendingItem[] | undefined;

  /** Heading of the plain-data item list. */
  @property({ attribute: 'items-title' }) itemsTitle = '';

  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: ReportClient | undefined;

  /** The unit to review first (server mode); the caller's department when unset. */
  @property({ attribute: 'unit-id' }) unitId: string | undefined;

  /** Length of each trend period: `week` (default) or `month`. */
  @property() period: 'week' | 'month' = 'week';

  /** How many periods the trend covers (1–26). */
  @property({ type: Number }) periods = 8;

  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  @property() digits: 'latn' | 'deva' = 'latn';

  /** The office's name for the header and print; the reviewed unit's name when unset. */
  @property({ attribute: 'office-name' }) officeName: string | undefined;

  /** Present mode: large type, one chart a screen, arrow keys to move. */
  @property({ type: Boolean, reflect: true }) present = false;

  /** Forces a state in plain-data mode (`loading`, `empty`, `forbidden`, `error` …). */
  @property() state: ReportState | undefined;

  @state() private slide = 0;
  @state() private itemsQuery: ItemsQuery | undefined;
  /** Charts whose table alternative is open; every chart's while printing. */
  @state() private openTables: ReadonlySet<string> = new Set();
  #focusLevel = false;
  #serverMode = false;

  readonly #controller = new ReportController(this, {
    loaded: (review) => {
      this.emit('eo-pendency-loaded', { review });
      // Worded when the live region renders: the unit's name in the language in force then.
      const unit = review.unit.name;
      this.announce(() =>
        msg(str`Pendency review of ${unit[currentLocale()]} loaded.`, { desc: 'Announcement' }),
      );
    },
    failed: (error, state) => this.emit('eo-pendency-error', { error, state }),
  });

  /** True while data comes from the server. */
  get serverMode(): boolean {
    return this.#serverMode;
  }

  /** The review shown now. */
  get shownReview(): PendencyReview | undefined {
    return this.#serverMode ? this.#controller.review : this.review;
  }

  /** The state shown now. */
  get currentState(): ReportState {
    if (this.#serverMode) return this.#controller.state;
    if (this.state) return this.state;
    const review = this.review;
    if (!review) return 'loading';
    return review.rows.length === 0 && review.totals.files.total + review.totals.receipts.total === 0
      ? 'empty'
      : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKey);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#serverMode) {
      // Server mode starts once a client is there and no plain data was given: at the first update, or
      // when a portal sets `.client` after signing in.
      if (this.hasUpdated && !changed.has('client')) return;
      const client = this.review === undefined ? this.resolveClient(this.client) : undefined;
      if (!client) return;
      this.#serverMode = true;
      void this.#controller.loadReview(client, this.#reviewQuery(this.unitId));
    } else if (
      changed.has('unitId') ||
      changed.has('period') ||
      changed.has('periods') ||
      changed.has('client')
    ) {
      void this.refresh();
    }
  }

  protected override updated(): void {
    if (this.#focusLevel && this.currentState === 'ready') {
      this.#focusLevel = false;
      // The item list's heading when it shows, else the review's.
      const heading =
        this.renderRoot.querySelector<HTMLElement>('#items-heading') ??
        this.renderRoot.querySelector<HTMLElement>('.level-heading');
      heading?.focus();
    }
  }

  /**
   * Loads the shown unit's review again (server mode), or for the first time when a client is there
   * (the page-wide one from `configure()` after the portal signed in) and no plain data was given.
   */
  async refresh(): Promise<void> {
    const client = this.resolveClient(this.client);
    if (!client || (!this.#serverMode && this.review !== undefined)) return;
    this.#serverMode = true;
    await this.#controller.loadReview(
      client,
      this.#reviewQuery(this.#controller.review?.unit.id ?? this.unitId),
    );
  }

  #reviewQuery(unitId: string | undefined) {
    return { ...(unitId ? { unitId } : {}), period: this.period, periods: this.periods };
  }

  /** The shown review (or item list) as CSV text (CRLF, no BOM), in the interface language. */
  toCsv(): string {
    const locale = currentLocale();
    const items = this.#shownItems();
    if (items) return itemsToCsv(items, locale);
    const review = this.shownReview;
    return review ? reviewToCsv(review, locale) : '';
  }

  /** The CSV as a Blob (UTF-8 with BOM, for Excel), saved as a download unless `download` is false. */
  exportCsv(options: { download?: boolean; filename?: string } = {}): Blob {
    const blob = new Blob([BOM + this.toCsv()], { type: 'text/csv;charset=utf-8' });
    if (options.download !== false) {
      const link = document.createElement('a');
      const code = this.shownReview?.unit.code ?? 'review';
      link.href = URL.createObjectURL(blob);
      link.download = options.filename ?? `pendency-${code.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    }
    return blob;
  }

  /**
   * Prints the review on A4 landscape. `@page` rules do not apply from a shadow root, so the page size
   * goes into the document for the time of printing — as a constructed stylesheet, which a strict
   * Content-Security-Policy allows where a <style> element would be blocked.
   */
  print(): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@page { size: A4 landscape; margin: 12mm; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const wasPresent = this.present;
    const wasOpen = this.openTables;
    this.present = false;
    // Paper has no "show as a table": print every chart's table alternative.
    this.openTables = new Set(['bars', 'trend', 'share']);
    const restore = () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      this.present = wasPresent;
      this.openTables = wasOpen;
      window.removeEventListener('afterprint', restore);
    };
    window.addEventListener('afterprint', restore);
    void this.updateComplete.then(() => window.print());
  }

  #numbers(): NumberStyle {
    return { locale: currentLocale(), digits: this.digits };
  }

  #shownItems(): readonly PendingItem[] | undefined {
    if (this.#serverMode) return this.itemsQuery ? this.#controller.items : undefined;
    return this.items;
  }

  #drillUnit = (unitId: string): void => {
    this.itemsQuery = undefined;
    this.slide = 0;
    this.#focusLevel = true;
    this.emit('eo-pendency-drill', { level: 'unit', unitId });
    const client = this.resolveClient(this.client);
    if (this.#serverMode && client) void this.#controller.loadReview(client, this.#reviewQuery(unitId));
  };

  #drillItems = (
    query: { unitId?: string; postId?: string; bucket?: AgeBucket; overdue?: boolean },
    title: string,
  ): void => {
    this.#focusLevel = true;
    this.itemsQuery = { ...query, title };
    this.emit('eo-pendency-drill', { level: 'items', ...query });
    const client = this.resolveClient(this.client);
    if (this.#serverMode && client) void this.#controller.loadItems(client, this.itemsQuery);
  };

  /** Narrows (or widens) the shown item list to one bucket, or to overdue items. */
  #setFilter = (filter: { bucket?: AgeBucket; overdue?: boolean }): void => {
    const current = this.itemsQuery;
    const scope = current?.postId
      ? { postId: current.postId }
      : current?.unitId
        ? { unitId: current.unitId }
        : {};
    this.#drillItems({ ...scope, ...filter }, current?.title ?? '');
  };

  #back = (): void => {
    this.#focusLevel = true;
    this.itemsQuery = undefined;
    if (!this.#serverMode) this.items = undefined;
    const unitId = this.shownReview?.unit.id;
    this.emit('eo-pendency-drill', { level: 'unit', ...(unitId ? { unitId } : {}) });
  };

  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#shownItems()) {
      event.preventDefault();
      this.#back();
      return;
    }
    if (!this.present) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') this.#go(1, event);
    if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.#go(-1, event);
  };

  #go(step: number, event?: Event): void {
    const next = Math.min(SLIDES.length - 1, Math.max(0, this.slide + step));
    if (next === this.slide) return;
    event?.preventDefault();
    this.slide = next;
  }

  #renderToolbar(): TemplateResult {
    const period = (value: 'week' | 'month') => {
      this.period = value;
      if (!this.#serverMode)
        this.emit('eo-pendency-drill', {
          level: 'unit',
          ...(this.shownReview ? { unitId: this.shownReview.unit.id } : {}),
        });
    };
    return html`<div class="toolbar" part="toolbar">
      ${
        this.#serverMode
          ? html`<label class="picker">
              <span>${msg('Trend by', { desc: 'Label: length of a trend period' })}</span>
              <select
                @change=${(e: Event) => period((e.target as HTMLSelectElement).value as 'week' | 'month')}
              >
                <option value="week" ?selected=${this.period === 'week'}>
                  ${msg('Week', { desc: 'Trend period' })}
                </option>
                <option value="month" ?selected=${this.period === 'month'}>
                  ${msg('Month', { desc: 'Trend period' })}
                </option>
              </select>
            </label>`
          : nothing
      }
      <button type="button" part="button" @click=${() => this.exportCsv()}>
        ${msg('Download CSV', { desc: 'Button: export as a spreadsheet' })}
      </button>
      <button type="button" part="button" @click=${() => this.print()}>
        ${msg('Print', { desc: 'Button' })}
      </button>
      <button
        type="button"
        part="button"
        aria-pressed=${this.present ? 'true' : 'false'}
        @click=${() => {
          this.present = !this.present;
          this.slide = 0;
        }}
      >
        ${msg('Present', { desc: 'Button: large type, one chart a screen (प्रस्तुति)' })}
      </button>
    </div>`;
  }

  #renderPresentNav(): TemplateResult {
    const numbers = this.#numbers();
    const at = formatNumber(this.slide + 1, numbers);
    const of = formatNumber(SLIDES.length, numbers);
    return html`<div class="present-nav">
      <button type="button" part="button" ?disabled=${this.slide === 0} @click=${() => this.#go(-1)}>
        ${msg('Previous', { desc: 'Button: previous screen of present mode' })}
      </button>
      <span aria-live="polite">${msg(str`Screen ${at} of ${of}`, { desc: 'Present mode position' })}</span>
      <button
        type="button"
        part="button"
        ?disabled=${this.slide === SLIDES.length - 1}
        @click=${() => this.#go(1)}
      >
        ${msg('Next', { desc: 'Button: next screen of present mode' })}
      </button>
    </div>`;
  }

  #renderState(state: ReportState): TemplateResult {
    const retry = this.#serverMode ? () => void this.refresh() : undefined;
    switch (state) {
      case 'loading':
        return renderStateView({ state, title: msg('Loading the review…', { desc: 'Loading state' }) });
      case 'empty':
        return renderStateView({ state, title: msg('Nothing is pending here.', { desc: 'Empty state' }) });
      case 'forbidden':
        return renderStateView({
          state,
          title: msg('You may not see this report.', { desc: 'No-access state' }),
          detail: msg('Reports beyond your own section need the report viewer role for that office.', {
            desc: 'No-access state detail',
          }),
        });
      case 'not-found':
        return renderStateView({ state, title: msg('No such unit.', { desc: 'Not-found state' }), retry });
      case 'offline':
        return renderStateView({ state, title: msg('You are offline.', { desc: 'Offline state' }), retry });
      default:
        return renderStateView({
          state: 'error',
          title: msg('The review could not be loaded.', { desc: 'Error state' }),
          retry,
        });
    }
  }

  protected override render(): TemplateResult {
    const state = this.currentState;
    const review = this.shownReview;
    if (state !== 'ready' || !review) {
      return html`${this.#renderState(state === 'ready' ? 'loading' : state)}${this.renderAnnouncer()}`;
    }
    const locale = currentLocale();
    const ctx: ViewContext = {
      review,
      locale,
      numbers: this.#numbers(),
      officeName: this.officeName ?? review.path[0]?.name[locale] ?? review.unit.name[locale],
      drillUnit: this.#drillUnit,
      drillItems: this.#drillItems,
      openTables: this.openTables,
      toggleTable: (id, open) => {
        if (open === this.openTables.has(id)) return;
        const next = new Set(this.openTables);
        if (open) next.add(id);
        else next.delete(id);
        this.openTables = next;
      },
    };
    const items = this.#shownItems();
    let body: TemplateResult;
    if (items) {
      const loading = this.#serverMode && this.#controller.itemsState === 'loading';
      const failed = this.#serverMode ? this.#controller.itemsState : 'ready';
      body =
        failed !== 'ready' && failed !== 'loading' && failed !== 'empty'
          ? this.#renderState(failed)
          : renderItems({
              locale,
              numbers: ctx.numbers,
              title:
                this.itemsTitle ||
                this.itemsQuery?.title ||
                msg('Pending items', { desc: 'Heading of the list of pending items' }),
              items,
              total: this.#serverMode ? this.#controller.itemsTotal : items.length,
              loading,
              hasMore: this.#serverMode && this.#controller.hasMore,
              filter: {
                ...(this.itemsQuery?.bucket ? { bucket: this.itemsQuery.bucket } : {}),
                ...(this.itemsQuery?.overdue ? { overdue: true } : {}),
              },
              setFilter: this.#setFilter,
              open: (item) =>
                this.emit('eo-item-open', {
                  type: item.item.type,
                  id: item.item.id,
                  number: item.item.number,
                  item,
                }),
              more: () => {
                const client = this.resolveClient(this.client);
                if (client) void this.#controller.loadItems(client);
              },
              back: this.#back,
            });
    } else if (this.present) {
      const slide = SLIDES[this.slide];
      body = html`${this.#renderPresentNav()}
      ${
        slide === 'figures'
          ? renderFigures(ctx)
          : slide === 'bars'
            ? renderBucketChart(ctx)
            : slide === 'trend'
              ? renderTrendChart(ctx)
              : slide === 'share'
                ? renderShareChart(ctx)
                : renderRowsTable(ctx)
      }`;
    } else {
      body = html`${renderFigures(ctx)} ${renderRowsTable(ctx)}
        <div class="charts">
          ${renderBucketChart(ctx)} ${renderTrendChart(ctx)} ${renderShareChart(ctx)}
        </div>`;
    }
    return html`${bucketPatterns()} ${renderHeader(ctx)} ${this.#renderToolbar()}
    ${items ? nothing : renderPicker(ctx)} ${body} ${this.renderAnnouncer()}`;
  }
}
