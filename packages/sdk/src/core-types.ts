// Types that tie the typed core to the generated `paths`: which paths take which method, and the
// parameters, body and response each operation has.
import type { paths } from './generated/schema.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Paths of the contract that accept `M`. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: infer O } ? ([O] extends [undefined] ? never : P) : never;
}[keyof paths];

/** The operation behind a path and method. */
export type OperationOf<P extends keyof paths, M extends HttpMethod> = NonNullable<
  paths[P][M & keyof paths[P]]
>;

type PathParamsOf<O> = O extends { parameters: { path: infer X } } ? X : never;
type QueryOf<O> = O extends { parameters: { query?: infer X } }
  ? [X] extends [undefined]
    ? never
    : X
  : never;
type JsonContent<C> = C extends { 'application/json': infer B } ? B : never;
type BodyOf<O> = O extends { requestBody: { content: infer C } }
  ? JsonContent<C>
  : O extends { requestBody?: { content: infer C } }
    ? JsonContent<C> | undefined
    : never;

type SuccessStatus = 200 | 201 | 202 | 204;
type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The parsed body of an operation's success response (`undefined` for 204, a Blob for files). */
export type ResponseData<O> = {
  [S in SuccessStatus & keyof ResponsesOf<O>]: ResponsesOf<O>[S] extends { content: infer C }
    ? C extends { 'application/json': infer B }
      ? B
      : C extends Record<string, unknown>
        ? Blob
        : undefined
    : undefined;
}[SuccessStatus & keyof ResponsesOf<O>];

/** Per-call options every request accepts. */
export interface CallOptions {
  /** Cancels the request (and its retries). */
  signal?: AbortSignal;
  /** Idempotency-Key for a state-changing POST; one is generated when absent. */
  idempotencyKey?: string;
  /** The ETag the caller last read, for updates that require If-Match. */
  ifMatch?: string;
  /** Extra request headers. Authorization is set by the client and cannot be overridden here. */
  headers?: Record<string, string>;
  /** Overrides the client's timeout (ms) for this call; `false` disables it. */
  timeout?: number | false;
  /**
   * A fetch for this call only, e.g. one made on XMLHttpRequest to report upload progress (fetch
   * cannot stream a request body over HTTP/1.1). Auth, headers, retries and errors stay the client's.
   */
  fetch?: typeof fetch;
}

type PathPart<O> = [PathParamsOf<O>] extends [never] ? { path?: never } : { path: PathParamsOf<O> };
type QueryPart<O> = [QueryOf<O>] extends [never] ? { query?: never } : { query?: QueryOf<O> };
type BodyPart<O> = [BodyOf<O>] extends [never]
  ? { body?: never }
  : undefined extends BodyOf<O>
    ? { body?: BodyOf<O> }
    : { body: BodyOf<O> };

/** What a typed-core call takes: path and query parameters, body, and call options. */
export type RequestInit<O> = PathPart<O> & QueryPart<O> & BodyPart<O> & CallOptions;

type HasRequired<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T] extends never
  ? false
  : true;

/** The init argument is optional when the operation needs nothing. */
export type InitArgs<O> =
  HasRequired<RequestInit<O>> extends true ? [init: RequestInit<O>] : [init?: RequestInit<O>];

/** A typed-core result: the parsed body and what the headers said. */
export interface ApiResult<T> {
  data: T;
  status: number;
  /** The ETag of the returned representation, if any: pass it back as `ifMatch`. */
  etag: string | undefined;
  /** The server's request id, for support. */
  requestId: string | undefined;
  /** True when the server answered from its idempotency store (a replay of an earlier call). */
  replayed: boolean;
  response: Response;
}
