// Idempotency-Key for state-changing POSTs, in one transaction with the write it protects: the key's
// record, the handler's writes and the stored answer commit together, so after a crash a retry either
// finds the first answer or runs afresh, and is applied exactly once either way.
//
// Only authenticated requests are replayed, scoped to their principal (a key cannot be replayed by
// someone else, whatever their address), and never operations whose answer carries a credential: a
// stored copy of a token or secret would be a credential at rest, and a replay would hand it out again.
import type { Kysely } from 'kysely';
import type { ContractOperation } from '../contract.js';
import { inRequestTransaction } from '../db/request-transaction.js';
import type { Database } from '../db/schema.js';
import { beginIdempotent, completeIdempotent, requestHash, type IdempotencyScope } from '../idempotency.js';
import type { HandlerResult, Principal, Services } from '../operations/context.js';

/** Operations whose answers carry tokens or secrets: never stored, never replayed. */
export const NEVER_REPLAYED: ReadonlySet<string> = new Set([
  'login',
  'refreshSession',
  'issueClientToken',
  'createServiceClient',
  'createEventTicket',
]);

/** The scope of a request's key, or null when the request is not handled idempotently. */
export function idempotencyScope(
  operation: ContractOperation,
  principal: Principal | null,
  key: string | undefined,
): IdempotencyScope | null {
  if (operation.method !== 'POST' || !key || !principal) return null;
  if (NEVER_REPLAYED.has(operation.operationId)) return null;
  return { principal: `${principal.kind}:${principal.userId}`, operationId: operation.operationId, key };
}

/**
 * Runs `handle` once per key: the first request's answer (4xx included, 5xx not) is stored with its
 * writes and replayed to every retry with the same request; another request under the key is a 422.
 */
export async function runIdempotently(
  root: Kysely<Database>,
  services: Services,
  scope: IdempotencyScope,
  request: { params: unknown; body: unknown },
  handle: () => Promise<HandlerResult>,
): Promise<HandlerResult> {
  const hash = requestHash(request.params, request.body);
  return inRequestTransaction(root, async () => {
    const replay = await beginIdempotent(services.db, scope, hash, services.clock());
    if (replay) return replay;
    const result = await handle();
    await completeIdempotent(services.db, scope, result);
    return result;
  });
}
