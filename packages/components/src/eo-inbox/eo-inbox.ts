// Over 400 lines because the element class is the documented public surface (the JSDoc the manifest is
// generated from, properties, methods, events) plus the wiring of its parts: data in controller.ts,
// rows in items.ts, bulk actions in actions.ts, keys in keyboard.ts, drawing in view.ts.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import '../eo-priority-badge/define.js';
import { today } from '../shared/dates.js';
import { dateEntryOf, emptyDateEntry, type DateEntry } from '../shared/date-input.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import type { LocalizedText } from '../shared/localized-text.js';
import { runAction, type ActionInput, type ActionOutcome } from './actions.js';
import { InboxController, type InboxLiveChange } from './controller.js';
import { compareItems, matchesQuery } from './items.js';
import { gridKeyAction } from './keyboard.js';
import { inboxStyles } from './styles.js';
import type {
  InboxAction,
  InboxActionDetail,
  InboxActionResult,
  InboxClient,
  InboxCounts,
  InboxErrorDetail,
  InboxFolder,
  InboxItem,
  InboxKind,
  InboxLoadedDetail,
  InboxQuery,
  InboxSort,
  InboxSortKey,
  InboxState,
  SelectionChangeDetail,
} from './types.js';
import { COLUMNS, renderGrid } from './grid-view.js';
import {
  folderLabel,
  renderBulkBar,
  renderFilters,
  renderFolders,
  renderStatus,
  type InboxViewContext,
} from './view.js';

/** Row height assumed before the first row is measured, in CSS pixels. */
const ESTIMATED_ROW = 52;
/** Rows drawn beyond each edge of the visible window. */
const OVERSCAN = 8;

interface SendDialogLike extends HTMLElement {
  fileId: string | undefined;
  fileNumber: string | undefined;
  client: unknown;
  show(): Promise<unknown>;
  cancel(): void;
}

/**
 * The signed-in officer's files (नस्ती) and receipts (आवती) by folder, as e-Office keeps them: inbox
 * (unopened in bold), created, sent (with pull back while the recipient has not opened it), parked and
 * closed, with counts. Columns: number, subject as written, from (marking and name), received on, days
 * pending, due date and priority; overdue and most-immediate rows are marked in words and shape, not by
 * colour alone. Search, filters and sort are done by the server page by page; the list is windowed, so
 * thousands of rows stay quick.
 *
 * Keyboard: the list is a grid with one tab stop — Up/Down, Page Up/Down, Home/End move between rows,
 * Left/Right between cells, Enter opens, Space selects, Ctrl+A selects all. Selected rows can be acted
 * on together: receipts sent together through `<eo-send-dialog>`, files parked, items closed or pulled
 * back, with one result line per item.
 *
 * Server mode (the default): set `.client` (or `configure()` a page-wide client); new items arrive live
 * from the event stream and are announced politely, and an item someone else moves away leaves the
 * list. Plain-data mode: set `.items` (and optionally `.counts`); search, filters and sort then apply to
 * those items here.
 *
 * @fires eo-item-open - A row was opened (Enter, click). `detail: { type, id, number, item }`; the portal shows its own page (reading the item marks it opened). Cancelable: `preventDefault()` keeps the row unopened (bold).
 * @fires eo-selection-change - The selection changed. `detail: { items }`.
 * @fires eo-inbox-loaded - Server mode loaded the first page of a folder. `detail: { items, query }`.
 * @fires eo-inbox-error - Loading failed. `detail: { error, state }` (`forbidden`, `offline`, `error`, `not-found`).
 * @fires eo-inbox-action - A bulk action finished. `detail: { action, results }`, one result per item.
 * @fires eo-inbox-query-change - Folder, filters or sort changed. `detail: { query }`.
 *
 * @csspart folders - The folder list.
 * @csspart folder - One folder button (the current one has `aria-current="page"`).
 * @csspart filters - The search and filter form.
 * @csspart input - Every text, date and select input.
 * @csspart button - Every button.
 * @csspart bulk-bar - The actions on the selected rows.
 * @csspart results - The result lines of the last bulk action.
 * @csspart error - A message about a bulk action that could not start.
 * @csspart grid - The grid.
 * @csspart sort-button - A column header's sort button.
 * @csspart viewport - The scrolling box of the rows.
 * @csspart row - One row; also `selected`, `unread` and `overdue` when they apply.
 * @csspart status - Loading, empty and error messages.
 * @csspart announcer - The polite live region (arrivals, results).
 *
 * @cssprop --eo-inbox-bg - Background.
 * @cssprop --eo-inbox-fg - Text colour.
 * @cssprop --eo-inbox-muted - Secondary text.
 * @cssprop --eo-inbox-border - Lines between rows.
 * @cssprop --eo-inbox-accent - Buttons and the current folder.
 * @cssprop --eo-inbox-selected-bg - Background of a selected row.
 * @cssprop --eo-inbox-overdue-fg - Overdue text and failed results.
 * @cssprop --eo-inbox-focus - Focus ring colour.
 * @cssprop --eo-inbox-row-block-size - Height of each row.
 * @cssprop --eo-inbox-max-block-size - Height of the scrolling list.
 * @cssprop --eo-inbox-columns - `grid-template-columns` of the eight columns.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-color-* - Global colour tokens, set by a theme class on an ancestor; the element's own properties above override them.
 */
export class EoInbox extends EoElement {
  static override styles = [baseStyles, inboxStyles];

  /** Rows to show (plain-data mode). When set, nothing is fetched. */
  @property({ attribute: false }) items: InboxItem[] | undefined;

  /**
   * Counts beside the folders, and `inboxUnread`. In server mode the client's `folders.counts()` replaces
   * them when it has it.
   */
  @property({ attribute: false }) counts: InboxCounts = {};

  /** SDK client for server mode and bulk actions; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: InboxClient | undefined;

  /** The folder shown: `inbox`, `created`, `sent`, `parked` or `closed`. */
  @property({ reflect: true }) folder: InboxFolder = 'inbox';

  /** `all` (files and receipts), `files` or `receipts`. */
  @property({ reflect: true }) kind: InboxKind = 'all';

  /** Sort: a column (`movedAt`, `number`, `subject`, `dueDate`, `priority`), `-` first for descending. */
  @property() sort: InboxSort = '-movedAt';

  /** Forces a state in plain-data mode (`loading`, `empty`, `forbidden`, `offline`, `error`). */
  @property() state: InboxState | undefined;

  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  @property() digits: 'latn' | 'deva' = 'latn';

  /** IANA time zone for dates, days pending and overdue. */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  /** The instant "today" is measured against; now when unset. */
  @property({ attribute: false }) now: Date | undefined;

  @state() private filters: Omit<InboxQuery, 'folder' | 'kind' | 'sort'> = {};
  /** The received-on range as typed (day-month-year); the filters hold the dates they mean. */
  @state() private dates: { from: DateEntry; to: DateEntry } = { from: emptyDateEntry, to: emptyDateEntry };
  @state() private selectedIds: ReadonlySet<string> = new Set();
  @state() private active = { row: 0, column: 1 };
  @state() private listScroll = 0;
  @state() private viewportSize = 512;
  @state() private rowSize = ESTIMATED_ROW;
  @state() private busy: InboxAction | undefined;
  @state() private results: ActionOutcome[] = [];
  @state() private remarks = '';
  @state() private actionError: LocalizedText | undefined;
  @state() private sendDialog = false;

  readonly #controller = new InboxController(this, {
    loaded: (items, query) => {
      this.emit('eo-inbox-loaded', { items, query });
      const count = items.length;
      const folder = this.folder;
      this.announce(() => msg(str`${count} items in ${folderLabel(folder)}.`, { desc: 'Inbox loaded' }));
    },
    failed: (error, state) => this.emit('eo-inbox-error', { error, state }),
    live: (change) => this.#announceLive(change),
  });
  #shown: InboxItem[] = [];
  #resizeObserver: ResizeObserver | undefined;

  /** The query shown now: folder, kind, sort and the filters typed in the form. */
  get query(): InboxQuery {
    return { ...this.filters, folder: this.folder, kind: this.kind, sort: this.sort };
  }

  /** True while rows come from the server (no `.items`). */
  get serverMode(): boolean {
    return this.items === undefined;
  }

  /** The state shown now. */
  get currentState(): InboxState {
    if (this.serverMode) return this.#controller.state;
    if (this.state) return this.state;
    return this.#shown.length > 0 ? 'ready' : 'empty';
  }

  /** The rows in order (loaded so far, in server mode). */
  get shownItems(): readonly InboxItem[] {
    return this.#shown;
  }

  /** The selected rows. */
  get selectedItems(): InboxItem[] {
    return this.#shown.filter((item) => this.selectedIds.has(item.id));
  }

  /** Sets the search and filters (as the form does) and reloads. */
  setFilters(filters: Omit<InboxQuery, 'folder' | 'kind' | 'sort'>): void {
    this.filters = { ...filters };
    this.dates = { from: dateEntryOf(filters.from, this.digits), to: dateEntryOf(filters.to, this.digits) };
  }

  /** Loads the folder again (server mode). */
  async refresh(): Promise<void> {
    if (this.serverMode) await this.#controller.load(this.query, this.resolveClient(this.client));
  }

  /** Loads the next page, if there is one (server mode; scrolling near the end does it by itself). */
  loadMore(): Promise<void> {
    return this.#controller.loadMore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const queryChanged =
      changed.has('folder') ||
      changed.has('kind') ||
      changed.has('sort') ||
      (changed as Map<PropertyKey, unknown>).has('filters');
    if (queryChanged && this.hasUpdated) {
      this.emit('eo-inbox-query-change', { query: this.query });
      this.#resetView();
    }
    if (this.serverMode && (queryChanged || changed.has('client') || changed.has('items'))) {
      void this.#controller.load(this.query, this.resolveClient(this.client));
    } else if (!this.serverMode && changed.has('items') && this.#controller.active) {
      this.#controller.clear();
    }
    if (this.serverMode) this.#shown = this.#controller.items;
    else {
      const day = today(this.timeZone, this.now);
      const query = this.query;
      this.#shown = (this.items ?? [])
        .filter((item) => matchesQuery(item, query, day))
        .sort((a, b) => compareItems(a, b, query.sort));
    }
    if (this.active.row >= 0 && this.active.row >= this.#shown.length)
      this.active = { ...this.active, row: Math.max(0, this.#shown.length - 1) };
  }

  protected override updated(): void {
    const viewport = this.#viewport;
    if (!viewport) return;
    if (!this.#resizeObserver) {
      this.#resizeObserver = new ResizeObserver(() => {
        const v = this.#viewport;
        if (v && v.clientHeight > 0 && v.clientHeight !== this.viewportSize)
          this.viewportSize = v.clientHeight;
      });
    }
    this.#resizeObserver.observe(viewport);
    const row = viewport.querySelector<HTMLElement>('.row');
    const measured = row?.offsetHeight ?? 0;
    if (measured > 0 && Math.abs(measured - this.rowSize) > 0.5) this.rowSize = measured;
    if (viewport.clientHeight > 0 && viewport.clientHeight !== this.viewportSize)
      this.viewportSize = viewport.clientHeight;
    if (this.serverMode && this.#controller.hasMore && this.#window.last >= this.#shown.length - OVERSCAN)
      void this.#controller.loadMore();
  }

  get #viewport(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.viewport') ?? null;
  }

  get #window(): { first: number; last: number } {
    const first = Math.max(0, Math.floor(this.listScroll / this.rowSize) - OVERSCAN);
    const last = Math.min(
      this.#shown.length,
      first + Math.ceil(this.viewportSize / this.rowSize) + 2 * OVERSCAN,
    );
    return { first, last };
  }

  #resetView(): void {
    // Sorting from a column header keeps the focus there.
    if (this.active.row >= 0) this.active = { row: 0, column: 1 };
    this.listScroll = 0;
    const viewport = this.#viewport;
    if (viewport) viewport.scrollTop = 0;
    if (this.selectedIds.size > 0) this.#select(new Set());
  }

  #select(ids: ReadonlySet<string>): void {
    this.selectedIds = ids;
    this.emit('eo-selection-change', { items: this.#shown.filter((item) => ids.has(item.id)) });
  }

  #toggle(item: InboxItem): void {
    const next = new Set(this.selectedIds);
    if (next.has(item.id)) next.delete(item.id);
    else next.add(item.id);
    this.#select(next);
  }

  #open(item: InboxItem): void {
    // The portal opens the item (which marks it read on the server); the row stops being bold at once.
    if (
      !this.emit(
        'eo-item-open',
        { type: item.type, id: item.id, number: item.number, item },
        { cancelable: true },
      ) ||
      !item.unread
    )
      return;
    if (this.serverMode) this.#controller.markOpened(item.id);
    else this.items = (this.items ?? []).map((i) => (i.id === item.id ? { ...i, unread: false } : i));
  }

  /** Moves the roving focus to a cell, scrolling its row into view. */
  async focusCell(row: number, column = this.active.column): Promise<void> {
    this.active = { row, column };
    const viewport = this.#viewport;
    if (row < 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`.head [data-column="${column}"][tabindex="0"]`)?.focus();
      return;
    }
    if (viewport) {
      const top = row * this.rowSize;
      if (top < viewport.scrollTop) viewport.scrollTop = top;
      else if (top + this.rowSize > viewport.scrollTop + viewport.clientHeight)
        viewport.scrollTop = top + this.rowSize - viewport.clientHeight;
      this.listScroll = viewport.scrollTop;
    }
    await this.updateComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`.row[data-index="${row}"] [data-column="${column}"]`)
      ?.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.viewportSize / this.rowSize) - 1);
    const action = gridKeyAction(event, this.active, {
      rows: this.#shown.length,
      columns: COLUMNS.length,
      page,
    });
    if (!action) return;
    event.preventDefault();
    const item = this.#shown[this.active.row];
    if ('row' in action) void this.focusCell(action.row, action.column);
    else if ('open' in action) {
      if (item) this.#open(item);
    } else if ('toggle' in action) {
      if (item) this.#toggle(item);
    } else this.#select(new Set(this.#shown.map((i) => i.id)));
  }

  #rowOf(event: Event): { item: InboxItem; index: number; column: number } | undefined {
    const target = event.target as HTMLElement;
    const row = target.closest?.('.row[data-index]') as HTMLElement | null;
    const index = Number(row?.dataset['index']);
    const item = this.#shown[index];
    const column = Number((target.closest('[data-column]') as HTMLElement | null)?.dataset['column'] ?? 1);
    return item ? { item, index, column } : undefined;
  }

  #onFocusIn(event: FocusEvent): void {
    const header = (event.target as HTMLElement).closest?.('.head [data-column]') as HTMLElement | null;
    if (header) {
      this.active = { row: -1, column: Number(header.dataset['column']) };
      return;
    }
    const hit = this.#rowOf(event);
    if (hit && (hit.index !== this.active.row || hit.column !== this.active.column))
      this.active = { row: hit.index, column: hit.column };
  }

  #onClick(event: MouseEvent): void {
    const hit = this.#rowOf(event);
    if (!hit) return;
    if (hit.column === 0) {
      // The checkbox keeps its own state in step with the selection through `.checked`.
      this.#toggle(hit.item);
      return;
    }
    this.#open(hit.item);
  }

  #onFilters(event: Event): void {
    const form =
      (event.currentTarget as HTMLFormElement | null) ?? (event.target as HTMLElement).closest('form');
    if (!form) return;
    // Typing in the search box waits for Enter; every other control applies at once.
    if (event.type === 'change' && (event.target as HTMLInputElement).name === 'q') return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const kind = text('kind') as InboxKind | undefined;
    if (kind && kind !== this.kind) this.kind = kind;
    this.filters = {
      q: text('q'),
      priority: text('priority') as InboxQuery['priority'],
      overdue: data.get('overdue') ? true : undefined,
      from: this.dates.from.value,
      to: this.dates.to.value,
      category: text('category'),
    };
  }

  #onSort(key: InboxSortKey): void {
    this.sort = this.sort === key ? (`-${key}` as InboxSort) : key;
  }

  async #onAction(action: InboxAction): Promise<void> {
    const items = this.selectedItems;
    const client = this.resolveClient(this.client);
    this.actionError = undefined;
    if (!client) {
      this.actionError = () =>
        msg('No connection to e-Office is set up on this page.', { desc: 'No SDK client configured' });
      return;
    }
    const input: ActionInput = {};
    if ((action === 'park' || action === 'close') && !this.remarks.trim()) {
      this.actionError = () =>
        msg('Write remarks to park or close.', { desc: 'Bulk action: remarks missing' });
      return;
    }
    input.remarks = this.remarks;
    if (action === 'send') {
      const request = await this.#askRecipient(items, client);
      if (!request) return;
      input.send = request;
    }
    this.busy = action;
    try {
      const results = await runAction(client, action, items, input);
      this.#finish(action, results);
    } finally {
      this.busy = undefined;
    }
  }

  /** Opens `<eo-send-dialog>` (loaded on first use) and returns what the user chose, or null. */
  async #askRecipient(items: InboxItem[], client: InboxClient): Promise<ActionInput['send'] | null> {
    await import('../eo-send-dialog/define.js');
    this.sendDialog = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('eo-send-dialog') as SendDialogLike | null;
    const first = items[0];
    if (!dialog || !first) return null;
    dialog.client = client;
    dialog.fileId = first.id;
    dialog.fileNumber = items.map((i) => i.number).join(', ');
    let chosen: ActionInput['send'] | null = null;
    const onBeforeSend = (event: Event) => {
      // The inbox sends the receipts together itself; the dialog only chooses recipients and remarks.
      event.preventDefault();
      event.stopPropagation();
      const { request } = (event as CustomEvent<{ request: NonNullable<ActionInput['send']> }>).detail;
      chosen = request;
      dialog.cancel();
    };
    const quiet = (event: Event) => event.stopPropagation();
    dialog.addEventListener('eo-before-send', onBeforeSend);
    dialog.addEventListener('eo-send-cancel', quiet);
    try {
      await dialog.show();
    } finally {
      dialog.removeEventListener('eo-before-send', onBeforeSend);
      dialog.removeEventListener('eo-send-cancel', quiet);
    }
    return chosen;
  }

  #finish(action: InboxAction, results: ActionOutcome[]): void {
    this.results = results;
    const done = new Set(results.filter((r) => r.ok).map((r) => r.id));
    const failed = results.length - done.size;
    if (done.size > 0) {
      if (this.serverMode) {
        this.#controller.remove(done);
        void this.#controller.recount();
      } else this.items = (this.items ?? []).filter((i) => !done.has(i.id));
      this.remarks = '';
    }
    this.#select(new Set([...this.selectedIds].filter((id) => !done.has(id))));
    const ok = done.size;
    this.announce(
      failed > 0
        ? () => msg(str`${ok} done, ${failed} failed.`, { desc: 'Bulk action summary with failures' })
        : () => msg(str`${ok} done.`, { desc: 'Bulk action summary' }),
      failed > 0 ? 'assertive' : 'polite',
    );
    this.emit('eo-inbox-action', {
      action,
      results: results.map(({ reason: _reason, ...result }): InboxActionResult => result),
    });
  }

  #announceLive(change: InboxLiveChange): void {
    const { item } = change;
    const { number, from } = item;
    // Worded when the live region renders: the sender's name in the language in force then.
    if (change.kind === 'arrived') {
      this.announce(() => {
        const sender = from ? `${from.name[currentLocale()]} (${from.markingAbbreviation})` : '';
        return msg(str`New: ${number} from ${sender}.`, { desc: 'Live: an item arrived in the inbox' });
      });
    } else {
      this.announce(() =>
        msg(str`${number} has moved out of this folder.`, { desc: 'Live: an item left the list' }),
      );
    }
  }

  override render() {
    const state = this.currentState;
    const { first, last } = this.#window;
    const ctx: InboxViewContext = {
      query: this.query,
      state,
      items: this.#shown,
      hasMore: this.serverMode && this.#controller.hasMore,
      counts: (this.serverMode ? this.#controller.counts : undefined) ?? this.counts,
      selected: this.selectedIds,
      active: this.active,
      first,
      last,
      rowSize: this.rowSize,
      today: today(this.timeZone, this.now),
      digits: this.digits,
      timeZone: this.timeZone,
      now: this.now,
      live: this.serverMode && this.#controller.live,
      busy: this.busy,
      results: this.results,
      remarks: this.remarks,
      actionError: this.actionError,
      dates: this.dates,
      on: this.#handlers,
    };
    return html`${renderFolders(ctx)} ${renderFilters(ctx)} ${renderBulkBar(ctx)}
    ${state === 'ready' ? renderGrid(ctx) : renderStatus(ctx)}
    ${this.sendDialog ? html`<eo-send-dialog></eo-send-dialog>` : nothing} ${this.renderAnnouncer()}`;
  }

  readonly #handlers: InboxViewContext['on'] = {
    folder: (folder) => {
      this.folder = folder;
    },
    filters: (event) => this.#onFilters(event),
    date: (name, entry) => {
      this.dates = { ...this.dates, [name]: entry };
    },
    sort: (key) => this.#onSort(key),
    keydown: (event) => this.#onKeydown(event),
    focusIn: (event) => this.#onFocusIn(event),
    click: (event) => this.#onClick(event),
    dblclick: () => undefined,
    scroll: (event) => {
      this.listScroll = (event.currentTarget as HTMLElement).scrollTop;
    },
    action: (action) => void this.#onAction(action),
    remarks: (event) => {
      this.remarks = (event.target as HTMLInputElement).value;
    },
    clearSelection: () => this.#select(new Set()),
    retry: () => {
      if (this.serverMode) void this.refresh();
      else this.emit('eo-inbox-retry', null);
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-inbox': EoInbox;
  }
  interface HTMLElementEventMap {
    'eo-selection-change': CustomEvent<SelectionChangeDetail>;
    'eo-inbox-loaded': CustomEvent<InboxLoadedDetail>;
    'eo-inbox-error': CustomEvent<InboxErrorDetail>;
    'eo-inbox-action': CustomEvent<InboxActionDetail>;
    'eo-inbox-query-change': CustomEvent<{ query: InboxQuery }>;
    'eo-inbox-retry': CustomEvent<null>;
  }
}
