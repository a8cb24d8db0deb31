// Rate limits through @fastify/rate-limit: its store is a bounded LRU (memory stays flat however many
// addresses come; a shared store can replace it when several instances run), and a refusal is the
// contract's 429 `auth.rate_limited` problem with Retry-After. Limits apply per route (global: false).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiProblem } from '../problem.js';

/** Clients (addresses) remembered at once; the least recently seen are forgotten first. */
export const RATE_LIMIT_CACHE = 10_000;

/** Anonymous public tracking, per client address: tracking codes must not be guessable. */
export const TRACKING_LIMIT = { max: 30, timeWindow: 10 * 60 * 1000 };

/** Route options of the rate-limited operations, by operationId. */
export const rateLimitedRoutes: Record<string, Record<string, unknown>> = {
  trackPublic: { config: { rateLimit: TRACKING_LIMIT } },
};

async function rateLimitsPlugin(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    cache: RATE_LIMIT_CACHE,
    errorResponseBuilder: (_request, context) =>
      new ApiProblem(
        429,
        'auth.rate_limited',
        `Too many requests; try again in ${context.after}.`,
        undefined,
        {
          'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
        },
      ),
  });
}

/** The rate limiter for the whole app (fastify-plugin: routes registered after it can use it). */
export const rateLimits = fp(rateLimitsPlugin, { name: 'eoffice-rate-limits', fastify: '5.x' });
