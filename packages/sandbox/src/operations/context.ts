// What every operation handler receives and returns. Handlers are plain async functions keyed by the
// contract's operationId; app.ts does routing, validation, auth, idempotency and response checks.
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ContractOperation } from '../contract.js';
import type { Database } from '../db/schema.js';
import type { IdGenerator } from '../ids.js';
import type { Language } from '../problem.js';

export interface Services {
  db: Kysely<Database>;
  clock: () => Date;
  ids: IdGenerator;
  /** HMAC key of access tokens; random per process unless configured, so restarts end sessions. */
  tokenKey: Buffer;
  testEndpoints: boolean;
  log: FastifyBaseLogger;
}

export interface Principal {
  userId: string;
  sessionId: string;
  clientId: string | null;
  kind: 'user' | 'service';
  scopes: Set<string>;
  /** Posts the principal may act for: substantive posts first (the first is the default). */
  postIds: string[];
  roles: Set<string>;
}

export interface OperationContext {
  operation: ContractOperation;
  request: FastifyRequest;
  reply: FastifyReply;
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
  principal: Principal | null;
  language: Language;
  services: Services;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Set when the handler wrote the reply itself (event stream, binary download). */
  sent?: boolean;
}

export type Handler = (ctx: OperationContext) => Promise<HandlerResult>;

export type HandlerRegistry = Record<string, Handler>;

/** The authenticated principal; operations with security always have one. */
export function requirePrincipal(ctx: OperationContext): Principal {
  if (!ctx.principal) throw new Error(`${ctx.operation.operationId}: no principal`);
  return ctx.principal;
}
