// Receipts (dak): diarise, list, read, edit, send (one or many), receive, pull back, put in file, close
// and reopen. Same pattern as files: check against the version read, compare-and-set in a transaction.
import type { Selectable } from 'kysely';
import { checkIfMatch, compareAndSet, etagOf, loadVisible } from '../access.js';
import { checkUsable, setReceiptAttachments } from '../attachments/store.js';
import { nextCounterValue } from '../db/counters.js';
import type { ItemTable } from '../db/schema.js';
import { receiptCategories } from '../master-data.js';
import {
  currentMainMovement,
  lastMainHandOver,
  markOpenedByHolder,
  presentMovementById,
  recordMovement,
} from '../movements.js';
import { nextCursor, pageWindow, paginate, sortBy } from '../pagination.js';
import { loadPost, loadUnit, postSummary } from '../presenters/directory.js';
import { fileData, presentFile } from '../presenters/file.js';
import { receiptAttachments } from '../presenters/attachment.js';
import { presentReceipt, presentReceipts, receiptData, type ReceiptData } from '../presenters/receipt.js';
import { ApiProblem } from '../problem.js';
import { folderPage } from '../queries/folder-page.js';
import { folderItems, matchesSearch, type FolderColumn } from '../queries/folders.js';
import { earlierSenders } from '../queries/senders.js';
import { inboxFilter, inboxNeeds, inboxSortKey, usesInboxOnlyFilters } from '../queries/inbox-filters.js';
import { istDate } from '../drafts/dispatch.js';
import { checkDueDate, checkRecipients, istToday } from '../recipients.js';
import { recordHolderAction } from './holder-action.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type Principal,
  type RequestBody,
} from './context.js';
import { createFileRecord, movementPage, newTrackingCode } from './files.js';

async function reload(ctx: OperationContext, id: string) {
  return ctx.services.db.selectFrom('receipts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function receiptResponse<S extends 200 | 201>(
  ctx: OperationContext,
  id: string,
  status: S,
  extra: Record<string, string> = {},
) {
  const row = await reload(ctx, id);
  return {
    status,
    body: await presentReceipt(ctx.services.db, row, ctx.principal, ctx.services.clock()),
    headers: { etag: etagOf(row.version), ...extra },
  };
}

async function actionBody(ctx: OperationContext, id: string, movementIds: string[]) {
  const { db, clock } = ctx.services;
  const row = await reload(ctx, id);
  const movements = [];
  for (const movementId of movementIds) movements.push(await presentMovementById(db, movementId, clock()));
  return { receipt: await presentReceipt(db, row, ctx.principal, clock()), movements };
}

/** The common rules of every holder action on a receipt. */
function requireActionable(
  principal: Principal,
  row: Selectable<ItemTable>,
  options: { needReceived?: boolean } = {},
): string {
  const data = receiptData(row);
  if (data.fileId) throw new ApiProblem(409, 'receipt.in_file', 'The receipt is in a file; act on the file.');
  if (row.status === 'closed') throw new ApiProblem(409, 'receipt.closed', 'The receipt is closed.');
  if (!row.holder_post_id || !principal.postIds.includes(row.holder_post_id)) {
    throw new ApiProblem(403, 'receipt.not_with_you', `Receipt ${row.number} is not with you.`);
  }
  if ((options.needReceived ?? true) && !data.received) {
    throw new ApiProblem(409, 'receipt.not_received', 'Receive the physical receipt first.');
  }
  return row.holder_post_id;
}

type SendBody = RequestBody<'sendReceipt'>;

async function sendOne(
  ctx: OperationContext,
  trx: Parameters<typeof compareAndSet>[0],
  row: Selectable<ItemTable>,
  from: string,
  body: SendBody,
) {
  const principal = requirePrincipal(ctx);
  const { ids, clock } = ctx.services;
  const now = clock();
  const data = receiptData(row);
  await compareAndSet(trx, 'receipts', row.id, row.version, {
    holder_post_id: body.to,
    status: 'sent',
    updated_at: now.toISOString(),
    // The paper travels separately: the new holder must receive a physical receipt.
    data: JSON.stringify({
      ...data,
      everSent: true,
      received: data.nature === 'electronic',
      priority: body.priority ?? data.priority,
    }),
  });
  const created = [
    await recordMovement(trx, ids, now, {
      itemType: 'receipt',
      itemId: row.id,
      action: 'send',
      kind: 'main',
      fromPostId: from,
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
        itemType: 'receipt',
        itemId: row.id,
        action: 'copy',
        kind: 'copy',
        fromPostId: from,
        toPostId: copy,
        actorUserId: principal.userId,
        remarks: body.remarks ?? null,
        priority: body.priority ?? data.priority,
        dueDate: body.dueDate ?? null,
      }),
    );
  }
  return created;
}

/** A holder-only state change of a receipt. */
async function holderAction(
  ctx: OperationContext,
  row: Selectable<ItemTable>,
  action: string,
  status: string,
  changes: Partial<ReceiptData>,
  remarks: string | null,
  post: string,
) {
  const data = receiptData(row);
  const movementId = await recordHolderAction(ctx, {
    itemType: 'receipt',
    row,
    action,
    status,
    data: { ...data, ...changes },
    remarks,
    holderPostId: post,
    priority: data.priority,
  });
  return {
    status: 200 as const,
    body: await actionBody(ctx, row.id, [movementId]),
    headers: { etag: etagOf(row.version + 1) },
  };
}

function checkCategory(categoryId: string | null | undefined, subCategoryId: string | null | undefined) {
  if (categoryId && !receiptCategories.some((c) => c.id === categoryId && c.parentId === null)) {
    throw new ApiProblem(422, 'category.invalid', 'Unknown receipt category.');
  }
  if (subCategoryId && !receiptCategories.some((c) => c.id === subCategoryId && c.parentId === categoryId)) {
    throw new ApiProblem(422, 'category.invalid', 'The sub category is not under the main category.');
  }
}

export const receiptHandlers = {
  async diariseReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    if (!principal.roles.has('officer') && !principal.roles.has('cru_operator')) {
      throw new ApiProblem(403, 'auth.role_required', 'Diarising needs the cru_operator or officer role.');
    }
    const body = ctx.body;
    const postId = body.diarisingPostId ?? principal.postIds[0];
    if (!postId || !principal.postIds.includes(postId))
      throw new ApiProblem(422, 'recipient.invalid', 'The diarising post is not yours.');
    const now = clock();
    const today = istToday(now);
    const diarisedDate = body.diarisedDate ?? today;
    if (
      (body.letterDate && body.letterDate > body.receivedDate) ||
      body.receivedDate > diarisedDate ||
      diarisedDate > today
    ) {
      throw new ApiProblem(
        422,
        'receipt.dates_invalid',
        'Dates must run letter ≤ received ≤ diarised ≤ today (IST).',
      );
    }
    if (body.nature === 'electronic' && (body.attachmentIds ?? []).length === 0) {
      throw new ApiProblem(
        422,
        'receipt.attachment_required',
        'An electronic receipt needs its scanned PDF.',
      );
    }
    const attachmentIds = body.attachmentIds ?? [];
    await checkUsable(db, attachmentIds, principal.userId, null, now);
    checkCategory(body.categoryId, body.subCategoryId);
    const post = await loadPost(db, postId);
    const unit = await loadUnit(db, post.unit_id);
    const year = diarisedDate.slice(0, 4);
    const unitCode =
      unit.code
        .toUpperCase()
        .replace(/[^A-Z0-9.()-]/g, '')
        .slice(0, 20) || 'X';
    const id = ids.next('rcpt');
    await db.transaction().execute(async (trx) => {
      const counter = `receipt:${unit.id}:${year}`;
      const running = await nextCounterValue(trx, counter);
      const data: ReceiptData = {
        nature: body.nature,
        classification: body.classification ?? 'normal',
        priority: body.priority ?? 'normal',
        vip: body.vip ?? false,
        subject: body.subject.normalize('NFC'),
        categoryId: body.categoryId ?? null,
        subCategoryId: body.subCategoryId ?? null,
        language: body.language ?? 'hi',
        letterNumber: body.letterNumber ?? null,
        letterDate: body.letterDate ?? null,
        receivedDate: body.receivedDate,
        diarisedDate,
        deliveryMode: body.deliveryMode,
        sender: JSON.parse(JSON.stringify(body.sender).normalize('NFC')) as ReceiptData['sender'],
        enclosures: body.enclosures ?? [],
        remarks: body.remarks?.normalize('NFC') ?? null,
        diarisingPostId: postId,
        received: true,
        fileId: null,
        correspondenceLabel: null,
        closedByPostId: null,
        everSent: false,
      };
      await trx
        .insertInto('receipts')
        .values({
          id,
          version: 1,
          holder_post_id: postId,
          section_id: unit.id,
          creator_user_id: principal.userId,
          status: 'diarised',
          number: `${running}/${year}/${unitCode}`,
          tracking_code: newTrackingCode(ctx),
          data: JSON.stringify(data),
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute();
      await recordMovement(trx, ids, now, {
        itemType: 'receipt',
        itemId: id,
        action: 'create',
        kind: 'main',
        fromPostId: null,
        toPostId: postId,
        actorUserId: principal.userId,
        priority: data.priority,
        read: true,
      });
      await setReceiptAttachments(trx, id, attachmentIds, now);
    });
    return receiptResponse(ctx, id, 201, { location: `/api/v1/receipts/${id}` });
  },

  async listReceipts(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const q = ctx.query;
    const posts =
      typeof q.postId === 'string' ? principal.postIds.filter((p) => p === q.postId) : principal.postIds;
    const folder = typeof q.folder === 'string' ? q.folder : 'inbox';
    // Every folder holds only items on the route of the caller's posts, so all are visible to them.
    const needs = new Set<FolderColumn>();
    if (q.vip !== undefined) needs.add('vip');
    if (q.categoryId !== undefined) needs.add('categoryId');
    if (typeof q.q === 'string') needs.add('searchTexts');
    const sort = typeof q.sort === 'string' ? q.sort : '-movedAt';
    inboxNeeds('receipt', q, sort, needs);
    // Filtered, sorted and paged in SQL when it can be; else in JavaScript over the folder's items
    // (the inbox's overdue, date-range and category filters are JavaScript-only for now).
    const window = pageWindow(q);
    const inSql = usesInboxOnlyFilters(q)
      ? null
      : await folderPage(db, 'receipt', folder, posts, q.kind, q, sort, window);
    let page: { ids: string[]; nextCursor: string | null };
    if (inSql) {
      const seen = window.offset + inSql.ids.length + (inSql.more ? 1 : 0);
      page = { ids: inSql.ids, nextCursor: nextCursor(q, window.offset, window.limit, seen) };
    } else {
      const inbox = inboxFilter('receipt', q, istDate(clock()));
      const items = (await folderItems(db, 'receipt', folder, posts, q.kind, needs))
        .filter(
          (item) =>
            (q.status === undefined || item.status === q.status) &&
            (q.vip === undefined || Boolean(item.vip) === q.vip) &&
            (q.categoryId === undefined || item.categoryId === q.categoryId) &&
            matchesSearch(item, q.q) &&
            inbox(item),
        )
        .map((item) => ({ ...item, movedAt: item.movedAt ?? item.createdAt }));
      const sorted = sortBy(items, sort, (item, key) => inboxSortKey(item, 'receipt', key));
      const paged = paginate(sorted, q);
      page = { ids: paged.items.map((item) => item.id), nextCursor: paged.nextCursor };
    }
    const rows = new Map(
      page.ids.length === 0
        ? []
        : (await db.selectFrom('receipts').selectAll().where('id', 'in', page.ids).execute()).map((r) => [
            r.id,
            r,
          ]),
    );
    const presented = await presentReceipts(
      db,
      page.ids.map((id) => {
        const row = rows.get(id);
        if (!row) throw new Error(`receipt ${id} vanished`);
        return row;
      }),
      principal,
      clock(),
    );
    return { status: 200, body: { items: presented, nextCursor: page.nextCursor } };
  },

  async getReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    if (ctx.query.markRead !== false) {
      const item = {
        type: 'receipt',
        id: row.id,
        number: row.number,
        subject: receiptData(row).subject,
      } as const;
      await markOpenedByHolder(db, { ...item, holderPostId: row.holder_post_id }, principal.postIds, clock());
    }
    return receiptResponse(ctx, row.id, 200);
  },

  async updateReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    checkIfMatch(ctx, row.version, true);
    requireActionable(principal, row);
    const patch = ctx.body;
    const attachmentIds = patch.attachmentIds;
    if (attachmentIds) {
      if (receiptData(row).nature === 'electronic' && attachmentIds.length === 0) {
        throw new ApiProblem(
          422,
          'receipt.attachment_required',
          'An electronic receipt must keep its scanned PDF.',
        );
      }
      await checkUsable(db, attachmentIds, principal.userId, row.id, clock());
    }
    const rest = { ...patch };
    delete rest.attachmentIds;
    const next = { ...receiptData(row), ...JSON.parse(JSON.stringify(rest).normalize('NFC')) } as ReceiptData;
    checkCategory(next.categoryId, next.subCategoryId);
    await db.transaction().execute(async (trx) => {
      await compareAndSet(trx, 'receipts', row.id, row.version, {
        data: JSON.stringify(next),
        updated_at: clock().toISOString(),
      });
      if (attachmentIds) await setReceiptAttachments(trx, row.id, attachmentIds, clock());
    });
    return receiptResponse(ctx, row.id, 200);
  },

  async sendReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    checkIfMatch(ctx, row.version, false);
    const from = requireActionable(principal, row);
    const body = ctx.body;
    await checkRecipients(ctx.services.db, principal, body.to, body.copyTo);
    checkDueDate(body.dueDate, ctx.services.clock());
    const movementIds = await ctx.services.db
      .transaction()
      .execute((trx) => sendOne(ctx, trx, row, from, body));
    return {
      status: 200,
      body: await actionBody(ctx, row.id, movementIds),
      headers: { etag: etagOf(row.version + 1) },
    };
  },

  async sendReceipts(ctx) {
    const principal = requirePrincipal(ctx);
    const body = ctx.body;
    const rows: { row: Selectable<ItemTable>; from: string }[] = [];
    for (const [index, id] of body.receiptIds.entries()) {
      try {
        const row = await loadVisible(ctx, 'receipts', id);
        rows.push({ row, from: requireActionable(principal, row) });
      } catch (error) {
        if (error instanceof ApiProblem) {
          throw new ApiProblem(error.status, error.code, error.message, [
            { pointer: `/receiptIds/${index}`, message: error.message, code: error.code },
          ]);
        }
        throw error;
      }
    }
    if (new Set(rows.map((r) => receiptData(r.row).nature)).size > 1) {
      throw new ApiProblem(
        422,
        'receipt.mixed_nature',
        'Physical and electronic receipts cannot be sent together.',
      );
    }
    await checkRecipients(ctx.services.db, principal, body.to, body.copyTo);
    checkDueDate(body.dueDate, ctx.services.clock());
    const sent = await ctx.services.db.transaction().execute(async (trx) => {
      const all: { id: string; movements: string[] }[] = [];
      for (const { row, from } of rows)
        all.push({ id: row.id, movements: await sendOne(ctx, trx, row, from, body) });
      return all;
    });
    const items = [];
    for (const s of sent) items.push(await actionBody(ctx, s.id, s.movements));
    return { status: 200, body: { items } };
  },

  async receiveReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    const data = receiptData(row);
    const holder = requireActionable(principal, row, { needReceived: false });
    if (data.nature !== 'physical')
      throw new ApiProblem(409, 'receipt.not_physical', 'Electronic receipts need no receiving.');
    if (data.received)
      throw new ApiProblem(409, 'receipt.already_received', 'The receipt was already received.');
    const remarks = (ctx.body ?? {}).remarks ?? null;
    const { db, clock } = ctx.services;
    const current = await currentMainMovement(db, row.id);
    if (current) {
      const movementData = JSON.parse(current.data) as Record<string, unknown>;
      await db
        .updateTable('movements')
        .set({ data: JSON.stringify({ ...movementData, receivedAt: clock().toISOString() }) })
        .where('id', '=', current.id)
        .execute();
    }
    return holderAction(ctx, row, 'receive', row.status, { received: true }, remarks, holder);
  },

  async pullBackReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    const current = await currentMainMovement(db, row.id);
    if (!current || current.action !== 'send' || !current.from_post_id) {
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
    if (!principal.postIds.includes(current.from_post_id))
      throw new ApiProblem(403, 'movement.not_sender', 'Only the sender can pull back.');
    // Opened comes before the receipt's state: a recipient who opened it may have closed it or filed it.
    if (current.read_at)
      throw new ApiProblem(409, 'movement.already_opened', 'The recipient already opened it.');
    if (receiptData(row).fileId || row.status === 'closed')
      throw new ApiProblem(409, 'movement.none_to_pull_back', 'Nothing was sent that could be pulled back.');
    const sender = current.from_post_id;
    const now = clock();
    const remarks = (ctx.body ?? {}).remarks ?? null;
    const movementId = await db.transaction().execute(async (trx) => {
      await compareAndSet(trx, 'receipts', row.id, row.version, {
        holder_post_id: sender,
        updated_at: now.toISOString(),
        data: JSON.stringify({ ...receiptData(row), received: true }),
      });
      const withdrawn = await trx
        .updateTable('movements')
        .set({ pulled_back_at: now.toISOString() })
        .where('id', '=', current.id)
        .where('read_at', 'is', null)
        .executeTakeFirst();
      if (Number(withdrawn.numUpdatedRows) !== 1)
        throw new ApiProblem(409, 'movement.already_opened', 'The recipient already opened it.');
      return recordMovement(trx, ids, now, {
        itemType: 'receipt',
        itemId: row.id,
        action: 'pull_back',
        kind: 'main',
        fromPostId: current.to_post_id,
        toPostId: sender,
        actorUserId: principal.userId,
        remarks,
        priority: receiptData(row).priority,
        read: true,
      });
    });
    return {
      status: 200,
      body: await actionBody(ctx, row.id, [movementId]),
      headers: { etag: etagOf(row.version + 1) },
    };
  },

  async putReceiptInFile(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    const holder = requireActionable(principal, row);
    const body = ctx.body;
    const data = receiptData(row);
    const now = clock();
    // An existing file is loaded before the transaction: the transaction holds the only connection.
    const newFile = 'newFile' in body ? body.newFile : null;
    const existing = 'fileId' in body ? await loadVisible(ctx, 'files', body.fileId) : null;
    if (existing) {
      if (!existing.holder_post_id || !principal.postIds.includes(existing.holder_post_id))
        throw new ApiProblem(403, 'file.not_with_you', 'The file is not with you.');
      if (existing.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
      if (existing.status === 'parked') throw new ApiProblem(409, 'file.parked', 'The file is parked.');
    }
    const fileId = await db.transaction().execute(async (trx) => {
      // The contract's oneOf: exactly one of fileId and newFile.
      const file: Selectable<ItemTable> | null =
        existing ??
        (newFile
          ? await createFileRecord(ctx, trx, { ...newFile, creatorPostId: newFile.creatorPostId ?? holder })
          : null);
      if (!file) throw new Error('putReceiptInFile: neither fileId nor newFile');
      const fData = fileData(file);
      if (data.nature === 'electronic' && fData.nature === 'physical') {
        throw new ApiProblem(
          422,
          'receipt.file_nature_mismatch',
          'An electronic receipt cannot go into a physical file.',
        );
      }
      const label = `C/${fData.correspondence.length + 1}`;
      const entry = {
        label,
        receiptId: row.id,
        draftId: null,
        addedAt: now.toISOString(),
        addedByPostId: holder,
        dispatchNumber: null,
        subject: data.subject,
        date: data.receivedDate,
      };
      await compareAndSet(trx, 'files', file.id, file.version, {
        data: JSON.stringify({ ...fData, correspondence: [...fData.correspondence, entry] }),
        updated_at: now.toISOString(),
      });
      await compareAndSet(trx, 'receipts', row.id, row.version, {
        status: 'put_in_file',
        holder_post_id: null,
        updated_at: now.toISOString(),
        data: JSON.stringify({ ...data, fileId: file.id, correspondenceLabel: label }),
      });
      await recordMovement(trx, ids, now, {
        itemType: 'receipt',
        itemId: row.id,
        action: 'put_in_file',
        kind: 'main',
        fromPostId: holder,
        toPostId: holder,
        actorUserId: principal.userId,
        remarks: body.remarks ?? null,
        priority: data.priority,
        read: true,
      });
      return file.id;
    });
    const file = await db.selectFrom('files').selectAll().where('id', '=', fileId).executeTakeFirstOrThrow();
    const fData = fileData(file);
    const entry = fData.correspondence[fData.correspondence.length - 1];
    if (!entry) throw new Error('putReceiptInFile: no correspondence entry after putting the receipt in');
    const receipt = await reload(ctx, row.id);
    return {
      status: 200,
      body: {
        receipt: await presentReceipt(db, receipt, principal, now),
        file: await presentFile(db, file, principal, now),
        correspondence: {
          label: entry.label,
          sequence: fData.correspondence.length,
          kind: 'receipt',
          subject: data.subject,
          date: data.receivedDate,
          receipt: { type: 'receipt', id: row.id, number: row.number, subject: data.subject },
          draftId: null,
          dispatchNumber: null,
          attachments: await receiptAttachments(db, row.id),
          addedAt: now.toISOString(),
          addedBy: await postSummary(db, holder),
        },
      },
      headers: { etag: etagOf(receipt.version) },
    };
  },

  async closeReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    const holder = requireActionable(principal, row);
    const body = ctx.body;
    return holderAction(ctx, row, 'close', 'closed', { closedByPostId: holder }, body.remarks, holder);
  },

  async reopenReceipt(ctx) {
    const principal = requirePrincipal(ctx);
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    const data = receiptData(row);
    if (row.status !== 'closed')
      throw new ApiProblem(409, 'receipt.not_closed', 'The receipt is not closed.');
    if (!data.closedByPostId || !principal.postIds.includes(data.closedByPostId))
      throw new ApiProblem(403, 'receipt.not_with_you', 'Only the post that closed it may reopen it.');
    const remarks = (ctx.body ?? {}).remarks ?? null;
    return holderAction(
      ctx,
      row,
      'reopen',
      data.everSent ? 'sent' : 'diarised',
      { closedByPostId: null },
      remarks,
      data.closedByPostId,
    );
  },

  async listReceiptSenders(ctx) {
    const principal = requirePrincipal(ctx);
    const q = ctx.query;
    const senders = await earlierSenders(ctx.services.db, principal.postIds, q.q);
    return { status: 200, body: paginate(senders, q) };
  },

  async listReceiptMovements(ctx) {
    const row = await loadVisible(ctx, 'receipts', ctx.params.receiptId);
    return {
      status: 200,
      body: await movementPage(ctx.services.db, row.id, ctx.query, ctx.services.clock()),
    };
  },
} satisfies HandlerGroup;
