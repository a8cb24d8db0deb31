// Every rate limit of the sandbox goes through @fastify/rate-limit: public tracking per client address,
// and failed logins per account and per address. Its store here is a bounded LRU on the app's clock
// (memory stays flat however many addresses come, and tests can move time). With several instances over
// one PostgreSQL database the windows live in a table instead (rate-limit-table-store.ts), so a limit
// counts requests through every instance. A refusal is the contract's 429 `auth.rate_limited` with Retry-After.
import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiProblem } from '../problem.js';
import { tableStore } from './rate-limit-table-store.js';

/** Keys (addresses, accounts) remembered per limit; the least recently seen are forgotten first. */
export const RATE_LIMIT_CACHE = 10_000;

/** Anonymous public tracking, per client address: tracking codes must not be guessable. */
export const TRACKING_LIMIT = { max: 30, timeWindow: 10 * 60 * 1000 };

/** Failed logins: 5 per account, 50 per address, in 15 minutes (the contract's login description). */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 50, timeWindow: 15 * 60 * 1000 };

/** Route options of the rate-limited operations, by operationId. */
export const rateLimitedRoutes: Record<string, Record<string, unknown>> = {
  trackPublic: { config: { rateLimit: TRACKING_LIMIT } },
};

interface Window {
  count: number;
  startMs: number;
}

/** A fixed-window counter store for @fastify/rate-limit: bounded (LRU) and on the given clock. */
export function clockStore(clock: () => Date, capacity = RATE_LIMIT_CACHE) {
  return class ClockStore implements FastifyRateLimitStore {
    readonly #windows = new Map<string, Window>();

    #current(key: string, timeWindow: number): Window | undefined {
      const window = this.#windows.get(key);
      if (window && window.startMs + timeWindow > clock().getTime()) return window;
      return undefined;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const now = clock().getTime();
      const window = this.#current(key, timeWindow) ?? { count: 0, startMs: now };
      window.count++;
      // Re-inserting moves the key to the young end; past capacity the oldest key goes.
      this.#windows.delete(key);
      this.#windows.set(key, window);
      if (this.#windows.size > capacity) this.#windows.delete(this.#windows.keys().next().value as string);
      callback(null, { current: window.count, ttl: window.startMs + timeWindow - now });
    }

    read(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      const window = this.#current(key, timeWindow);
      callback(
        null,
        window
          ? { current: window.count, ttl: window.startMs + timeWindow - clock().getTime() }
          : { current: 0, ttl: 0 },
      );
    }

    child(): FastifyRateLimitStore {
      return new ClockStore();
    }

    /** Keys held now (for the bounded-memory test). */
    get size(): number {
      return this.#windows.size;
    }
  };
}

function tooMany(ttlMs: number): ApiProblem {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new ApiProblem(
    429,
    'auth.rate_limited',
    `Too many requests; try again in ${seconds} s.`,
    undefined,
    {
      'retry-after': String(seconds),
    },
  );
}

/** Failed-login limits: `check` before verifying the password, `fail` after a wrong one. */
export interface LoginLimiter {
  check(request: FastifyRequest): Promise<void>;
  fail(request: FastifyRequest): Promise<void>;
}

function account(request: FastifyRequest): string {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  return `login-account:${String(username ?? '')
    .normalize('NFC')
    .toLowerCase()}`;
}

export interface RateLimitsOptions {
  clock: () => Date;
  /** Keep the windows in this database, shared by every instance over it; in memory when omitted. */
  shared?: Kysely<Database>;
}

async function rateLimitsPlugin(app: FastifyInstance, options: RateLimitsOptions): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: options.shared ? tableStore(options.shared, options.clock) : clockStore(options.clock),
    errorResponseBuilder: (_request, context) => tooMany(context.ttl),
  });
  const limits = [
    app.createRateLimit({
      max: LOGIN_LIMITS.perAccount,
      timeWindow: LOGIN_LIMITS.timeWindow,
      keyGenerator: account,
    }),
    app.createRateLimit({
      max: LOGIN_LIMITS.perAddress,
      timeWindow: LOGIN_LIMITS.timeWindow,
      keyGenerator: (request) => `login-address:${request.ip}`,
    }),
  ];
  const loginLimiter: LoginLimiter = {
    async check(request) {
      for (const limit of limits) {
        // A peek: only failures count, so checking must not consume anything.
        const status = await limit(request, { increment: false });
        if (!status.isAllowed && status.remaining <= 0 && status.ttl > 0) throw tooMany(status.ttl);
      }
    },
    async fail(request) {
      for (const limit of limits) await limit(request);
    },
  };
  app.decorate('loginLimiter', loginLimiter);
}

declare module 'fastify' {
  interface FastifyInstance {
    loginLimiter: LoginLimiter;
  }
}

/** The rate limiter for the whole app (fastify-plugin: routes registered after it can use it). */
export const rateLimits = fp(rateLimitsPlugin, { name: 'eoffice-rate-limits', fastify: '5.x' });
