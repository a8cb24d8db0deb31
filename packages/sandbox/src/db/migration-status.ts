// How far the database's schema is from the migrations this build knows (readiness).
import { Migrator, type Kysely } from 'kysely';
import { migrationProvider } from './connect.js';
import type { Database } from './schema.js';

export interface MigrationStatus {
  /** Migrations applied to the database. */
  applied: number;
  /** Migrations this build knows and the database has not applied, oldest first. */
  pending: string[];
  /** Name of the newest migration this build knows. */
  latest: string;
}

export async function migrationStatus(db: Kysely<Database>): Promise<MigrationStatus> {
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).length,
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
    latest: migrations.at(-1)?.name ?? '',
  };
}
