// Access tokens: JWT-shaped `header.payload.signature` with HMAC-SHA256. The sandbox is their only
// consumer, so the header is fixed and only the signature and expiry are checked here; revocation is
// checked against the session in authenticate.ts.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const ACCESS_TOKEN_SECONDS = 900;
export const REFRESH_TOKEN_SECONDS = 28800;

export interface AccessClaims {
  sub: string; // user id (the service account for clients)
  sid: string; // session id
  cid: string | null; // service client id
  scope: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export function signAccessToken(claims: AccessClaims, key: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createHmac('sha256', key).update(`${HEADER}.${payload}`).digest('base64url');
  return `${HEADER}.${payload}.${signature}`;
}

export type TokenCheck = { ok: true; claims: AccessClaims } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyAccessToken(token: string, key: Buffer, nowSeconds: number): TokenCheck {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature || header !== HEADER) return { ok: false, reason: 'invalid' };
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const actual = Buffer.from(signature, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** Refresh tokens and client secrets are stored as SHA-256 only (they are high-entropy already). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
