// Drafts for approval (with every revision kept) and stored signatures. Drafts and signatures share a
// migration because approving a draft points at the signature over its current revision.
import type { Kysely } from 'kysely';
import { bytes } from './column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  await s
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('creator_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('creator_post_id', 'text', (c) => c.notNull().references('posts.id'))
    // JSON: current content, approval and dispatch as the contract shows them.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('dispatch_number', 'text', (c) => c.unique())
    .addColumn('issued_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('drafts_file').on('drafts').columns(['file_id', 'created_at']).execute();
  await s.createIndex('drafts_issued').on('drafts').columns(['issued_at']).execute();
  await s
    .createTable('draft_versions')
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // JSON: content, createdBy, remarks
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('draft_versions_pk', ['draft_id', 'revision'])
    .execute();
  await s
    .createTable('signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('signer_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('signer_post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('canon_version', 'text', (c) => c.notNull())
    .addColumn('cms', bytes(db), (c) => c.notNull())
    .addColumn('certificate_id', 'text')
    // JSON: certificate summary, signing time, the verification made when it was stored.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createIndex('signatures_target')
    .on('signatures')
    .columns(['target_type', 'target_id', 'revision'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['signatures', 'draft_versions', 'drafts']) {
    await db.schema.dropTable(table).execute();
  }
}
