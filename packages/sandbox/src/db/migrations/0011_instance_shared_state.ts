// State that several instances over one database must share, which a single process kept in memory:
// event-stream tickets (issued by one instance, redeemed on whichever the browser's EventSource reaches)
// and rate-limit windows (a limit counts requests through every instance together). On SQLite the
// rate-limit table stays unused (one process keeps its bounded in-memory store), but the schema is one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('event_tickets')
    // SHA-256 of the ticket: a copy of the table does not hold usable tickets.
    .addColumn('ticket_hash', 'text', (c) => c.primaryKey())
    .addColumn('principal', 'text', (c) => c.notNull())
    .addColumn('expires_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_tickets_expiry').on('event_tickets').column('expires_ms').execute();
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('started_ms', 'bigint', (c) => c.notNull())
    .addColumn('ends_ms', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_windows_end').on('rate_limit_windows').column('ends_ms').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute();
  await db.schema.dropTable('event_tickets').execute();
}
