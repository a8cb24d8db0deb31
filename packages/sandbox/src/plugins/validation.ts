// Validation of a request against its operation in the contract: path, query and header parameters
// (with coercion; arrays comma-separated), If-Match where required, the media type, and the body
// (strictly, after the lone-surrogate check). What passes is what the handler's generated types promise.
import type { FastifyRequest } from 'fastify';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { ContractOperation } from '../contract.js';
import { ApiProblem } from '../problem.js';
import {
  compileBodySchema,
  compileParameterSchemas,
  compileResponseSchema,
  findLoneSurrogate,
  toProblem,
} from '../validation.js';

export interface CompiledOperation {
  operation: ContractOperation;
  parameters: ReturnType<typeof compileParameterSchemas>;
  bodies: Record<string, ValidateFunction>;
  responses: Map<string, ValidateFunction>;
}

/** The request's parts, validated. */
export interface ValidatedRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

// Compiling ~80 operations' schemas takes seconds; apps in one process (tests) share the result.
const compiledCache = new Map<string, CompiledOperation>();

export function compileOperation(operation: ContractOperation, withResponses: boolean): CompiledOperation {
  const cacheKey = `${operation.operationId} ${withResponses}`;
  let compiled = compiledCache.get(cacheKey);
  if (!compiled) {
    compiled = compileUncached(operation, withResponses);
    compiledCache.set(cacheKey, compiled);
  }
  return compiled;
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

export function validateRequest(compiled: CompiledOperation, request: FastifyRequest): ValidatedRequest {
  const { operation } = compiled;
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
    const validate = type ? compiled.bodies[type] : undefined;
    if (body !== undefined && validate) {
      const surrogate = findLoneSurrogate(body);
      if (surrogate !== null) {
        throw new ApiProblem(400, 'request.validation', 'Text must be valid Unicode.', [
          { pointer: surrogate, message: 'lone surrogate', code: 'unicode' },
        ]);
      }
      if (!validate(body)) throw toProblem(validate.errors ?? [], 'body');
    }
  }
  return { params, query, headers, body };
}
