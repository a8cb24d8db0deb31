// Login, refresh, logout, who-am-I, OAuth2 client credentials and service client administration.
import type { Kysely } from 'kysely';
import { hashSecret, verifySecret } from '../auth/passwords.js';
import { loadPostIds, rolesOfPosts, scopesForRoles } from '../auth/roles.js';
import { ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS, hashToken, signAccessToken } from '../auth/tokens.js';
import type { Database } from '../db/schema.js';
import { paginate } from '../pagination.js';
import { ApiProblem, notFound } from '../problem.js';
import { asEnum, ROLES, SCOPES, type Schemas } from '../presenters/contract-enums.js';
import { loadPost, postSummary, userRepresentation } from '../presenters/directory.js';
import { requirePrincipal, type HandlerGroup, type Services } from './context.js';

const NO_STORE = { 'cache-control': 'no-store' };

function grantScopes(requested: string | undefined, allowed: string[], code: string): string[] {
  if (!requested) return allowed;
  const wanted = requested.split(' ').filter(Boolean);
  const refused = wanted.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0) {
    throw new ApiProblem(
      400,
      code,
      `Scope not allowed: ${refused.join(' ')}.`,
      undefined,
      {},
      'invalid_scope',
    );
  }
  return [...new Set(wanted)];
}

async function issueSession(services: Services, userId: string, scope: string[], db: Kysely<Database>) {
  const now = services.clock();
  const sessionId = services.ids.next('ses');
  await db
    .insertInto('sessions')
    .values({
      id: sessionId,
      user_id: userId,
      client_id: null,
      scope: scope.join(' '),
      created_at: now.toISOString(),
      revoked_at: null,
    })
    .execute();
  return rotate(services, db, sessionId, userId, scope);
}

async function rotate(
  services: Services,
  db: Kysely<Database>,
  sessionId: string,
  userId: string,
  scope: string[],
): Promise<Schemas['Session']> {
  const now = services.clock();
  const seconds = Math.floor(now.getTime() / 1000);
  const refreshToken = `rt_${services.ids.secret(32)}`;
  await db
    .insertInto('refresh_tokens')
    .values({
      token_hash: hashToken(refreshToken),
      session_id: sessionId,
      expires_at: new Date(now.getTime() + REFRESH_TOKEN_SECONDS * 1000).toISOString(),
      used_at: null,
    })
    .execute();
  const accessToken = signAccessToken(
    {
      sub: userId,
      sid: sessionId,
      cid: null,
      scope: scope.join(' '),
      iat: seconds,
      exp: seconds + ACCESS_TOKEN_SECONDS,
    },
    services.tokenKey,
  );
  return {
    accessToken,
    tokenType: 'Bearer',
    expiresIn: ACCESS_TOKEN_SECONDS,
    refreshToken,
    refreshExpiresIn: REFRESH_TOKEN_SECONDS,
    scope: scope.join(' '),
  };
}

async function serviceClientRepresentation(
  db: Kysely<Database>,
  client: {
    id: string;
    name_en: string;
    name_hi: string;
    scopes: string;
    service_post_id: string | null;
    created_at: string;
    revoked_at: string | null;
  },
): Promise<Schemas['ServiceClient']> {
  return {
    id: client.id,
    name: { en: client.name_en, hi: client.name_hi },
    scopes: (JSON.parse(client.scopes) as string[]).map((s) => asEnum(s, SCOPES, 'client scope')),
    servicePost: client.service_post_id ? await postSummary(db, client.service_post_id) : null,
    createdAt: client.created_at,
    revokedAt: client.revoked_at,
  };
}

export const authHandlers = {
  async login({ body, request, services }) {
    const { username, password, scope } = body;
    const { db } = services;
    // Failed logins per account and per address (plugins/rate-limits.ts): 429 with Retry-After.
    await request.server.loginLimiter.check(request);
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username.normalize('NFC'))
      .where('kind', '=', 'user')
      .executeTakeFirst();
    if (!verifySecret(password, user?.password_hash ?? null) || !user || user.active !== 1) {
      await request.server.loginLimiter.fail(request);
      throw new ApiProblem(401, 'auth.invalid_credentials', 'Wrong username or password.');
    }
    const roles = await rolesOfPosts(db, await loadPostIds(db, user.id), false);
    const granted = grantScopes(scope, scopesForRoles(roles), 'request.validation');
    const session = await db.transaction().execute((trx) => issueSession(services, user.id, granted, trx));
    return { status: 200, body: session, headers: NO_STORE };
  },

  async refreshSession({ body, services }) {
    const { refreshToken } = body;
    const { db, clock } = services;
    const now = clock().toISOString();
    const result = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('refresh_tokens')
        .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
        .select([
          'refresh_tokens.token_hash',
          'refresh_tokens.used_at',
          'refresh_tokens.expires_at',
          'sessions.id as session_id',
          'sessions.user_id',
          'sessions.scope',
          'sessions.revoked_at',
        ])
        .where('refresh_tokens.token_hash', '=', hashToken(refreshToken))
        .executeTakeFirst();
      if (!row || row.revoked_at || row.expires_at <= now) return null;
      if (row.used_at) {
        // A used refresh token coming back means it leaked: end the whole session.
        await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', row.session_id).execute();
        return null;
      }
      const used = await trx
        .updateTable('refresh_tokens')
        .set({ used_at: now })
        .where('token_hash', '=', row.token_hash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(used.numUpdatedRows) !== 1) return null;
      return rotate(services, trx, row.session_id, row.user_id, row.scope.split(' ').filter(Boolean));
    });
    if (!result) throw new ApiProblem(401, 'auth.refresh_invalid', 'The refresh token is not valid.');
    return { status: 200, body: result, headers: NO_STORE };
  },

  async logout(ctx) {
    const principal = requirePrincipal(ctx);
    const body = ctx.body ?? {};
    const { db, clock } = ctx.services;
    const now = clock().toISOString();
    await db.transaction().execute(async (trx) => {
      let query = trx.updateTable('sessions').set({ revoked_at: now }).where('revoked_at', 'is', null);
      query = body.allSessions
        ? query.where('user_id', '=', principal.userId)
        : query.where('id', '=', principal.sessionId);
      await query.execute();
      if (body.refreshToken) {
        const row = await trx
          .selectFrom('refresh_tokens')
          .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
          .select('sessions.id')
          .where('refresh_tokens.token_hash', '=', hashToken(body.refreshToken))
          .where('sessions.user_id', '=', principal.userId)
          .executeTakeFirst();
        if (row)
          await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', row.id).execute();
      }
    });
    return { status: 204 };
  },

  async getCurrentUser(ctx) {
    const principal = requirePrincipal(ctx);
    const { db } = ctx.services;
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', principal.userId)
      .executeTakeFirstOrThrow();
    const posts = [];
    for (const id of principal.postIds) posts.push(await postSummary(db, id));
    return {
      status: 200,
      body: {
        user: await userRepresentation(db, user),
        kind: principal.kind,
        clientId: principal.clientId,
        posts,
        // A service account without a post has nothing to default to; the contract still needs an id.
        defaultPostId: principal.postIds[0] ?? 'post_00000000',
        roles: [...principal.roles].map((r) => asEnum(r, ROLES, 'role')),
        delegations: [],
        scopes: [...principal.scopes].map((s) => asEnum(s, SCOPES, 'scope')),
      },
    };
  },

  async issueClientToken({ body, request, services }) {
    const form = body;
    let clientId = form.client_id;
    let secret = form.client_secret;
    const basic = /^Basic (.+)$/i.exec(request.headers.authorization ?? '');
    if (basic?.[1]) {
      const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      clientId = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    }
    const { db, clock } = services;
    const client = clientId
      ? await db.selectFrom('service_clients').selectAll().where('id', '=', clientId).executeTakeFirst()
      : undefined;
    if (!client || client.revoked_at || !secret || !verifySecret(secret, client.secret_hash)) {
      throw new ApiProblem(
        401,
        'auth.invalid_client',
        'Client authentication failed.',
        undefined,
        {},
        'invalid_client',
      );
    }
    const scopes = grantScopes(form.scope, JSON.parse(client.scopes) as string[], 'auth.invalid_scope');
    const now = clock();
    const seconds = Math.floor(now.getTime() / 1000);
    const sessionId = services.ids.next('ses');
    await db
      .insertInto('sessions')
      .values({
        id: sessionId,
        user_id: client.service_user_id,
        client_id: client.id,
        scope: scopes.join(' '),
        created_at: now.toISOString(),
        revoked_at: null,
      })
      .execute();
    const token = signAccessToken(
      {
        sub: client.service_user_id,
        sid: sessionId,
        cid: client.id,
        scope: scopes.join(' '),
        iat: seconds,
        exp: seconds + ACCESS_TOKEN_SECONDS,
      },
      services.tokenKey,
    );
    return {
      status: 200,
      body: {
        access_token: token,
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_SECONDS,
        scope: scopes.join(' '),
      },
      headers: NO_STORE,
    };
  },

  async listServiceClients(ctx) {
    requireAdmin(ctx.principal?.roles);
    const rows = await ctx.services.db.selectFrom('service_clients').selectAll().orderBy('id').execute();
    // Paged like every other list, so a cursor that is not ours is a 400 here too.
    const page = paginate(rows, ctx.query);
    const items = [];
    for (const row of page.items) items.push(await serviceClientRepresentation(ctx.services.db, row));
    return { status: 200, body: { items, nextCursor: page.nextCursor } };
  },

  async createServiceClient(ctx) {
    requireAdmin(ctx.principal?.roles);
    const body = ctx.body;
    const { db, ids, clock } = ctx.services;
    if (body.servicePostId) {
      await loadPost(db, body.servicePostId).catch(() => {
        throw new ApiProblem(422, 'recipient.invalid', 'The service post does not exist.');
      });
    }
    const secret = ids.secret(32);
    const id = await createServiceClientRecord(db, ctx.services, {
      id: ids.next('cli'),
      name: body.name,
      scopes: body.scopes,
      secret,
      servicePostId: body.servicePostId ?? null,
      now: clock().toISOString(),
    });
    const row = await db
      .selectFrom('service_clients')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      status: 201,
      body: { client: await serviceClientRepresentation(db, row), clientSecret: secret },
      headers: { location: `/api/v1/auth/clients/${id}` },
    };
  },

  async revokeServiceClient(ctx) {
    requireAdmin(ctx.principal?.roles);
    const { db, clock } = ctx.services;
    const done = await db
      .updateTable('service_clients')
      .set({ revoked_at: clock().toISOString() })
      .where('id', '=', ctx.params.clientId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw notFound('The service client');
    return { status: 204 };
  },
} satisfies HandlerGroup;

function requireAdmin(roles: Set<string> | undefined): void {
  if (!roles?.has('admin')) throw new ApiProblem(403, 'auth.role_required', 'The admin role is required.');
}

/** Shared by the API and the seed: a client plus the service account it acts through. */
export async function createServiceClientRecord(
  db: Kysely<Database>,
  services: Pick<Services, 'ids'>,
  input: {
    id: string;
    name: { en: string; hi: string };
    scopes: string[];
    secret: string;
    servicePostId: string | null;
    now: string;
  },
): Promise<string> {
  await db.transaction().execute(async (trx) => {
    const userId = `user_${input.id.slice(4)}svc`.slice(0, 37);
    await trx
      .insertInto('users')
      .values({
        id: userId,
        username: `service:${input.id}`,
        name_en: input.name.en,
        name_hi: input.name.hi,
        email: null,
        password_hash: null,
        active: 1,
        kind: 'service',
      })
      .execute();
    if (input.servicePostId) {
      await trx
        .insertInto('user_posts')
        .values({ user_id: userId, post_id: input.servicePostId, position: 0 })
        .execute();
    }
    await trx
      .insertInto('service_clients')
      .values({
        id: input.id,
        name_en: input.name.en,
        name_hi: input.name.hi,
        secret_hash: hashSecret(input.secret),
        scopes: JSON.stringify(input.scopes),
        service_user_id: userId,
        service_post_id: input.servicePostId,
        created_at: input.now,
        revoked_at: null,
      })
      .execute();
  });
  void services;
  return input.id;
}
