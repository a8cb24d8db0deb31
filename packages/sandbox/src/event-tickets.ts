// Single-use tickets for a native EventSource (which cannot send an Authorization header), kept in the
// database so that a ticket issued by one instance opens the stream on whichever instance the browser
// reaches. Stored as SHA-256 hashes; redeeming deletes the row in the same statement that reads it, so
// two instances redeeming one ticket at once cannot both succeed.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { Principal } from './operations/context.js';

interface StoredPrincipal {
  userId: string;
  sessionId: string;
  clientId: string | null;
  kind: Principal['kind'];
  scopes: string[];
  postIds: string[];
  roles: string[];
}

const hashOf = (ticket: string) => createHash('sha256').update(ticket, 'utf8').digest('hex');

/** Stores `ticket` for `principal` until `expiresMs`, and forgets the tickets that expired by `nowMs`. */
export async function storeEventTicket(
  db: Kysely<Database>,
  ticket: string,
  principal: Principal,
  expiresMs: number,
  nowMs: number,
): Promise<void> {
  const stored: StoredPrincipal = {
    userId: principal.userId,
    sessionId: principal.sessionId,
    clientId: principal.clientId,
    kind: principal.kind,
    scopes: [...principal.scopes],
    postIds: principal.postIds,
    roles: [...principal.roles],
  };
  await db.deleteFrom('event_tickets').where('expires_ms', '<=', nowMs).execute();
  await db
    .insertInto('event_tickets')
    .values({ ticket_hash: hashOf(ticket), principal: JSON.stringify(stored), expires_ms: expiresMs })
    .execute();
}

/** The principal of `ticket`, consuming it; null when it is unknown, already used or expired. */
export async function redeemEventTicket(
  db: Kysely<Database>,
  ticket: string,
  nowMs: number,
): Promise<Principal | null> {
  const row = await db
    .deleteFrom('event_tickets')
    .where('ticket_hash', '=', hashOf(ticket))
    .returning(['principal', 'expires_ms'])
    .executeTakeFirst();
  if (!row || Number(row.expires_ms) <= nowMs) return null;
  const stored = JSON.parse(row.principal) as StoredPrincipal;
  return {
    ...stored,
    scopes: new Set(stored.scopes),
    roles: new Set(stored.roles),
  };
}
