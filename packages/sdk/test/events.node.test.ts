// The event stream with a scripted server: reconnecting after a drop with Last-Event-ID, giving up on
// errors no reconnect can fix, and releasing the connection when the caller stops iterating.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ForbiddenError, createClient, type StreamEvent } from '../src/index.js';

const baseUrl = 'http://sandbox.test/api/v1';

interface Seen {
  url: string;
  lastEventId: string | null;
  authorization: string | null;
  signal: AbortSignal | undefined;
}

/** A text/event-stream response whose body is the given frames, then closes (a dropped stream). */
function stream(frames: string[], onCancel?: () => void): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const frame of frames) controller.enqueue(encoder.encode(frame));
      if (!onCancel) controller.close();
    },
    cancel() {
      onCancel?.();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

function movementFrame(id: string, fileId: string): string {
  const event = { type: 'movement.created', id, movement: { item: { id: fileId } } };
  return `id: ${id}\nevent: movement.created\ndata: ${JSON.stringify(event)}\n\n`;
}

function scripted(answer: (seen: Seen, index: number) => Response) {
  const seen: Seen[] = [];
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const entry: Seen = {
      url: request.url,
      lastEventId: request.headers.get('last-event-id'),
      authorization: request.headers.get('authorization'),
      signal: init?.signal ?? undefined,
    };
    seen.push(entry);
    return answer(entry, seen.length - 1);
  };
  return { fetch: fetchFn as typeof fetch, seen };
}

const idOf = (event: StreamEvent) => (event as { movement: { item: { id: string } } }).movement.item.id;

describe('SDK events', { timeout: 10_000 }, () => {
  it('reconnects after a drop and resumes from the last event id, skipping a malformed frame', async () => {
    const { fetch, seen } = scripted((_, i) => {
      if (i === 0) return stream([': keep-alive\n\n', movementFrame('41', 'F1'), 'retry: 5\n\n']);
      if (i === 1) return new Response('busy', { status: 503 });
      return stream(['id: 42\ndata: {not json\n\n', movementFrame('43', 'F3')]);
    });
    const client = createClient({ baseUrl, auth: 'token-1', fetch, retry: { limit: 0 } });
    const statuses: string[] = [];
    const received: string[] = [];
    for await (const event of client.events.subscribe({
      types: ['movement.created'],
      reconnectDelay: 1,
      onStatusChange: (status) => statuses.push(status),
    })) {
      received.push(idOf(event));
      if (received.length === 2) break;
    }
    assert.deepEqual(received, ['F1', 'F3']);
    assert.equal(seen.length, 3);
    assert.equal(seen[0]?.lastEventId, null);
    assert.equal(seen[1]?.lastEventId, '41', 'the first reconnect resumes after event 41');
    assert.equal(seen[2]?.lastEventId, '41', 'a failed reconnect does not lose the position');
    assert.match(seen[0]?.url ?? '', /\/events\?types=movement\.created$/);
    assert.equal(seen[0]?.authorization, 'Bearer token-1');
    assert.deepEqual(statuses, ['open', 'reconnecting', 'reconnecting', 'open']);
  });

  it('stops with the typed error when the server refuses the stream (no reconnect loop)', async () => {
    const { fetch, seen } = scripted(
      () =>
        new Response(JSON.stringify({ status: 403, code: 'auth.forbidden', title: 'Forbidden' }), {
          status: 403,
          headers: { 'content-type': 'application/problem+json' },
        }),
    );
    const client = createClient({ baseUrl, auth: 'token-1', fetch });
    await assert.rejects(
      async () => {
        for await (const event of client.events.subscribe({ reconnectDelay: 1 })) void event;
      },
      (error: unknown) => error instanceof ForbiddenError && error.code === 'auth.forbidden',
    );
    assert.equal(seen.length, 1);
  });

  it('releases the open connection when the caller stops iterating', async () => {
    let cancelled = false;
    const { fetch } = scripted(() => stream([movementFrame('7', 'F7')], () => (cancelled = true)));
    const client = createClient({ baseUrl, auth: 'token-1', fetch });
    const iterator = client.events.subscribe()[Symbol.asyncIterator]();
    const first = await iterator.next();
    assert.equal(first.done, false);
    assert.equal(idOf(first.value as StreamEvent), 'F7');
    const end = await iterator.return(undefined);
    assert.equal(end.done, true);
    assert.ok(cancelled, 'the response body was cancelled');
  });

  it('ends quietly when its signal aborts while waiting to reconnect', async () => {
    const controller = new AbortController();
    const { fetch, seen } = scripted(() => {
      queueMicrotask(() => controller.abort());
      return new Response('down', { status: 502 });
    });
    const client = createClient({ baseUrl, auth: 'token-1', fetch, retry: { limit: 0 } });
    const received: StreamEvent[] = [];
    for await (const event of client.events.subscribe({ signal: controller.signal, reconnectDelay: 60_000 }))
      received.push(event);
    assert.deepEqual(received, []);
    assert.equal(seen.length, 1);
  });
});
