/**
 * @eoffice/sdk — the typed client of the e-Office API, for browsers and Node ≥ 20.19.
 */
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
export { parseEventStream, type ServerSentEvent } from './sse.js';
