// Request bodies, parsed with limits before anything else sees them: JSON must be valid UTF-8
// (`400 request.encoding`, never U+FFFD stored in its place), valid JSON (`400 request.malformed_json`)
// and nested at most MAX_DEPTH levels (`400 request.validation`; a body nested 100,000 levels deep must
// not reach a recursive walk). Uploads arrive as bytes for the handler to parse.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiProblem } from '../problem.js';

/** Size limit of JSON and form bodies. */
export const JSON_LIMIT = 1024 * 1024;
/** Size limit of an upload (the file plus its multipart framing). */
export const UPLOAD_LIMIT = 20 * 1024 * 1024 + 64 * 1024;
/** The contract's deepest body is a handful of levels; anything far deeper is hostile. */
export const MAX_DEPTH = 64;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; invalid UTF-8 is refused rather than replaced. */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiProblem(400, 'request.encoding', 'The body is not valid UTF-8.');
  }
}

/** How deeply arrays and objects nest in JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Parses a JSON body under the encoding and depth limits; empty text is no body. */
export function parseJsonBody(bytes: Buffer): unknown {
  const text = decodeUtf8(bytes);
  if (text.trim() === '') return undefined;
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) {
    throw new ApiProblem(400, 'request.validation', `The body nests deeper than ${MAX_DEPTH} levels.`, [
      { pointer: '', message: `nested deeper than ${MAX_DEPTH} levels`, code: 'depth' },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiProblem(400, 'request.malformed_json', 'The body is not valid JSON.');
  }
}

async function bodyParsersPlugin(app: FastifyInstance): Promise<void> {
  // JSON is parsed here (not by Fastify's default parser) so errors carry the contract's problem codes.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as Buffer));
      } catch (error) {
        done(error as ApiProblem, undefined);
      }
    },
  );
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer' },
    (_request, body, done) => {
      try {
        done(null, Object.fromEntries(new URLSearchParams(decodeUtf8(body as Buffer))));
      } catch (error) {
        done(error as ApiProblem, undefined);
      }
    },
  );
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_r, body, done) => done(null, body),
  );
}

/** The app's content-type parsers (fastify-plugin: they apply to every route). */
export const bodyParsers = fp(bodyParsersPlugin, { name: 'eoffice-body-parsers', fastify: '5.x' });
