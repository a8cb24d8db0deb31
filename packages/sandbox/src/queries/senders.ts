// Earlier senders for the sender look-up of a new receipt: the senders of the receipts the caller's
// posts diarised, newest first, each once. Reads through the receipts_diariser index.
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../db/dialect.js';
import type { Database } from '../db/schema.js';
import type { Schemas } from '../presenters/contract-enums.js';

/** How many of the newest receipts are searched: enough for a clerk's regular correspondents. */
export const SENDER_SCAN_LIMIT = 1000;

type Sender = Schemas['Sender'];

function senderKey(sender: Sender): string {
  return [sender.name, sender.designation ?? '', sender.organisation ?? '']
    .map((part) => part.normalize('NFC').toLocaleLowerCase().trim())
    .join('\u0000');
}

function matches(sender: Sender, q: string | undefined): boolean {
  if (q === undefined) return true;
  const needle = q.normalize('NFC').toLocaleLowerCase();
  return [sender.name, sender.designation, sender.organisation, sender.address].some((text) =>
    text?.normalize('NFC').toLocaleLowerCase().includes(needle),
  );
}

export async function earlierSenders(
  db: Kysely<Database>,
  postIds: readonly string[],
  q: string | undefined,
): Promise<Sender[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('receipts')
    .select(['data', 'created_at'])
    .where(sql<string>`json_extract(data, '$.diarisingPostId')`, 'in', [...postIds])
    .orderBy('created_at', 'desc')
    // Same instant (a frozen clock, a batch): the later insert is the newer receipt — SQLite's rowid;
    // PostgreSQL has none, and the receipt's first movement (its diarisation) is numbered in that order.
    .orderBy(
      isPostgres(db) ? sql`(select min(m.seq) from movements m where m.item_id = receipts.id)` : sql`rowid`,
      'desc',
    )
    .limit(SENDER_SCAN_LIMIT)
    .execute();
  const seen = new Set<string>();
  const senders: Sender[] = [];
  for (const row of rows) {
    const sender = (JSON.parse(row.data) as { sender: Sender }).sender;
    const key = senderKey(sender);
    if (seen.has(key) || !matches(sender, q)) continue;
    seen.add(key);
    senders.push(sender);
  }
  return senders;
}
