import { AuthenticationError } from './errors.js';
import { TokenManager, type AuthOption, type Session } from './auth.js';
import type {
  ApiResult,
  HttpMethod,
  InitArgs,
  OperationOf,
  PathsWith,
  RequestInit,
  ResponseData,
} from './core-types.js';
import type { paths } from './generated/schema.js';
import type { Hooks } from './hooks.js';
import type { Locale } from './locale.js';
import { Transport, type RetryOptions, type TransportRequest } from './transport.js';

export interface ClientOptions {
  /** The API root, e.g. `http://localhost:4100/api/v1` for the sandbox. */
  baseUrl: string;
  /** How to authenticate; see `AuthOption`. Omit for public operations only. */
  auth?: AuthOption;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: typeof fetch;
  /**
   * Timeout of each attempt in ms (default 30,000); `false` for none. An attempt that times out is not
   * retried; waits between attempts (back-off, Retry-After) are bounded by `retry` instead.
   */
  timeout?: number | false;
  retry?: RetryOptions;
  /**
   * The language of the server's messages (problem titles and details, labels), sent as
   * Accept-Language: `'hi'` or `'en'`, or a function read before every request, for a portal that
   * switches language. By default, in a browser, the page's `<html lang>` when it is Hindi or
   * English (`hi-IN` counts as `hi`); otherwise none is sent and the server answers in English.
   */
  locale?: Locale | (() => string | undefined);
  /** @deprecated Use `locale`. */
  language?: Locale;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Functions called around every request, to add headers, log or measure. They see the request
   * without its Authorization header; a hook that throws fails the call with a `HookError`.
   */
  hooks?: Hooks;
  /** Called with every new session (login or refresh), e.g. to keep it in sessionStorage. */
  onTokenRefresh?: (session: Session) => void;
}

type Caller<M extends HttpMethod> = <P extends PathsWith<M>>(
  path: P,
  ...args: InitArgs<OperationOf<P, M>>
) => Promise<ApiResult<ResponseData<OperationOf<P, M>>>>;

/** The typed core: every path and method of the contract, parameters, body and result checked. */
export interface ApiCore {
  get: Caller<'get'>;
  post: Caller<'post'>;
  put: Caller<'put'>;
  patch: Caller<'patch'>;
  delete: Caller<'delete'>;
}

/** What the resource layer and events need from the core. */
export interface CoreContext {
  api: ApiCore;
  transport: Transport;
  tokens: TokenManager;
  /** Sends with the current token, renewing it once on a 401. */
  sendAuthorised(request: TransportRequest): Promise<Response>;
}

async function parseBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) return response.json();
  return response.blob();
}

export function createCore(options: ClientOptions): CoreContext {
  const transport = new Transport({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    locale: options.locale ?? options.language,
    ...(options.headers ? { headers: options.headers } : {}),
    hooks: options.hooks,
  });

  // Token endpoints go through the transport directly: they must never trigger a refresh themselves.
  const tokens = new TokenManager(
    options.auth,
    {
      login: async (auth) =>
        (
          await transport.send({ method: 'POST', path: '/auth/login', json: auth })
        ).json() as Promise<Session>,
      refresh: async (refreshToken) =>
        (
          await transport.send({ method: 'POST', path: '/auth/refresh', json: { refreshToken } })
        ).json() as Promise<Session>,
      clientToken: async ({ clientId, clientSecret, scope }) => {
        const form = new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
        });
        if (scope) form.set('scope', scope);
        const response = await transport.send({
          method: 'POST',
          path: '/auth/token',
          body: form,
          noIdempotencyKey: true,
        });
        const token = (await response.json()) as { access_token?: string; accessToken?: string };
        const accessToken = token.accessToken ?? token.access_token;
        if (!accessToken) throw new TypeError('token endpoint returned no access token');
        return { accessToken };
      },
    },
    options.onTokenRefresh,
  );

  async function sendAuthorised(request: TransportRequest): Promise<Response> {
    const token = await tokens.token();
    try {
      return await transport.send({ ...request, token, renewable: tokens.canRenew });
    } catch (error) {
      if (!(error instanceof AuthenticationError) || !tokens.canRenew) throw error;
      // One renewal (shared by concurrent callers), then the request once more with the same
      // Idempotency-Key, so a retried state change cannot happen twice.
      const renewed = await tokens.renew(token);
      return transport.send({ ...request, token: renewed });
    }
  }

  const call =
    (method: HttpMethod) =>
    async (path: string, init: RequestInit<never> & Record<string, unknown> = {} as never) => {
      const {
        path: pathParams,
        query,
        body,
        signal,
        idempotencyKey,
        ifMatch,
        headers,
        timeout,
        fetch,
      } = init as {
        path?: Record<string, string | number>;
        query?: Record<string, unknown>;
        body?: unknown;
        signal?: AbortSignal;
        idempotencyKey?: string;
        ifMatch?: string;
        headers?: Record<string, string>;
        timeout?: number | false;
        fetch?: typeof globalThis.fetch;
      };
      const isRaw = body instanceof FormData || body instanceof URLSearchParams || body instanceof Blob;
      const response = await sendAuthorised({
        method,
        path,
        pathParams,
        query,
        ...(body === undefined ? {} : isRaw ? { body: body as BodyInit } : { json: body }),
        signal,
        idempotencyKey,
        ifMatch,
        headers,
        timeout,
        fetch,
      });
      return {
        data: await parseBody(response),
        status: response.status,
        etag: response.headers.get('etag') ?? undefined,
        requestId: response.headers.get('x-request-id') ?? undefined,
        replayed: response.headers.get('idempotency-replayed') === 'true',
        response,
      };
    };

  const api = {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
  } as unknown as ApiCore;

  return { api, transport, tokens, sendAuthorised };
}

export type { paths };
