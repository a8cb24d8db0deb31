// The bundled OpenAPI contract, indexed by operationId. Routes, validation and scope checks are all
// derived from it so that the sandbox cannot drift from what the SDK is generated from.
import { readFileSync } from 'node:fs';

export type JsonSchema = Record<string, unknown>;

export interface ContractParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface ContractResponse {
  /** Media type → schema, for responses with a body. */
  content: Record<string, JsonSchema | undefined>;
}

export interface ContractOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path as written in the contract, e.g. `/files/{fileId}`. */
  path: string;
  parameters: ContractParameter[];
  requestBody: { required: boolean; content: Record<string, JsonSchema | undefined> } | null;
  responses: Record<string, ContractResponse>;
  /** Scopes named by the security requirement; `null` when the operation needs no authentication. */
  scopes: string[] | null;
}

interface RawDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
}

export const contractDocument = JSON.parse(
  readFileSync(new URL('./generated/contract.json', import.meta.url), 'utf8'),
) as RawDocument;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function deref<T>(value: unknown): T {
  const ref = (value as { $ref?: string } | undefined)?.$ref;
  if (!ref) return value as T;
  const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
  if (!section || !name) throw new Error(`contract: unsupported $ref ${ref}`);
  return deref<T>(contractDocument.components[section]?.[name]);
}

function indexOperations(): Map<string, ContractOperation> {
  const byId = new Map<string, ContractOperation>();
  for (const [path, item] of Object.entries(contractDocument.paths)) {
    for (const method of METHODS) {
      const raw = item[method] as Record<string, unknown> | undefined;
      if (!raw) continue;
      const operationId = raw.operationId as string;
      // Parameters of the path item (ids, Accept-Language) apply to each of its operations, which may
      // override one by name and location (OpenAPI 3.1, Path Item Object).
      const own = ((raw.parameters as unknown[] | undefined) ?? []).map((p) => deref<ContractParameter>(p));
      const shared = ((item.parameters as unknown[] | undefined) ?? [])
        .map((p) => deref<ContractParameter>(p))
        .filter((p) => !own.some((o) => o.in === p.in && o.name === p.name));
      const parameters = [...shared, ...own];
      const body = raw.requestBody
        ? deref<{ required?: boolean; content: Record<string, { schema?: JsonSchema }> }>(raw.requestBody)
        : null;
      const responses: Record<string, ContractResponse> = {};
      for (const [status, r] of Object.entries(raw.responses as Record<string, unknown>)) {
        const response = deref<{ content?: Record<string, { schema?: JsonSchema }> }>(r);
        responses[status] = {
          content: Object.fromEntries(
            Object.entries(response.content ?? {}).map(([type, media]) => [type, media.schema]),
          ),
        };
      }
      const security = (raw.security as Record<string, string[]>[] | undefined) ??
        contractDocument.security ?? [{}];
      const scopes =
        security.length === 0
          ? null
          : [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))].filter(
              (scope) => scope !== '',
            );
      byId.set(operationId, {
        operationId,
        method: method.toUpperCase() as ContractOperation['method'],
        path,
        parameters,
        requestBody: body
          ? {
              required: body.required ?? false,
              content: Object.fromEntries(
                Object.entries(body.content).map(([type, media]) => [type, media.schema]),
              ),
            }
          : null,
        responses,
        scopes,
      });
    }
  }
  return byId;
}

export const operations: ReadonlyMap<string, ContractOperation> = indexOperations();

export function contractOperation(operationId: string): ContractOperation | undefined {
  return operations.get(operationId);
}
