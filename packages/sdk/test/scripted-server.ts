// A real HTTP server on loopback that answers from a script and records what it received, for
// testing the SDK's wire behaviour (headers, retries, Retry-After) through Node's own fetch.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  /** Path and query, e.g. `/api/v1/files?folder=inbox`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON (problem+json for 4xx/5xx) unless undefined. */
  body?: unknown;
}

export interface ScriptedServer {
  /** The API root to give createClient. */
  baseUrl: string;
  received: Received[];
  close(): Promise<void>;
}

export async function scriptedServer(
  answer: (request: Received, index: number) => Answer,
): Promise<ScriptedServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const { status, headers = {}, body } = answer(request, received.length - 1);
      const type = status >= 400 ? 'application/problem+json' : 'application/json';
      res.writeHead(status, body === undefined ? headers : { 'content-type': type, ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A problem+json answer. */
export const problem = (status: number, code: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers,
  body: { status, code, title: code },
});
