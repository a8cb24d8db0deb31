// Indexes for the folder pages (src/queries/folder-page.ts): the copies a post received, by item type,
// read from the index alone (movements_recipient needs the row to tell files from receipts, which for
// a busy officer's few thousand copies was most of the inbox's time).
import { sql, type Kysely } from 'kysely';

const INDEXES = ['create index movements_copies on movements (to_post_id, kind, item_type, item_id)'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of INDEXES) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of INDEXES) {
    const name = /create index (\w+)/.exec(statement)?.[1];
    if (name) await sql.raw(`drop index ${name}`).execute(db);
  }
}
