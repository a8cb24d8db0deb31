import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshDatabase } from './database.js';
import { harness, problemCode, type Harness } from './helpers.js';

describe('request validation and problem details', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness();
    token = await h.login('meera.joshi');
  });
  after(() => h.close());

  const countClients = async () =>
    (await h.app.services.db.selectFrom('service_clients').select('id').execute()).length;

  it('rejects malformed JSON with request.malformed_json and stores nothing', async () => {
    const before = await countClients();
    const response = await h.call('createServiceClient', {
      token,
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.statusCode, 400);
    assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    const problem = response.json() as Record<string, unknown>;
    assert.equal(problem.code, 'request.malformed_json');
    assert.equal(problem.type, 'urn:eoffice:problem:request.malformed_json');
    assert.equal(problem.instance, '/api/v1/auth/clients');
    assert.match(String(problem.requestId), /^req_/);
    assert.equal(response.headers['x-request-id'], problem.requestId);
    assert.equal(await countClients(), before);
  });

  it('rejects wrong types with request.validation and a pointer', async () => {
    const response = await h.call('createServiceClient', {
      token,
      body: { name: { en: 'X', hi: 'X' }, scopes: 'files:read' },
    });
    assert.equal(response.statusCode, 400);
    const problem = response.json() as { code: string; errors: { pointer: string }[] };
    assert.equal(problem.code, 'request.validation');
    assert.ok(problem.errors.some((e) => e.pointer === '/scopes'));
  });

  it('rejects unknown fields with request.unknown_field', async () => {
    const before = await countClients();
    const response = await h.call('createServiceClient', {
      token,
      body: { name: { en: 'X', hi: 'X' }, scopes: ['files:read'], colour: 'red' },
    });
    assert.equal(response.statusCode, 400);
    const problem = response.json() as { code: string; errors: { pointer: string }[] };
    assert.equal(problem.code, 'request.unknown_field');
    assert.deepEqual(
      problem.errors.map((e) => e.pointer),
      ['/colour'],
    );
    assert.equal(await countClients(), before);
  });

  it('rejects lone surrogates', async () => {
    const response = await h.call('createServiceClient', {
      token,
      payload: '{"name":{"en":"\\ud800x","hi":"x"},"scopes":["files:read"]}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.statusCode, 400);
    assert.equal(problemCode(response), 'request.validation');
  });

  it('rejects bodies over 1 MiB with 413', async () => {
    const response = await h.call('createServiceClient', {
      token,
      payload: JSON.stringify({ name: { en: 'x'.repeat(1024 * 1024), hi: 'x' }, scopes: ['files:read'] }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(response.statusCode, 413);
    assert.equal(problemCode(response), 'request.payload_too_large');
  });

  it('rejects an unsupported content type with 415', async () => {
    const response = await h.call('createServiceClient', {
      token,
      payload: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(response.statusCode, 415);
    assert.equal(problemCode(response), 'request.unsupported_media_type');
  });

  it('validates query parameters with coercion', async () => {
    const ok = await h.call('listUnits', { token, query: { limit: 2 } });
    assert.equal(ok.statusCode, 200);
    const bad = await h.call('listUnits', { token, query: { limit: 'many' } });
    assert.equal(bad.statusCode, 400);
    const problem = bad.json() as { errors: { pointer: string; location: string }[] };
    assert.deepEqual(problem.errors[0], { ...problem.errors[0], pointer: '/limit', location: 'query' });
  });

  it('localises problem titles by Accept-Language', async () => {
    const response = await h.call('getUnit', {
      token,
      params: { unitId: 'unit_doesnotexist' },
      headers: { 'accept-language': 'hi-IN,hi;q=0.9,en;q=0.8' },
    });
    assert.equal(response.statusCode, 404);
    assert.equal(response.headers['content-language'], 'hi');
    assert.equal((response.json() as { title: string }).title, 'नहीं मिला');
  });

  it('answers unknown routes with a problem 404', async () => {
    const response = await h.app.inject({ method: 'GET', url: '/api/v1/nowhere' });
    assert.equal(response.statusCode, 404);
    assert.equal(problemCode(response), 'resource.not_found');
    assert.ok(response.headers['x-request-id']);
  });

  it('allows CORS from localhost and not from elsewhere', async () => {
    const allowed = await h.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/auth/me',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'GET' },
    });
    assert.equal(allowed.headers['access-control-allow-origin'], 'http://localhost:6006');
    const refused = await h.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/auth/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    assert.equal(refused.headers['access-control-allow-origin'], undefined);
  });
});

describe('persistence', () => {
  it('keeps data in a database file across a restart', async () => {
    const database = await freshDatabase({ persistent: true });
    const file = database.location;
    try {
      const first = await harness({ db: file });
      const token = await first.login('meera.joshi');
      const created = await first.call('createServiceClient', {
        token,
        body: { name: { en: 'Persisted', hi: 'स्थायी' }, scopes: ['files:read'] },
      });
      assert.equal(created.statusCode, 201);
      const id = (created.json() as { client: { id: string } }).client.id;
      await first.close();

      const second = await harness({ db: file, directory: false });
      const again = await second.login('meera.joshi');
      const list = await second.call('listServiceClients', { token: again });
      assert.ok((list.json() as { items: { id: string }[] }).items.some((c) => c.id === id));
      await second.close();
    } finally {
      await database.drop();
    }
  });
});
