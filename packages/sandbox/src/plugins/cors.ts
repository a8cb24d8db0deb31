// Cross-origin access for embedding portals: the configured origins, or any local development origin.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface CorsOptions {
  /** Origins allowed; default: any http://localhost or 127.0.0.1 port. */
  origins?: string[];
}

async function corsPlugin(app: FastifyInstance, options: CorsOptions): Promise<void> {
  const allowed = options.origins;
  await app.register(cors, {
    origin: (origin, callback) => {
      if (!origin) return callback(null, true);
      const ok = allowed
        ? allowed.includes(origin)
        : /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
      callback(null, ok);
    },
    exposedHeaders: [
      'ETag',
      'Location',
      'X-Request-Id',
      'Idempotency-Replayed',
      'Retry-After',
      'Content-Language',
    ],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'Idempotency-Key',
      'If-Match',
      'Accept-Language',
      'Last-Event-ID',
      'X-Request-Id',
    ],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });
}

/** CORS for the whole app (fastify-plugin: its hooks must apply to every route). */
export const corsPolicy = fp(corsPlugin, { name: 'eoffice-cors', fastify: '5.x' });
