// Authentication and scope check of an operation: a bearer token (or, for the event stream only, a
// single-use ticket, since a browser's EventSource cannot send headers), then the scopes the contract's
// security requirement names. Operations without security get no principal.
import type { FastifyRequest } from 'fastify';
import { authenticate } from '../auth/authenticate.js';
import type { ContractOperation } from '../contract.js';
import type { Principal, Services } from '../operations/context.js';
import { principalFromTicket } from '../operations/events.js';
import { ApiProblem } from '../problem.js';

export async function authenticateOperation(
  services: Services,
  operation: ContractOperation,
  request: FastifyRequest,
): Promise<Principal | null> {
  if (operation.scopes === null) return null;
  const ticket = (request.query as Record<string, unknown>).ticket;
  const principal =
    operation.operationId === 'streamEvents' && !request.headers.authorization && typeof ticket === 'string'
      ? await principalFromTicket(services, ticket)
      : await authenticate(services, request.headers.authorization);
  const missing = operation.scopes.filter((scope) => !principal.scopes.has(scope));
  if (missing.length > 0) {
    throw new ApiProblem(403, 'auth.insufficient_scope', `The token lacks ${missing.join(', ')}.`);
  }
  return principal;
}
