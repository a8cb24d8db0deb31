// One error path (RFC 9457): every answer that is not 2xx or 3xx is application/problem+json with a
// status the contract lists, whether a handler threw it, Fastify refused the request (no route, bad URL
// encoding, an over-long path parameter, a body too large or of the wrong type) or Node's HTTP parser
// refused it (headers too large) before Fastify saw it.
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ApiProblem, pickLanguage, problemDetail, problemTitle, type Language } from '../problem.js';

/** Statuses the contract's operations declare for problems; anything else becomes one of these. */
export const CONTRACT_PROBLEM_STATUSES = [
  400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 500,
] as const;

/** The contract's Problem body for `problem`, answering `request`. */
export function problemBody(problem: ApiProblem, request: FastifyRequest, language: Language): unknown {
  return {
    type: `urn:eoffice:problem:${problem.code}`,
    title: problemTitle(problem.code, problem.status, language),
    status: problem.status,
    detail: problemDetail(problem, language),
    instance: request.url.split('?')[0] ?? request.url,
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.oauthError ? { error: problem.oauthError } : {}),
  };
}

const malformedUrl = () =>
  new ApiProblem(
    400,
    'request.validation',
    'The URL is not valid (bad percent-encoding or a too long path segment).',
  );

/** Any thrown value as the problem to answer; Fastify's own errors get the contract's codes. */
export function toApiProblem(error: unknown): ApiProblem {
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
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return malformedUrl();
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 413) {
    return new ApiProblem(413, 'request.payload_too_large', 'The body is over the size limit.');
  }
  if (status >= 400 && status < 500) {
    // A refusal by the framework that the contract has no status for is a plain bad request.
    return new ApiProblem(400, 'request.validation', 'The request is not valid.');
  }
  return new ApiProblem(500, 'server.internal', 'Unexpected error.');
}

/** Sends `problem` as application/problem+json in the request's language. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem): FastifyReply {
  const language = pickLanguage(request.headers['accept-language']);
  void reply
    .code(problem.status)
    .headers({ ...problem.headers, 'content-language': language, 'x-request-id': request.id })
    .type('application/problem+json')
    .send(problemBody(problem, request, language));
  return reply;
}

/** Fastify's `frameworkErrors` option: errors raised while routing, before any hook runs. */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error,
  request,
  reply,
) => {
  sendProblem(request, reply, toApiProblem(error));
};

/**
 * Fastify's `clientErrorHandler` option: Node's HTTP parser refused the request (headers over the
 * limit, a malformed request line). There is no request object yet, so the answer is written raw.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify({
    type: 'urn:eoffice:problem:request.validation',
    title: problemTitle('request.validation', 400, 'en'),
    status: 400,
    detail: tooLarge ? 'The request headers are too large.' : 'The request could not be parsed.',
    code: 'request.validation',
  });
  socket.end(
    'HTTP/1.1 400 Bad Request\r\n' +
      'Content-Type: application/problem+json\r\n' +
      'Content-Language: en\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

async function problemDetailsPlugin(app: FastifyInstance): Promise<void> {
  app.setErrorHandler((error, request, reply) => {
    const problem = toApiProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, new ApiProblem(404, 'resource.not_found', 'No such route.')),
  );
}

/** Error and not-found handlers for the whole app (hence fastify-plugin: they must reach the root). */
export const problemDetails = fp(problemDetailsPlugin, { name: 'eoffice-problem-details', fastify: '5.x' });
