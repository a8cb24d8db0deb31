// The event-stream plugin module on a bare Fastify app: the format (multi-line data, no line breaks
// smuggled into id or event), the headers a hijacked reply must still carry, and the close callback.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { formatEvent, openEventStream } from '../src/plugins/event-stream.js';

describe('event stream plugin', () => {
  it('formats events as text/event-stream, one data field per line', () => {
    assert.equal(
      formatEvent({ id: 'evt_1', event: 'file.sent', data: '{"a":1}' }),
      'id: evt_1\nevent: file.sent\ndata: {"a":1}\n\n',
    );
    assert.equal(
      formatEvent({ data: 'one\r\ntwo\rthree\nfour' }),
      'data: one\ndata: two\ndata: three\ndata: four\n\n',
    );
    assert.equal(formatEvent({ id: 'a\nb', event: 'x\r\ny', data: '' }), 'id: ab\nevent: xy\ndata: \n\n');
  });

  it('streams with the headers set before hijacking and calls onClose when the client leaves', async () => {
    const app = Fastify();
    let closedResolve: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (closedResolve = resolve));
    app.addHook('onRequest', async (_request, reply) => {
      reply.header('access-control-allow-origin', 'http://localhost:5173');
    });
    app.get('/stream', async (request, reply) => {
      const stream = openEventStream(request, reply, { retryMs: 5000, onClose: closedResolve });
      stream.send({ id: 'evt_1', event: 'hello', data: 'world' });
      stream.comment('keep-alive');
      return reply;
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    const response = await fetch(`${url}/stream`, { signal: controller.signal });
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /^text\/event-stream/);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.ok(response.body);
    const reader = response.body.getReader();
    let text = '';
    while (!text.includes(': keep-alive\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    assert.equal(text, 'retry: 5000\n\nid: evt_1\nevent: hello\ndata: world\n\n: keep-alive\n\n');
    controller.abort();
    await closed;
    await app.close();
  });
});
