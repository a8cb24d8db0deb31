import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Schemas, StreamEvent } from '@eoffice/sdk';
import { today } from '../shared/dates.js';
import { errorKind } from '../shared/error-kind.js';
import { currentLocale } from '../shared/localization.js';
import { compareItems, matchesQuery, toInboxItem } from './items.js';
import type { InboxClient, InboxCounts, InboxItem, InboxQuery, InboxState } from './types.js';

/** Movements that bring an item into its recipient's inbox. */
const ENTER_INBOX = new Set(['send', 'copy', 'return', 'pull_back', 'activate', 'reopen']);
/** Movements by the holder that take an item out of the inbox (to the parked or closed folder, or a file). */
const LEAVE_INBOX = new Set(['park', 'close', 'put_in_file']);

/** Items per request: the contract's largest page. */
export const PAGE_SIZE = 100;

type ItemType = 'file' | 'receipt';
type Value = Schemas['File'] | Schemas['Receipt'];
type Pages = AsyncGenerator<{ items: Value[]; nextCursor: string | null }, void, undefined>;

/** One list the inbox reads (files or receipts): its pages, what arrived so far, and whether it ended. */
interface Source {
  type: ItemType;
  pages: Pages;
  items: InboxItem[];
  done: boolean;
}

/** A live change the element announces. */
export type InboxLiveChange = { kind: 'arrived'; item: InboxItem } | { kind: 'left'; item: InboxItem };

export interface InboxControllerCallbacks {
  loaded(items: InboxItem[], query: InboxQuery): void;
  failed(error: unknown, state: InboxState): void;
  live(change: InboxLiveChange): void;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** The query parameters of `listFiles` / `listReceipts` for an inbox query. */
export function serverQuery(query: InboxQuery): Record<string, unknown> {
  const params: Record<string, unknown> = {
    folder: query.folder,
    sort: query.sort,
    limit: PAGE_SIZE,
  };
  if (query.q) params['q'] = query.q;
  if (query.priority) params['priority'] = query.priority;
  if (query.overdue !== undefined) params['overdue'] = query.overdue;
  if (query.from || query.to) params['dateField'] = 'movedAt';
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.category) params['category'] = query.category;
  return params;
}

/**
 * Reads a folder for `<eo-inbox>` in server mode: files and receipts page by page (the server filters
 * and sorts; both lists are merged in the same order, showing an item only once every list that
 * continues has passed it), and keeps the folder current from the event stream. Every request and the
 * subscription stop when the host disconnects or the query changes.
 */
export class InboxController implements ReactiveController {
  state: InboxState = 'loading';
  /** The rows that can be shown in order now. */
  items: InboxItem[] = [];
  error: unknown;
  /** Whether the event stream is connected. */
  live = false;
  /** Whether more pages may follow. */
  hasMore = false;
  /** Counts per folder from the server, for the kind shown (undefined when the client cannot count). */
  counts: InboxCounts | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: InboxControllerCallbacks;
  #client: InboxClient | undefined;
  #query: InboxQuery | undefined;
  #sources: Source[] = [];
  #request: AbortController | undefined;
  #subscription: AbortController | undefined;
  #loadingMore: Promise<void> | undefined;
  #myPosts: Set<string> | undefined;

  constructor(host: ReactiveControllerHost, callbacks: InboxControllerCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  get active(): boolean {
    return this.#query !== undefined;
  }

  hostConnected(): void {
    if (this.#query && !this.#request) void this.reload();
  }

  hostDisconnected(): void {
    this.stop();
  }

  stop(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#subscription?.abort();
    this.#subscription = undefined;
    this.live = false;
  }

  /** Back to plain-data mode. */
  clear(): void {
    this.stop();
    this.#query = undefined;
    this.#client = undefined;
    this.items = [];
    this.#sources = [];
  }

  reload(): Promise<void> {
    return this.#query ? this.load(this.#query, this.#client) : Promise.resolve();
  }

  /** Loads the first page of `query`, replacing what was shown, and follows the event stream. */
  async load(query: InboxQuery, client: InboxClient | undefined): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const { signal } = request;
    const resubscribe = client !== this.#client || !this.#subscription;
    if (client !== this.#client) this.#myPosts = undefined;
    this.#query = query;
    this.#client = client;
    this.state = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      if (!client) throw new Error('No e-Office client: set the `client` property or call configure().');
      const types: ItemType[] = [];
      if (query.kind !== 'receipts') types.push('file');
      // Receipts are never parked.
      if (query.kind !== 'files' && query.folder !== 'parked') types.push('receipt');
      const params = serverQuery(query);
      this.#sources = types.map((type) => ({
        type,
        pages: (type === 'file' ? client.files : client.receipts).list(params, { signal }).pages() as Pages,
        items: [],
        done: false,
      }));
      await Promise.all(this.#sources.map((source) => this.#next(source)));
      if (signal.aborted) return;
      this.#merge();
      this.state = this.items.length > 0 ? 'ready' : 'empty';
      this.#callbacks.loaded(this.items, query);
      void this.recount();
      if (resubscribe) {
        this.#subscription?.abort();
        void this.#subscribe(client);
      }
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.error = error;
      this.state = errorKind(error);
      this.items = [];
      this.hasMore = false;
      this.#callbacks.failed(error, this.state);
    } finally {
      if (this.#request === request) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Fetches the next page of the list that holds the merge back; resolves when more rows can show. */
  loadMore(): Promise<void> {
    if (!this.hasMore || this.#loadingMore) return this.#loadingMore ?? Promise.resolve();
    const signal = this.#request?.signal;
    this.#loadingMore = (async () => {
      try {
        const before = this.items.length;
        while (this.hasMore && this.items.length === before && !signal?.aborted) {
          const behind = this.#behind();
          if (!behind) break;
          await this.#next(behind);
          this.#merge();
        }
      } catch (error) {
        if (!isAbort(error)) {
          this.error = error;
          this.#callbacks.failed(error, errorKind(error));
        }
        this.hasMore = false;
      } finally {
        this.#loadingMore = undefined;
        this.#host.requestUpdate();
      }
    })();
    return this.#loadingMore;
  }

  /** Asks the server for the folder counts again (after a load, an action or a live change). */
  async recount(): Promise<void> {
    const client = this.#client;
    const query = this.#query;
    if (!client?.folders || !query) return;
    try {
      const { files, receipts } = await client.folders.counts({}, { signal: this.#request?.signal });
      const pick = (f: number, r: number) =>
        query.kind === 'files' ? f : query.kind === 'receipts' ? r : f + r;
      this.counts = {
        inbox: pick(files.inbox, receipts.inbox),
        inboxUnread: pick(files.inboxUnread, receipts.inboxUnread),
        created: pick(files.created, receipts.created),
        sent: pick(files.sent, receipts.sent),
        parked: pick(files.parked, 0),
        closed: pick(files.closed, receipts.closed),
      };
      this.#host.requestUpdate();
    } catch (error) {
      // Counts are a help, not the list: the folder stays usable without them.
      if (!isAbort(error)) console.warn('@eoffice/components: folder counts not loaded', error);
    }
  }

  /** Shows a row as opened (the portal read it), and one fewer unopened in the inbox's count. */
  markOpened(id: string): void {
    const shown = this.#find(id);
    if (!shown?.unread) return;
    this.#update(id, (item) => ({ ...item, unread: false }));
    if (this.#query?.folder === 'inbox' && this.counts?.inboxUnread)
      this.counts = { ...this.counts, inboxUnread: this.counts.inboxUnread - 1 };
  }

  /** Takes rows out of the list (after an action moved them away). */
  remove(ids: ReadonlySet<string>): void {
    for (const source of this.#sources) source.items = source.items.filter((i) => !ids.has(i.id));
    this.#merge();
    if (this.items.length === 0 && !this.hasMore) this.state = 'empty';
    this.#host.requestUpdate();
  }

  async #next(source: Source): Promise<void> {
    const result = await source.pages.next();
    if (result.done) {
      source.done = true;
      return;
    }
    const locale = currentLocale();
    // A live arrival may already be here when its page comes.
    const known = new Set(source.items.map((i) => i.id));
    for (const value of result.value.items)
      if (!known.has(value.id)) source.items.push(toInboxItem(value, source.type, locale));
    if (result.value.nextCursor === null) source.done = true;
  }

  /** The unfinished list whose last row comes first: nothing after it can show until it has more. */
  #behind(): Source | undefined {
    const sort = this.#query?.sort ?? '-movedAt';
    let behind: Source | undefined;
    for (const source of this.#sources) {
      if (source.done) continue;
      const last = source.items.at(-1);
      if (!last) return source;
      const current = behind?.items.at(-1);
      if (!current || compareItems(last, current, sort) < 0) behind = source;
    }
    return behind;
  }

  #merge(): void {
    const sort = this.#query?.sort ?? '-movedAt';
    const all = this.#sources.flatMap((s) => s.items).sort((a, b) => compareItems(a, b, sort));
    const limit = this.#behind()?.items.at(-1);
    this.items = limit ? all.filter((item) => compareItems(item, limit, sort) <= 0) : all;
    this.hasMore = this.#sources.some((s) => !s.done);
  }

  async #subscribe(client: InboxClient): Promise<void> {
    if (!client.events) return;
    const subscription = new AbortController();
    this.#subscription = subscription;
    const { signal } = subscription;
    try {
      if (client.auth && !this.#myPosts) {
        const me = await client.auth.me({ signal });
        // Posts held substantively and on charge: a file marked to either arrives in the inbox.
        this.#myPosts = new Set([
          ...me.posts.map((p) => p.id),
          ...(me.delegations ?? []).map((d) => d.post.id),
        ]);
      }
      const events = client.events.subscribe({
        types: ['movement.created', 'movement.opened', 'stream.reset'],
        signal,
      });
      this.live = true;
      this.#host.requestUpdate();
      for await (const event of events) {
        if (signal.aborted) break;
        if (event.type === 'stream.reset') {
          this.#subscription = undefined;
          void this.reload();
          return;
        }
        await this.#apply(client, event, signal);
      }
    } catch (error) {
      if (!signal.aborted && !isAbort(error))
        console.warn('@eoffice/components: live updates stopped', error);
    } finally {
      if (this.#subscription === subscription) {
        this.live = false;
        this.#host.requestUpdate();
      }
    }
  }

  async #apply(client: InboxClient, event: StreamEvent, signal: AbortSignal): Promise<void> {
    const query = this.#query;
    if (!query) return;
    if (event.type === 'movement.opened') {
      this.#update(event.item.id, (item) => ({ ...item, unread: false }));
      void this.recount();
      return;
    }
    if (event.type !== 'movement.created') return;
    const movement = event.movement;
    const itemId = movement.item.id;
    const shown = this.#find(itemId);
    const toMe = movement.to !== null && (this.#myPosts?.has(movement.to.id) ?? false);
    if (shown) {
      // Moved away from the inbox by anyone (sent on, pulled back by its sender), or pulled back out
      // of the sent folder: it leaves the list.
      const left =
        movement.kind === 'main' &&
        ((query.folder === 'inbox' && (!toMe || LEAVE_INBOX.has(movement.action))) ||
          (query.folder === 'sent' && movement.action === 'pull_back'));
      if (left) {
        this.remove(new Set([itemId]));
        this.#callbacks.live({ kind: 'left', item: shown });
        void this.recount();
      }
      return;
    }
    if (query.folder !== 'inbox' || !toMe || !ENTER_INBOX.has(movement.action)) return;
    const type = movement.item.type;
    const source = this.#sources.find((s) => s.type === type);
    if (!source) return;
    const reader = type === 'file' ? client.files : client.receipts;
    const value = await reader.get(itemId, { markRead: false }, { signal });
    if (signal.aborted || this.#find(itemId)) return;
    const item = toInboxItem(value, type, currentLocale());
    // The server filtered the list; a live arrival is checked against the same filters here.
    if (!matchesQuery(item, query, today())) return;
    source.items.push(item);
    source.items.sort((a, b) => compareItems(a, b, query.sort));
    this.#merge();
    this.state = 'ready';
    this.#host.requestUpdate();
    this.#callbacks.live({ kind: 'arrived', item });
    void this.recount();
  }

  #find(id: string): InboxItem | undefined {
    for (const source of this.#sources) {
      const found = source.items.find((i) => i.id === id);
      if (found) return found;
    }
    return undefined;
  }

  #update(id: string, change: (item: InboxItem) => InboxItem): void {
    for (const source of this.#sources) {
      const index = source.items.findIndex((i) => i.id === id);
      if (index >= 0) {
        source.items = source.items.with(index, change(source.items[index] as InboxItem));
        this.#merge();
        this.#host.requestUpdate();
      }
    }
  }
}
