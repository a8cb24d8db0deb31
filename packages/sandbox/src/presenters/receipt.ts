// The Receipt representation.
import type { Kysely, Selectable } from 'kysely';
import { etagOf } from '../access.js';
import type { Database, ItemTable } from '../db/schema.js';
import { receiptCategories } from '../master-data.js';
import { postSummaries, presentCurrentMovements } from '../movements.js';
import type { Principal } from '../operations/context.js';
import { notFound } from '../problem.js';
import { onRouteOf } from '../reports/pending-sql.js';
import { receiptAttachmentsOf } from './attachment.js';
import { asEnum, RECEIPT_STATUSES, type Schemas } from './contract-enums.js';
import { unitSummary } from './directory.js';

export interface ReceiptData {
  nature: Schemas['Nature'];
  classification: Schemas['Classification'];
  priority: Schemas['Priority'];
  vip: boolean;
  subject: string;
  categoryId: string | null;
  subCategoryId: string | null;
  language: Schemas['Language'];
  letterNumber: string | null;
  letterDate: string | null;
  receivedDate: string;
  diarisedDate: string;
  deliveryMode: Schemas['DeliveryMode'];
  sender: Schemas['Sender'];
  enclosures: Schemas['Enclosure'][];
  remarks: string | null;
  diarisingPostId: string;
  /** The holder has the paper (always true for electronic receipts). */
  received: boolean;
  fileId: string | null;
  correspondenceLabel: string | null;
  closedByPostId: string | null;
  everSent: boolean;
}

export function receiptData(row: Selectable<ItemTable>): ReceiptData {
  return JSON.parse(row.data) as ReceiptData;
}

function categoryRef(id: string | null): Schemas['CategoryRef'] | null {
  const category = receiptCategories.find((c) => c.id === id);
  return category ? { id: category.id, name: category.name } : null;
}

export async function presentReceipt(
  db: Kysely<Database>,
  row: Selectable<ItemTable>,
  principal: Principal | null,
  now: Date,
): Promise<Schemas['Receipt']> {
  const [receipt] = await presentReceipts(db, [row], principal, now);
  return receipt as Schemas['Receipt'];
}

/**
 * Receipts as `Schemas['Receipt']`, in the order given: a page of receipts costs about ten queries
 * whatever its length, not ten per receipt.
 */
export async function presentReceipts(
  db: Kysely<Database>,
  rows: readonly Selectable<ItemTable>[],
  principal: Principal | null,
  now: Date,
): Promise<Schemas['Receipt'][]> {
  if (rows.length === 0) return [];
  const data = new Map(rows.map((r) => [r.id, receiptData(r)]));
  const dataOf = (id: string) => data.get(id) as ReceiptData;
  const lastMovements = await presentCurrentMovements(
    db,
    rows.map((r) => ({ type: 'receipt', id: r.id, number: r.number, subject: dataOf(r.id).subject })),
    now,
  );
  const units = new Map(
    (
      await db
        .selectFrom('units')
        .selectAll()
        .where('id', 'in', [...new Set(rows.map((r) => r.section_id))])
        .execute()
    ).map((u) => [u.id, unitSummary(u)]),
  );
  const fileIds = [
    ...new Set(rows.map((r) => dataOf(r.id).fileId).filter((id): id is string => id !== null)),
  ];
  const files = new Map(
    fileIds.length === 0
      ? []
      : (
          await db.selectFrom('files').select(['id', 'number', 'data']).where('id', 'in', fileIds).execute()
        ).map((f) => [
          f.id,
          {
            type: 'file' as const,
            id: f.id,
            number: f.number,
            subject: (JSON.parse(f.data) as { subject: string }).subject,
          },
        ]),
  );
  const attachments = await receiptAttachmentsOf(
    db,
    rows.map((r) => r.id),
  );
  const posts = await postSummaries(
    db,
    rows.flatMap((r) => [dataOf(r.id).diarisingPostId, r.holder_post_id]),
  );
  const postOf = (id: string) => {
    const post = posts.get(id);
    if (!post) throw notFound('The post');
    return post;
  };
  // The tracking code is for principals on the route: holding the receipt, or named by one of its movements.
  const held = (row: Selectable<ItemTable>) =>
    principal !== null && row.holder_post_id !== null && principal.postIds.includes(row.holder_post_id);
  const onRoute = principal
    ? await onRouteOf(
        db,
        principal.postIds,
        rows.filter((r) => !held(r)).map((r) => r.id),
      )
    : new Set<string>();
  return rows.map((row) => {
    const receipt = dataOf(row.id);
    const unit = units.get(row.section_id);
    if (!unit) throw notFound('The unit');
    let file: Schemas['ItemRef'] | null = null;
    if (receipt.fileId) {
      file = files.get(receipt.fileId) ?? null;
      if (!file) throw new Error(`receipt ${row.id}: unknown file ${receipt.fileId}`);
    }
    const routed = principal !== null && principal.postIds.length > 0 && (held(row) || onRoute.has(row.id));
    return {
      id: row.id,
      number: row.number,
      nature: receipt.nature,
      status: asEnum(row.status, RECEIPT_STATUSES, 'receipt status'),
      classification: receipt.classification,
      priority: receipt.priority,
      vip: receipt.vip,
      subject: receipt.subject,
      category: categoryRef(receipt.categoryId),
      subCategory: categoryRef(receipt.subCategoryId),
      language: receipt.language,
      letterNumber: receipt.letterNumber,
      letterDate: receipt.letterDate,
      receivedDate: receipt.receivedDate,
      diarisedDate: receipt.diarisedDate,
      deliveryMode: receipt.deliveryMode,
      sender: receipt.sender,
      enclosures: receipt.enclosures,
      remarks: receipt.remarks,
      attachments: attachments.get(row.id) ?? [],
      diarisingUnit: unit,
      diarisedBy: postOf(receipt.diarisingPostId),
      currentHolder: row.holder_post_id ? postOf(row.holder_post_id) : null,
      received: receipt.received,
      file,
      correspondenceLabel: receipt.correspondenceLabel,
      trackingCode: routed ? row.tracking_code : null,
      lastMovement: lastMovements.get(row.id) ?? null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      etag: etagOf(row.version),
    };
  });
}
