// Server-Sent Events on a Fastify reply: the stream's headers (with those hooks already set, such as
// CORS), events in the text/event-stream format with multi-line data split as the format requires,
// comments as keep-alives, and a stop callback when either side closes. The events operation decides
// what to send; this module only speaks the format.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface ServerSentEvent {
  id?: string;
  event?: string;
  data: string;
}

export interface EventStream {
  send(event: ServerSentEvent): void;
  /** A comment line: keeps proxies from closing an idle stream. */
  comment(text: string): void;
  /**
   * Ends the response (a graceful shutdown); the client reconnects with Last-Event-ID, after `retryMs`
   * when given (a new reconnection delay sent just before the end).
   */
  end(retryMs?: number): void;
  readonly closed: boolean;
}

/** One event in the text/event-stream format; each line of `data` becomes its own `data:` field. */
export function formatEvent(event: ServerSentEvent): string {
  let text = '';
  if (event.id !== undefined) text += `id: ${event.id.replace(/[\r\n]/g, '')}\n`;
  if (event.event !== undefined) text += `event: ${event.event.replace(/[\r\n]/g, '')}\n`;
  for (const line of event.data.split(/\r\n|\r|\n/)) text += `data: ${line}\n`;
  return text + '\n';
}

/**
 * Takes over `reply` for an event stream: writes the headers and the reconnection delay, and calls
 * `onClose` once when the client goes away or the stream ends.
 */
export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { retryMs: number; onClose: () => void },
): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    // Headers set by hooks (CORS for embedding portals) are not sent by a hijacked reply by themselves.
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-request-id': request.id,
    'x-accel-buffering': 'no',
  });
  raw.write(`retry: ${options.retryMs}\n\n`);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    options.onClose();
  };
  request.raw.on('close', close);
  raw.on('close', close);
  return {
    send: (event) => {
      if (!closed) raw.write(formatEvent(event));
    },
    comment: (text) => {
      if (!closed) raw.write(`: ${text.replace(/[\r\n]/g, ' ')}\n\n`);
    },
    end: (retryMs) => {
      if (closed) return;
      if (retryMs !== undefined) raw.write(`retry: ${Math.round(retryMs)}\n\n`);
      raw.end();
      close();
    },
    get closed() {
      return closed;
    },
  };
}
