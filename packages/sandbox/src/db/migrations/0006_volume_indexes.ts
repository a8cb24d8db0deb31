// Indexes for a district's years of files (DESIGN.md budgets at 100,000 files / 1,000,000 movements):
// public tracking by number, an officer's inbox and sent folders, what is pending with whom, and
// notes by file. Each is used by a query in src/reports or
// src/queries; test/query-plans.node.test.ts checks that no list, tracking or report query scans a
// whole table.
import { sql, type Kysely } from 'kysely';

const INDEXES = [
  // Public tracking and the uniqueness check on create look items up by number.
  'create index files_number on files (number)',
  'create index receipts_number on receipts (number)',
  'create index notes_file on notes (file_id, status)',
  // Copies in a post's inbox; movements into a post.
  'create index movements_recipient on movements (to_post_id, kind, item_id)',
  // A post's sent folder and the files it put on their way (pending with others).
  'create index movements_sender on movements (from_post_id, kind, action, item_id)',
  // Inboxes, parked folders and what is pending, by holder and status.
  'create index files_holder on files (holder_post_id, status, id)',
  'create index receipts_holder on receipts (holder_post_id, status, id)',
  // The created and closed folders.
  `create index files_creator on files (json_extract(data, '$.creatorPostId'), status)`,
  `create index receipts_diariser on receipts (json_extract(data, '$.diarisingPostId'))`,
  `create index receipts_closer on receipts (json_extract(data, '$.closedByPostId'))
     where json_extract(data, '$.closedByPostId') is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of INDEXES) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...INDEXES].reverse()) {
    const name = /create index (\w+)/.exec(statement)?.[1];
    if (name) await sql.raw(`drop index ${name}`).execute(db);
  }
}
