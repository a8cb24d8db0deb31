/**
 * @eoffice/sdk — the typed client of the e-Office API, for browsers and Node ≥ 20.19.
 *
 *   const client = createClient({ baseUrl: 'http://localhost:4100/api/v1', auth: { username, password } });
 *   const file = await client.files.create({ … });
 *   await client.files.send(file.id, { to: { postId }, remarks: 'कृपया अवलोकन करें' });
 *   for await (const movement of client.files.movements(file.id)) …
 */
import { createCore, type ApiCore, type ClientOptions } from './client.js';
import { createResources, type Resources } from './resources.js';

/** A client: resource methods (`client.files.send(…)`) plus the typed core (`client.api.get(…)`). */
export type EOfficeClient = Resources & {
  /** The typed core: any path and method of the contract, with parameters and body checked. */
  api: ApiCore;
  /** The API root this client talks to. */
  baseUrl: string;
};

export function createClient(options: ClientOptions): EOfficeClient {
  if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//.test(options.baseUrl)) {
    throw new TypeError(
      'createClient: baseUrl must be an absolute http(s) URL, e.g. http://localhost:4100/api/v1',
    );
  }
  const core = createCore(options);
  return { ...createResources(core), api: core.api, baseUrl: options.baseUrl };
}

export type { ApiCore, ClientOptions } from './client.js';
export type { ApiResult, CallOptions, HttpMethod, PathsWith, RequestInit } from './core-types.js';
export type { AuthOption, ClientCredentialsAuth, PasswordAuth, Session, SessionAuth } from './auth.js';
export type { RetryOptions } from './transport.js';
export {
  HookError,
  type AfterResponseHook,
  type BeforeErrorHook,
  type BeforeRequestHook,
  type HookRequest,
  type Hooks,
} from './hooks.js';
export type { Locale } from './locale.js';
export type { EventName, StreamEvent, SubscribeOptions } from './events.js';
export type { Resources, Schemas } from './resources.js';
export type { components, operations, paths } from './generated/schema.js';
export {
  AuthenticationError,
  ConflictError,
  EOfficeError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  errorFromResponse,
  type ErrorContext,
  type FieldProblem,
  type ProblemDetails,
} from './errors.js';
export { newIdempotencyKey } from './idempotency.js';
export { Paginator, type Page } from './pagination.js';
export type { ServerSentEvent } from './sse.js';
