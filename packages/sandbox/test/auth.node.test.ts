import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

interface Session {
  accessToken: string;
  refreshToken: string;
  scope: string;
  expiresIn: number;
}

describe('auth', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  const login = (username: string, password = PASSWORD, extra: Record<string, unknown> = {}) =>
    h.call('login', { body: { username, password, ...extra } });

  it('logs in, answers who am I, refreshes with rotation and logs out', async () => {
    const response = await login('sunita.verma');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['cache-control'], 'no-store');
    const session = response.json() as Session;
    assert.equal(session.expiresIn, 900);
    assert.ok(!session.scope.includes('clients:admin'));
    const me = await h.call('getCurrentUser', { token: session.accessToken });
    assert.equal(me.statusCode, 200, me.body);
    const body = me.json() as {
      user: { username: string };
      defaultPostId: string;
      roles: string[];
      kind: string;
    };
    assert.equal(body.user.username, 'sunita.verma');
    assert.equal(body.defaultPostId, seedId('post', 'so-estt'));
    assert.deepEqual(body.roles, ['officer']);

    const refreshed = await h.call('refreshSession', { body: { refreshToken: session.refreshToken } });
    assert.equal(refreshed.statusCode, 200, refreshed.body);
    const next = refreshed.json() as Session;
    assert.notEqual(next.refreshToken, session.refreshToken);
    const reused = await h.call('refreshSession', { body: { refreshToken: session.refreshToken } });
    assert.equal(problemCode(reused), 'auth.refresh_invalid');
    // Reuse of a rotated token revokes the whole session.
    assert.equal(
      problemCode(await h.call('getCurrentUser', { token: next.accessToken })),
      'auth.token_invalid',
    );

    const again = (await login('sunita.verma')).json() as Session;
    const out = await h.call('logout', {
      token: again.accessToken,
      body: { refreshToken: again.refreshToken },
    });
    assert.equal(out.statusCode, 204);
    assert.equal((await h.call('getCurrentUser', { token: again.accessToken })).statusCode, 401);
    assert.equal(
      problemCode(await h.call('refreshSession', { body: { refreshToken: again.refreshToken } })),
      'auth.refresh_invalid',
    );
  });

  it('refuses wrong passwords, then rate limits with Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await login('rajesh.kumar', 'wrong-password');
      assert.equal(problemCode(wrong), 'auth.invalid_credentials');
    }
    const limited = await login('rajesh.kumar');
    assert.equal(limited.statusCode, 429);
    assert.equal(problemCode(limited), 'auth.rate_limited');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    h.now.value = new Date(h.now.value.getTime() + 16 * 60 * 1000);
    assert.equal((await login('rajesh.kumar')).statusCode, 200);
  });

  it('rejects missing, malformed, forged and expired tokens', async () => {
    assert.equal(problemCode(await h.call('getCurrentUser')), 'auth.token_invalid');
    assert.equal(problemCode(await h.call('getCurrentUser', { token: 'not-a-token' })), 'auth.token_invalid');
    const token = ((await login('anita.desai')).json() as Session).accessToken;
    const forged = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    assert.equal(problemCode(await h.call('getCurrentUser', { token: forged })), 'auth.token_invalid');
    h.now.value = new Date(h.now.value.getTime() + 16 * 60 * 1000);
    assert.equal(problemCode(await h.call('getCurrentUser', { token })), 'auth.token_expired');
  });

  it('narrows scopes at login and enforces them per operation', async () => {
    const session = (await login('anita.desai', PASSWORD, { scope: 'files:read' })).json() as Session;
    assert.equal(session.scope, 'files:read');
    const denied = await h.call('listUnits', { token: session.accessToken });
    assert.equal(denied.statusCode, 403);
    assert.equal(problemCode(denied), 'auth.insufficient_scope');
    const user = (await login('anita.desai')).json() as Session;
    const admin = await h.call('listServiceClients', { token: user.accessToken });
    assert.equal(admin.statusCode, 403);
  });

  it('issues client-credentials tokens, form-encoded or with Basic auth, and revokes clients', async () => {
    const form =
      'grant_type=client_credentials&client_id=cli_labportal1&client_secret=portal-secret-0123456789abcdef&scope=files%3Aread';
    const token = await h.call('issueClientToken', {
      payload: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(token.statusCode, 200, token.body);
    const body = token.json() as { access_token: string; scope: string; token_type: string };
    assert.equal(body.scope, 'files:read');
    const me = await h.call('getCurrentUser', { token: body.access_token });
    assert.equal((me.json() as { kind: string }).kind, 'service');
    const basic = Buffer.from('cli_labportal1:portal-secret-0123456789abcdef').toString('base64');
    const viaBasic = await h.call('issueClientToken', {
      payload: 'grant_type=client_credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    });
    assert.equal(viaBasic.statusCode, 200);
    const badScope = await h.call('issueClientToken', {
      payload:
        'grant_type=client_credentials&client_id=cli_labportal1&client_secret=portal-secret-0123456789abcdef&scope=clients%3Aadmin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(problemCode(badScope), 'auth.invalid_scope');
    assert.equal((badScope.json() as { error: string }).error, 'invalid_scope');
    const badSecret = await h.call('issueClientToken', {
      payload: 'grant_type=client_credentials&client_id=cli_labportal1&client_secret=wrong-secret-0123456789',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(problemCode(badSecret), 'auth.invalid_client');
    const grant = await h.call('issueClientToken', {
      payload: 'grant_type=password',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(grant.statusCode, 400);

    const adminToken = ((await login('meera.joshi')).json() as Session).accessToken;
    const created = await h.call('createServiceClient', {
      token: adminToken,
      body: {
        name: { en: 'District portal', hi: 'जिला पोर्टल' },
        scopes: ['reports:read'],
        servicePostId: seedId('post', 'cru'),
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { client, clientSecret } = created.json() as { client: { id: string }; clientSecret: string };
    const issued = await h.call('issueClientToken', {
      payload: `grant_type=client_credentials&client_id=${client.id}&client_secret=${clientSecret}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const serviceToken = (issued.json() as { access_token: string }).access_token;
    const revoked = await h.call('revokeServiceClient', {
      token: adminToken,
      params: { clientId: client.id },
    });
    assert.equal(revoked.statusCode, 204);
    assert.equal(problemCode(await h.call('getCurrentUser', { token: serviceToken })), 'auth.token_invalid');
    assert.equal(
      (await h.call('revokeServiceClient', { token: adminToken, params: { clientId: client.id } }))
        .statusCode,
      404,
    );
  });
});
