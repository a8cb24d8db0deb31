// The Receipt representation.
import type { Kysely, Selectable } from 'kysely';
import { etagOf, onRoute } from '../access.js';
import type { Database, ItemTable } from '../db/schema.js';
import { receiptCategories } from '../master-data.js';
import { currentMainMovement, presentMovements } from '../movements.js';
import type { Principal } from '../operations/context.js';
import { receiptAttachments } from './attachment.js';
import { asEnum, RECEIPT_STATUSES, type Schemas } from './contract-enums.js';
import { loadUnit, postSummary, unitSummary } from './directory.js';

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
  const data = receiptData(row);
  const last = await currentMainMovement(db, row.id);
  const [lastMovement] = last ? await presentMovements(db, [last], now) : [];
  const unit = unitSummary(await loadUnit(db, row.section_id));
  let file: Schemas['ItemRef'] | null = null;
  if (data.fileId) {
    const f = await db
      .selectFrom('files')
      .select(['id', 'number', 'data'])
      .where('id', '=', data.fileId)
      .executeTakeFirstOrThrow();
    file = {
      type: 'file',
      id: f.id,
      number: f.number,
      subject: (JSON.parse(f.data) as { subject: string }).subject,
    };
  }
  return {
    id: row.id,
    number: row.number,
    nature: data.nature,
    status: asEnum(row.status, RECEIPT_STATUSES, 'receipt status'),
    classification: data.classification,
    priority: data.priority,
    vip: data.vip,
    subject: data.subject,
    category: categoryRef(data.categoryId),
    subCategory: categoryRef(data.subCategoryId),
    language: data.language,
    letterNumber: data.letterNumber,
    letterDate: data.letterDate,
    receivedDate: data.receivedDate,
    diarisedDate: data.diarisedDate,
    deliveryMode: data.deliveryMode,
    sender: data.sender,
    enclosures: data.enclosures,
    remarks: data.remarks,
    attachments: await receiptAttachments(db, row.id),
    diarisingUnit: unit,
    diarisedBy: await postSummary(db, data.diarisingPostId),
    currentHolder: row.holder_post_id ? await postSummary(db, row.holder_post_id) : null,
    received: data.received,
    file,
    correspondenceLabel: data.correspondenceLabel,
    trackingCode: principal && (await onRoute(db, principal, row)) ? row.tracking_code : null,
    lastMovement: lastMovement ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    etag: etagOf(row.version),
  };
}
