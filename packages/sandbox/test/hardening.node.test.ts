// Issue 16's findings, each as a test in the contract's terms: framework errors as problem+json with a
// contract status (#5), deep JSON (#4), invalid UTF-8 and foreign cursors (#6), token endpoints never
// replayed and refresh-token reuse revoking the family (#1), no credential at rest or in logs (#2).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { CONTRACT_PROBLEM_STATUSES } from '../src/plugins/problem-details.js';
import { LOGIN_LIMITS, TRACKING_LIMIT } from '../src/plugins/rate-limits.js';
import pg from 'pg';
import { freshDatabase, onPostgres } from './database.js';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

interface Session {
  accessToken: string;
  refreshToken: string;
}

function assertContractProblem(response: LightMyRequestResponse, status: number): void {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
  assert.ok((CONTRACT_PROBLEM_STATUSES as readonly number[]).includes(response.statusCode));
  const body = response.json() as { status: number; code: string; type: string };
  assert.equal(body.status, status);
  assert.equal(body.type, `urn:eoffice:problem:${body.code}`);
}

describe('hardening (issue 16)', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness();
    token = await h.login('sunita.verma');
  });
  after(() => h.close());

  it('#5 answers framework refusals as problem+json with a status the contract lists', async () => {
    const auth = { authorization: `Bearer ${token}` };
    assertContractProblem(await h.app.inject({ method: 'GET', url: '/api/v1/no-such-route' }), 404);
    // A method the path does not have: the contract has no 405, so it is the route that is not found.
    assertContractProblem(
      await h.app.inject({ method: 'DELETE', url: '/api/v1/auth/me', headers: auth }),
      404,
    );
    // Bad percent-encoding (FST_ERR_BAD_URL) and a path parameter over the router's limit
    // (FST_ERR_MAX_PARAM_LENGTH, Fastify's own 414).
    assertContractProblem(
      await h.app.inject({ method: 'GET', url: '/api/v1/files/%FF', headers: auth }),
      400,
    );
    assertContractProblem(
      await h.app.inject({ method: 'GET', url: `/api/v1/files/file_${'x'.repeat(300)}`, headers: auth }),
      400,
    );
    const big = await h.call('login', { body: { username: 'x', password: 'y'.repeat(2 * 1024 * 1024) } });
    assertContractProblem(big, 413);
    const wrongType = await h.call('login', {
      payload: '<login/>',
      headers: { 'content-type': 'application/xml' },
    });
    assertContractProblem(wrongType, 415);
  });

  it('#5 answers headers too large for the HTTP parser (431) as a 400 problem', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.app.server.address();
    assert.ok(address && typeof address === 'object');
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(address.port, '127.0.0.1', () => {
        socket.write(`GET /api/v1/auth/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 /);
    assert.match(raw, /content-type: application\/problem\+json/i);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { status: number; code: string };
    assert.equal(body.status, 400);
    assert.equal(body.code, 'request.validation');
  });

  it('#4 refuses a body nested 100,000 levels deep with 400, not 500', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const response = await h.call('login', {
      payload: deep,
      headers: { 'content-type': 'application/json' },
    });
    assertContractProblem(response, 400);
    assert.equal(problemCode(response), 'request.validation');
  });

  it('#6 refuses invalid UTF-8 in a JSON body with 400 request.encoding', async () => {
    const payload = Buffer.concat([
      Buffer.from('{"username":"sunita.verma","password":"'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}'),
    ]);
    const response = await h.call('login', { payload, headers: { 'content-type': 'application/json' } });
    assertContractProblem(response, 400);
    assert.equal(problemCode(response), 'request.encoding');
  });

  it('#6 refuses a foreign cursor on the service client list like on every other list', async () => {
    const admin = await h.login('meera.joshi');
    const response = await h.call('listServiceClients', { token: admin, query: { cursor: 'zzz' } });
    assertContractProblem(response, 400);
    assert.equal(problemCode(response), 'request.validation');
  });

  it('#1 never replays a token endpoint; reusing a spent refresh token revokes its family', async () => {
    const first = await h.call('login', {
      body: { username: 'rajesh.kumar', password: PASSWORD },
      headers: { 'idempotency-key': 'login-key-0001' },
    });
    const second = await h.call('login', {
      body: { username: 'rajesh.kumar', password: PASSWORD },
      headers: { 'idempotency-key': 'login-key-0001' },
    });
    assert.equal(second.statusCode, 200);
    assert.equal(second.headers['idempotency-replayed'], undefined);
    assert.notEqual((second.json() as Session).accessToken, (first.json() as Session).accessToken);

    const session = first.json() as Session;
    const headers = { 'idempotency-key': 'refresh-key-0001' };
    const rotated = await h.call('refreshSession', { body: { refreshToken: session.refreshToken }, headers });
    assert.equal(rotated.statusCode, 200, rotated.body);
    const next = rotated.json() as Session;
    const reused = await h.call('refreshSession', { body: { refreshToken: session.refreshToken }, headers });
    assert.equal(reused.statusCode, 401, reused.body);
    assert.equal(reused.headers['idempotency-replayed'], undefined);
    assert.equal(problemCode(reused), 'auth.refresh_invalid');
    // The rotated tokens belong to the same family: both are revoked by the reuse.
    assert.equal(
      problemCode(await h.call('getCurrentUser', { token: next.accessToken })),
      'auth.token_invalid',
    );
    const after = await h.call('refreshSession', { body: { refreshToken: next.refreshToken } });
    assert.equal(problemCode(after), 'auth.refresh_invalid');
  });

  it('#11 rate limits public tracking per address with @fastify/rate-limit: 429 problem with Retry-After', async () => {
    const track = (remoteAddress: string) =>
      h.app.inject({
        method: 'GET',
        url: '/api/v1/public/track?number=NOPE%2F1&code=ZZZZ-ZZZZ',
        remoteAddress,
      });
    for (let i = 0; i < TRACKING_LIMIT.max; i++) assert.equal((await track('203.0.113.7')).statusCode, 404);
    const limited = await track('203.0.113.7');
    assertContractProblem(limited, 429);
    assert.equal(problemCode(limited), 'auth.rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    // Another address has its own budget.
    assert.equal((await track('203.0.113.8')).statusCode, 404);
  });

  it('#11 limits failed logins per account (any address) and per address (any account) with Retry-After', async () => {
    const attempt = (username: string, password: string, remoteAddress: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
        remoteAddress,
      });
    // Per account: failures from many addresses add up.
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      assert.equal((await attempt('anita.desai', 'wrong', `198.51.100.${i}`)).statusCode, 401);
    }
    const locked = await attempt('anita.desai', PASSWORD, '198.51.100.99');
    assertContractProblem(locked, 429);
    assert.ok(Number(locked.headers['retry-after']) > 0);
    // Per address: failures on many accounts add up.
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      assert.equal((await attempt(`nobody-${i}`, 'wrong', '192.0.2.1')).statusCode, 401);
    }
    assertContractProblem(await attempt('meera.joshi', PASSWORD, '192.0.2.1'), 429);
    assert.equal((await attempt('meera.joshi', PASSWORD, '192.0.2.2')).statusCode, 200);
    // The window is on the app's clock: once it passes, both log in again.
    h.now.value = new Date(h.now.value.getTime() + LOGIN_LIMITS.timeWindow + 1000);
    assert.equal((await attempt('anita.desai', PASSWORD, '198.51.100.99')).statusCode, 200);
    assert.equal((await attempt('meera.joshi', PASSWORD, '192.0.2.1')).statusCode, 200);
  });

  it('#1 scopes idempotency records to the principal: another user with the same key is not replayed', async () => {
    const other = await h.login('anita.desai');
    const headers = { 'idempotency-key': 'ticket-key-shared-0001' };
    const a = await h.call('logout', { token: await freshToken(h, 'rajesh.kumar'), body: {}, headers });
    const b = await h.call('logout', { token: other, body: {}, headers });
    assert.equal(a.statusCode, 204);
    assert.equal(b.statusCode, 204);
    assert.equal(b.headers['idempotency-replayed'], undefined);
    // anita's session really ended: her logout ran rather than being answered from rajesh's record.
    assert.equal((await h.call('getCurrentUser', { token: other })).statusCode, 401);
  });
});

async function freshToken(h: Harness, username: string): Promise<string> {
  const response = await h.call('login', { body: { username, password: PASSWORD } });
  return (response.json() as Session).accessToken;
}

/** Every row of every table of the PostgreSQL database at `url`, as JSON lines. */
async function postgresRows(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public'`,
    );
    let text = '';
    for (const { name } of tables.rows) {
      const rows = await client.query<{ row: string }>(`select row_to_json(t)::text as row from "${name}" t`);
      text += rows.rows.map((r) => r.row).join('\n');
    }
    assert.ok(text.includes('meera.joshi'), 'the rows were read');
    return text;
  } finally {
    await client.end();
  }
}

describe('no credential at rest (issue 16 #2)', () => {
  it('keeps no token, secret or password in the database file or the logs after a whole scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eoffice-secrets-'));
    // On PostgreSQL every row of every table, as JSON, stands for the file's bytes.
    const database = onPostgres ? await freshDatabase() : null;
    const logs: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    const h = await harness({
      db: database?.location ?? join(dir, 'sandbox.db'),
      logger: { level: 'trace', stream },
    });
    const seen: string[] = [PASSWORD];
    try {
      const key = (name: string) => ({ 'idempotency-key': `scan-${name}-0001` });
      const login = await h.call('login', {
        body: { username: 'meera.joshi', password: PASSWORD },
        headers: key('login'),
      });
      const session = login.json() as Session;
      seen.push(session.accessToken, session.refreshToken);
      const refreshed = await h.call('refreshSession', {
        body: { refreshToken: session.refreshToken },
        headers: key('refresh'),
      });
      const next = refreshed.json() as Session;
      seen.push(next.accessToken, next.refreshToken);
      const created = await h.call('createServiceClient', {
        token: next.accessToken,
        headers: key('client'),
        body: {
          name: { en: 'Portal', hi: 'पोर्टल' },
          scopes: ['reports:read'],
          servicePostId: seedId('post', 'cru'),
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const { client, clientSecret } = created.json() as { client: { id: string }; clientSecret: string };
      seen.push(clientSecret);
      const issued = await h.call('issueClientToken', {
        payload: `grant_type=client_credentials&client_id=${client.id}&client_secret=${clientSecret}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...key('token') },
      });
      seen.push((issued.json() as { access_token: string }).access_token);
      const ticket = await h.call('createEventTicket', { token: next.accessToken, headers: key('ticket') });
      assert.equal(ticket.statusCode, 201, ticket.body);
      const ticketValue = (ticket.json() as { ticket: string }).ticket;
      seen.push(ticketValue);
      // A ticket travels in the query string (native EventSource): the request log must not keep it.
      const probe = await h.app.inject({ method: 'GET', url: `/api/v1/no-such-route?ticket=${ticketValue}` });
      assert.equal(probe.statusCode, 404);
    } finally {
      await h.close();
    }
    assert.ok(logs.length > 0, 'the scenario was logged');
    const files = database
      ? [Buffer.from(await postgresRows(database.location))]
      : readdirSync(dir).map((name) => readFileSync(join(dir, name)));
    await database?.drop();
    const logText = logs.join('');
    try {
      for (const secret of seen) {
        assert.ok(secret.length >= 12);
        for (const bytes of files)
          assert.equal(bytes.indexOf(Buffer.from(secret)), -1, 'a credential in the database file');
        assert.ok(!logText.includes(secret), 'a credential in the logs');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
