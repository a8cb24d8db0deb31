// The Attachment representation (metadata only; bytes go out through downloadAttachment).
import type { Kysely, Selectable } from 'kysely';
import type { AttachmentTable, Database } from '../db/schema.js';
import type { Schemas } from './contract-enums.js';
import { userSummary } from './directory.js';
import { isUploadMediaType } from '../attachments/media-type.js';

type Db = Kysely<Database>;
export type AttachmentMeta = Omit<Selectable<AttachmentTable>, 'content'>;

export const ATTACHMENT_COLUMNS = [
  'id',
  'file_name',
  'media_type',
  'size',
  'sha256',
  'page_count',
  'uploaded_by',
  'uploaded_at',
  'owner_type',
  'owner_id',
  'position',
  'unused_since',
] as const;

export type PresentedAttachment = Schemas['Attachment'];

export async function presentAttachment(db: Db, row: AttachmentMeta): Promise<PresentedAttachment> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name_en', 'name_hi'])
    .where('id', '=', row.uploaded_by)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    fileName: row.file_name,
    // Rows written before images were accepted are all PDFs.
    mediaType: isUploadMediaType(row.media_type) ? row.media_type : 'application/pdf',
    size: row.size,
    sha256: row.sha256,
    pageCount: row.page_count,
    uploadedBy: userSummary(user),
    uploadedAt: row.uploaded_at,
  };
}

/** A receipt's attachments in their order (the scanned letter first). */
export async function receiptAttachments(db: Db, receiptId: string): Promise<PresentedAttachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('owner_type', '=', 'receipt')
    .where('owner_id', '=', receiptId)
    .orderBy('position')
    .execute();
  const out = [];
  for (const row of rows) out.push(await presentAttachment(db, row));
  return out;
}

/** The attachments of each of `receiptIds` in their order, in two queries whatever their number. */
export async function receiptAttachmentsOf(
  db: Db,
  receiptIds: readonly string[],
): Promise<Map<string, PresentedAttachment[]>> {
  const out = new Map<string, PresentedAttachment[]>(receiptIds.map((id) => [id, []]));
  if (receiptIds.length === 0) return out;
  const rows = await db
    .selectFrom('attachments')
    .select(ATTACHMENT_COLUMNS)
    .where('owner_type', '=', 'receipt')
    .where('owner_id', 'in', receiptIds)
    .orderBy('owner_id')
    .orderBy('position')
    .execute();
  if (rows.length === 0) return out;
  const users = new Map(
    (
      await db
        .selectFrom('users')
        .select(['id', 'name_en', 'name_hi'])
        .where('id', 'in', [...new Set(rows.map((r) => r.uploaded_by))])
        .execute()
    ).map((u) => [u.id, u]),
  );
  for (const row of rows) {
    const user = users.get(row.uploaded_by);
    if (!user) throw new Error(`attachment ${row.id}: unknown uploader ${row.uploaded_by}`);
    out.get(row.owner_id as string)?.push({
      id: row.id,
      fileName: row.file_name,
      mediaType: 'application/pdf',
      size: row.size,
      sha256: row.sha256,
      pageCount: row.page_count,
      uploadedBy: userSummary(user),
      uploadedAt: row.uploaded_at,
    });
  }
  return out;
}
