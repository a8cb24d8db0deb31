import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorKind } from '../shared/error-kind.js';
import {
  toTrackerItem,
  type Movement,
  type PublicTrackingResult,
  type TrackerClient,
  type TrackerItem,
  type TrackerState,
} from './types.js';

/** Where the tracker's data comes from in server mode. */
export type TrackerSource =
  | { kind: 'file'; id: string }
  | { kind: 'receipt'; id: string }
  | { kind: 'public'; number: string; code: string }
  | { kind: 'search'; query: string };

/** A live change to the shown item. */
export type LiveChange = { kind: 'created'; movement: Movement } | { kind: 'opened'; movement: Movement };

export interface TrackerControllerCallbacks {
  loaded(item: TrackerItem | undefined, movements: Movement[]): void;
  failed(error: unknown, state: TrackerState): void;
  live(change: LiveChange): void;
}

/** Upper bound of movements fetched for one item; far beyond any real file. */
export const MAX_MOVEMENTS = 100_000;

/** A search that found nothing: shown as "not found". */
export class NoMatchError extends Error {
  override name = 'NoMatchError';
}

/** The tracker state an error leads to. */
export function stateForError(error: unknown): TrackerState {
  if (error instanceof NoMatchError) return 'not-found';
  return errorKind(error);
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Fetches what `<eo-file-tracker>` shows in server mode — the item and all its movements, a public
 * status, or the result of a number search — and keeps it current from the event stream. Every
 * request and the subscription stop when the host disconnects or the source changes.
 */
export class TrackerController implements ReactiveController {
  state: TrackerState = 'idle';
  item: TrackerItem | undefined;
  movements: Movement[] = [];
  publicResult: PublicTrackingResult | undefined;
  error: unknown;
  /** Whether the live event stream is connected for the shown item. */
  live = false;

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: TrackerControllerCallbacks;
  #source: TrackerSource | undefined;
  #client: TrackerClient | undefined;
  #request: AbortController | undefined;
  #subscription: AbortController | undefined;

  constructor(host: ReactiveControllerHost, callbacks: TrackerControllerCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** The source being shown, if any. */
  get source(): TrackerSource | undefined {
    return this.#source;
  }

  hostConnected(): void {
    // Back in the document after a move: fetch again and resume live updates.
    if (this.#source && this.#client && !this.#request) void this.reload();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Aborts requests in flight and the live subscription. */
  stop(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#subscription?.abort();
    this.#subscription = undefined;
    this.live = false;
  }

  /** Forgets the source and the data (back to plain-data mode). */
  clear(): void {
    this.stop();
    this.#source = undefined;
    this.#client = undefined;
    this.state = 'idle';
    this.item = undefined;
    this.movements = [];
    this.publicResult = undefined;
    this.error = undefined;
    this.#host.requestUpdate();
  }

  /** Loads `source` with `client`, replacing whatever was shown. */
  async load(source: TrackerSource, client: TrackerClient | undefined): Promise<void> {
    this.stop();
    this.#source = source;
    this.#client = client;
    const request = new AbortController();
    this.#request = request;
    const { signal } = request;
    this.state = 'loading';
    this.error = undefined;
    this.#host.requestUpdate();
    try {
      if (!client) throw new Error('No e-Office client: set the `client` property or call configure().');
      if (source.kind === 'public') {
        if (!client.track) throw new Error('This client cannot track publicly.');
        const result = await client.track({ number: source.number, code: source.code }, { signal });
        if (signal.aborted) return;
        this.publicResult = result;
        this.item = { type: result.type, number: result.number };
        this.movements = [];
        this.state = 'ready';
        this.#callbacks.loaded(this.item, this.movements);
        return;
      }
      const target = source.kind === 'search' ? await this.#find(client, source.query, signal) : source;
      if (signal.aborted) return;
      const reader = target.kind === 'file' ? client.files : client.receipts;
      const [value, movements] = await Promise.all([
        reader.get(target.id, { markRead: false }, { signal }),
        // Pages of the contract's largest size: a 1,000-movement history in one request.
        reader.movements(target.id, { limit: 1000 }, { signal }).toArray({ limit: MAX_MOVEMENTS }),
      ]);
      if (signal.aborted) return;
      this.publicResult = undefined;
      this.item = toTrackerItem(value, target.kind);
      this.movements = movements;
      this.state = movements.length > 0 ? 'ready' : 'empty';
      this.#callbacks.loaded(this.item, movements);
      void this.#subscribe(client, target.id);
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.error = error;
      this.state = stateForError(error);
      this.item = undefined;
      this.movements = [];
      this.publicResult = undefined;
      this.#callbacks.failed(error, this.state);
    } finally {
      if (this.#request === request) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Loads the current source again (the refresh and retry buttons). */
  reload(): Promise<void> {
    return this.#source ? this.load(this.#source, this.#client) : Promise.resolve();
  }

  /** A file whose number matches the query exactly, else the first hit; then receipts the same way. */
  async #find(
    client: TrackerClient,
    query: string,
    signal: AbortSignal,
  ): Promise<{ kind: 'file' | 'receipt'; id: string }> {
    const wanted = query.trim().toLocaleLowerCase();
    for (const kind of ['file', 'receipt'] as const) {
      const reader = kind === 'file' ? client.files : client.receipts;
      if (!reader.list) continue;
      const hits = await reader.list({ q: query.trim(), limit: 10 }, { signal }).toArray({ limit: 10 });
      const hit = hits.find((h) => h.number.toLocaleLowerCase() === wanted) ?? hits[0];
      if (hit) return { kind, id: hit.id };
    }
    throw new NoMatchError(`Nothing matches ${query}`);
  }

  async #subscribe(client: TrackerClient, itemId: string): Promise<void> {
    if (!client.events) return;
    const subscription = new AbortController();
    this.#subscription = subscription;
    const { signal } = subscription;
    try {
      const events = client.events.subscribe({
        types: ['movement.created', 'movement.opened', 'stream.reset'],
        signal,
      });
      this.live = true;
      this.#host.requestUpdate();
      for await (const event of events) {
        if (signal.aborted) break;
        if (event.type === 'movement.created' && event.movement.item.id === itemId) {
          this.#apply(event.movement);
          this.#callbacks.live({ kind: 'created', movement: event.movement });
        } else if (event.type === 'movement.opened' && event.item.id === itemId) {
          const index = this.movements.findIndex((m) => m.id === event.movementId);
          const opened = this.movements[index];
          if (!opened) continue;
          const updated = { ...opened, readAt: event.readAt };
          this.movements = this.movements.with(index, updated);
          this.#host.requestUpdate();
          this.#callbacks.live({ kind: 'opened', movement: updated });
        } else if (event.type === 'stream.reset') {
          // Events were lost: what we show may be stale.
          void this.reload();
          return;
        }
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

  #apply(movement: Movement): void {
    if (this.movements.some((m) => m.id === movement.id)) return;
    const moves = movement.kind === 'main' && movement.current;
    const movements = moves
      ? this.movements.map((m) => (m.current ? { ...m, current: false } : m))
      : this.movements.slice();
    movements.push(movement);
    this.movements = movements;
    if (this.item && moves) {
      this.item = {
        ...this.item,
        currentHolder: movement.to ?? this.item.currentHolder ?? null,
        dueDate: movement.dueDate,
        priority: movement.priority,
      };
    }
    this.state = 'ready';
    this.#host.requestUpdate();
  }
}
