// The idempotency store: the first response to a key is stored per principal, operation and key with
// a hash of the request, and replayed verbatim; a different request under the same key is refused.
// plugins/idempotency.ts decides which requests use it and runs them in one transaction with it.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema.js';
import type { HandlerResult } from './operations/context.js';
import { ApiProblem } from './problem.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;
/**
 * A `running` record older than this belongs to a request that can no longer finish (records commit
 * with their request, so only a store written by an older sandbox can hold one): it is reclaimed.
 */
const LEASE_MS = 60 * 1000;
/** Response headers worth replaying; the request id and dates belong to the new request. */
const REPLAYED_HEADERS = ['etag', 'location', 'cache-control', 'retry-after'];

export interface IdempotencyScope {
  principal: string;
  operationId: string;
  key: string;
}

export function requestHash(params: unknown, body: unknown): string {
  const hash = createHash('sha256').update(JSON.stringify(params));
  // A raw upload (multipart) is hashed as bytes: JSON.stringify of a 20 MiB Buffer is slow and huge.
  if (Buffer.isBuffer(body)) return hash.update('\0bytes\0').update(body).digest('hex');
  return hash.update(JSON.stringify(body ?? null)).digest('hex');
}

/** Returns the stored response for a replay, or null after reserving the key for this request. */
export async function beginIdempotent(
  db: Kysely<Database>,
  scope: IdempotencyScope,
  hash: string,
  now: Date,
): Promise<HandlerResult | null> {
  const cutoff = new Date(now.getTime() - RETENTION_MS).toISOString();
  await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).execute();
  await db
    .deleteFrom('idempotency_keys')
    .where('state', '=', 'running')
    .where('created_at', '<', new Date(now.getTime() - LEASE_MS).toISOString())
    .execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      principal: scope.principal,
      operation_id: scope.operationId,
      idempotency_key: scope.key,
      request_hash: hash,
      state: 'running',
      status: null,
      body: null,
      headers: null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return null;
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', scope.principal)
    .where('operation_id', '=', scope.operationId)
    .where('idempotency_key', '=', scope.key)
    .executeTakeFirstOrThrow();
  if (row.request_hash !== hash) {
    throw new ApiProblem(422, 'idempotency.key_reused', 'The key was used with a different body.');
  }
  if (row.state === 'running') {
    throw new ApiProblem(409, 'idempotency.in_progress', 'The first request is still running.');
  }
  return {
    status: row.status ?? 200,
    body: row.body === null ? undefined : (JSON.parse(row.body) as unknown),
    headers: {
      ...(JSON.parse(row.headers ?? '{}') as Record<string, string>),
      'idempotency-replayed': 'true',
    },
  };
}

export async function completeIdempotent(
  db: Kysely<Database>,
  scope: IdempotencyScope,
  result: HandlerResult,
): Promise<void> {
  const where = db
    .updateTable('idempotency_keys')
    .where('principal', '=', scope.principal)
    .where('operation_id', '=', scope.operationId)
    .where('idempotency_key', '=', scope.key);
  if (result.status >= 500) {
    // A failure of ours must not be replayed; let the client retry for real.
    await db
      .deleteFrom('idempotency_keys')
      .where('principal', '=', scope.principal)
      .where('operation_id', '=', scope.operationId)
      .where('idempotency_key', '=', scope.key)
      .execute();
    return;
  }
  const headers = Object.fromEntries(
    Object.entries(result.headers ?? {}).filter(([name]) => REPLAYED_HEADERS.includes(name.toLowerCase())),
  );
  await where
    .set({
      state: 'done',
      status: result.status,
      body: result.body === undefined ? null : JSON.stringify(result.body),
      headers: JSON.stringify(headers),
    })
    .execute();
}

/** Start-up: no request is running yet, so every `running` record is left over from a crash. */
export async function reclaimRunning(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('state', '=', 'running').execute();
}
