import { AuthenticationError, ForbiddenError, NetworkError, NotFoundError, TimeoutError } from '@eoffice/sdk';

/** How a failed load reads to a user; every component shows these four the same way. */
export type ErrorKind = 'not-found' | 'forbidden' | 'offline' | 'error';

/**
 * Sorts an error from the SDK (or a client that only sets `status`) into what the user is told: the
 * item does not exist or is not theirs to see, they lack access, they are offline, or something else.
 */
export function errorKind(error: unknown): ErrorKind {
  const status = (error as { status?: unknown } | null)?.status;
  if (error instanceof NotFoundError || status === 404) return 'not-found';
  if (
    error instanceof ForbiddenError ||
    error instanceof AuthenticationError ||
    status === 401 ||
    status === 403
  )
    return 'forbidden';
  if (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof TypeError && /fetch/i.test(error.message)) ||
    (typeof navigator !== 'undefined' && navigator.onLine === false)
  )
    return 'offline';
  return 'error';
}
