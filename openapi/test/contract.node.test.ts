// Standing rules of the contract beyond Redocly's lint: what every operation must carry so the
// SDK can be generated from it and the sandbox held to it. Reads the bundled contract, which
// `npm test` checks is fresh.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

type Json = Record<string, unknown>;
const contract = JSON.parse(
  readFileSync(new URL('../../packages/sandbox/src/generated/contract.json', import.meta.url), 'utf8'),
) as Json & { paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, Json>> };

function deref<T = Json>(node: unknown): T {
  let value = node as Json;
  while (value && typeof value.$ref === 'string') {
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(value.$ref) ?? [];
    value = contract.components[section ?? '']?.[name ?? ''] as Json;
    assert.ok(value, `unresolved ${String(node && (node as Json).$ref)}`);
  }
  return value as T;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];
const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => methods.includes(method))
    .map(([method, op]) => ({ path, method, op: op as Json, id: String(op.operationId) })),
);
const paramNames = (op: Json) =>
  ((op.parameters as unknown[] | undefined) ?? []).map((p) => deref<{ name: string; in: string }>(p));

describe('the e-Office contract', () => {
  it('has the operations every area of the issue asks for', () => {
    assert.ok(operations.length >= 80, `${operations.length} operations`);
    for (const id of [
      'login',
      'refreshSession',
      'logout',
      'getCurrentUser',
      'issueClientToken',
      'searchRecipients',
      'diariseReceipt',
      'listReceipts',
      'sendReceipt',
      'receiveReceipt',
      'pullBackReceipt',
      'putReceiptInFile',
      'closeReceipt',
      'reopenReceipt',
      'createFile',
      'listFiles',
      'sendFile',
      'returnFile',
      'pullBackFile',
      'parkFile',
      'activateFile',
      'closeFile',
      'reopenFile',
      'linkFile',
      'listFileMovements',
      'trackPublic',
      'listNotes',
      'createNote',
      'updateNote',
      'discardNote',
      'confirmNote',
      'listCorrespondence',
      'createDraft',
      'reviseDraft',
      'approveDraft',
      'issueDraft',
      'getDispatchRegister',
      'uploadAttachment',
      'downloadAttachment',
      'getNoteSigningPayload',
      'submitNoteSignature',
      'verifySignature',
      'registerCertificate',
      'deactivateCertificate',
      'startEsign',
      'completeEsign',
      'getDepartmentSummary',
      'getPendency',
      'listFilesPendingWithOthers',
      'streamEvents',
    ]) {
      assert.ok(
        operations.some((o) => o.id === id),
        `missing ${id}`,
      );
    }
  });

  it('gives every operation a unique operationId, one tag, a summary and a description', () => {
    const ids = new Set<string>();
    for (const { id, op } of operations) {
      assert.match(id, /^[a-z][A-Za-z]+$/, id);
      assert.ok(!ids.has(id), `duplicate ${id}`);
      ids.add(id);
      assert.equal((op.tags as string[]).length, 1, `${id} tags`);
      assert.ok(String(op.summary ?? '').length > 5, `${id} summary`);
      assert.ok(String(op.description ?? '').length > 20, `${id} description`);
    }
  });

  it('answers every error as problem+json and documents 401 and 500 wherever auth applies', () => {
    for (const { id, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Json)) {
        if (Number(status) < 400) continue;
        const content = deref<{ content?: Json }>(response).content ?? {};
        assert.ok('application/problem+json' in content, `${id} ${status} is not problem+json`);
      }
      const secured = !Array.isArray(op.security) || (op.security as unknown[]).length > 0;
      if (secured) assert.ok('401' in (op.responses as Json), `${id} lacks 401`);
      assert.ok('500' in (op.responses as Json), `${id} lacks 500`);
    }
  });

  it('lists a scope for every secured operation but the session ones (any signed-in user)', () => {
    for (const { id, op } of operations) {
      if ((op.tags as string[])[0] === 'Auth') continue;
      const security = (op.security ?? contract.security) as Record<string, string[]>[];
      if (security.length === 0) continue;
      assert.ok(
        security.some((requirement) => Object.values(requirement).some((scopes) => scopes.length > 0)),
        `${id} has no scope`,
      );
    }
  });

  it('accepts Idempotency-Key on every state-changing POST and If-Match on every edit', () => {
    for (const { id, method, op } of operations) {
      const names = paramNames(op).map((p) => p.name);
      if (method === 'post' && id !== 'issueClientToken')
        assert.ok(names.includes('Idempotency-Key'), `${id}`);
      if (method === 'patch' || method === 'put') {
        const ifMatch = paramNames(op).find((p) => p.name === 'If-Match') as
          { required?: boolean } | undefined;
        assert.ok(ifMatch?.required, `${id} must require If-Match`);
        assert.ok('412' in (op.responses as Json) && '428' in (op.responses as Json), `${id} 412/428`);
      }
    }
  });

  it('paginates every list with limit and cursor into { items, nextCursor }', () => {
    for (const { id, op } of operations.filter((o) => o.method === 'get' && o.id.startsWith('list'))) {
      const names = paramNames(op).map((p) => p.name);
      assert.ok(names.includes('limit') && names.includes('cursor'), `${id} limit/cursor`);
      const ok = deref<{ content: Record<string, { schema: Json }> }>((op.responses as Json)['200']);
      const schema = deref<{ required?: string[] }>(ok.content['application/json']?.schema);
      for (const member of ['items', 'nextCursor'])
        assert.ok(schema.required?.includes(member), `${id} ${member}`);
    }
  });

  it('rejects unknown members in every JSON request body', () => {
    const seen = new Set<unknown>();
    const check = (schema: Json | undefined, where: string): void => {
      if (!schema || seen.has(schema)) return;
      seen.add(schema);
      const s = deref(schema);
      if (s.type === 'object' || s.properties)
        assert.equal(s.additionalProperties, false, `${where} allows unknown members`);
      for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
        for (const part of (s[key] as Json[]) ?? []) check(part, where);
      for (const [name, prop] of Object.entries((s.properties as Record<string, Json>) ?? {}))
        check(prop, `${where}.${name}`);
      if (s.items) check(s.items as Json, `${where}[]`);
    };
    for (const { id, op } of operations) {
      const body = op.requestBody
        ? deref<{ content: Record<string, { schema: Json }> }>(op.requestBody)
        : undefined;
      const json = body?.content['application/json']?.schema;
      if (json) check(json, id);
    }
  });

  it('keeps public tracking free of names and remarks', () => {
    const track = operations.find((o) => o.id === 'trackPublic');
    assert.ok(track);
    assert.deepEqual(track.op.security, []);
    const ok = deref<{ content: Record<string, { schema: Json }> }>((track.op.responses as Json)['200']);
    const text = JSON.stringify(deref(ok.content['application/json']?.schema));
    for (const leak of ['"remarks"', '"holderName"', '"by"', '"sender"'])
      assert.ok(!text.includes(leak), leak);
  });
});
