// Attachment ownership: receipts claim uploaded PDFs, dropping one releases it, and unowned PDFs are
// deleted 24 hours after they became unowned (the contract's promise for uploads never used).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiProblem, type FieldError } from '../problem.js';

type Db = Kysely<Database>;

export const UNUSED_TTL_MS = 24 * 60 * 60 * 1000;

export async function sweepUnused(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - UNUSED_TTL_MS).toISOString();
  await db
    .deleteFrom('attachments')
    .where('owner_id', 'is', null)
    .where('unused_since', '<', cutoff)
    .execute();
}

function unusable(index: number, message: string): ApiProblem {
  const error: FieldError = {
    pointer: `/attachmentIds/${index}`,
    location: 'body',
    message,
    code: 'attachment.unusable',
  };
  return new ApiProblem(422, 'attachment.unusable', message, [error]);
}

/**
 * Checks that every id may be attached to the receipt: uploaded by the caller and unowned, or already
 * the receipt's own. Runs before the transaction so a refusal changes nothing.
 */
export async function checkUsable(
  db: Db,
  ids: readonly string[],
  uploaderUserId: string,
  receiptId: string | null,
  now: Date,
): Promise<void> {
  await sweepUnused(db, now);
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) throw unusable(index, 'The attachment is listed twice.');
    seen.add(id);
    const row = await db
      .selectFrom('attachments')
      .select(['uploaded_by', 'owner_type', 'owner_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    const own = row?.owner_type === 'receipt' && receiptId !== null && row.owner_id === receiptId;
    if (!row || (!own && (row.owner_id !== null || row.uploaded_by !== uploaderUserId))) {
      throw unusable(index, 'Unknown attachment, uploaded by someone else, or already in use.');
    }
  }
}

/**
 * Makes `ids` (in order) the receipt's attachments inside the caller's transaction. The claim is
 * conditional on the attachment still being free (or the receipt's), so two receipts racing for one
 * upload cannot both get it.
 */
export async function setReceiptAttachments(
  trx: Db,
  receiptId: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  const current = await trx
    .selectFrom('attachments')
    .select('id')
    .where('owner_type', '=', 'receipt')
    .where('owner_id', '=', receiptId)
    .execute();
  const dropped = current.map((r) => r.id).filter((id) => !ids.includes(id));
  if (dropped.length > 0) {
    await trx
      .updateTable('attachments')
      .set({ owner_type: null, owner_id: null, position: null, unused_since: now.toISOString() })
      .where('id', 'in', dropped)
      .execute();
  }
  for (const [index, id] of ids.entries()) {
    const claimed = await trx
      .updateTable('attachments')
      .set({ owner_type: 'receipt', owner_id: receiptId, position: index, unused_since: null })
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb('owner_id', 'is', null),
          eb.and([eb('owner_type', '=', 'receipt'), eb('owner_id', '=', receiptId)]),
        ]),
      )
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw unusable(index, 'The attachment was taken meanwhile.');
  }
}
