// For the folder pages (src/queries/folder-page.ts) and files pending with others
// (src/reports/pending-sql.ts) at a district's volume:
// - movements_copies: the copies a post received, by item type, read from the index alone
//   (movements_recipient needs the row to tell files from receipts);
// - file_origins: each post that put a file on its way (created it, or sent or returned it) with the
//   file's holder while the file is open, kept exact by triggers on files and movements. A busy officer
//   has sent tens of thousands of files over the years; their open ones held by others are then one
//   range of the file_origins_open index instead of a look at every file they ever sent.
// `REBUILD_FILE_ORIGINS` recomputes the table (this migration and the history generator run it).
import { sql, type Kysely } from 'kysely';
import { createTriggers, dropTriggers, withoutRowid, type RowTrigger } from './row-triggers.js';

const INDEXES = ['create index movements_copies on movements (to_post_id, kind, item_type, item_id)'];

/** The holder of an open file (neither closed nor parked), else null. */
const openHolder = (row: string) =>
  `case when ${row}.status not in ('closed', 'parked') then ${row}.holder_post_id end`;

export const FILE_ORIGIN_TRIGGERS: RowTrigger[] = [
  {
    name: 'files_origin_created',
    event: 'insert',
    table: 'files',
    when: `json_extract(new.data, '$.creatorPostId') is not null`,
    body: `
     insert into file_origins (post_id, file_id, open_holder)
       values (json_extract(new.data, '$.creatorPostId'), new.id, ${openHolder('new')})
       on conflict do nothing;`,
  },
  {
    name: 'movements_origin',
    event: 'insert',
    table: 'movements',
    when: `new.kind = 'main' and new.action in ('send', 'return') and new.item_type = 'file'
      and new.from_post_id is not null`,
    body: `
     insert into file_origins (post_id, file_id, open_holder)
       select new.from_post_id, f.id, ${openHolder('f')} from files f where f.id = new.item_id
       on conflict do nothing;`,
  },
  {
    name: 'files_origin_state',
    event: 'update of holder_post_id, status',
    table: 'files',
    body: `
     update file_origins set open_holder = ${openHolder('new')} where file_id = new.id;`,
  },
];

/** Recomputes file_origins from files and the movement log (after a bulk load that bypassed the triggers). */
export const REBUILD_FILE_ORIGINS = [
  'delete from file_origins',
  `insert into file_origins (post_id, file_id, open_holder)
     select json_extract(f.data, '$.creatorPostId'), f.id, ${openHolder('f')} from files f
     where json_extract(f.data, '$.creatorPostId') is not null
     union
     select m.from_post_id, f.id, ${openHolder('f')} from movements m join files f on f.id = m.item_id
     where m.kind = 'main' and m.action in ('send', 'return') and m.item_type = 'file'
       and m.from_post_id is not null
     on conflict do nothing`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of INDEXES) await sql.raw(statement).execute(db);
  await sql`create table file_origins (
    post_id text not null, file_id text not null, open_holder text,
    primary key (post_id, file_id)) ${sql.raw(withoutRowid(db))}`.execute(db);
  await sql`create index file_origins_file on file_origins (file_id)`.execute(db);
  await sql`create index file_origins_open on file_origins (post_id, open_holder)
    where open_holder is not null`.execute(db);
  for (const statement of REBUILD_FILE_ORIGINS) await sql.raw(statement).execute(db);
  await createTriggers(db, FILE_ORIGIN_TRIGGERS);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropTriggers(db, FILE_ORIGIN_TRIGGERS);
  await sql`drop table file_origins`.execute(db);
  for (const statement of INDEXES) {
    const name = /create index (\w+)/.exec(statement)?.[1];
    if (name) await sql.raw(`drop index ${name}`).execute(db);
  }
}
