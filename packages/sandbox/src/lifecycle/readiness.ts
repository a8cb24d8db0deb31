// Readiness of this instance: its database answers a trivial query and has every migration this build
// knows applied. A rolling deployment that starts a newer build before migrating, or a database that went
// away, makes the instance not ready instead of failing the requests a load balancer sends it.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect.js';
import { migrationStatus } from '../db/migration-status.js';
import type { Database } from '../db/schema.js';

export type Readiness =
  | { ready: true; database: 'sqlite' | 'postgres'; applied: number; latest: string }
  | { ready: false; reason: string };

export async function checkReadiness(db: Kysely<Database>): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    return { ready: false, reason: `the database does not answer: ${(error as Error).message}` };
  }
  const status = await migrationStatus(db);
  if (status.pending.length > 0) {
    return {
      ready: false,
      reason: `the database schema is behind: ${status.pending.length} migration(s) pending (${status.pending.join(', ')})`,
    };
  }
  return {
    ready: true,
    database: isPostgres(db) ? 'postgres' : 'sqlite',
    applied: status.applied,
    latest: status.latest,
  };
}
