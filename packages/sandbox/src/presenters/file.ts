// The File representation. `trackingCode` is only for principals on the route (section viewers get null).
import type { Kysely, Selectable } from 'kysely';
import { etagOf } from '../access.js';
import type { Database, ItemTable } from '../db/schema.js';
import { postSummaries, presentCurrentMovements } from '../movements.js';
import type { Principal } from '../operations/context.js';
import { asEnum, FILE_STATUSES, type Schemas } from './contract-enums.js';
import { notFound } from '../problem.js';
import { onRouteOf } from '../reports/pending-sql.js';
import { unitSummary } from './directory.js';

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
  const [file] = await presentFiles(db, [row], principal, now);
  return file as Schemas['File'];
}

/**
 * Files as `Schemas['File']`, in the order given. A page of files costs about ten queries whatever its
 * length (each count grouped by file, the posts and units named looked up once), not ten per file.
 */
export async function presentFiles(
  db: Kysely<Database>,
  rows: readonly Selectable<ItemTable>[],
  principal: Principal | null,
  now: Date,
): Promise<Schemas['File'][]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const data = new Map(rows.map((r) => [r.id, fileData(r)]));
  const dataOf = (id: string) => data.get(id) as FileData;
  const lastMovements = await presentCurrentMovements(
    db,
    rows.map((r) => ({ type: 'file', id: r.id, number: r.number, subject: dataOf(r.id).subject })),
    now,
  );
  const countsBy = (found: { id: string; n: number | string | bigint }[]) =>
    new Map(found.map((r) => [r.id, Number(r.n)]));
  // Green notes, and the caller's own yellow ones.
  const notes = countsBy(
    await db
      .selectFrom('notes')
      .select((eb) => ['file_id as id', eb.fn.countAll<number>().as('n')])
      .where('file_id', 'in', ids)
      .where((eb) => eb.or([eb('status', '=', 'green'), eb('author_user_id', '=', principal?.userId ?? '')]))
      .groupBy('file_id')
      .execute(),
  );
  const links = countsBy(
    await db
      .selectFrom('file_links')
      .select((eb) => ['file_id as id', eb.fn.countAll<number>().as('n')])
      .where('file_id', 'in', ids)
      .groupBy('file_id')
      .execute(),
  );
  const drafts = countsBy(
    await db
      .selectFrom('drafts')
      .select((eb) => ['file_id as id', eb.fn.countAll<number>().as('n')])
      .where('file_id', 'in', ids)
      .groupBy('file_id')
      .execute(),
  );
  const sections = new Map(
    (
      await db
        .selectFrom('units')
        .selectAll()
        .where('id', 'in', [...new Set(rows.map((r) => r.section_id))])
        .execute()
    ).map((u) => [u.id, unitSummary(u)]),
  );
  const posts = await postSummaries(
    db,
    rows.flatMap((r) => [dataOf(r.id).creatorPostId, r.holder_post_id]),
  );
  const postOf = (id: string) => {
    const post = posts.get(id);
    if (!post) throw notFound('The post');
    return post;
  };
  // The tracking code is for principals on the route: holding the file, or named by one of its movements.
  const onRoute = principal
    ? await onRouteOf(
        db,
        principal.postIds,
        rows
          .filter((r) => !(r.holder_post_id && principal.postIds.includes(r.holder_post_id)))
          .map((r) => r.id),
      )
    : new Set<string>();
  return rows.map((row) => {
    const file = dataOf(row.id);
    const section = sections.get(row.section_id);
    if (!section) throw notFound('The unit');
    const routed =
      principal !== null &&
      principal.postIds.length > 0 &&
      ((row.holder_post_id !== null && principal.postIds.includes(row.holder_post_id)) ||
        onRoute.has(row.id));
    return {
      id: row.id,
      number: row.number,
      computerNumber: file.computerNumber,
      numbering: file.numbering,
      nature: file.nature,
      subject: file.subject,
      description: file.description,
      category: file.category,
      classification: file.classification,
      priority: file.priority,
      status: asEnum(row.status, FILE_STATUSES, 'file status'),
      section,
      creator: postOf(file.creatorPostId),
      currentHolder: row.holder_post_id ? postOf(row.holder_post_id) : null,
      volume: 1,
      parentFileId: null,
      trackingCode: routed ? row.tracking_code : null,
      dueDate: file.dueDate,
      lastMovement: lastMovements.get(row.id) ?? null,
      counts: {
        notes: notes.get(row.id) ?? 0,
        correspondence: file.correspondence.length,
        drafts: drafts.get(row.id) ?? 0,
        linkedFiles: links.get(row.id) ?? 0,
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      closedAt: file.closedAt,
      parkedAt: file.parkedAt,
      etag: etagOf(row.version),
    };
  });
}
