import ky, {
  HTTPError,
  TimeoutError as KyTimeoutError,
  type KyInstance,
  type Options as KyOptions,
} from 'ky';
import { EOfficeError, NetworkError, TimeoutError, errorFromResponse } from './errors.js';
import { newIdempotencyKey } from './idempotency.js';

/** Retry policy. Only GET/HEAD and POSTs carrying an Idempotency-Key are ever retried. */
export interface RetryOptions {
  /** Attempts after the first (default 2). */
  limit?: number;
  /** Upper bound of one back-off delay in ms (default 5,000). */
  backoffLimit?: number;
  /** Longest Retry-After the client will wait, in ms (default 60,000); longer ones fail at once. */
  maxRetryAfter?: number;
}

export interface TransportOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  timeout?: number | false;
  retry?: RetryOptions;
  /** `hi` or `en`: sent as Accept-Language, localising problem titles and status labels. */
  language?: 'hi' | 'en';
  headers?: Record<string, string>;
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
  /** POSTs that take no Idempotency-Key (the OAuth token endpoint). */
  noIdempotencyKey?: boolean;
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
    if (this.#options.language) headers['accept-language'] = this.#options.language;
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
            maxRetryAfter: retry.maxRetryAfter ?? 60_000,
            backoffLimit: retry.backoffLimit ?? 5_000,
          }
        : 0,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.timeout !== undefined ? { timeout: request.timeout } : {}),
      ...(request.json !== undefined ? { json: request.json } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
    };

    try {
      return await this.#ky(relative, options);
    } catch (error) {
      throw await toSdkError(error, method, url);
    }
  }
}

async function toSdkError(error: unknown, method: string, url: string): Promise<unknown> {
  if (error instanceof HTTPError) return errorFromResponse(error.response, method, url);
  if (error instanceof KyTimeoutError) {
    return new TimeoutError(`${method} ${url}: no response within the timeout`, {
      method,
      url,
      cause: error,
    });
  }
  // The caller's own abort stays an AbortError, as with fetch.
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  if (error instanceof EOfficeError) return error;
  if (error instanceof TypeError) {
    return new NetworkError(`${method} ${url}: ${error.message}`, { method, url, cause: error });
  }
  return error;
}
