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

  it('reads one event whose CR and LF arrive in different chunks as one event', async () => {
    // A CRLF cut between its CR and its LF is one line end, not a line end and then a blank line.
    const events = await collect(['event: note\r', '\nid: 7\r', '\ndata: पहली\r', '\ndata: दूसरी\r\n\r\n']);
    assert.deepEqual(events, [{ event: 'note', id: '7', data: 'पहली\nदूसरी' }]);
  });

  it('accepts CRLF, CR and LF line ends, mixed in one stream', async () => {
    const events = await collect([
      'data: crlf 1\r\ndata: crlf 2\r\n\r\n',
      'data: cr 1\rdata: cr 2\r\r',
      'data: lf 1\ndata: lf 2\n\n',
      'data: mixed 1\r\ndata: mixed 2\rdata: mixed 3\n\r\n',
    ]);
    assert.deepEqual(
      events.map((event) => event.data),
      ['crlf 1\ncrlf 2', 'cr 1\ncr 2', 'lf 1\nlf 2', 'mixed 1\nmixed 2\nmixed 3'],
    );
  });

  it('reads each byte in a chunk of its own the same as the whole stream at once', async () => {
    const text =
      ': keep-alive\r\nretry: 3000\r\n\r\nevent: movement.created\r\nid: 9\r\ndata: {"a":\r\ndata: 1}\r\n\r\n' +
      'data:no space\r\rid\r\ndata: after empty id\n\n';
    const whole = await collect([text]);
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const retries: number[] = [];
    const bytewise: ServerSentEvent[] = [];
    for await (const event of parseEventStream(stream, (ms) => retries.push(ms))) bytewise.push(event);
    assert.deepEqual(bytewise, whole);
    assert.deepEqual(retries, [3000]);
    assert.deepEqual(whole, [
      { event: 'movement.created', id: '9', data: '{"a":\n1}' },
      { event: 'message', id: '9', data: 'no space' },
      // A bare `id` field clears the last event id.
      { event: 'message', id: '', data: 'after empty id' },
    ]);
  });

  it('ignores comments, unknown fields and an invalid retry, and dispatches no event without data', async () => {
    let retry: number | undefined;
    const events = await collect(
      [': comment\n', 'foo: bar\n', 'retry: soon\n', 'event: nothing\n\n', 'data: only\n\n'],
      (ms) => (retry = ms),
    );
    assert.equal(retry, undefined);
    assert.deepEqual(events, [{ event: 'message', id: undefined, data: 'only' }]);
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
