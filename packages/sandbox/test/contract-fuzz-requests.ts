// Bad requests derived from the contract, for the property-based test in contract-fuzz.node.test.ts.
// Each request starts from a plausible one (the contract's own example body, real ids, required
// parameters) and breaks exactly one thing the contract rules out: a body member's type, bound or
// presence, the body's encoding, depth or media type, a parameter's bound or enum, a header's format,
// a path id's shape, or the caller's credentials. Whatever is broken, the answer must be a refusal.
import fc from 'fast-check';
import {
  contractDocument,
  type ContractOperation,
  type ContractParameter,
  type JsonSchema,
} from '../src/contract.js';

/** A request as app.inject takes it, with what was broken in it. */
export interface FuzzRequest {
  method: ContractOperation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** Who sends it: the broad-scoped user, nobody, or someone with a forged token. */
  caller: 'user' | 'anonymous' | 'forged';
  /** The one rule of the contract the request breaks, for the failure message. */
  violation: string;
  /**
   * False for a well-formed request (the contract's example, out of context), which the state of the
   * data may refuse or accept; every other request breaks the contract and must be refused.
   */
  mustRefuse: boolean;
}

/** Valid path parameter values by name (`fileId` → an existing file's id). */
export type PathValues = Record<string, string>;

type Rec = Record<string, unknown>;

/** A copy of `record` without `key`. */
function without<T extends Rec>(record: T, key: string): T {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as T;
}

function resolve(schema: unknown): JsonSchema {
  let current = (schema ?? {}) as Rec;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref) ?? [];
    const target = contractDocument.components[section ?? '']?.[name ?? ''] as Rec | undefined;
    if (!target) throw new Error(`contract: unresolvable ${current.$ref}`);
    // Siblings of $ref (description, default) apply on top of the target.
    const siblings = without(current, '$ref');
    current = { ...target, ...siblings };
  }
  if (Array.isArray(current.allOf)) {
    const parts = (current.allOf as unknown[]).map(resolve);
    const rest = without(current, 'allOf');
    current = Object.assign({}, ...parts, rest) as Rec;
    current.properties = Object.assign({}, ...parts.map((p) => p.properties ?? {}), rest.properties);
    current.required = parts.flatMap((p) => (p.required as string[] | undefined) ?? []);
  }
  return current;
}

function typeOf(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  if (typeof type === 'string') return type;
  if (schema.properties) return 'object';
  if (Array.isArray(schema.enum)) return typeof schema.enum[0];
  return undefined;
}

/** A value the schema plausibly accepts (its example, enum, default, or one built from its bounds). */
export function sample(raw: unknown, depth = 0): unknown {
  const schema = resolve(raw);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (branches?.[0] !== undefined) return sample(branches[0], depth + 1);
  switch (typeOf(schema)) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Rec;
      const out: Rec = {};
      if (depth > 8) return out;
      for (const name of (schema.required as string[] | undefined) ?? []) {
        out[name] = sample(properties[name], depth + 1);
      }
      return out;
    }
    case 'array': {
      const count = (schema.minItems as number | undefined) ?? 0;
      return Array.from({ length: count }, () => sample(schema.items, depth + 1));
    }
    case 'string':
      switch (schema.format) {
        case 'date':
          return '2025-07-10';
        case 'date-time':
          return '2025-07-10T10:00:00Z';
        case 'email':
          return 'someone@example.gov.in';
        case 'uri':
          return 'https://example.gov.in/';
      }
      return 'x'.repeat(Math.max(1, (schema.minLength as number | undefined) ?? 1));
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** Operation parameters together with those of its path item (ids, Accept-Language). */
export function allParameters(operation: ContractOperation): ContractParameter[] {
  const item = contractDocument.paths[operation.path] as { parameters?: unknown[] } | undefined;
  const shared = (item?.parameters ?? []).map((p) => resolve(p) as unknown as ContractParameter);
  const own = operation.parameters;
  const key = (p: ContractParameter) => `${p.in} ${p.name.toLowerCase()}`;
  const ownKeys = new Set(own.map(key));
  return [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
}

/** The body the contract gives as its example for `type`, or one built from the schema. */
function exampleBody(operation: ContractOperation, type: string): unknown {
  const raw = (contractDocument.paths[operation.path]?.[operation.method.toLowerCase()] ?? {}) as Rec;
  const media = (resolve(raw.requestBody).content as Rec | undefined)?.[type] as Rec | undefined;
  const examples = Object.values((media?.examples ?? {}) as Rec) as Rec[];
  const example = (examples[0] ? resolve(examples[0]).value : undefined) ?? media?.example;
  return example !== undefined ? example : sample(operation.requestBody?.content[type]);
}

/** A value of another JSON type than the schema's. */
function wrongTypeFor(schema: JsonSchema): fc.Arbitrary<unknown> | null {
  switch (typeOf(schema)) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}));
    case 'integer':
    case 'number':
      return fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.boolean(), fc.constant([1]));
    case 'boolean':
      return fc.oneof(fc.constantFrom('true', 'yes', 1, 0), fc.constant(null));
    case 'object':
      return fc.oneof(fc.integer(), fc.string(), fc.constant([]), fc.constant(null));
    case 'array':
      return fc.oneof(fc.integer(), fc.string(), fc.constant({}));
    default:
      return null;
  }
}

/** Text that is not valid UTF-8 (a lone continuation byte, an overlong form, a surrogate, a cut-off). */
const invalidUtf8 = fc.constantFrom(
  Buffer.from([0xff]),
  Buffer.from([0x80]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe0, 0xa4]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
);

const printable = (min: number, max: number) =>
  fc.string({
    unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    minLength: min,
    maxLength: max,
  });

interface Base {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Media type and encoded body, or null for none. */
  body: { type: string; payload: string | Buffer } | null;
}

function encodeBody(type: string, value: unknown): string {
  if (type === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(Object.entries(value as Rec).map(([k, v]) => [k, String(v)])).toString();
  }
  return JSON.stringify(value);
}

function build(
  operation: ContractOperation,
  base: Base,
  violation: string,
  caller: FuzzRequest['caller'],
  mustRefuse: boolean,
): FuzzRequest {
  const path = operation.path.replace(/\{(\w+)\}/g, (_m, name: string) => base.params[name] ?? '');
  // Query values go in as given: a value may already be percent-encoded junk.
  const search = Object.entries(base.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${v}`)
    .join('&');
  const headers = { ...base.headers };
  if (base.body) headers['content-type'] = base.body.type;
  return {
    method: operation.method,
    url: `/api/v1${path}${search ? `?${search}` : ''}`,
    headers,
    ...(base.body ? { payload: base.body.payload } : {}),
    caller,
    violation,
    mustRefuse,
  };
}

type Mutation = fc.Arbitrary<{
  violation: string;
  apply: (base: Base) => Base;
  caller?: FuzzRequest['caller'];
  wellFormed?: true;
}>;

function mutation(
  violation: string,
  arb: fc.Arbitrary<(base: Base) => Base>,
  caller?: FuzzRequest['caller'],
): Mutation {
  return arb.map((apply) => ({ violation, apply, ...(caller ? { caller } : {}) }));
}

const withBody = (base: Base, body: Base['body']): Base => ({ ...base, body });

function bodyMutations(operation: ContractOperation, type: string): Mutation[] {
  const schema = resolve(operation.requestBody?.content[type]);
  const example = exampleBody(operation, type) as Rec;
  const properties = (schema.properties ?? {}) as Rec;
  const required = (schema.required as string[] | undefined) ?? [];
  const encoded = (value: unknown) => ({ type, payload: encodeBody(type, value) });
  const out: Mutation[] = [];
  const isJson = type !== 'application/x-www-form-urlencoded';

  if (isJson) {
    out.push(
      mutation(
        'body: not an object',
        fc
          .oneof(
            fc.integer(),
            fc.string(),
            fc.array(fc.integer(), { maxLength: 3 }),
            fc.constant(null),
            fc.boolean(),
          )
          .map((value) => (base: Base) => withBody(base, encoded(value))),
      ),
      mutation(
        'body: malformed JSON',
        fc
          .integer({ min: 1, max: Math.max(1, JSON.stringify(example).length - 1) })
          .map(
            (cut) => (base: Base) => withBody(base, { type, payload: JSON.stringify(example).slice(0, cut) }),
          ),
      ),
      mutation(
        'body: nested deeper than the limit',
        fc
          .tuple(fc.integer({ min: 65, max: 20_000 }), fc.boolean())
          .map(([depth, arrays]) => (base: Base) => {
            const payload = arrays
              ? '['.repeat(depth) + ']'.repeat(depth)
              : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
            return withBody(base, { type, payload });
          }),
      ),
    );
  }
  out.push(
    mutation(
      'body: invalid UTF-8',
      invalidUtf8.map((bad) => (base: Base) => {
        const text = encodeBody(type, example);
        // Inside a string value where there is one, else at the start of the body.
        const at = isJson ? Math.max(0, text.indexOf('"') + 1) : text.indexOf('=') + 1;
        const payload = Buffer.concat([Buffer.from(text.slice(0, at)), bad, Buffer.from(text.slice(at))]);
        return withBody(base, { type, payload });
      }),
    ),
    mutation(
      'body: unknown member',
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((name) => !Object.hasOwn(properties, `zz${name}`))
        .map((name) => (base: Base) => withBody(base, encoded({ ...example, [`zz${name}`]: 'x' }))),
    ),
    mutation(
      'body: media type the operation does not take',
      fc
        .constantFrom(
          'text/plain',
          'application/xml',
          'application/json-patch+json',
          'image/png',
          'application/json',
          'application/x-www-form-urlencoded',
        )
        .filter((other) => !(other in (operation.requestBody?.content ?? {})))
        .map((other) => (base: Base) => withBody(base, { type: other, payload: JSON.stringify(example) })),
    ),
  );
  if (operation.requestBody?.required) {
    out.push(
      mutation(
        'body: missing',
        fc.constant((base: Base) => withBody(base, null)),
      ),
    );
  }
  if (required.length > 0) {
    out.push(
      mutation(
        'body: required member missing',
        fc.constantFrom(...required).map((name) => (base: Base) => {
          const rest = without(example, name);
          return withBody(base, encoded(rest));
        }),
      ),
    );
  }
  for (const [name, rawProperty] of Object.entries(properties)) {
    const property = resolve(rawProperty);
    const set = (value: unknown) => (base: Base) => withBody(base, encoded({ ...example, [name]: value }));
    const wrong = isJson ? wrongTypeFor(property) : null;
    if (wrong) out.push(mutation(`body: ${name} of the wrong type`, wrong.map(set)));
    const maxLength = property.maxLength as number | undefined;
    if (typeOf(property) === 'string' && maxLength !== undefined) {
      out.push(
        mutation(
          `body: ${name} over maxLength ${maxLength}`,
          fc
            .tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom('a', 'अ', 'ि', '1'))
            .map(([extra, unit]) => set(unit.repeat(maxLength + extra))),
        ),
      );
    }
    const maximum = property.maximum as number | undefined;
    const minimum = property.minimum as number | undefined;
    if (isJson && typeOf(property) === 'integer' && (maximum !== undefined || minimum !== undefined)) {
      const outside: fc.Arbitrary<number>[] = [];
      if (maximum !== undefined) outside.push(fc.integer({ min: maximum + 1, max: maximum + 1_000_000 }));
      if (minimum !== undefined) outside.push(fc.integer({ min: minimum - 1_000_000, max: minimum - 1 }));
      outside.push(fc.constantFrom(1.5, 1e300, -0.25));
      out.push(mutation(`body: ${name} out of range`, fc.oneof(...outside).map(set)));
    }
  }
  return out;
}

function multipartMutations(operation: ContractOperation): Mutation[] {
  const type = 'multipart/form-data';
  return [
    mutation(
      'multipart: no boundary',
      fc.constant((base: Base) => withBody(base, { type, payload: 'file=x' })),
    ),
    mutation(
      'multipart: garbage between boundaries',
      printable(0, 200).map(
        (junk) => (base: Base) =>
          withBody(base, {
            type: `${type}; boundary=fuzzfuzz`,
            payload: `--fuzzfuzz\r\n${junk}\r\n--fuzzfuzz--\r\n`,
          }),
      ),
    ),
    mutation(
      'multipart: a JSON body instead',
      fc.constant((base: Base) =>
        withBody(base, { type: 'application/json', payload: '{"file":"JVBERi0="}' }),
      ),
    ),
    ...(operation.requestBody?.required
      ? [
          mutation(
            'multipart: missing',
            fc.constant((base: Base) => withBody(base, null)),
          ),
        ]
      : []),
  ];
}

/** A value the parameter's schema refuses, as it would appear (already encoded) in a URL or header. */
function badParameterValue(parameter: ContractParameter): fc.Arbitrary<string> | null {
  const schema = resolve(parameter.schema);
  const options: fc.Arbitrary<string>[] = [];
  const type = typeOf(schema);
  const maxLength = schema.maxLength as number | undefined;
  if (maxLength !== undefined && parameter.in !== 'path') {
    options.push(fc.integer({ min: 1, max: 60 }).map((extra) => 'a'.repeat(maxLength + extra)));
  }
  if (Array.isArray(schema.enum)) {
    options.push(
      printable(1, 12)
        .filter((v) => !(schema.enum as unknown[]).includes(v))
        .map(encodeURIComponent),
    );
  }
  if (type === 'integer') {
    const maximum = schema.maximum as number | undefined;
    const minimum = schema.minimum as number | undefined;
    options.push(fc.constantFrom('1.5', 'abc', '1e3x', ''));
    if (maximum !== undefined) options.push(fc.integer({ min: maximum + 1, max: maximum + 1e6 }).map(String));
    if (minimum !== undefined) options.push(fc.integer({ min: minimum - 1e6, max: minimum - 1 }).map(String));
  }
  if (type === 'boolean') options.push(fc.constantFrom('maybe', '2', 'yes', 'TRUE!'));
  if (type === 'string' && schema.format === 'date')
    options.push(fc.constantFrom('2025-13-45', '10-07-2025', 'today'));
  if (type === 'string' && typeof schema.pattern === 'string') {
    options.push(
      fc
        .constantFrom('!!', 'a b', '%00', '%FF%FE')
        .filter((v) => !new RegExp(schema.pattern as string, 'u').test(v)),
    );
  }
  if (type === 'array') {
    const items = resolve(schema.items);
    if (Array.isArray(items.enum)) {
      options.push(
        printable(1, 10)
          .filter((v) => !(items.enum as unknown[]).includes(v))
          .map(encodeURIComponent),
      );
    }
    const maxItems = schema.maxItems as number | undefined;
    if (maxItems !== undefined)
      options.push(fc.constant(Array.from({ length: maxItems + 1 }, (_v, i) => `x${i}`).join(',')));
  }
  return options.length > 0 ? fc.oneof(...options) : null;
}

/** Path ids that are not ids of this kind: another prefix, too long, upper case, percent-encoded junk. */
function badPathValue(valid: string): fc.Arbitrary<string> {
  const suffix = valid.slice(valid.indexOf('_') + 1);
  return fc.oneof(
    fc
      .constantFrom('file_', 'rcpt_', 'note_', 'zz_', '', 'FILE_')
      .filter((p) => !valid.startsWith(p) || p === '')
      .map((p) => p + suffix),
    fc.integer({ min: 40, max: 400 }).map((n) => valid + 'a'.repeat(n)),
    fc.constant(valid.toUpperCase()),
    fc.constantFrom('%FF', '%00', '%2e%2e', '%C0%AF', '%E0%A4', `${valid}%0A`, `${valid}%20`, '%25%32%35'),
  );
}

/** Every kind of bad request the contract lets us derive for `operation`, as one arbitrary. */
export interface BadRequestOptions {
  /**
   * Also send the request as the contract's example has it, unbroken, so that refusals from the
   * handlers (404, 409, 412, 422) are checked too. Off for operations whose success would end the
   * test's session or never end (the event stream).
   */
  wellFormed: boolean;
}

export function badRequests(
  operation: ContractOperation,
  pathValues: PathValues,
  { wellFormed }: BadRequestOptions,
): fc.Arbitrary<FuzzRequest> {
  const parameters = allParameters(operation);
  const jsonType = Object.keys(operation.requestBody?.content ?? {})[0];
  const baseBody: Base['body'] =
    jsonType && jsonType !== 'multipart/form-data'
      ? { type: jsonType, payload: encodeBody(jsonType, exampleBody(operation, jsonType)) }
      : null;
  const hasIdempotencyKey = parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');

  const mutations: Mutation[] = [];
  if (jsonType === 'multipart/form-data') mutations.push(...multipartMutations(operation));
  else if (jsonType) mutations.push(...bodyMutations(operation, jsonType));
  for (const parameter of parameters) {
    const headerName = parameter.name.toLowerCase();
    if (parameter.in === 'path') {
      const valid = pathValues[parameter.name];
      if (!valid) throw new Error(`fuzz: no valid value for path parameter ${parameter.name}`);
      mutations.push(
        mutation(
          `path: malformed ${parameter.name}`,
          badPathValue(valid).map((bad) => (base: Base) => ({
            ...base,
            params: { ...base.params, [parameter.name]: bad },
          })),
        ),
      );
      continue;
    }
    const bad = badParameterValue(parameter);
    if (parameter.in === 'query') {
      if (bad) {
        mutations.push(
          mutation(
            `query: ${parameter.name} outside its schema`,
            bad.map((value) => (base: Base) => ({
              ...base,
              query: { ...base.query, [parameter.name]: value },
            })),
          ),
        );
      }
      if (parameter.required) {
        mutations.push(
          mutation(
            `query: required ${parameter.name} missing`,
            fc.constant((base: Base) => {
              return { ...base, query: without(base.query, parameter.name) };
            }),
          ),
        );
      }
    } else if (parameter.in === 'header' && bad) {
      // Header values must be printable to be sent at all; decode what was URL-encoded for the query.
      const asHeader = bad
        .map((value) => decodeURIComponentSafe(value))
        .filter((v) => /^[\x20-\x7e]*$/.test(v));
      mutations.push(
        mutation(
          `header: ${parameter.name} outside its schema`,
          asHeader.map((value) => (base: Base) => ({
            ...base,
            headers: { ...base.headers, [headerName]: value },
          })),
        ),
      );
    }
    if (parameter.in === 'header' && headerName === 'if-match' && parameter.required) {
      mutations.push(
        mutation(
          'header: required If-Match missing',
          fc.constant((base: Base) => {
            return { ...base, headers: without(base.headers, 'if-match') };
          }),
        ),
      );
    }
  }
  if (operation.scopes !== null) {
    mutations.push(
      mutation(
        'caller: anonymous',
        fc.constant((base: Base) => base),
        'anonymous',
      ),
    );
    mutations.push(
      mutation(
        'caller: forged token',
        fc.constant((base: Base) => base),
        'forged',
      ),
    );
  }
  if (mutations.length === 0) throw new Error(`fuzz: nothing to break in ${operation.operationId}`);
  const ifMatch = parameters.find((p) => p.in === 'header' && p.name === 'If-Match');
  if (ifMatch && !ifMatch.required) {
    // Well-formed, but no version of anything: a stale If-Match must never be applied.
    mutations.push(
      mutation(
        'header: If-Match of no version',
        fc.constant((base: Base) => ({ ...base, headers: { ...base.headers, 'if-match': '"v999999"' } })),
      ),
    );
  }
  if (wellFormed) {
    mutations.push(
      fc.constant({
        violation: 'none: the contract example, out of context',
        apply: (base: Base) => base,
        wellFormed: true as const,
      }),
    );
  }

  const base = fc
    .record({
      key: fc.option(printable(8, 40), { nil: undefined }),
      language: fc.option(
        fc.constantFrom('hi', 'en', 'hi-IN,en;q=0.5', '*', 'xx-YY', ';;;', 'en;q=abc', 'hi;q=2', ''),
        { nil: undefined },
      ),
    })
    .map(({ key, language }): Base => {
      const params: Record<string, string> = {};
      const query: Record<string, string> = {};
      const headers: Record<string, string> = {};
      for (const p of parameters) {
        if (p.in === 'path') params[p.name] = encodeURIComponent(pathValues[p.name] ?? '');
        else if (p.in === 'query' && p.required) query[p.name] = encodeURIComponent(String(sample(p.schema)));
        else if (p.in === 'header' && p.name === 'If-Match') headers['if-match'] = '"fuzz-etag"';
      }
      if (hasIdempotencyKey && key !== undefined) headers['idempotency-key'] = key;
      if (language !== undefined) headers['accept-language'] = language;
      return { params, query, headers, body: baseBody };
    });

  return fc
    .tuple(base, fc.oneof(...mutations))
    .map(([b, m]) => build(operation, m.apply(b), m.violation, m.caller ?? 'user', !m.wellFormed));
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
