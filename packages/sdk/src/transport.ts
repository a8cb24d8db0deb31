import ky, {
  HTTPError,
  TimeoutError as KyTimeoutError,
  type KyInstance,
  type Options as KyOptions,
} from 'ky';
import {
  AuthenticationError,
  EOfficeError,
  NetworkError,
  TimeoutError,
  errorFromResponse,
  parseRetryAfter,
} from './errors.js';
import { HookError, hookRequest, runHooks, type HookRequest, type Hooks } from './hooks.js';
import { newIdempotencyKey } from './idempotency.js';
import { acceptLanguage, type Locale } from './locale.js';

/** Retry policy. Only GET/HEAD and POSTs carrying an Idempotency-Key are ever retried. */
export interface RetryOptions {
  /** Attempts after the first (default 2). */
  limit?: number;
  /** Upper bound of one back-off delay in ms (default 5,000). */
  backoffLimit?: number;
  /**
   * Longest `Retry-After` the client will wait, in ms (default 60,000). A 429 or 503 asking for a
   * longer wait fails at once (ky alone would wait this long and try again).
   */
  maxRetryAfter?: number;
}

export interface TransportOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  timeout?: number | false;
  retry?: RetryOptions;
  /** Sent as Accept-Language; see `acceptLanguage`. */
  locale?: Locale | (() => string | undefined) | undefined;
  headers?: Record<string, string>;
  hooks?: Hooks | undefined;
}

/** One HTTP exchange as the client core asks for it. */
export interface TransportRequest {
  method: string;
  /** Path template from the contract, e.g. `/files/{fileId}`. */
  path: string;
  pathParams?: Record<string, string | number>;
  query?: Record<string, unknown>;
  json?: unknown;
  body?: BodyInit;
  token?: string | undefined;
  signal?: AbortSignal | undefined;
  idempotencyKey?: string | undefined;
  ifMatch?: string | undefined;
  headers?: Record<string, string> | undefined;
  timeout?: number | false | undefined;
  accept?: string;
  /** This call's own fetch (see `CallOptions.fetch`). */
  fetch?: typeof fetch | undefined;
  /** POSTs that take no Idempotency-Key (the OAuth token endpoint). */
  noIdempotencyKey?: boolean;
  /** The caller answers a 401 by renewing the token, so such a 401 is not reported to hooks. */
  renewable?: boolean;
}

export function expandPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new TypeError(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}

export function toSearchParams(query: Record<string, unknown> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
}

/** The ky-based transport: base URL, timeout, retries with Retry-After, typed errors. */
export class Transport {
  readonly #ky: KyInstance;
  readonly #options: TransportOptions;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#ky = ky.create({
      prefixUrl: options.baseUrl,
      timeout: options.timeout ?? 30_000,
      throwHttpErrors: true,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  get baseUrl(): string {
    return this.#options.baseUrl;
  }

  /** Sends the request; resolves with the response of a 2xx/304, rejects with an EOfficeError. */
  async send(request: TransportRequest): Promise<Response> {
    const method = request.method.toUpperCase();
    const relative = expandPath(request.path, request.pathParams).replace(/^\//, '');
    const search = toSearchParams(request.query);
    const url = `${this.#options.baseUrl.replace(/\/$/, '')}/${relative}${search.size ? `?${search}` : ''}`;

    const headers: Record<string, string> = { ...this.#options.headers, ...request.headers };
    headers['accept'] = request.accept ?? 'application/json, application/problem+json';
    const language = acceptLanguage(this.#options.locale);
    if (language && !Object.keys(headers).some((name) => name.toLowerCase() === 'accept-language'))
      headers['accept-language'] = language;
    if (request.ifMatch) headers['if-match'] = request.ifMatch;
    // Set last so no caller-supplied header can replace it.
    delete headers['authorization'];
    if (request.token) headers['authorization'] = `Bearer ${request.token}`;

    let retryable = method === 'GET' || method === 'HEAD';
    if (method === 'POST' && !request.noIdempotencyKey) {
      headers['idempotency-key'] = request.idempotencyKey ?? newIdempotencyKey();
      retryable = true;
    }
    const retry = this.#options.retry ?? {};
    const maxRetryAfter = retry.maxRetryAfter ?? 60_000;
    const hooks = this.#options.hooks;
    // The attempt in flight, as hooks see it: one object per attempt, shared by its hooks.
    let attempt: HookRequest | undefined;
    const options: KyOptions = {
      method,
      headers,
      searchParams: search,
      retry: retryable
        ? {
            limit: retry.limit ?? 2,
            methods: ['get', 'head', 'post'],
            statusCodes: [408, 429, 500, 502, 503, 504],
            afterStatusCodes: [429, 503],
            maxRetryAfter,
            backoffLimit: retry.backoffLimit ?? 5_000,
            shouldRetry: ({ error }) =>
              error instanceof HookError ||
              (error instanceof HTTPError &&
                (parseRetryAfter(error.response.headers.get('retry-after')) ?? 0) * 1000 > maxRetryAfter)
                ? false
                : undefined,
          }
        : 0,
      ...(hooks && {
        hooks: {
          beforeRequest: [
            async (kyRequest, _, { retryCount }) => {
              attempt = hookRequest(kyRequest, request.path, retryCount);
              await runHooks('beforeRequest', hooks.beforeRequest, [attempt], method, url);
            },
          ],
          // Only when asked for: ky copies each response for these hooks.
          afterResponse: hooks.afterResponse?.length
            ? [
                (_, __, response) =>
                  runHooks(
                    'afterResponse',
                    hooks.afterResponse,
                    [attempt as HookRequest, response],
                    method,
                    url,
                  ),
              ]
            : [],
        },
      }),
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.timeout !== undefined ? { timeout: request.timeout } : {}),
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.fetch && { fetch: request.fetch }),
    };

    try {
      return await this.#ky(relative, options);
    } catch (error) {
      const failure = await toSdkError(error, method, url);
      if (failure instanceof EOfficeError && !(request.renewable && failure instanceof AuthenticationError))
        await runHooks('beforeError', hooks?.beforeError, [failure, attempt], method, url);
      throw failure;
    }
  }
}

async function toSdkError(error: unknown, method: string, url: string): Promise<unknown> {
  if (error instanceof HTTPError) return errorFromResponse(error.response, method, url);
  // Not ky's error as `cause`: it holds the request, Authorization header included.
  if (error instanceof KyTimeoutError)
    return new TimeoutError(`${method} ${url}: no response within the timeout`, { method, url });
  // The caller's own abort stays an AbortError, as with fetch.
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  if (error instanceof EOfficeError) return error;
  if (error instanceof TypeError) {
    return new NetworkError(`${method} ${url}: ${error.message}`, { method, url, cause: error });
  }
  return error;
}
