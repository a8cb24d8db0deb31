// Indexes of the weekly review (src/reports/review-sql.ts): main movements by when they were sent, so
// a review's weeks read only the movements of those weeks (what was created, received and disposed,
// and what changed hands since each week's end), and paper receipts by when they were acknowledged,
// which can fall in a later week than the sending.
import { sql, type Kysely } from 'kysely';

const INDEXES = [
  'create index movements_sent on movements (sent_at, kind, item_id)',
  `create index movements_acknowledged on movements (json_extract(data, '$.receivedAt'))
     where json_type(data, '$.receivedAt') = 'text'`,
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
