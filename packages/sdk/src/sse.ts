import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** One Server-Sent Event as it arrived. */
export interface ServerSentEvent {
  /** The `event:` field; `message` when the server sent none. */
  event: string;
  /** The `data:` lines joined with LF. */
  data: string;
  /**
   * The last event id the stream set (the HTML standard's "last event ID buffer", which outlives the
   * event that set it), sent back as Last-Event-ID when reconnecting.
   */
  id: string | undefined;
}

/**
 * Parses a text/event-stream body with `eventsource-parser`, which follows the HTML standard (a CR
 * at the end of one chunk and the LF at the start of the next are one line end). `retry:` is
 * reported through `onRetry`. An event the stream ends in the middle of is dropped.
 */
export async function* parseEventStream(
  body: ReadableStream<Uint8Array>,
  onRetry: (milliseconds: number) => void = () => {},
): AsyncGenerator<ServerSentEvent, void, undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let parsed: EventSourceMessage[] = [];
  let lastId: string | undefined;
  const parser = createParser({ onEvent: (message) => parsed.push(message), onRetry });
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      const ready = parsed;
      parsed = [];
      for (const message of ready) {
        // The parser reports only an id set within the event; an event without one keeps the last.
        lastId = message.id ?? lastId;
        yield { event: message.event ?? 'message', data: message.data, id: lastId };
      }
    }
  } finally {
    reader.releaseLock();
    await body.cancel().catch(() => {});
  }
}
