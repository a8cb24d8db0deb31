// Builds the Fastify app: one route per contract operation, each running the same pipeline —
// authenticate, check scope, validate parameters and body against the contract, honour
// Idempotency-Key, call the handler from the registry, validate the response when asked, and send.
import { randomBytes } from 'node:crypto';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { authenticate } from './auth/authenticate.js';
import { operations, type ContractOperation } from './contract.js';
import { openDatabase } from './db/connect.js';
import { beginIdempotent, completeIdempotent, requestHash } from './idempotency.js';
import { randomIds } from './ids.js';
import type {
  HandlerResult,
  OperationContext,
  OperationId,
  Principal,
  Services,
} from './operations/context.js';
import { principalFromTicket } from './operations/events.js';
import { handlers } from './operations/registry.js';
import { ApiProblem, pickLanguage, problemTitle, type Language } from './problem.js';
import {
  compileBodySchema,
  compileParameterSchemas,
  compileResponseSchema,
  findLoneSurrogate,
  toProblem,
} from './validation.js';

export interface BuildAppOptions {
  /** SQLite file path, or ':memory:' (default). */
  db?: string;
  clock?: () => Date;
  logger?: boolean | object;
  /** Origins allowed by CORS; default: any http://localhost or 127.0.0.1 port. */
  corsOrigins?: string[];
  enableTestEndpoints?: boolean;
  /** Check every response body against the contract (tests); drift becomes a 500. */
  validateResponses?: boolean;
  /** Load the demo department (see seed/run.ts). */
  seed?: boolean;
  /** HMAC key for access tokens; random when omitted. */
  tokenKey?: Buffer;
  /** Root certificates (DER) trusted for signatures besides the sandbox's own CA root. */
  trustAnchors?: Uint8Array[];
}

export const API_PREFIX = '/api/v1';
const JSON_LIMIT = 1024 * 1024;
const UPLOAD_LIMIT = 20 * 1024 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

interface CompiledOperation {
  operation: ContractOperation;
  parameters: ReturnType<typeof compileParameterSchemas>;
  bodies: Record<string, ValidateFunction>;
  responses: Map<string, ValidateFunction>;
}

// Compiling ~80 operations' schemas takes seconds; apps in one process (tests) share the result.
const compiledCache = new Map<string, CompiledOperation>();

function compile(operation: ContractOperation, withResponses: boolean): CompiledOperation {
  const cacheKey = `${operation.operationId} ${withResponses}`;
  const cached = compiledCache.get(cacheKey);
  if (cached) return cached;
  const result = compileUncached(operation, withResponses);
  compiledCache.set(cacheKey, result);
  return result;
}

function compileUncached(operation: ContractOperation, withResponses: boolean): CompiledOperation {
  const bodies: Record<string, ValidateFunction> = {};
  for (const [type, schema] of Object.entries(operation.requestBody?.content ?? {})) {
    if (schema && type !== 'multipart/form-data') bodies[type] = compileBodySchema(schema);
  }
  const responses = new Map<string, ValidateFunction>();
  if (withResponses) {
    for (const [status, response] of Object.entries(operation.responses)) {
      for (const [type, schema] of Object.entries(response.content)) {
        if (schema && type.endsWith('json')) {
          responses.set(`${status} ${type}`, compileResponseSchema(schema));
        }
      }
    }
  }
  return { operation, parameters: compileParameterSchemas(operation), bodies, responses };
}

function mediaType(request: FastifyRequest): string | null {
  const header = request.headers['content-type'];
  return header ? (header.split(';')[0]?.trim().toLowerCase() ?? null) : null;
}

function problemBody(problem: ApiProblem, request: FastifyRequest, language: Language): unknown {
  return {
    type: `urn:eoffice:problem:${problem.code}`,
    title: problemTitle(problem.code, problem.status, language),
    status: problem.status,
    detail: problem.message,
    instance: request.url.split('?')[0] ?? request.url,
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.oauthError ? { error: problem.oauthError } : {}),
  };
}

function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const fastifyError = error as { code?: string; statusCode?: number };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiProblem(413, 'request.payload_too_large', 'The body is over the size limit.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiProblem(415, 'request.unsupported_media_type', 'Unsupported Content-Type.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiProblem(400, 'request.malformed_json', 'The body is not valid JSON.');
  }
  if (fastifyError.statusCode === 413) {
    return new ApiProblem(413, 'request.payload_too_large', 'The body is over the size limit.');
  }
  return new ApiProblem(500, 'server.internal', 'Unexpected error.');
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_LIMIT,
    genReqId: () => `req_${randomBytes(8).toString('hex')}`,
    // Problem bodies are built here; Fastify must not reshape errors.
    return503OnClosing: true,
  });
  const db = await openDatabase(options.db ?? ':memory:');
  app.addHook('onClose', async () => {
    await db.destroy();
  });
  const services: Services = {
    db,
    clock: options.clock ?? (() => new Date()),
    ids: randomIds(),
    tokenKey: options.tokenKey ?? randomBytes(32),
    testEndpoints: options.enableTestEndpoints ?? false,
    log: app.log,
  };
  app.decorate('services', services);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const allowed = options.corsOrigins;
  await app.register(cors, {
    origin: (origin, callback) => {
      if (!origin) return callback(null, true);
      const ok = allowed
        ? allowed.includes(origin)
        : /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
      callback(null, ok);
    },
    exposedHeaders: [
      'ETag',
      'Location',
      'X-Request-Id',
      'Idempotency-Replayed',
      'Retry-After',
      'Content-Language',
    ],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'Idempotency-Key',
      'If-Match',
      'Accept-Language',
      'Last-Event-ID',
      'X-Request-Id',
    ],
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  });

  // JSON is parsed here (not by Fastify's default parser) so errors carry our problem codes.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text) as unknown);
      } catch {
        done(new ApiProblem(400, 'request.malformed_json', 'The body is not valid JSON.'), undefined);
      }
    },
  );
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      done(null, Object.fromEntries(new URLSearchParams(text)));
    },
  );
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT + 64 * 1024 },
    (_request, body, done) => done(null, body),
  );

  const sendProblem = (request: FastifyRequest, reply: FastifyReply, problem: ApiProblem) => {
    const language = pickLanguage(request.headers['accept-language']);
    void reply
      .code(problem.status)
      .headers({ ...problem.headers, 'content-language': language, 'x-request-id': request.id })
      .type('application/problem+json')
      .send(problemBody(problem, request, language));
    return reply;
  };

  app.setErrorHandler((error, request, reply) => {
    const problem = toApiProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, new ApiProblem(404, 'resource.not_found', 'No such route.')),
  );

  // Every operation of the contract has a handler (test/contract-coverage checks it too): refuse to
  // start rather than answer an operation with a surprise at run time.
  const unhandled = [...operations.keys()].filter((id) => !Object.hasOwn(handlers, id));
  if (unhandled.length > 0) throw new Error(`no handler for ${unhandled.join(', ')}`);
  for (const operation of operations.values()) {
    // Test-only operations do not exist unless enabled: 404 for everyone, signed in or not.
    if (operation.path.startsWith('/testing/') && !options.enableTestEndpoints) continue;
    const compiled = compile(operation, options.validateResponses ?? false);
    const url = API_PREFIX + operation.path.replace(/\{(\w+)\}/g, ':$1');
    app.route({
      method: operation.method,
      url,
      bodyLimit: operation.operationId === 'uploadAttachment' ? UPLOAD_LIMIT + 64 * 1024 : JSON_LIMIT,
      handler: async (request, reply) => {
        const result = await runOperation(compiled, request, reply, services);
        if (result.sent) return reply;
        return finish(compiled, request, reply, result, options.validateResponses ?? false);
      },
    });
  }

  if (options.trustAnchors)
    (await import('./signatures/authority.js')).configureTrustAnchors(db, options.trustAnchors);
  await app.register((await import('./esp/plugin.js')).sandboxEsp);
  if (options.seed) {
    const { runSeed } = await import('./seed/run.js');
    const data = await import('./seed/data.js');
    await runSeed(app, data);
  }
  return app;
}

async function runOperation(
  compiled: CompiledOperation,
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
): Promise<HandlerResult> {
  const { operation } = compiled;
  const language = pickLanguage(request.headers['accept-language']);
  try {
    let principal: Principal | null = null;
    if (operation.scopes !== null) {
      const ticket = (request.query as Record<string, unknown>).ticket;
      principal =
        operation.operationId === 'streamEvents' &&
        !request.headers.authorization &&
        typeof ticket === 'string'
          ? await principalFromTicket(services, ticket)
          : await authenticate(services, request.headers.authorization);
      const missing = operation.scopes.filter((scope) => !principal?.scopes.has(scope));
      if (missing.length > 0) {
        throw new ApiProblem(403, 'auth.insufficient_scope', `The token lacks ${missing.join(', ')}.`);
      }
    }

    const params = { ...(request.params as Record<string, string>) };
    const query = { ...(request.query as Record<string, unknown>) };
    // Array query parameters are comma-separated (style form, explode false).
    for (const p of operation.parameters) {
      if (p.in === 'query' && p.schema?.type === 'array' && typeof query[p.name] === 'string') {
        query[p.name] = (query[p.name] as string).split(',');
      }
    }
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    for (const [location, data] of [
      ['path', params],
      ['query', query],
      ['header', headers],
    ] as const) {
      const validate = compiled.parameters[location];
      if (!validate(data)) throw toProblem(validate.errors ?? [], location);
    }

    const needsIfMatch = operation.parameters.some(
      (p) => p.in === 'header' && p.name === 'If-Match' && p.required,
    );
    if (needsIfMatch && !headers['if-match']) {
      throw new ApiProblem(428, 'precondition.required', 'Send If-Match with the ETag you have.');
    }

    const body: unknown = request.body;
    if (operation.requestBody) {
      const type = mediaType(request);
      if (body !== undefined || type) {
        if (!type || !(type in operation.requestBody.content)) {
          throw new ApiProblem(415, 'request.unsupported_media_type', 'Unsupported Content-Type.');
        }
      }
      if (body === undefined && operation.requestBody.required) {
        throw new ApiProblem(400, 'request.validation', 'A request body is required.', [
          { pointer: '', message: 'body is required', code: 'required' },
        ]);
      }
      if (body !== undefined && type && compiled.bodies[type]) {
        const surrogate = findLoneSurrogate(body);
        if (surrogate !== null) {
          throw new ApiProblem(400, 'request.validation', 'Text must be valid Unicode.', [
            { pointer: surrogate, message: 'lone surrogate', code: 'unicode' },
          ]);
        }
        const validate = compiled.bodies[type];
        if (!validate(body)) throw toProblem(validate.errors ?? [], 'body');
      }
    }

    const handler = handlerOf(operation.operationId);
    // The one place where request data meets the generated types: it was validated against the same
    // contract just above, so the casts state what the validation established.
    const ctx: OperationContext = {
      operation,
      request,
      reply,
      params: params as OperationContext['params'],
      query: query as OperationContext['query'],
      headers,
      body: body as OperationContext['body'],
      principal,
      language,
      services,
    };

    const key = headers['idempotency-key'];
    if (operation.method === 'POST' && key && operation.operationId !== 'issueClientToken') {
      const scope = {
        principal: principal?.userId ?? `anonymous:${request.ip}`,
        operationId: operation.operationId,
        key,
      };
      const replay = await beginIdempotent(services.db, scope, requestHash(params, body), services.clock());
      if (replay) return replay;
      let result: HandlerResult;
      try {
        result = await handler(ctx);
      } catch (error) {
        const problem = toApiProblem(error);
        if (problem.status >= 500) request.log.error({ err: error }, 'handler failed');
        result = {
          status: problem.status,
          body: problemBody(problem, request, language),
          headers: problem.headers,
        };
      }
      await completeIdempotent(services.db, scope, result);
      return result;
    }
    return await handler(ctx);
  } catch (error) {
    let problem = toApiProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'handler failed');
    if (operation.operationId === 'issueClientToken') problem = asOAuthProblem(problem, request.body);
    return {
      status: problem.status,
      body: problemBody(problem, request, language),
      headers: problem.headers,
    };
  }
}

/** The handler of an operation, called with a context validated against that operation. */
function handlerOf(operationId: string): (ctx: OperationContext) => Promise<HandlerResult> {
  if (!Object.hasOwn(handlers, operationId)) throw new Error(`no handler for ${operationId}`);
  return handlers[operationId as OperationId] as (ctx: OperationContext) => Promise<HandlerResult>;
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
    const declared = compiled.operation.responses[String(result.status)];
    let failure: string | null = null;
    if (!declared) failure = `status ${result.status} is not declared`;
    else if (result.body !== undefined) {
      const validate = compiled.responses.get(`${result.status} ${type}`);
      if (!validate) failure = `no ${type} body declared for ${result.status}`;
      else if (!validate(result.body)) failure = JSON.stringify(validate.errors);
    } else if (Object.keys(declared.content).length > 0) {
      failure = `${result.status} must have a body`;
    }
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
