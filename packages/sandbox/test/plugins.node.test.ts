// Each plugin module on its own, on a bare Fastify app or as plain functions: body parsers, problem
// details, validation's surrogate walk, the request transaction and idempotency's scope rules.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connect.js';
import { freshDatabase } from './database.js';
import { activeDatabase, inRequestTransaction } from '../src/db/request-transaction.js';
import { contractOperation } from '../src/contract.js';
import type { Principal } from '../src/operations/context.js';
import { bodyParsers, jsonDepth, MAX_DEPTH, parseJsonBody } from '../src/plugins/body-parsers.js';
import { idempotencyScope } from '../src/plugins/idempotency.js';
import { frameworkErrors, problemDetails, toApiProblem } from '../src/plugins/problem-details.js';
import { clockStore } from '../src/plugins/rate-limits.js';
import { ApiProblem } from '../src/problem.js';
import { findLoneSurrogate } from '../src/validation.js';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof ApiProblem ? error.code : String(error);
  }
  return '(no error)';
}

describe('body parsers plugin', () => {
  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    assert.equal(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}', 100), 3);
    assert.equal(jsonDepth('"\\"[["', 100), 0);
    assert.equal(jsonDepth('['.repeat(1000), 10), 11);
  });

  it('refuses invalid UTF-8, malformed JSON and deep nesting with their own codes', () => {
    assert.deepEqual(parseJsonBody(Buffer.from('{"a":"\u0928\u0938\u094d\u0924\u0940"}')), { a: 'नस्ती' });
    assert.equal(parseJsonBody(Buffer.from('  ')), undefined);
    assert.equal(
      codeOf(() => parseJsonBody(Buffer.from([0x22, 0xc3, 0x28, 0x22]))),
      'request.encoding',
    );
    assert.equal(
      codeOf(() => parseJsonBody(Buffer.from('{"a":'))),
      'request.malformed_json',
    );
    const deep = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    assert.equal(
      codeOf(() => parseJsonBody(Buffer.from(deep))),
      'request.validation',
    );
    const allowed = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    assert.equal(
      codeOf(() => parseJsonBody(Buffer.from(allowed))),
      '(no error)',
    );
  });

  it('parses JSON and forms for every route of the app that registers it', async () => {
    const app = Fastify();
    await app.register(bodyParsers);
    app.post('/echo', async (request) => ({ body: request.body }));
    const json = await app.inject({
      method: 'POST',
      url: '/echo',
      payload: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual(json.json(), { body: { a: 1 } });
    const form = await app.inject({
      method: 'POST',
      url: '/echo',
      payload: 'a=1&b=%E0%A4%A8',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.deepEqual(form.json(), { body: { a: '1', b: 'न' } });
    await app.close();
  });
});

describe('problem details plugin', () => {
  it("maps Fastify's own errors to the contract's statuses and codes", () => {
    const cases: [string, number, string][] = [
      ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'request.payload_too_large'],
      ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'request.unsupported_media_type'],
      ['FST_ERR_CTP_INVALID_JSON_BODY', 400, 'request.malformed_json'],
      ['FST_ERR_BAD_URL', 400, 'request.validation'],
      ['FST_ERR_MAX_PARAM_LENGTH', 400, 'request.validation'],
    ];
    for (const [code, status, problemCode] of cases) {
      const problem = toApiProblem(Object.assign(new Error(code), { code }));
      assert.deepEqual([problem.status, problem.code], [status, problemCode], code);
    }
    assert.equal(toApiProblem(Object.assign(new Error('x'), { statusCode: 431 })).status, 400);
    assert.equal(toApiProblem(new Error('boom')).status, 500);
  });

  it('answers thrown problems, unknown routes and bad URLs as problem+json', async () => {
    const app = Fastify({ frameworkErrors });
    await app.register(problemDetails);
    app.get('/items/:id', async () => {
      throw new ApiProblem(409, 'conflict.concurrent_update', 'Someone else acted first.');
    });
    const thrown = await app.inject({ method: 'GET', url: '/items/1', headers: { 'accept-language': 'hi' } });
    assert.equal(thrown.statusCode, 409);
    assert.equal(thrown.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(thrown.headers['content-language'], 'hi');
    assert.equal((thrown.json() as { title: string }).title, 'किसी और ने पहले कार्रवाई की');
    const missing = await app.inject({ method: 'GET', url: '/nothing' });
    assert.equal((missing.json() as { code: string }).code, 'resource.not_found');
    const badUrl = await app.inject({ method: 'GET', url: '/items/%FF' });
    assert.equal(badUrl.statusCode, 400);
    assert.equal(badUrl.headers['content-type'], 'application/problem+json; charset=utf-8');
    await app.close();
  });
});

describe('validation', () => {
  it('finds a lone surrogate at any depth without recursion', () => {
    let value: unknown = '\uD800';
    for (let i = 0; i < 100_000; i++) value = [value];
    assert.equal(findLoneSurrogate(value)?.split('/').length, 100_001);
    assert.equal(findLoneSurrogate({ a: ['ok', { 'b/c': 'x\uDC00' }] }), '/a/1/b~1c');
    assert.equal(findLoneSurrogate({ a: ['नस्ती 😀'] }), null);
  });
});

describe('request transaction', () => {
  it('makes nested transactions savepoints and commits or rolls back as one', async () => {
    const database = await freshDatabase();
    const db = await openDatabase(database.location);
    await sql`create table t (v integer)`.execute(db);
    const count = async () =>
      Number((await sql<{ n: number }>`select count(*) as n from t`.execute(db)).rows[0]?.n);
    await inRequestTransaction(db, async () => {
      const inner = activeDatabase(db);
      assert.notEqual(inner, db);
      await inner.transaction().execute((trx) => sql`insert into t values (1)`.execute(trx));
      // A nested transaction that fails rolls back alone, as it would outside.
      await assert.rejects(
        inner.transaction().execute(async (trx) => {
          await sql`insert into t values (2)`.execute(trx);
          throw new Error('inner');
        }),
      );
    });
    assert.equal(await count(), 1);
    await assert.rejects(
      inRequestTransaction(db, async () => {
        await activeDatabase(db)
          .transaction()
          .execute((trx) => sql`insert into t values (3)`.execute(trx));
        throw new Error('outer');
      }),
    );
    assert.equal(await count(), 1, 'a failed request leaves none of its writes');
    assert.equal(activeDatabase(db), db);
    await db.destroy();
    await database.drop();
  });

  it('runs a request again after a deadlock or serialisation failure, three attempts in all, nothing else', async () => {
    const database = await freshDatabase();
    const db = await openDatabase(database.location);
    try {
      await sql`create table t (v integer)`.execute(db);
      const failing = (code: string, failures: number) => {
        let attempts = 0;
        const work = async () => {
          attempts += 1;
          await sql`insert into t values (${attempts})`.execute(activeDatabase(db));
          if (attempts <= failures) throw Object.assign(new Error(`aborted ${code}`), { code });
          return attempts;
        };
        return { work, attempts: () => attempts };
      };
      const deadlock = failing('40P01', 2);
      assert.equal(await inRequestTransaction(db, deadlock.work), 3);
      const serialisation = failing('40001', 3);
      await assert.rejects(inRequestTransaction(db, serialisation.work), /aborted 40001/);
      assert.equal(serialisation.attempts(), 3);
      const other = failing('23505', 1);
      await assert.rejects(inRequestTransaction(db, other.work), /aborted 23505/);
      assert.equal(other.attempts(), 1);
      const { rows } = await sql<{ v: number }>`select v from t order by v`.execute(db);
      assert.deepEqual(
        rows.map((r) => r.v),
        [3],
        'only the attempt that finished is committed',
      );
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

describe('idempotency plugin', () => {
  const principal: Principal = {
    userId: 'user_1',
    sessionId: 'ses_1',
    clientId: null,
    kind: 'user',
    scopes: new Set(),
    postIds: [],
    roles: new Set(),
  };
  const op = (id: string) => {
    const operation = contractOperation(id);
    assert.ok(operation);
    return operation;
  };

  it('scopes keys to the principal and leaves out anonymous requests and credential answers', () => {
    assert.deepEqual(idempotencyScope(op('sendFile'), principal, 'k1'), {
      principal: 'user:user_1',
      operationId: 'sendFile',
      key: 'k1',
    });
    assert.equal(idempotencyScope(op('sendFile'), null, 'k1'), null);
    assert.equal(idempotencyScope(op('sendFile'), principal, undefined), null);
    for (const id of [
      'login',
      'refreshSession',
      'issueClientToken',
      'createServiceClient',
      'createEventTicket',
    ]) {
      assert.equal(idempotencyScope(op(id), principal, 'k1'), null, id);
    }
  });
});

describe('rate limits plugin store', () => {
  const incr = (store: InstanceType<ReturnType<typeof clockStore>>, key: string, window: number) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      store.incr(key, (error, result) => (error || !result ? reject(error) : resolve(result)), window),
    );

  it('counts per key in fixed windows on the given clock and stays bounded', async () => {
    const now = { value: 0 };
    const Store = clockStore(() => new Date(now.value), 3);
    const store = new Store();
    assert.deepEqual(await incr(store, 'a', 1000), { current: 1, ttl: 1000 });
    now.value = 400;
    assert.deepEqual(await incr(store, 'a', 1000), { current: 2, ttl: 600 });
    now.value = 1000;
    assert.deepEqual(await incr(store, 'a', 1000), { current: 1, ttl: 1000 }, 'a new window');
    for (const key of ['b', 'c', 'd', 'e']) await incr(store, key, 1000);
    assert.equal(store.size, 3, 'the least recently seen keys were forgotten');
  });
});
