// Uploaded PDFs, bytes kept in SQLite so a sandbox database file is self-contained. An attachment
// belongs to at most one owner (a receipt for now); unowned ones are swept 24 hours after they were
// uploaded or released, as the contract promises.
import type { Kysely } from 'kysely';
import { bytes } from './column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('page_count', 'integer')
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('owner_type', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('position', 'integer')
    // Set while unowned (at upload, or when an owner drops it); the sweep reads it.
    .addColumn('unused_since', 'text')
    .addColumn('content', bytes(db), (c) => c.notNull())
    .execute();
  await s
    .createIndex('attachments_owner')
    .on('attachments')
    .columns(['owner_type', 'owner_id', 'position'])
    .execute();
  await s.createIndex('attachments_unused').on('attachments').columns(['unused_since']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('attachments').execute();
}
