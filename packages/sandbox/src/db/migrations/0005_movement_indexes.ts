// Indexes that keep tracking fast for files with long histories (budget: 1,000 movements, p95 ≤ 10 ms):
// the current main movement is found without scanning the log, and the light view of the log that
// numbers movements (id, kind, sent time) is read from the index alone.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('movements_item_kind')
    .on('movements')
    .columns(['item_id', 'kind', 'seq'])
    .execute();
  await db.schema
    .createIndex('movements_item_log')
    .on('movements')
    .columns(['item_id', 'seq', 'kind', 'sent_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('movements_item_log').execute();
  await db.schema.dropIndex('movements_item_kind').execute();
}
