import type { CoreContext } from './client.js';
import { AuthenticationError, EOfficeError, ForbiddenError, ValidationError } from './errors.js';
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

/** Errors no reconnect can fix: stop and surface them. */
function isFatal(error: unknown): boolean {
  return (
    error instanceof AuthenticationError ||
    error instanceof ForbiddenError ||
    error instanceof ValidationError
  );
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
      if (!(error instanceof EOfficeError) && !(error instanceof TypeError)) throw error;
    }
    if (signal?.aborted) return;
    options.onStatusChange?.('reconnecting');
    await sleep(delay, signal);
    delay = Math.min(delay * 2, 30_000);
  }
}
