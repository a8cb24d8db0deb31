// What every operation handler receives and returns. Handlers are plain async functions keyed by the
// contract's operationId; the app's plugins do routing, validation, auth, idempotency and response checks.
// Parameters, body and answer are typed from the contract's generated types (the SDK's openapi-typescript
// output, imported as types only, so the sandbox has no runtime dependency on the SDK): a contract change
// that a handler does not follow fails type checking.
import type { operations } from '@eoffice/sdk';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { ContractOperation } from '../contract.js';
import type { Database } from '../db/schema.js';
import type { EventWakeups } from '../event-wakeups/source.js';
import type { IdGenerator } from '../ids.js';
import type { Drain } from '../lifecycle/drain.js';
import type { Language } from '../problem.js';

export interface Services {
  db: Kysely<Database>;
  clock: () => Date;
  ids: IdGenerator;
  /** HMAC key of access tokens; random per process unless configured, so restarts end sessions. */
  tokenKey: Buffer;
  testEndpoints: boolean;
  log: FastifyBaseLogger;
  /** The graceful shutdown's state: readiness and the event streams follow it. */
  drain: Drain;
  /** Tells the event streams when new events may be in the table (on PostgreSQL, from any instance). */
  wakeups: EventWakeups;
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

/** Every operationId of the contract. */
export type OperationId = keyof operations;

type Operation<K extends OperationId> = operations[K];

/** `never` members (openapi-typescript's "no such parameters") become an empty object. */
type Present<T> = [T] extends [never]
  ? Record<never, never>
  : [T] extends [undefined]
    ? Record<never, never>
    : T;

/** Path parameters after validation. */
export type PathParams<K extends OperationId> = Present<NonNullable<Operation<K>['parameters']['path']>>;

/** Query parameters after validation and coercion (numbers, booleans, comma-separated arrays). */
export type QueryParams<K extends OperationId> = Present<NonNullable<Operation<K>['parameters']['query']>>;

type BodyContent<K extends OperationId> =
  Operation<K> extends { requestBody?: infer B }
    ? [NonNullable<B>] extends [never]
      ? never
      : NonNullable<B> extends { content: infer C }
        ? C
        : never
    : never;

type BodyOf<C> = C extends { 'application/json': infer J }
  ? J
  : C extends { 'application/merge-patch+json': infer M }
    ? M
    : C extends { 'application/x-www-form-urlencoded': infer F }
      ? F
      : // Multipart uploads reach the handler as raw bytes, parsed by the handler itself.
        C extends { 'multipart/form-data': unknown }
        ? Buffer
        : never;

type BodyIsOptional<K extends OperationId> = Operation<K> extends { requestBody: object } ? false : true;

/** The validated request body; `undefined` when the contract's body is optional and none came. */
export type RequestBody<K extends OperationId> = [BodyContent<K>] extends [never]
  ? undefined
  : BodyIsOptional<K> extends true
    ? BodyOf<BodyContent<K>> | undefined
    : BodyOf<BodyContent<K>>;

type Responses<K extends OperationId> = Operation<K>['responses'];

/** The JSON body a response declares, or `never` when it has none (or a non-JSON body). */
type JsonBodyOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;

/**
 * A success answer the contract declares: the status is one of the operation's success statuses and the
 * body is that status's generated `application/json` schema. Statuses without a JSON body (204, the event
 * stream, binary downloads) answer without a body; the handler writes those replies itself (`sent`).
 */
type AnswerOf<K extends OperationId, S extends keyof Responses<K>> = S extends number
  ? S extends 200 | 201 | 202 | 204 | 206 | 301 | 302 | 303 | 304 | 307 | 308
    ? [JsonBodyOf<Responses<K>[S]>] extends [never]
      ? { status: S; body?: undefined }
      : { status: S; body: JsonBodyOf<Responses<K>[S]> }
    : never
  : never;

export interface OperationContext<K extends OperationId = OperationId> {
  operation: ContractOperation;
  request: FastifyRequest;
  reply: FastifyReply;
  params: PathParams<K>;
  query: QueryParams<K>;
  headers: Record<string, string | undefined>;
  body: RequestBody<K>;
  principal: Principal | null;
  language: Language;
  services: Services;
}

interface ResultExtras {
  headers?: Record<string, string>;
  /** Set when the handler wrote the reply itself (event stream, binary download). */
  sent?: boolean;
}

/** What the pipeline sends: any status and body (problems included). */
export interface HandlerResult extends ResultExtras {
  status: number;
  body?: unknown;
}

/** A handler's answer: one of the success statuses its operation declares, with that status's body. */
export type Answer<K extends OperationId> = AnswerOf<K, keyof Responses<K>> & ResultExtras;

export type Handler<K extends OperationId> = (ctx: OperationContext<K>) => Promise<Answer<K>>;

/** The whole registry: one handler per operation of the contract, each typed by its operation. */
export type Handlers = { [K in OperationId]: Handler<K> };

/** Keys of every object member of a union (a oneOf body may have the properties of any branch). */
type KeysOfUnion<T> = T extends object ? keyof T : never;

/** The type of property `P` across a union's object members. */
type PropertyOfUnion<T, P extends PropertyKey> = T extends object
  ? P extends keyof T
    ? T[P]
    : never
  : never;

/**
 * The paths of properties in `A` that `E` does not declare, at any depth (`never` when there are none).
 * Assignability lets extra properties through, and TypeScript checks excess properties only on an
 * object literal assigned directly, not on a handler's inferred return: this closes that gap.
 */
type UnknownProperties<A, E, Path extends string> = A extends readonly (infer Item)[]
  ? UnknownProperties<Item, E extends readonly (infer Expected)[] ? Expected : never, `${Path}[]`>
  : A extends object
    ? {
        [P in keyof A & string]: P extends KeysOfUnion<E>
          ? UnknownProperties<A[P], PropertyOfUnion<E, P>, `${Path}.${P}`>
          : `${Path}.${P}`;
      }[keyof A & string]
    : never;

type AnswerBody<K extends OperationId, S> = S extends keyof Responses<K>
  ? JsonBodyOf<Responses<K>[S]>
  : never;

/**
 * Each answer property that a group's handlers send and their operation's contract does not declare,
 * as `operationId: path` (`never` when every answer has only the contract's properties).
 */
export type UnknownAnswerProperties<G> = {
  [K in keyof G & OperationId]: G[K] extends (...args: never[]) => Promise<infer R>
    ? R extends { status: infer S; body?: infer B }
      ? UnknownProperties<B, AnswerBody<K, S>, `${K}: body`>
      : never
    : never;
}[keyof G & OperationId];

/**
 * `true` when no handler of `G` answers a property its contract lacks; otherwise the offending paths,
 * so `const checked: AnswersFollowContract<typeof group> = true` fails type checking and names them.
 */
export type AnswersFollowContract<G> = [UnknownAnswerProperties<G>] extends [never]
  ? true
  : UnknownAnswerProperties<G>;

/** Operations whose path has parameter `P`: the context type of a helper shared by their handlers. */
export type OperationsWithParam<P extends string> = {
  [K in OperationId]: P extends keyof PathParams<K> ? K : never;
}[OperationId];

/** One area's handlers (`satisfies HandlerGroup`): any subset of operations, typed the same way. */
export type HandlerGroup = Partial<Handlers>;

/** The authenticated principal; operations with security always have one. */
export function requirePrincipal(ctx: OperationContext): Principal {
  if (!ctx.principal) throw new Error(`${ctx.operation.operationId}: no principal`);
  return ctx.principal;
}
