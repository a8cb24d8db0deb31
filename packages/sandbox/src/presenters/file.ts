// The File representation. `trackingCode` is only for principals on the route (section viewers get null).
import type { Kysely, Selectable } from 'kysely';
import { etagOf, onRoute } from '../access.js';
import type { Database, ItemTable } from '../db/schema.js';
import { currentMainMovement, presentMovements } from '../movements.js';
import type { Principal } from '../operations/context.js';
import { asEnum, FILE_STATUSES, type Schemas } from './contract-enums.js';
import { loadUnit, postSummary, unitSummary } from './directory.js';

export interface FileData {
  numbering: Schemas['FileNumbering'];
  computerNumber: number;
  nature: Schemas['Nature'];
  subject: string;
  description: string | null;
  category: string | null;
  classification: Schemas['Classification'];
  priority: Schemas['Priority'];
  creatorPostId: string;
  dueDate: string | null;
  closedAt: string | null;
  parkedAt: string | null;
  /** Status to return to on activate/reopen. */
  everSent: boolean;
  correspondence: {
    label: string;
    receiptId: string | null;
    draftId: string | null;
    addedAt: string;
    addedByPostId: string;
    dispatchNumber: string | null;
    subject: string;
    date: string;
  }[];
}

export function fileData(row: Selectable<ItemTable>): FileData {
  return JSON.parse(row.data) as FileData;
}

export async function presentFile(
  db: Kysely<Database>,
  row: Selectable<ItemTable>,
  principal: Principal | null,
  now: Date,
): Promise<Schemas['File']> {
  const data = fileData(row);
  const last = await currentMainMovement(db, row.id);
  const [lastMovement] = last ? await presentMovements(db, [last], now) : [];
  const notes = await db
    .selectFrom('notes')
    .select(['id'])
    .where('file_id', '=', row.id)
    .where((eb) => eb.or([eb('status', '=', 'green'), eb('author_user_id', '=', principal?.userId ?? '')]))
    .execute();
  const links = await db
    .selectFrom('file_links')
    .select('linked_file_id')
    .where('file_id', '=', row.id)
    .execute();
  const drafts = await db
    .selectFrom('drafts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('file_id', '=', row.id)
    .executeTakeFirstOrThrow();
  const section = unitSummary(await loadUnit(db, row.section_id));
  return {
    id: row.id,
    number: row.number,
    computerNumber: data.computerNumber,
    numbering: data.numbering,
    nature: data.nature,
    subject: data.subject,
    description: data.description,
    category: data.category,
    classification: data.classification,
    priority: data.priority,
    status: asEnum(row.status, FILE_STATUSES, 'file status'),
    section,
    creator: await postSummary(db, data.creatorPostId),
    currentHolder: row.holder_post_id ? await postSummary(db, row.holder_post_id) : null,
    volume: 1,
    parentFileId: null,
    trackingCode: principal && (await onRoute(db, principal, row)) ? row.tracking_code : null,
    dueDate: data.dueDate,
    lastMovement: lastMovement ?? null,
    counts: {
      notes: notes.length,
      correspondence: data.correspondence.length,
      drafts: Number(drafts.count),
      linkedFiles: links.length,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: data.closedAt,
    parkedAt: data.parkedAt,
    etag: etagOf(row.version),
  };
}
