// Graceful shutdown of one instance behind a load balancer. When `app.close()` starts (the CLI calls it
// on SIGTERM and SIGINT), the drain begins: readiness answers 503, new requests get 503
// `server.unavailable` with `Connection: close` (liveness still answers, so an orchestrator does not kill
// the instance early), and event streams end so their clients reconnect to another instance. Requests
// already running finish; after `graceMs` the connections still open are cut. The database closes
// after all of that (its onClose hook was registered first, and onClose hooks run last-first).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Drain } from '../lifecycle/drain.js';
import { ApiProblem } from '../problem.js';
import { API_PREFIX } from './operations.js';

/** Default bound on how long requests in flight may take to finish once a shutdown starts. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface GracefulShutdownOptions {
  drain: Drain;
  graceMs?: number;
}

const LIVENESS_URL = `${API_PREFIX}/health`;

async function gracefulShutdownPlugin(app: FastifyInstance, options: GracefulShutdownOptions): Promise<void> {
  const { drain } = options;
  let cut: NodeJS.Timeout | undefined;

  app.addHook('onRequest', async (request, reply) => {
    if (!drain.draining || request.routeOptions.url === LIVENESS_URL) return;
    void reply.header('connection', 'close');
    throw new ApiProblem(
      503,
      'server.unavailable',
      'This instance is shutting down; retry, and the request reaches another instance.',
      undefined,
      { 'retry-after': '1' },
    );
  });

  app.addHook('preClose', async () => {
    drain.start();
    // Fastify's server.close() waits for every open connection; a slow client must not hold the
    // shutdown forever.
    cut = setTimeout(() => app.server.closeAllConnections(), options.graceMs ?? SHUTDOWN_GRACE_MS);
    cut.unref();
  });

  app.addHook('onClose', async () => {
    clearTimeout(cut);
  });
}

/** Draining on close: refuse new work, end event streams, let running requests finish (bounded). */
export const gracefulShutdown = fp(gracefulShutdownPlugin, {
  name: 'eoffice-graceful-shutdown',
  fastify: '5.x',
});
