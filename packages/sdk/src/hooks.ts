import { EOfficeError } from './errors.js';

/**
 * One attempt of a request as a hook sees it. The same object reaches every hook of that attempt,
 * so a hook can key its own state on it (a `WeakMap` from request to start time, for instance).
 *
 * It carries no credentials: `headers` leaves Authorization out, so a hook that logs what it is
 * given cannot leak a token. A hook that really needs the outgoing request (to sign it, say) asks
 * for it with `raw()`.
 */
export interface HookRequest {
  /** `GET`, `POST` … */
  readonly method: string;
  /** The full URL with its query. Tokens never travel in it. */
  readonly url: string;
  /** The contract's path template, e.g. `/files/{fileId}`: a stable name to group measurements by. */
  readonly path: string;
  /** 0 for the first attempt, then 1, 2 … for retries. */
  readonly retryCount: number;
  /** The request headers, Authorization left out. Headers set with `setHeader` show here too. */
  readonly headers: Headers;
  /**
   * Sets a header on this attempt (`beforeRequest` only; later it has no effect on the wire).
   * Authorization belongs to the client: setting it throws.
   */
  setHeader(name: string, value: string): void;
  /** The outgoing fetch `Request`, Authorization included. Keep it out of logs. */
  raw(): Request;
}

/** Runs before each attempt, retries included: add headers, start a timer. */
export type BeforeRequestHook = (request: HookRequest) => void | Promise<void>;
/**
 * Runs after each attempt that got a response, error statuses included (before they become errors).
 * `response` is a copy whose body the hook may read; an event stream's body never ends, so leave it.
 */
export type AfterResponseHook = (request: HookRequest, response: Response) => void | Promise<void>;
/**
 * Runs once when a call fails, with the typed error it is about to reject with, and the last
 * attempt (`undefined` when none was made). It observes; the call rejects with `error` afterwards.
 * A 401 the client answers by renewing the token is not a failure and does not reach it, nor does
 * the caller's own abort.
 */
export type BeforeErrorHook = (error: EOfficeError, request: HookRequest | undefined) => void | Promise<void>;

/** Functions the client calls around every request: to add headers, log or measure. */
export interface Hooks {
  beforeRequest?: BeforeRequestHook[];
  afterResponse?: AfterResponseHook[];
  beforeError?: BeforeErrorHook[];
}

/** A hook threw: the call rejects with this error (never retried); the hook's error is `cause`. */
export class HookError extends EOfficeError {
  override name = 'HookError';
  /** Which kind of hook threw. */
  readonly hook: keyof Hooks;
  constructor(hook: keyof Hooks, method: string, url: string, cause: unknown) {
    super(
      `${method} ${url}: a ${hook} hook failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        method,
        url,
        cause,
      },
    );
    this.hook = hook;
  }
}

/** The credential-free view of `request` that hooks receive. */
export function hookRequest(request: Request, path: string, retryCount: number): HookRequest {
  const headers = new Headers(request.headers);
  headers.delete('authorization');
  return {
    method: request.method,
    url: request.url,
    path,
    retryCount,
    headers,
    setHeader(name, value) {
      if (name.toLowerCase() === 'authorization')
        throw new TypeError('Authorization is set by the client; a hook cannot replace it');
      request.headers.set(name, value);
      headers.set(name, value);
    },
    raw: () => request,
  };
}

/** Runs `hooks` in order; the first that throws ends the call with a HookError. */
export async function runHooks<A extends unknown[]>(
  kind: keyof Hooks,
  hooks: ((...args: A) => void | Promise<void>)[] | undefined,
  args: A,
  method: string,
  url: string,
): Promise<void> {
  for (const hook of hooks ?? []) {
    try {
      await hook(...args);
    } catch (cause) {
      throw new HookError(kind, method, url, cause);
    }
  }
}
