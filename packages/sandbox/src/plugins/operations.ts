// One route per contract operation, each running the same pipeline: authenticate and check scopes,
// validate against the contract, run the handler (idempotently where a key applies), check the answer
// against the contract when asked, and send it.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { operations } from '../contract.js';
import type { Database } from '../db/schema.js';
import type { HandlerResult, OperationContext, OperationId, Services } from '../operations/context.js';
import { handlers } from '../operations/registry.js';
import { ApiProblem, pickLanguage, type Language } from '../problem.js';
import { authenticateOperation } from './authentication.js';
import { JSON_LIMIT, UPLOAD_LIMIT } from './body-parsers.js';
import { idempotencyScope, runIdempotently } from './idempotency.js';
import { problemBody, toApiProblem } from './problem-details.js';
import { compileOperation, validateRequest, type CompiledOperation } from './validation.js';

export const API_PREFIX = '/api/v1';

export interface OperationRoutesOptions {
  services: Services;
  /** The database itself, for the idempotent requests' transactions (`services.db` follows them). */
  root: Kysely<Database>;
  validateResponses: boolean;
  enableTestEndpoints: boolean;
  /** Route options per operationId (rate limits). */
  routeConfig?: Partial<Record<string, Record<string, unknown>>>;
}

/** The handler of an operation, called with a context validated against that operation. */
function handlerOf(operationId: string): (ctx: OperationContext) => Promise<HandlerResult> {
  if (!Object.hasOwn(handlers, operationId)) throw new Error(`no handler for ${operationId}`);
  return handlers[operationId as OperationId] as (ctx: OperationContext) => Promise<HandlerResult>;
}

export async function operationRoutes(app: FastifyInstance, options: OperationRoutesOptions): Promise<void> {
  // Every operation of the contract has a handler (the registry's type says so too): refuse to start
  // rather than answer an operation with a surprise at run time.
  const unhandled = [...operations.keys()].filter((id) => !Object.hasOwn(handlers, id));
  if (unhandled.length > 0) throw new Error(`no handler for ${unhandled.join(', ')}`);
  for (const operation of operations.values()) {
    // Test-only operations do not exist unless enabled: 404 for everyone, signed in or not.
    if (operation.path.startsWith('/testing/') && !options.enableTestEndpoints) continue;
    const compiled = compileOperation(operation, options.validateResponses);
    app.route({
      method: operation.method,
      url: API_PREFIX + operation.path.replace(/\{(\w+)\}/g, ':$1'),
      bodyLimit: operation.operationId === 'uploadAttachment' ? UPLOAD_LIMIT : JSON_LIMIT,
      ...(options.routeConfig?.[operation.operationId] ?? {}),
      handler: async (request, reply) => {
        const result = await runOperation(compiled, request, reply, options);
        if (result.sent) return reply;
        return finish(compiled, request, reply, result, options.validateResponses);
      },
    });
  }
}

function problemResult(error: unknown, request: FastifyRequest, language: Language): HandlerResult {
  const problem = toApiProblem(error);
  if (problem.status >= 500) request.log.error({ err: error }, 'handler failed');
  return { status: problem.status, body: problemBody(problem, request, language), headers: problem.headers };
}

async function runOperation(
  compiled: CompiledOperation,
  request: FastifyRequest,
  reply: FastifyReply,
  { services, root }: OperationRoutesOptions,
): Promise<HandlerResult> {
  const { operation } = compiled;
  const language = pickLanguage(request.headers['accept-language']);
  try {
    const principal = await authenticateOperation(services, operation, request);
    const input = validateRequest(compiled, request);
    const handler = handlerOf(operation.operationId);
    // The one place where request data meets the generated types: it was validated against the same
    // contract just above, so the casts state what the validation established.
    const ctx: OperationContext = {
      operation,
      request,
      reply,
      params: input.params as OperationContext['params'],
      query: input.query as OperationContext['query'],
      headers: input.headers,
      body: input.body as OperationContext['body'],
      principal,
      language,
      services,
    };
    const scope = idempotencyScope(operation, principal, input.headers['idempotency-key']);
    if (!scope) return await handler(ctx);
    return await runIdempotently(root, services, scope, input, async () => {
      try {
        return await handler(ctx);
      } catch (error) {
        return problemResult(error, request, language);
      }
    });
  } catch (error) {
    if (operation.operationId === 'issueClientToken') {
      return problemResult(asOAuthProblem(toApiProblem(error), request.body), request, language);
    }
    return problemResult(error, request, language);
  }
}

/** The token endpoint's 400s carry an RFC 6749 `error` so stock OAuth2 clients understand them. */
function asOAuthProblem(problem: ApiProblem, body: unknown): ApiProblem {
  if (problem.status !== 400 || problem.oauthError) return problem;
  const grantType = (body as { grant_type?: unknown } | undefined)?.grant_type;
  if (grantType !== undefined && grantType !== 'client_credentials') {
    return new ApiProblem(
      400,
      'auth.unsupported_grant_type',
      'Only client_credentials is supported.',
      undefined,
      {},
      'unsupported_grant_type',
    );
  }
  return new ApiProblem(
    problem.status,
    problem.code,
    problem.message,
    problem.errors,
    problem.headers,
    'invalid_request',
  );
}

function finish(
  compiled: CompiledOperation,
  request: FastifyRequest,
  reply: FastifyReply,
  result: HandlerResult,
  validateResponses: boolean,
): FastifyReply {
  const language = pickLanguage(request.headers['accept-language']);
  const isProblem =
    result.body !== null &&
    typeof result.body === 'object' &&
    'type' in result.body &&
    String((result.body as { type: unknown }).type).startsWith('urn:eoffice:problem:');
  const type = isProblem ? 'application/problem+json' : 'application/json';
  if (validateResponses) {
    const failure = responseDrift(compiled, result, type);
    if (failure) {
      request.log.error({ operationId: compiled.operation.operationId, failure }, 'response drift');
      const problem = new ApiProblem(
        500,
        'server.internal',
        `Response of ${compiled.operation.operationId} does not match the contract: ${failure}`.slice(
          0,
          2000,
        ),
      );
      return reply
        .code(500)
        .headers({ 'x-request-id': request.id, 'content-language': language })
        .type('application/problem+json')
        .send(problemBody(problem, request, language));
    }
  }
  void reply
    .code(result.status)
    .headers({ ...(result.headers ?? {}), 'x-request-id': request.id, 'content-language': language });
  if (result.body === undefined) return reply.send();
  return reply.type(type).send(result.body);
}

/** Why an answer does not match the contract, or null when it does. */
function responseDrift(compiled: CompiledOperation, result: HandlerResult, type: string): string | null {
  const declared = compiled.operation.responses[String(result.status)];
  if (!declared) return `status ${result.status} is not declared`;
  if (result.body !== undefined) {
    const validate = compiled.responses.get(`${result.status} ${type}`);
    if (!validate) return `no ${type} body declared for ${result.status}`;
    if (!validate(result.body)) return JSON.stringify(validate.errors);
  } else if (Object.keys(declared.content).length > 0) {
    return `${result.status} must have a body`;
  }
  return null;
}
