// Bearer token → principal, with the session's revocation and the client's revocation checked on every
// request (the sandbox favours correctness over saving one indexed lookup).
import { ApiProblem } from '../problem.js';
import type { Principal, Services } from '../operations/context.js';
import { verifyAccessToken } from './tokens.js';
import { loadPostIds, rolesOfPosts } from './roles.js';

export async function authenticate(
  services: Services,
  authorization: string | undefined,
): Promise<Principal> {
  const match = /^Bearer ([!-~]+)$/i.exec(authorization ?? '');
  if (!match?.[1]) throw new ApiProblem(401, 'auth.token_invalid', 'A bearer token is required.');
  const nowSeconds = Math.floor(services.clock().getTime() / 1000);
  const check = verifyAccessToken(match[1], services.tokenKey, nowSeconds);
  if (!check.ok) {
    throw check.reason === 'expired'
      ? new ApiProblem(401, 'auth.token_expired', 'The access token has expired.')
      : new ApiProblem(401, 'auth.token_invalid', 'The access token is not valid.');
  }
  const { claims } = check;
  const session = await services.db
    .selectFrom('sessions')
    .select(['revoked_at'])
    .where('id', '=', claims.sid)
    .executeTakeFirst();
  if (!session || session.revoked_at) {
    throw new ApiProblem(401, 'auth.token_invalid', 'The session was ended.');
  }
  if (claims.cid) {
    const client = await services.db
      .selectFrom('service_clients')
      .select('revoked_at')
      .where('id', '=', claims.cid)
      .executeTakeFirst();
    if (!client || client.revoked_at) {
      throw new ApiProblem(401, 'auth.token_invalid', 'The service client was revoked.');
    }
  }
  const postIds = await loadPostIds(services.db, claims.sub);
  return {
    userId: claims.sub,
    sessionId: claims.sid,
    clientId: claims.cid,
    kind: claims.cid ? 'service' : 'user',
    scopes: new Set(claims.scope.split(' ').filter(Boolean)),
    postIds,
    roles: await rolesOfPosts(services.db, postIds, claims.cid !== null),
  };
}
