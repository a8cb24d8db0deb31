import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorKind } from '../shared/error-kind.js';
import type { ItemsQuery, PendencyReview, PendingItem, ReportClient, ReportState } from './types.js';

/** Items fetched per page of the drill-down list: the component never asks for every item at once. */
export const ITEMS_PAGE = 50;

export interface ReportControllerCallbacks {
  loaded(review: PendencyReview): void;
  failed(error: unknown, state: ReportState): void;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Fetches what `<eo-pendency-report>` shows in server mode: a unit's review (the server aggregates;
 * a few hundred rows at most) and the drill-down list of pending items a page at a time. A new request
 * cancels the one before it; everything stops when the host disconnects.
 */
export class ReportController implements ReactiveController {
  state: ReportState = 'loading';
  review: PendencyReview | undefined;
  items: PendingItem[] = [];
  itemsTotal = 0;
  itemsState: ReportState = 'ready';
  #cursor: string | null = null;
  #query: ItemsQuery | undefined;
  #abort: AbortController | undefined;
  #itemsAbort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ReportControllerCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#itemsAbort?.abort();
  }

  get hasMore(): boolean {
    return this.#cursor !== null;
  }

  async loadReview(
    client: ReportClient,
    query: { unitId?: string; period: 'week' | 'month'; periods: number },
  ): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const review = await client.reports.review(
        { ...(query.unitId ? { unitId: query.unitId } : {}), period: query.period, periods: query.periods },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.review = review;
      this.state = 'ready';
      this.callbacks.loaded(review);
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      this.state = errorKind(error);
      this.callbacks.failed(error, this.state);
    }
    this.host.requestUpdate();
  }

  /** The first page of `query`'s items, or the next page of the current list when `query` is omitted. */
  async loadItems(client: ReportClient, query?: ItemsQuery): Promise<void> {
    if (query) {
      this.#query = query;
      this.#cursor = null;
      this.items = [];
      this.itemsTotal = 0;
    }
    const current = this.#query;
    if (!current) return;
    this.#itemsAbort?.abort();
    const abort = (this.#itemsAbort = new AbortController());
    this.itemsState = 'loading';
    this.host.requestUpdate();
    try {
      const page = await client.reports.pendingItemsPage(
        {
          ...(current.postId ? { postId: current.postId } : current.unitId ? { unitId: current.unitId } : {}),
          ...(current.bucket ? { bucket: current.bucket } : {}),
          ...(current.overdue ? { overdue: true } : {}),
          limit: ITEMS_PAGE,
          ...(this.#cursor ? { cursor: this.#cursor } : {}),
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.items = [...this.items, ...page.items];
      this.itemsTotal = page.total;
      this.#cursor = page.nextCursor;
      this.itemsState = this.items.length > 0 ? 'ready' : 'empty';
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      this.itemsState = errorKind(error);
      this.callbacks.failed(error, this.itemsState);
    }
    this.host.requestUpdate();
  }
}
