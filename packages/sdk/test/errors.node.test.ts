import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AuthenticationError,
  ConflictError,
  EOfficeError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  ValidationError,
  errorFromResponse,
} from '../src/index.js';

function problemResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('errors from problem+json responses', () => {
  it('maps each status to a class a caller can instanceof', async () => {
    const cases: [number, new (...args: never[]) => EOfficeError][] = [
      [400, ValidationError],
      [422, ValidationError],
      [401, AuthenticationError],
      [403, ForbiddenError],
      [404, NotFoundError],
      [409, ConflictError],
      [412, PreconditionFailedError],
      [428, PreconditionFailedError],
      [429, RateLimitError],
      [500, ServerError],
      [503, ServerError],
    ];
    for (const [status, kind] of cases) {
      const error = await errorFromResponse(
        problemResponse(status, { status }),
        'GET',
        'http://x/api/v1/files',
      );
      assert.ok(error instanceof kind, `${status} → ${kind.name}`);
      assert.ok(error instanceof EOfficeError);
      assert.equal(error.status, status);
    }
  });

  it('carries the problem details, request id, method and URL', async () => {
    const error = await errorFromResponse(
      problemResponse(
        409,
        {
          type: 'https://eoffice.example/problems/file.not_with_you',
          title: 'File is not with you',
          status: 409,
          detail: 'नस्ती इस समय अवर सचिव (स्था.) के पास है।',
          code: 'file.not_with_you',
          errors: [],
        },
        { 'x-request-id': 'req_42' },
      ),
      'POST',
      'http://localhost:4100/api/v1/files/file_1/send',
    );
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'file.not_with_you');
    assert.equal(error.title, 'File is not with you');
    assert.equal(error.detail, 'नस्ती इस समय अवर सचिव (स्था.) के पास है।');
    assert.equal(error.requestId, 'req_42');
    assert.equal(error.method, 'POST');
    assert.match(error.message, /POST .*\/files\/file_1\/send → 409 file\.not_with_you/);
    assert.deepEqual(JSON.parse(JSON.stringify(error)).problem.code, 'file.not_with_you');
  });

  it('exposes field problems of a validation error', async () => {
    const error = await errorFromResponse(
      problemResponse(400, {
        status: 400,
        code: 'request.validation',
        errors: [{ pointer: '/subject', message: 'must not be empty' }],
      }),
      'POST',
      'http://x/receipts',
    );
    assert.deepEqual(error.errors, [{ pointer: '/subject', message: 'must not be empty' }]);
  });

  it('reads Retry-After in seconds or as a date', async () => {
    const inSeconds = await errorFromResponse(problemResponse(429, {}, { 'retry-after': '7' }), 'POST', 'u');
    assert.ok(inSeconds instanceof RateLimitError);
    assert.equal(inSeconds.retryAfter, 7);
    const date = new Date(Date.now() + 30_000).toUTCString();
    const asDate = await errorFromResponse(problemResponse(429, {}, { 'retry-after': date }), 'POST', 'u');
    assert.ok(asDate instanceof RateLimitError);
    assert.ok(asDate.retryAfter !== undefined && asDate.retryAfter > 25 && asDate.retryAfter <= 31);
  });

  it('keeps the status when the error body is not JSON', async () => {
    const response = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'content-type': 'text/html' },
    });
    const error = await errorFromResponse(response, 'GET', 'http://x/files');
    assert.ok(error instanceof ServerError);
    assert.equal(error.problem, undefined);
    assert.match(error.message, /502: Bad Gateway/);
  });
});
