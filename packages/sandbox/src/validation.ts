// Ajv (JSON Schema 2020-12) validators built from the contract: request bodies strictly (no coercion, no
// removal of unknown members), parameters with type coercion, and responses for the drift check.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contractDocument, type ContractOperation, type JsonSchema } from './contract.js';
import { ApiProblem, type FieldError } from './problem.js';

const CONTRACT_ID = 'urn:eoffice:contract';

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        key === '$ref' && typeof inner === 'string' && inner.startsWith('#/')
          ? CONTRACT_ID + inner
          : rewriteRefs(inner);
    }
    return out;
  }
  return value;
}

function makeAjv(coerce: boolean): Ajv2020 {
  // strict off: the contract carries OpenAPI keywords (example, discriminator) Ajv does not know.
  // verbose: a failed oneOf/anyOf then carries its branches and data, so the closest branch can be told apart.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: !coerce,
    coerceTypes: coerce ? 'array' : false,
  });
  addFormats(ajv);
  ajv.addFormat('password', true);
  ajv.addFormat('binary', true);
  ajv.addSchema({ $id: CONTRACT_ID, components: rewriteRefs(contractDocument.components) });
  return ajv;
}

const bodyAjv = makeAjv(false);
const parameterAjv = makeAjv(true);

export function compileBodySchema(schema: JsonSchema): ValidateFunction {
  return bodyAjv.compile(rewriteRefs(schema) as JsonSchema);
}

export function compileResponseSchema(schema: JsonSchema): ValidateFunction {
  return bodyAjv.compile(rewriteRefs(schema) as JsonSchema);
}

type Location = 'query' | 'path' | 'header';

/** One validator per parameter location; header names are matched lower-case. */
export function compileParameterSchemas(operation: ContractOperation): Record<Location, ValidateFunction> {
  const build = (location: Location): ValidateFunction => {
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of operation.parameters.filter((parameter) => parameter.in === location)) {
      const name = location === 'header' ? p.name.toLowerCase() : p.name;
      properties[name] = p.schema ?? {};
      // A missing If-Match is 428 precondition.required (checked in app.ts), not a validation error.
      if (p.required && name !== 'if-match') required.push(name);
    }
    return parameterAjv.compile(rewriteRefs({ type: 'object', properties, required }) as JsonSchema);
  };
  return { query: build('query'), path: build('path'), header: build('header') };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

const isShapeError = (e: ErrorObject) =>
  e.instancePath === '' && (e.keyword === 'required' || e.keyword === 'additionalProperties');

/**
 * A failed oneOf/anyOf reports the errors of every branch, so a member one branch defines looks unknown to
 * the others (`newFile` to the `fileId` form). Keep only the errors of the branch the value is closest to:
 * the one whose own members fit (fewest missing or unknown members), then the one with the fewest errors.
 */
function closestBranchErrors(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors
    .filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && Array.isArray(e.schema))
    .sort((a, b) => a.instancePath.length - b.instancePath.length);
  const outer = alternatives[0];
  if (!outer) return errors;
  let best: ErrorObject[] | undefined;
  for (const branch of outer.schema as JsonSchema[]) {
    const validate = bodyAjv.compile(branch);
    if (validate(outer.data)) return errors; // passes one branch: oneOf failed on ambiguity, keep all.
    const branchErrors = closestBranchErrors(validate.errors ?? []);
    const score = (list: ErrorObject[]) => [list.filter(isShapeError).length, list.length] as const;
    if (!best) best = branchErrors;
    else {
      const [shape, count] = score(branchErrors);
      const [bestShape, bestCount] = score(best);
      if (shape < bestShape || (shape === bestShape && count < bestCount)) best = branchErrors;
    }
  }
  const under = outer.instancePath;
  const outside = errors.filter((e) => e.instancePath !== under && !e.instancePath.startsWith(`${under}/`));
  return [...outside, ...(best ?? []).map((e) => ({ ...e, instancePath: `${under}${e.instancePath}` }))];
}

/** Turns Ajv errors into the contract's field errors; unknown members get their own problem code. */
export function toProblem(errors: ErrorObject[], location: 'body' | Location): ApiProblem {
  const fieldErrors: FieldError[] = [];
  let unknownField = false;
  // oneOf/anyOf branches report every failing branch; keep the closest branch's leaf errors only.
  const leaves = closestBranchErrors(errors).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  for (const error of leaves) {
    let pointer = error.instancePath;
    if (error.keyword === 'additionalProperties') {
      unknownField = location === 'body';
      pointer += '/' + escapePointer(String(error.params.additionalProperty));
    } else if (error.keyword === 'required') {
      pointer += '/' + escapePointer(String(error.params.missingProperty));
    }
    if (location !== 'body' && pointer === '' && error.keyword === 'required') {
      pointer = '/' + String(error.params.missingProperty);
    }
    const message = error.keyword === 'additionalProperties' ? 'unknown field' : (error.message ?? 'invalid');
    fieldErrors.push({
      pointer,
      ...(location === 'body' ? {} : { location }),
      message,
      code: error.keyword === 'additionalProperties' ? 'unknown_field' : error.keyword,
    });
  }
  const dedup = [...new Map(fieldErrors.map((e) => [`${e.pointer} ${e.code}`, e])).values()];
  return new ApiProblem(
    400,
    unknownField ? 'request.unknown_field' : 'request.validation',
    unknownField ? 'The body has a member the contract does not define.' : 'The request is not valid.',
    dedup.slice(0, 100),
  );
}

/**
 * Lone UTF-16 surrogates cannot be stored as UTF-8 text; report where the first one is. Walks with an
 * explicit stack, so no nesting depth can overflow the call stack.
 */
export function findLoneSurrogate(value: unknown): string | null {
  const lone = /[\uD800-\uDFFF]/u;
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [current, pointer] = stack.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (lone.test(current)) return pointer;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) {
        stack.push([current[index], `${pointer}/${index}`]);
      }
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current);
      for (const [key] of entries) if (lone.test(key)) return `${pointer}/${escapePointer(key)}`;
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, inner] = entries[index] as [string, unknown];
        stack.push([inner, `${pointer}/${escapePointer(key)}`]);
      }
    }
  }
  return null;
}
