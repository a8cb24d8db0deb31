import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newIdempotencyKey, type ServerSentEvent } from '../src/index.js';
import { parseEventStream } from '../src/sse.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function collect(chunks: string[], onRetry?: (ms: number) => void): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of parseEventStream(streamOf(chunks), onRetry)) events.push(event);
  return events;
}

describe('event stream parsing', () => {
  it('reads events, ids, multi-line data and comments', async () => {
    const events = await collect([
      ': keep-alive\n\n',
      'event: movement\nid: 41\ndata: {"fileId":"file_1",\ndata: "action":"send"}\n\n',
      'data: plain\n\n',
    ]);
    assert.deepEqual(events, [
      { event: 'movement', id: '41', data: '{"fileId":"file_1",\n"action":"send"}' },
      { event: 'message', id: '41', data: 'plain' },
    ]);
  });

  it('handles events split across chunks, CRLF line ends and Hindi split mid-character', async () => {
    const bytes = new TextEncoder().encode('event: note\r\ndata: टिप्पणी पुष्ट\r\n\r\n');
    const cut = 25; // inside a Devanagari code point
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const events: ServerSentEvent[] = [];
    for await (const event of parseEventStream(stream)) events.push(event);
    assert.deepEqual(events, [{ event: 'note', id: undefined, data: 'टिप्पणी पुष्ट' }]);
  });

  it('reports the retry field and drops an unfinished last event', async () => {
    let retry = 0;
    const events = await collect(['retry: 2500\n\n', 'data: half'], (ms) => (retry = ms));
    assert.equal(retry, 2500);
    assert.deepEqual(events, []);
  });
});

describe('idempotency keys', () => {
  it('are distinct UUID v4 strings', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
    assert.equal(keys.size, 100);
    for (const key of keys)
      assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
