// Files: create, list, read, edit, and the movement actions (send, return, pull back, park, activate,
// close, reopen), links, movements and correspondence. Every action checks the rules against the
// version it read, then compare-and-sets that version inside one transaction with its movements.
import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { actingPost, checkIfMatch, compareAndSet, etagOf, loadVisible } from '../access.js';
import { nextCounterValue } from '../db/counters.js';
import type { Database, ItemTable } from '../db/schema.js';
import { trackingCode } from '../ids.js';
import { fileHeads } from '../master-data.js';
import {
  currentMainMovement,
  lastMainHandOver,
  markOpenedByHolder,
  presentMovementById,
  presentMovements,
  recordMovement,
} from '../movements.js';
import { cursorParts, nextCursor, pageWindow, paginate, sortBy } from '../pagination.js';
import { receiptAttachments } from '../presenters/attachment.js';
import type { Schemas } from '../presenters/contract-enums.js';
import { fileData, presentFile, presentFiles, type FileData } from '../presenters/file.js';
import { loadPost, postSummary } from '../presenters/directory.js';
import { ApiProblem, notFound } from '../problem.js';
import { folderPage } from '../queries/folder-page.js';
import { folderItems, matchesSearch, matchesUnread, type FolderColumn } from '../queries/folders.js';
import { inboxFilter, inboxNeeds, inboxSortKey, usesInboxOnlyFilters } from '../queries/inbox-filters.js';
import { istDate } from '../drafts/dispatch.js';
import { checkDueDate, checkRecipients } from '../recipients.js';
import { recordHolderAction } from './holder-action.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type Principal,
  type RequestBody,
} from './context.js';

type Db = Kysely<Database>;

export function newTrackingCode(ctx: OperationContext): string {
  return trackingCode(createHash('sha256').update(ctx.services.ids.next('trk')).digest());
}

/** The contract's body of createFile (also the `newFile` of putReceiptInFile). */
type CreateFileBody = RequestBody<'createFile'>;

/** Creates a file held by the creator post; shared with putReceiptInFile (new file). */
export async function createFileRecord(
  ctx: OperationContext,
  trx: Db,
  body: CreateFileBody,
): Promise<Selectable<ItemTable>> {
  const principal = requirePrincipal(ctx);
  const { ids, clock } = ctx.services;
  const now = clock();
  const creatorPostId = body.creatorPostId ?? principal.postIds[0];
  if (!creatorPostId || !principal.postIds.includes(creatorPostId)) {
    throw new ApiProblem(422, 'recipient.invalid', 'creatorPostId is not one of your posts.');
  }
  const creatorPost = await loadPost(trx, creatorPostId);
  const sectionId = body.sectionId ?? creatorPost.unit_id;
  const section = await trx.selectFrom('units').selectAll().where('id', '=', sectionId).executeTakeFirst();
  if (!section || section.kind !== 'section') {
    throw new ApiProblem(422, 'file.section_invalid', 'sectionId is not a section.');
  }
  let number: string;
  let numbering: FileData['numbering'];
  if (body.numbering.scheme === 'sfs') {
    const n = body.numbering;
    if (!fileHeads.some((h) => h.basicHead === n.basicHead && h.primaryHead === n.primaryHead)) {
      throw new ApiProblem(422, 'file.head_invalid', 'Unknown SFS head combination.');
    }
    const year = n.year ?? Number(now.toISOString().slice(0, 4));
    const sectionCode = n.sectionCode ?? section.code;
    const prefix = `${n.basicHead}-${n.primaryHead}${n.secondaryHead ? `/${n.secondaryHead}` : ''}`;
    const serial = n.serial ?? (await nextCounterValue(trx, `sfs:${prefix}:${year}:${sectionCode}`, 1));
    number = `${prefix}/${serial}/${year}-${sectionCode}`;
    numbering = {
      scheme: 'sfs',
      basicHead: n.basicHead,
      primaryHead: n.primaryHead,
      secondaryHead: n.secondaryHead ?? null,
      serial,
      year,
      sectionCode,
    };
  } else {
    number = body.numbering.fileNumber.normalize('NFC');
    numbering = {
      scheme: 'non_sfs',
      basicHead: null,
      primaryHead: null,
      secondaryHead: null,
      serial: null,
      year: null,
      sectionCode: null,
    };
  }
  const taken = await trx.selectFrom('files').select('id').where('number', '=', number).executeTakeFirst();
  if (taken) throw new ApiProblem(409, 'file.number_taken', `File number ${number} already exists.`);
  const data: FileData = {
    numbering,
    computerNumber: await nextCounterValue(trx, 'file-computer-number', 1_000_001),
    nature: body.nature,
    subject: body.subject.normalize('NFC'),
    description: null,
    category: body.category?.normalize('NFC') ?? null,
    classification: body.classification ?? 'normal',
    priority: body.priority ?? 'normal',
    creatorPostId,
    dueDate: null,
    closedAt: null,
    parkedAt: null,
    everSent: false,
    correspondence: [],
  };
  const id = ids.next('file');
  const row: Selectable<ItemTable> = {
    id,
    version: 1,
    holder_post_id: creatorPostId,
    section_id: sectionId,
    creator_user_id: principal.userId,
    status: 'created',
    number,
    tracking_code: newTrackingCode(ctx),
    data: JSON.stringify(data),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await trx.insertInto('files').values(row).execute();
  await recordMovement(trx, ids, now, {
    itemType: 'file',
    itemId: id,
    action: 'create',
    kind: 'main',
    fromPostId: null,
    toPostId: creatorPostId,
    actorUserId: principal.userId,
    priority: data.priority,
    read: true,
  });
  return row;
}

async function reload(db: Db, id: string) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The rows of `ids`, in that order. */
async function reloadAll(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = new Map(
    (await db.selectFrom('files').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]),
  );
  return ids.map((id) => {
    const row = rows.get(id);
    if (!row) throw new Error(`file ${id} vanished`);
    return row;
  });
}

async function fileResponse<S extends 200 | 201>(
  ctx: OperationContext,
  id: string,
  status: S,
  extra: Record<string, string> = {},
) {
  const row = await reload(ctx.services.db, id);
  return {
    status,
    body: await presentFile(ctx.services.db, row, ctx.principal, ctx.services.clock()),
    headers: { etag: etagOf(row.version), ...extra },
  };
}

async function actionResult(ctx: OperationContext, id: string, movementIds: string[]) {
  const { db, clock } = ctx.services;
  const row = await reload(db, id);
  const movements = [];
  for (const movementId of movementIds) movements.push(await presentMovementById(db, movementId, clock()));
  return {
    status: 200 as const,
    body: { file: await presentFile(db, row, ctx.principal, clock()), movements },
    headers: { etag: etagOf(row.version) },
  };
}

function requireHolder(principal: Principal, row: Selectable<ItemTable>): string {
  if (!row.holder_post_id || !principal.postIds.includes(row.holder_post_id)) {
    throw new ApiProblem(
      403,
      'file.not_with_you',
      `File ${row.number} is with another post; only its holder can act.`,
    );
  }
  return row.holder_post_id;
}

function requireOpen(row: Selectable<ItemTable>, allowParked = false): void {
  if (row.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
  if (row.status === 'parked' && !allowParked)
    throw new ApiProblem(409, 'file.parked', 'The file is parked; activate it first.');
}

type SendBody = RequestBody<'sendFile'>;

/** Moves the file to `to` (main) and copies; locks green notes. Returns the new movement ids. */
async function moveFile(
  ctx: OperationContext,
  row: Selectable<ItemTable>,
  action: 'send' | 'return',
  fromPostId: string,
  body: SendBody,
): Promise<string[]> {
  const principal = requirePrincipal(ctx);
  const { db, ids, clock } = ctx.services;
  const now = clock();
  const data = fileData(row);
  return db.transaction().execute(async (trx) => {
    await compareAndSet(trx, 'files', row.id, row.version, {
      holder_post_id: body.to,
      status: 'in_movement',
      updated_at: now.toISOString(),
      data: JSON.stringify({
        ...data,
        everSent: true,
        dueDate: body.dueDate ?? data.dueDate,
        priority: body.priority ?? data.priority,
      }),
    });
    const created = [
      await recordMovement(trx, ids, now, {
        itemType: 'file',
        itemId: row.id,
        action,
        kind: 'main',
        fromPostId,
        toPostId: body.to,
        actorUserId: principal.userId,
        remarks: body.remarks ?? null,
        priority: body.priority ?? data.priority,
        dueDate: body.dueDate ?? null,
      }),
    ];
    for (const copy of body.copyTo ?? []) {
      created.push(
        await recordMovement(trx, ids, now, {
          itemType: 'file',
          itemId: row.id,
          action: 'copy',
          kind: 'copy',
          fromPostId,
          toPostId: copy,
          actorUserId: principal.userId,
          remarks: body.remarks ?? null,
          priority: body.priority ?? data.priority,
          dueDate: body.dueDate ?? null,
        }),
      );
    }
    // Green notes become locked once the file is forwarded.
    const greens = await trx
      .selectFrom('notes')
      .select(['id', 'data'])
      .where('file_id', '=', row.id)
      .where('status', '=', 'green')
      .execute();
    for (const note of greens) {
      const noteData = JSON.parse(note.data) as { locked?: boolean };
      if (!noteData.locked) {
        await trx
          .updateTable('notes')
          .set({ data: JSON.stringify({ ...noteData, locked: true }) })
          .where('id', '=', note.id)
          .execute();
      }
    }
    return created;
  });
}

/** A holder-only state change of a file; closing also discards yellow notes. */
async function holderAction(
  ctx: OperationContext,
  row: Selectable<ItemTable>,
  action: string,
  status: string,
  dataChanges: Partial<FileData>,
  remarks: string | null,
  holderPostId: string,
) {
  const data = fileData(row);
  const movementId = await recordHolderAction(ctx, {
    itemType: 'file',
    row,
    action,
    status,
    data: { ...data, ...dataChanges },
    remarks,
    holderPostId,
    priority: data.priority,
    // Yellow notes do not survive closing.
    alsoInTransaction:
      action === 'close'
        ? async (trx) => {
            await trx
              .deleteFrom('notes')
              .where('file_id', '=', row.id)
              .where('status', '=', 'yellow')
              .execute();
          }
        : undefined,
  });
  return actionResult(ctx, row.id, [movementId]);
}

export const fileHandlers = {
  async createFile(ctx) {
    const row = await ctx.services.db.transaction().execute((trx) => createFileRecord(ctx, trx, ctx.body));
    return fileResponse(ctx, row.id, 201, { location: `/api/v1/files/${row.id}` });
  },

  async listFiles(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const q = ctx.query;
    const posts =
      typeof q.postId === 'string' ? principal.postIds.filter((p) => p === q.postId) : principal.postIds;
    const folder = typeof q.folder === 'string' ? q.folder : 'inbox';
    // Every folder holds only items on the route of the caller's posts, so all are visible to them.
    const sort = typeof q.sort === 'string' ? q.sort : '-movedAt';
    const needs = new Set<FolderColumn>();
    if (q.nature !== undefined) needs.add('nature');
    if (q.priority !== undefined || sort.endsWith('priority')) needs.add('priority');
    if (q.classification !== undefined) needs.add('classification');
    if (sort.endsWith('dueDate')) needs.add('dueDate');
    if (typeof q.q === 'string') needs.add('searchTexts');
    if (q.unread !== undefined) needs.add('lastReadAt');
    inboxNeeds('file', q, sort, needs);
    // Filtered, sorted and paged in SQL when it can be; else in JavaScript over the folder's items
    // (the inbox's overdue, date-range and category filters are JavaScript-only for now).
    const window = pageWindow(q);
    const inSql = usesInboxOnlyFilters(q)
      ? null
      : await folderPage(db, 'file', folder, posts, q.kind, q, sort, window);
    let page: { ids: string[]; nextCursor: string | null };
    if (inSql) {
      page = {
        ids: inSql.ids,
        nextCursor: nextCursor(
          q,
          window.offset,
          window.limit,
          window.offset + inSql.ids.length + (inSql.more ? 1 : 0),
        ),
      };
    } else {
      const inbox = inboxFilter('file', q, istDate(clock()));
      const items = (await folderItems(db, 'file', folder, posts, q.kind, needs))
        .filter(
          (item) =>
            (q.nature === undefined || item.nature === q.nature) &&
            (q.priority === undefined || item.priority === q.priority) &&
            (q.classification === undefined || item.classification === q.classification) &&
            (q.sectionId === undefined || item.sectionId === q.sectionId) &&
            (q.status === undefined || item.status === q.status) &&
            matchesSearch(item, q.q) &&
            matchesUnread(item, q.unread) &&
            inbox(item),
        )
        .map((item) => ({ ...item, movedAt: item.movedAt ?? item.createdAt }));
      const priorityRank: Record<string, number> = { normal: 0, immediate: 1, most_immediate: 2 };
      const sorted = sortBy(items, sort, (item, key) => {
        if (key === 'movedAt') return item.movedAt;
        if (key === 'createdAt') return item.createdAt;
        if (key === 'dueDate') return item.dueDate;
        if (key === 'priority') return priorityRank[item.priority ?? 'normal'] ?? 0;
        return inboxSortKey(item, 'file', key);
      });
      const paged = paginate(sorted, q);
      page = { ids: paged.items.map((item) => item.id), nextCursor: paged.nextCursor };
    }
    const rows = await reloadAll(db, page.ids);
    const presented = await presentFiles(db, rows, principal, clock());
    return { status: 200, body: { items: presented, nextCursor: page.nextCursor } };
  },

  async getFolderCounts(ctx) {
    const principal = requirePrincipal(ctx);
    const { db } = ctx.services;
    const q = ctx.query;
    const posts =
      typeof q.postId === 'string' ? principal.postIds.filter((p) => p === q.postId) : principal.postIds;
    const count = async (type: 'file' | 'receipt', folder: string) =>
      (await folderItems(db, type, folder, posts, undefined)).length;
    const unread = async (type: 'file' | 'receipt') =>
      (await folderItems(db, type, 'inbox', posts, undefined, new Set(['lastReadAt']))).filter((item) =>
        matchesUnread(item, true),
      ).length;
    return {
      status: 200,
      body: {
        files: {
          inbox: await count('file', 'inbox'),
          inboxUnread: await unread('file'),
          created: await count('file', 'created'),
          sent: await count('file', 'sent'),
          parked: await count('file', 'parked'),
          closed: await count('file', 'closed'),
        },
        receipts: {
          inbox: await count('receipt', 'inbox'),
          inboxUnread: await unread('receipt'),
          created: await count('receipt', 'created'),
          sent: await count('receipt', 'sent'),
          closed: await count('receipt', 'closed'),
        },
      },
    };
  },

  async getFile(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    if (ctx.query.markRead !== false) {
      const item = { type: 'file', id: row.id, number: row.number, subject: fileData(row).subject } as const;
      await markOpenedByHolder(db, { ...item, holderPostId: row.holder_post_id }, principal.postIds, clock());
    }
    return fileResponse(ctx, row.id, 200);
  },

  async updateFile(ctx) {
    const { db, clock } = ctx.services;
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    checkIfMatch(ctx, row.version, true);
    requireHolder(principal, row);
    requireOpen(row);
    const patch = ctx.body;
    const data = fileData(row);
    const next: FileData = {
      ...data,
      ...(patch.subject !== undefined ? { subject: patch.subject.normalize('NFC') } : {}),
      ...('category' in patch ? { category: patch.category?.normalize('NFC') ?? null } : {}),
      ...(patch.classification !== undefined ? { classification: patch.classification } : {}),
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
    };
    await db.transaction().execute((trx) =>
      compareAndSet(trx, 'files', row.id, row.version, {
        data: JSON.stringify(next),
        updated_at: clock().toISOString(),
      }),
    );
    return fileResponse(ctx, row.id, 200);
  },

  async sendFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    checkIfMatch(ctx, row.version, false);
    const body = ctx.body;
    const holder = requireHolder(principal, row);
    requireOpen(row);
    const from = actingPost(principal, holder, body.fromPostId);
    if (from !== holder) throw new ApiProblem(403, 'file.not_with_you', 'The file is not with that post.');
    await checkRecipients(ctx.services.db, principal, body.to, body.copyTo);
    checkDueDate(body.dueDate, ctx.services.clock());
    return actionResult(ctx, row.id, await moveFile(ctx, row, 'send', holder, body));
  },

  async returnFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    checkIfMatch(ctx, row.version, false);
    const holder = requireHolder(principal, row);
    requireOpen(row);
    const current = await currentMainMovement(ctx.services.db, row.id);
    const sender =
      current && (current.action === 'send' || current.action === 'return') ? current.from_post_id : null;
    if (!sender || sender === holder)
      throw new ApiProblem(409, 'file.no_previous_sender', 'The file was never sent to you.');
    const body = ctx.body ?? {};
    return actionResult(
      ctx,
      row.id,
      await moveFile(ctx, row, 'return', holder, { to: sender, remarks: body.remarks }),
    );
  },

  async pullBackFile(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const current = await currentMainMovement(db, row.id);
    if (!current || (current.action !== 'send' && current.action !== 'return') || !current.from_post_id) {
      const handOver = await lastMainHandOver(db, row.id);
      // The recipient opened it and then acted on it (parked, closed, filed): opening is what ended pull back.
      if (
        handOver?.read_at &&
        !handOver.pulled_back_at &&
        principal.postIds.includes(handOver.from_post_id ?? '')
      )
        throw new ApiProblem(409, 'movement.already_opened', 'The recipient already opened it.');
      throw new ApiProblem(409, 'movement.none_to_pull_back', 'Nothing was sent that could be pulled back.');
    }
    if (!principal.postIds.includes(current.from_post_id)) {
      throw new ApiProblem(403, 'movement.not_sender', 'Only the sender can pull the file back.');
    }
    // Opened comes before the file's status: a recipient who opened the file may have parked or closed it.
    if (current.read_at)
      throw new ApiProblem(409, 'movement.already_opened', 'The recipient already opened the file.');
    if (row.status !== 'in_movement')
      throw new ApiProblem(409, 'movement.none_to_pull_back', 'Nothing was sent that could be pulled back.');
    const body = ctx.body ?? {};
    const now = clock();
    const sender = current.from_post_id;
    const movementId = await db.transaction().execute(async (trx) => {
      await compareAndSet(trx, 'files', row.id, row.version, {
        holder_post_id: sender,
        updated_at: now.toISOString(),
      });
      // The recipient may have opened it between our check and now: then the pull back loses.
      const withdrawn = await trx
        .updateTable('movements')
        .set({ pulled_back_at: now.toISOString() })
        .where('id', '=', current.id)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      if (Number(withdrawn.numUpdatedRows) !== 1)
        throw new ApiProblem(409, 'movement.already_opened', 'The recipient already opened the file.');
      await trx
        .updateTable('movements')
        .set({ pulled_back_at: now.toISOString() })
        .where('item_id', '=', row.id)
        .where('kind', '=', 'copy')
        .where('seq', '>', current.seq)
        .execute();
      return recordMovement(trx, ids, now, {
        itemType: 'file',
        itemId: row.id,
        action: 'pull_back',
        kind: 'main',
        fromPostId: current.to_post_id,
        toPostId: sender,
        actorUserId: principal.userId,
        remarks: body.remarks ?? null,
        priority: fileData(row).priority,
        read: true,
      });
    });
    return actionResult(ctx, row.id, [movementId]);
  },

  async parkFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const holder = requireHolder(principal, row);
    requireOpen(row);
    const body = ctx.body;
    return holderAction(
      ctx,
      row,
      'park',
      'parked',
      { parkedAt: ctx.services.clock().toISOString() },
      body.remarks,
      holder,
    );
  },

  async activateFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const holder = requireHolder(principal, row);
    if (row.status !== 'parked') throw new ApiProblem(409, 'file.not_parked', 'The file is not parked.');
    const data = fileData(row);
    const body = ctx.body ?? {};
    return holderAction(
      ctx,
      row,
      'activate',
      data.everSent ? 'in_movement' : 'created',
      { parkedAt: null },
      body.remarks ?? null,
      holder,
    );
  },

  async closeFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const data = fileData(row);
    if (!principal.postIds.includes(data.creatorPostId))
      throw new ApiProblem(403, 'file.not_creator', 'Only the creator may close the file.');
    if (row.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is already closed.');
    const holder = requireHolder(principal, row);
    requireOpen(row);
    const body = ctx.body;
    return holderAction(
      ctx,
      row,
      'close',
      'closed',
      { closedAt: ctx.services.clock().toISOString() },
      body.remarks,
      holder,
    );
  },

  async reopenFile(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const data = fileData(row);
    if (!principal.postIds.includes(data.creatorPostId))
      throw new ApiProblem(403, 'file.not_creator', 'Only the creator may reopen the file.');
    if (row.status !== 'closed') throw new ApiProblem(409, 'file.not_closed', 'The file is not closed.');
    const body = ctx.body ?? {};
    return holderAction(
      ctx,
      row,
      'reopen',
      data.everSent ? 'in_movement' : 'created',
      { closedAt: null },
      body.remarks ?? null,
      data.creatorPostId,
    );
  },

  async listLinkedFiles(ctx) {
    const { db } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const links = await db
      .selectFrom('file_links')
      .selectAll()
      .where('file_id', '=', row.id)
      .orderBy('created_at')
      // Links made at one instant (a frozen clock) in one order on both databases.
      .orderBy('linked_file_id')
      .execute();
    const items = [];
    for (const link of links) {
      const other = await reload(db, link.linked_file_id);
      const data = JSON.parse(link.created_by) as { postId: string; remarks: string | null };
      items.push({
        id: other.id,
        file: { id: other.id, number: other.number, subject: fileData(other).subject },
        linkedAt: link.created_at,
        linkedBy: await postSummary(db, data.postId),
        remarks: data.remarks,
      });
    }
    const page = paginate(items, ctx.query);
    return {
      status: 200,
      body: { items: page.items.map(({ id: _id, ...rest }) => rest), nextCursor: page.nextCursor },
    };
  },

  async linkFile(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const holder = requireHolder(principal, row);
    if (row.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
    const body = ctx.body;
    const other = await loadVisible(ctx, 'files', body.fileId);
    if (other.id === row.id)
      throw new ApiProblem(422, 'file.link_self', 'A file cannot be linked to itself.');
    const now = clock().toISOString();
    const by = JSON.stringify({ postId: holder, remarks: body.remarks?.normalize('NFC') ?? null });
    await db.transaction().execute(async (trx) => {
      const exists = await trx
        .selectFrom('file_links')
        .select('file_id')
        .where('file_id', '=', row.id)
        .where('linked_file_id', '=', other.id)
        .executeTakeFirst();
      if (exists) throw new ApiProblem(409, 'file.link_exists', 'The files are already linked.');
      await trx
        .insertInto('file_links')
        .values([
          { file_id: row.id, linked_file_id: other.id, created_at: now, created_by: by },
          { file_id: other.id, linked_file_id: row.id, created_at: now, created_by: by },
        ])
        .execute();
    });
    return {
      status: 201,
      body: {
        file: { id: other.id, number: other.number, subject: fileData(other).subject },
        linkedAt: now,
        linkedBy: await postSummary(db, holder),
        remarks: body.remarks ?? null,
      },
      headers: { location: `/api/v1/files/${row.id}/links` },
    };
  },

  async unlinkFile(ctx) {
    const principal = requirePrincipal(ctx);
    const { db } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    requireHolder(principal, row);
    if (row.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
    const other = ctx.params.linkedFileId;
    const removed = await db.transaction().execute(async (trx) => {
      const result = await trx
        .deleteFrom('file_links')
        .where('file_id', '=', row.id)
        .where('linked_file_id', '=', other)
        .executeTakeFirst();
      await trx
        .deleteFrom('file_links')
        .where('file_id', '=', other)
        .where('linked_file_id', '=', row.id)
        .execute();
      return Number(result.numDeletedRows);
    });
    if (removed !== 1) throw notFound('The link');
    return { status: 204 };
  },

  async listFileMovements(ctx) {
    const { db, clock } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    return { status: 200, body: await movementPage(db, row.id, ctx.query, clock()) };
  },

  async listCorrespondence(ctx) {
    const { db } = ctx.services;
    const row = await loadVisible(ctx, 'files', ctx.params.fileId);
    const data = fileData(row);
    const items = [];
    for (const [index, entry] of data.correspondence.entries()) {
      const kind: Schemas['CorrespondenceItem']['kind'] = entry.receiptId ? 'receipt' : 'issued_letter';
      if (ctx.query.kind !== undefined && ctx.query.kind !== kind) continue;
      let receipt: Schemas['ItemRef'] | null = null;
      if (entry.receiptId) {
        const r = await db
          .selectFrom('receipts')
          .select(['id', 'number', 'data'])
          .where('id', '=', entry.receiptId)
          .executeTakeFirstOrThrow();
        receipt = {
          type: 'receipt',
          id: r.id,
          number: r.number,
          subject: (JSON.parse(r.data) as { subject: string }).subject,
        };
      }
      items.push({
        id: entry.label,
        label: entry.label,
        sequence: index + 1,
        kind,
        subject: entry.subject,
        date: entry.date,
        receipt,
        draftId: entry.draftId,
        dispatchNumber: entry.dispatchNumber,
        attachments: entry.receiptId ? await receiptAttachments(db, entry.receiptId) : [],
        addedAt: entry.addedAt,
        addedBy: await postSummary(db, entry.addedByPostId),
      });
    }
    const page = paginate(items, ctx.query);
    return {
      status: 200,
      body: { items: page.items.map(({ id: _id, ...rest }) => rest), nextCursor: page.nextCursor },
    };
  },
} satisfies HandlerGroup;

/**
 * One page of an item's movements (`kind`/`action` filters, `sort` by sequence), chosen in SQL by key:
 * the cursor carries the last movement's position in the log besides the page's offset, so the next
 * page starts at that key in the movements_item index, and a page of a long history costs the same
 * wherever it is. (A cursor without the key, as earlier sandboxes minted, is still read by offset.)
 */
export async function movementPage(db: Db, itemId: string, q: Record<string, unknown>, now: Date) {
  const { offset, limit } = pageWindow(q);
  const descending = q.sort === '-sequence' || q.sort === '-sentAt';
  const keyPart = typeof q.cursor === 'string' ? cursorParts(q.cursor).parts[1] : undefined;
  const key = keyPart === undefined || keyPart === '' ? Number.NaN : Number(keyPart);
  let query = db.selectFrom('movements').selectAll().where('item_id', '=', itemId);
  if (typeof q.kind === 'string') query = query.where('kind', '=', q.kind as 'main' | 'copy');
  if (typeof q.action === 'string') query = query.where('action', '=', q.action);
  if (Number.isInteger(key)) query = query.where('seq', descending ? '<' : '>', key);
  else if (offset > 0) query = query.offset(offset);
  // One more than the page tells whether another follows, without counting the whole log.
  const rows = await query
    .orderBy('seq', descending ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const next = rows.length > limit && last ? nextCursor(q, offset, limit, offset + limit + 1) : null;
  return {
    items: await presentMovements(db, items, now, {
      complete: typeof q.kind !== 'string' && typeof q.action !== 'string',
    }),
    nextCursor: next && last ? `${next}_${last.seq}` : null,
  };
}
