// Builds the Fastify app as a composition of plugins, each in its own module under plugins/:
// CORS, body parsers (limits and encoding), problem details (the one error path), rate limits, and the operation
// routes, whose pipeline runs authentication, validation and idempotency from their own modules.
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { openDatabase } from './db/connect.js';
import { isPostgres } from './db/dialect.js';
import { activeDatabase } from './db/request-transaction.js';
import type { Database } from './db/schema.js';
import { pollingWakeups } from './event-wakeups/polling.js';
import { reclaimRunning } from './idempotency.js';
import { randomIds } from './ids.js';
import { Drain } from './lifecycle/drain.js';
import type { Services } from './operations/context.js';
import { bodyParsers, JSON_LIMIT } from './plugins/body-parsers.js';
import { corsPolicy } from './plugins/cors.js';
import { gracefulShutdown } from './plugins/graceful-shutdown.js';
import { operationRoutes } from './plugins/operations.js';
import { clientErrorHandler, frameworkErrors, problemDetails } from './plugins/problem-details.js';
import { rateLimitedRoutes, rateLimits } from './plugins/rate-limits.js';
import { securityHeaders } from './plugins/security-headers.js';

export { API_PREFIX } from './plugins/operations.js';

export interface BuildAppOptions {
  /**
   * The database: a `postgres://` or `postgresql://` URL (PostgreSQL, through a connection pool), else a
   * SQLite file path, or ':memory:' (default).
   */
  db?: string;
  clock?: () => Date;
  logger?: boolean | object;
  /** Origins allowed by CORS; default: any http://localhost or 127.0.0.1 port. */
  corsOrigins?: string[];
  enableTestEndpoints?: boolean;
  /** Check every response body against the contract (tests); drift becomes a 500. */
  validateResponses?: boolean;
  /** Load the demo department (see seed/run.ts). */
  seed?: boolean;
  /** HMAC key for access tokens; random when omitted. */
  tokenKey?: Buffer;
  /** Root certificates (DER) trusted for signatures besides the sandbox's own CA root. */
  trustAnchors?: Uint8Array[];
  /** On close, how long requests in flight may take to finish before their connections are cut (ms). */
  shutdownGraceMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

/** The event stream's ticket travels in the query string: keep it out of the request log. */
function redactedUrl(url: string): string {
  return url.replace(/([?&]ticket=)[^&]*/g, '$1[redacted]');
}

function loggerOptions(logger: BuildAppOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  return {
    ...(typeof logger === 'object' ? logger : {}),
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        method: request.method,
        url: redactedUrl(request.url),
        id: request.id,
      }),
    },
  };
}

/** LISTEN/NOTIFY on PostgreSQL (events from every instance); polling on SQLite (one process). */
async function eventWakeups(root: Kysely<Database>, location: string, log: FastifyBaseLogger) {
  if (!isPostgres(root)) return pollingWakeups();
  const { listenNotifyWakeups } = await import('./event-wakeups/listen-notify.js');
  return listenNotifyWakeups(location, { log });
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: JSON_LIMIT,
    genReqId: () => `req_${randomBytes(8).toString('hex')}`,
    // While closing, plugins/graceful-shutdown.ts answers 503 as problem details (and keeps liveness).
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
  });
  const root = await openDatabase(options.db ?? ':memory:');
  app.addHook('onClose', async () => {
    await root.destroy();
  });
  await reclaimRunning(root);
  const wakeups = await eventWakeups(root, options.db ?? ':memory:', app.log);
  app.addHook('onClose', () => wakeups.close());
  const services: Services = {
    // Inside an idempotent request this is the request's transaction (db/request-transaction.ts).
    get db() {
      return activeDatabase(root);
    },
    clock: options.clock ?? (() => new Date()),
    ids: randomIds(),
    tokenKey: options.tokenKey ?? randomBytes(32),
    testEndpoints: options.enableTestEndpoints ?? false,
    log: app.log,
    drain: new Drain(),
    wakeups,
  };
  app.decorate('services', services);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(securityHeaders);
  await app.register(corsPolicy, options.corsOrigins ? { origins: options.corsOrigins } : {});
  await app.register(bodyParsers);
  await app.register(problemDetails);
  await app.register(gracefulShutdown, {
    drain: services.drain,
    ...(options.shutdownGraceMs === undefined ? {} : { graceMs: options.shutdownGraceMs }),
  });
  await app.register(rateLimits, {
    clock: services.clock,
    // Several instances share one PostgreSQL database: their limits must count together.
    ...(isPostgres(root) ? { shared: root } : {}),
  });
  await app.register(operationRoutes, {
    services,
    root,
    validateResponses: options.validateResponses ?? false,
    enableTestEndpoints: options.enableTestEndpoints ?? false,
    routeConfig: rateLimitedRoutes,
  });

  if (options.trustAnchors)
    (await import('./signatures/authority.js')).configureTrustAnchors(root, options.trustAnchors);
  await app.register((await import('./esp/plugin.js')).sandboxEsp);
  if (options.seed) {
    const { runSeed } = await import('./seed/run.js');
    const data = await import('./seed/data.js');
    await runSeed(app, data);
  }
  return app;
}
