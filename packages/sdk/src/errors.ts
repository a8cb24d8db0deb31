/** One field-level problem of a validation error: where (JSON Pointer into the request) and what. */
export interface FieldProblem {
  pointer: string;
  message: string;
  code?: string;
}

/** RFC 9457 problem details as the e-Office API sends them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code, e.g. `file.not_with_you`. */
  code?: string;
  requestId?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export interface ErrorContext {
  method: string;
  /** The request URL. Never carries credentials: tokens travel only in the Authorization header. */
  url: string;
  status?: number;
  problem?: ProblemDetails;
  requestId?: string;
  cause?: unknown;
}

/**
 * Base of every error the SDK throws. Carries the problem details of the response (if any), the
 * request id for support, and the method and URL — never the Authorization header or a token.
 */
export class EOfficeError extends Error {
  override name = 'EOfficeError';
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  readonly problem: ProblemDetails | undefined;
  readonly requestId: string | undefined;

  constructor(message: string, context: ErrorContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.method = context.method;
    this.url = context.url;
    this.status = context.status ?? context.problem?.status;
    this.problem = context.problem;
    this.requestId = context.requestId ?? context.problem?.requestId;
  }

  /** The stable problem code, e.g. `file.not_with_you`. */
  get code(): string | undefined {
    return this.problem?.code;
  }
  get type(): string | undefined {
    return this.problem?.type;
  }
  get title(): string | undefined {
    return this.problem?.title;
  }
  get detail(): string | undefined {
    return this.problem?.detail;
  }
  /** Field-level problems of a validation error (empty otherwise). */
  get errors(): FieldProblem[] {
    return this.problem?.errors ?? [];
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      method: this.method,
      url: this.url,
      status: this.status,
      requestId: this.requestId,
      problem: this.problem,
    };
  }
}

/** 400 or 422: the request was malformed or failed validation; see `errors` for the fields. */
export class ValidationError extends EOfficeError {
  override name = 'ValidationError';
}
/** 401: not signed in, or the token expired and could not be refreshed. */
export class AuthenticationError extends EOfficeError {
  override name = 'AuthenticationError';
}
/** 403: signed in but not allowed (a missing scope, or not the holder of the file). */
export class ForbiddenError extends EOfficeError {
  override name = 'ForbiddenError';
}
/** 404: no such resource, or one the user may not see. */
export class NotFoundError extends EOfficeError {
  override name = 'NotFoundError';
}
/** 409: the action does not fit the current state, or another officer acted first. */
export class ConflictError extends EOfficeError {
  override name = 'ConflictError';
}
/** 412 (the resource changed since it was read) or 428 (If-Match is missing). */
export class PreconditionFailedError extends EOfficeError {
  override name = 'PreconditionFailedError';
}
/** 429: too many requests; `retryAfter` says when to try again, in seconds. */
export class RateLimitError extends EOfficeError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;
  constructor(message: string, context: ErrorContext & { retryAfter?: number }) {
    super(message, context);
    this.retryAfter = context.retryAfter;
  }
}
/** 5xx: the server failed. */
export class ServerError extends EOfficeError {
  override name = 'ServerError';
}
/** The request never got a response: offline, DNS, connection reset, CORS refusal. */
export class NetworkError extends EOfficeError {
  override name = 'NetworkError';
}
/** No response within the configured timeout. */
export class TimeoutError extends EOfficeError {
  override name = 'TimeoutError';
}

/** Reads `Retry-After` as seconds (it may also be an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error class for an HTTP status. */
export function errorFor(
  status: number,
  message: string,
  context: ErrorContext,
  retryAfter?: number,
): EOfficeError {
  switch (true) {
    case status === 400 || status === 422 || status === 413 || status === 415:
      return new ValidationError(message, context);
    case status === 401:
      return new AuthenticationError(message, context);
    case status === 403:
      return new ForbiddenError(message, context);
    case status === 404 || status === 410:
      return new NotFoundError(message, context);
    case status === 409:
      return new ConflictError(message, context);
    case status === 412 || status === 428:
      return new PreconditionFailedError(message, context);
    case status === 429:
      return new RateLimitError(message, { ...context, ...(retryAfter === undefined ? {} : { retryAfter }) });
    case status >= 500:
      return new ServerError(message, context);
    default:
      return new EOfficeError(message, context);
  }
}

/** Builds the typed error for a failed response, reading problem+json when the server sent it. */
export async function errorFromResponse(
  response: Response,
  method: string,
  url: string,
): Promise<EOfficeError> {
  let problem: ProblemDetails | undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (body && typeof body === 'object' && !Array.isArray(body)) problem = body as ProblemDetails;
    } catch {
      // A broken error body must not hide the status: fall through with no problem details.
    }
  }
  const requestId = response.headers.get('x-request-id') ?? problem?.requestId;
  const summary = problem?.detail ?? problem?.title ?? response.statusText ?? 'Request failed';
  const message = `${method} ${url} → ${response.status}${problem?.code ? ` ${problem.code}` : ''}: ${summary}`;
  return errorFor(
    response.status,
    message,
    {
      method,
      url,
      status: response.status,
      ...(problem ? { problem } : {}),
      ...(requestId ? { requestId } : {}),
    },
    parseRetryAfter(response.headers.get('retry-after')),
  );
}
