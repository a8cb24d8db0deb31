import type { CoreContext } from './client.js';
import type { EOfficeError } from './errors.js';
import type { components } from './generated/schema.js';
import { parseEventStream } from './sse.js';

export type StreamEvent = components['schemas']['StreamEvent'];
export type EventName = components['schemas']['EventName'];

export interface SubscribeOptions {
  /** Only these event types (all when absent). */
  types?: EventName[];
  /** Resume after this event id (a stored Last-Event-ID). */
  lastEventId?: string;
  /** Stops the subscription; the iterator then ends without error. */
  signal?: AbortSignal;
  /** First reconnect delay in ms (the server's `retry:` overrides it); doubles up to 30 s. */
  reconnectDelay?: number;
  /** Called whenever the stream (re)connects or drops, e.g. to show "live" / "reconnecting". */
  onStatusChange?: (status: 'open' | 'reconnecting') => void;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

// This module is loaded on first subscribe, so it tells errors apart by their fields rather than by
// importing the error classes (which would split them into a chunk of their own).
const FATAL_STATUSES = [400, 401, 403, 413, 415, 422];

/** Whether the SDK raised it (an EOfficeError: it carries the request's method and URL). */
function isSdkError(error: unknown): error is EOfficeError {
  return error instanceof Error && 'method' in error && 'url' in error;
}

/** Errors no reconnect can fix (validation, authentication, forbidden): stop and surface them. */
function isFatal(error: unknown): boolean {
  return isSdkError(error) && FATAL_STATUSES.includes(error.status ?? 0);
}

/**
 * The signed-in user's live events (movements and note changes) as an async iterator. Reconnects
 * with back-off after a drop and resumes from the last event id, so no event is missed or repeated.
 * It uses fetch, not EventSource, so the Authorization header (and token refresh) work as usual.
 */
export async function* subscribeEvents(
  core: CoreContext,
  options: SubscribeOptions = {},
): AsyncGenerator<StreamEvent, void, undefined> {
  let lastEventId = options.lastEventId;
  const base = options.reconnectDelay ?? 1000;
  let delay = base;
  const { signal } = options;
  while (!signal?.aborted) {
    try {
      const response = await core.sendAuthorised({
        method: 'GET',
        path: '/events',
        query: { types: options.types },
        headers: lastEventId ? { 'last-event-id': lastEventId } : {},
        accept: 'text/event-stream',
        timeout: false,
        signal,
      });
      if (!response.body) throw new TypeError('event stream has no body');
      options.onStatusChange?.('open');
      delay = base;
      for await (const message of parseEventStream(response.body, (ms) => (delay = ms))) {
        if (message.id) lastEventId = message.id;
        let event: StreamEvent;
        try {
          event = JSON.parse(message.data) as StreamEvent;
        } catch {
          continue; // A malformed frame is skipped, not fatal: the next one may be fine.
        }
        yield event;
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (isFatal(error)) throw error;
      if (!isSdkError(error) && !(error instanceof TypeError)) throw error;
    }
    if (signal?.aborted) return;
    options.onStatusChange?.('reconnecting');
    await sleep(delay, signal);
    delay = Math.min(delay * 2, 30_000);
  }
}
