// The notesheet: yellow (draft) notes private to their author, confirmed into green notes that never
// change, numbered continuously across the file.
import type { Kysely, Selectable } from 'kysely';
import { checkIfMatch, etagOf, loadVisible } from '../access.js';
import type { Database, ItemTable, NoteTable } from '../db/schema.js';
import { recordEvent, usersOfPosts } from '../events.js';
import { paginate } from '../pagination.js';
import { fileData } from '../presenters/file.js';
import { postSummary } from '../presenters/directory.js';
import { ApiProblem, notFound, type FieldError } from '../problem.js';
import { referencesIn, sanitiseParagraph } from '../sanitise.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type OperationsWithParam,
  type Principal,
} from './context.js';

type Db = Kysely<Database>;

interface NoteData {
  paragraphs: { number: number | null; html: string }[];
  references: { kind: 'correspondence' | 'paragraph'; label: string; targetId: string }[];
  confirmedAt: string | null;
  locked: boolean;
  signatureId: string | null;
}

function noteData(row: Selectable<NoteTable>): NoteData {
  return JSON.parse(row.data) as NoteData;
}

async function presentNote(db: Db, row: Selectable<NoteTable>) {
  const data = noteData(row);
  const author = await db
    .selectFrom('users')
    .select(['id', 'name_en', 'name_hi'])
    .where('id', '=', row.author_user_id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    fileId: row.file_id,
    sequence: row.sequence,
    status: row.status,
    paragraphs: data.paragraphs,
    references: data.references,
    authorPost: await postSummary(db, row.author_post_id),
    author: { id: author.id, name: { en: author.name_en, hi: author.name_hi } },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    confirmedAt: data.confirmedAt,
    locked: data.locked,
    signatureId: data.signatureId,
    etag: etagOf(row.version),
  };
}

/** Sanitises paragraphs and resolves `data-ref` markers against the file's correspondence and paragraphs. */
async function prepareParagraphs(db: Db, file: Selectable<ItemTable>, input: { html: string }[]) {
  const paragraphs = input.map((p) => ({ number: null, html: sanitiseParagraph(p.html) }));
  const correspondence = fileData(file).correspondence;
  const greens = await db
    .selectFrom('notes')
    .select(['id', 'data'])
    .where('file_id', '=', file.id)
    .where('status', '=', 'green')
    .execute();
  const paragraphOwner = new Map<number, string>();
  for (const note of greens) {
    for (const p of (JSON.parse(note.data) as NoteData).paragraphs)
      if (p.number !== null) paragraphOwner.set(p.number, note.id);
  }
  const references: NoteData['references'] = [];
  const errors: FieldError[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const ref of referencesIn(paragraph.html)) {
      const para = /^para:([1-9][0-9]*)$/.exec(ref);
      if (para?.[1]) {
        const owner = paragraphOwner.get(Number(para[1]));
        if (owner) references.push({ kind: 'paragraph', label: ref, targetId: owner });
        else
          errors.push({
            pointer: `/paragraphs/${index}/html`,
            message: `no paragraph ${para[1]}`,
            code: 'note.reference_invalid',
          });
        continue;
      }
      const entry = correspondence.find((c) => c.label === ref);
      const target = entry?.receiptId ?? entry?.draftId;
      if (target) references.push({ kind: 'correspondence', label: ref, targetId: target });
      else
        errors.push({
          pointer: `/paragraphs/${index}/html`,
          message: `no correspondence ${ref}`,
          code: 'note.reference_invalid',
        });
    }
  }
  if (errors.length > 0)
    throw new ApiProblem(422, 'note.reference_invalid', 'A reference in the note does not exist.', errors);
  if (paragraphs.some((p) => p.html.trim() === '')) {
    throw new ApiProblem(400, 'request.validation', 'A paragraph is empty after sanitising.', [
      {
        pointer: `/paragraphs/${paragraphs.findIndex((p) => p.html.trim() === '')}/html`,
        message: 'empty after sanitising',
        code: 'minLength',
      },
    ]);
  }
  return { paragraphs, references };
}

/** A note the caller may see: green notes of visible files, yellow notes only by their author. */
async function loadNote(ctx: OperationContext<OperationsWithParam<'noteId'>>, principal: Principal) {
  const { db } = ctx.services;
  const row = await db.selectFrom('notes').selectAll().where('id', '=', ctx.params.noteId).executeTakeFirst();
  if (!row || (row.status === 'yellow' && row.author_user_id !== principal.userId))
    throw notFound('The note');
  const file = await loadVisible(ctx, 'files', row.file_id);
  return { row, file };
}

function requireFileWithAuthor(principal: Principal, file: Selectable<ItemTable>, authorPostId?: string) {
  const holder = file.holder_post_id;
  if (!holder || !principal.postIds.includes(holder) || (authorPostId && authorPostId !== holder)) {
    throw new ApiProblem(403, 'file.not_with_you', 'The file is not with you.');
  }
  if (file.status === 'closed') throw new ApiProblem(409, 'file.closed', 'The file is closed.');
  if (file.status === 'parked') throw new ApiProblem(409, 'file.parked', 'The file is parked.');
  return holder;
}

async function noteEvent(
  trx: Db,
  name: string,
  row: Selectable<NoteTable>,
  userIds: string[],
  at: Date,
  etag: string | null,
) {
  await recordEvent(
    trx,
    name,
    userIds,
    {
      fileId: row.file_id,
      noteId: row.id,
      status: row.status,
      sequence: row.sequence,
      authorPost: await postSummary(trx, row.author_post_id),
      etag,
    },
    at,
  );
}

async function reloadNote(db: Db, id: string) {
  return db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function casNote(
  trx: Db,
  id: string,
  version: number,
  changes: Partial<Pick<NoteTable, 'status' | 'sequence' | 'data' | 'updated_at'>>,
) {
  const result = await trx
    .updateTable('notes')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1)
    throw new ApiProblem(409, 'conflict.concurrent_update', 'The note changed at the same moment.');
}

export const noteHandlers = {
  async listNotes(ctx) {
    const principal = requirePrincipal(ctx);
    const { db } = ctx.services;
    const file = await loadVisible(ctx, 'files', ctx.params.fileId);
    const rows = await db.selectFrom('notes').selectAll().where('file_id', '=', file.id).execute();
    const greens = rows
      .filter((r) => r.status === 'green')
      .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    const own = rows.filter((r) => r.status === 'yellow' && r.author_user_id === principal.userId);
    let visible = [...greens, ...own];
    if (ctx.query.status !== undefined) visible = visible.filter((r) => r.status === ctx.query.status);
    if (ctx.query.sort === '-sequence') visible.reverse();
    const lastParagraphNumber = Math.max(
      0,
      ...greens.flatMap((r) => noteData(r).paragraphs.map((p) => p.number ?? 0)),
    );
    const page = paginate(visible, ctx.query);
    const items = [];
    for (const row of page.items) items.push(await presentNote(db, row));
    return { status: 200, body: { items, nextCursor: page.nextCursor, lastParagraphNumber } };
  },

  async createNote(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const file = await loadVisible(ctx, 'files', ctx.params.fileId);
    const body = ctx.body;
    const authorPost = requireFileWithAuthor(principal, file, body.authorPostId);
    const prepared = await prepareParagraphs(db, file, body.paragraphs);
    const now = clock().toISOString();
    const id = ids.next('note');
    await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('notes')
        .select('id')
        .where('file_id', '=', file.id)
        .where('author_user_id', '=', principal.userId)
        .where('status', '=', 'yellow')
        .executeTakeFirst();
      if (existing)
        throw new ApiProblem(409, 'note.draft_exists', 'You already have a yellow note on this file.');
      const data: NoteData = { ...prepared, confirmedAt: null, locked: false, signatureId: null };
      await trx
        .insertInto('notes')
        .values({
          id,
          file_id: file.id,
          version: 1,
          status: 'yellow',
          author_user_id: principal.userId,
          author_post_id: authorPost,
          sequence: null,
          data: JSON.stringify(data),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await noteEvent(trx, 'note.created', await reloadNote(trx, id), [principal.userId], clock(), etagOf(1));
    });
    const row = await reloadNote(db, id);
    return {
      status: 201,
      body: await presentNote(db, row),
      headers: { etag: etagOf(row.version), location: `/api/v1/notes/${id}` },
    };
  },

  async getNote(ctx) {
    const principal = requirePrincipal(ctx);
    const { row } = await loadNote(ctx, principal);
    return {
      status: 200,
      body: await presentNote(ctx.services.db, row),
      headers: { etag: etagOf(row.version) },
    };
  },

  async updateNote(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { row, file } = await loadNote(ctx, principal);
    if (row.status === 'green') throw new ApiProblem(409, 'note.not_draft', 'Green notes never change.');
    checkIfMatch(ctx, row.version, true);
    requireFileWithAuthor(principal, file);
    const prepared = await prepareParagraphs(db, file, ctx.body.paragraphs);
    await db.transaction().execute(async (trx) => {
      await casNote(trx, row.id, row.version, {
        data: JSON.stringify({ ...noteData(row), ...prepared }),
        updated_at: clock().toISOString(),
      });
      await noteEvent(
        trx,
        'note.updated',
        await reloadNote(trx, row.id),
        [principal.userId],
        clock(),
        etagOf(row.version + 1),
      );
    });
    const updated = await reloadNote(db, row.id);
    return { status: 200, body: await presentNote(db, updated), headers: { etag: etagOf(updated.version) } };
  },

  async discardNote(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { row, file } = await loadNote(ctx, principal);
    if (row.status === 'green')
      throw new ApiProblem(409, 'note.not_draft', 'Green notes can never be discarded.');
    checkIfMatch(ctx, row.version, true);
    requireFileWithAuthor(principal, file);
    await db.transaction().execute(async (trx) => {
      const removed = await trx
        .deleteFrom('notes')
        .where('id', '=', row.id)
        .where('version', '=', row.version)
        .executeTakeFirst();
      if (Number(removed.numDeletedRows) !== 1)
        throw new ApiProblem(409, 'conflict.concurrent_update', 'The note changed at the same moment.');
      await noteEvent(trx, 'note.discarded', row, [principal.userId], clock(), null);
    });
    return { status: 204 };
  },

  async confirmNote(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { row, file } = await loadNote(ctx, principal);
    if (row.author_user_id !== principal.userId) throw notFound('The note');
    requireFileWithAuthor(principal, file);
    if (row.status === 'green') throw new ApiProblem(409, 'note.not_draft', 'The note is already green.');
    checkIfMatch(ctx, row.version, false);
    const now = clock();
    await db.transaction().execute(async (trx) => {
      // Numbering is computed inside the transaction so two confirmations never share numbers.
      const greens = await trx
        .selectFrom('notes')
        .select(['sequence', 'data'])
        .where('file_id', '=', file.id)
        .where('status', '=', 'green')
        .execute();
      const sequence = Math.max(0, ...greens.map((g) => g.sequence ?? 0)) + 1;
      let last = Math.max(
        0,
        ...greens.flatMap((g) => (JSON.parse(g.data) as NoteData).paragraphs.map((p) => p.number ?? 0)),
      );
      const data = noteData(row);
      const numbered = data.paragraphs.map((p) => ({ ...p, number: ++last }));
      await casNote(trx, row.id, row.version, {
        status: 'green',
        sequence,
        data: JSON.stringify({ ...data, paragraphs: numbered, confirmedAt: now.toISOString() }),
        updated_at: now.toISOString(),
      });
      const confirmed = await reloadNote(trx, row.id);
      // Everyone who can see the file's route hears of a green note; the holder's posts at least.
      const audience = await usersOfPosts(trx, [file.holder_post_id, fileData(file).creatorPostId]);
      await noteEvent(
        trx,
        'note.confirmed',
        confirmed,
        [...audience, principal.userId],
        now,
        etagOf(confirmed.version),
      );
    });
    const updated = await reloadNote(db, row.id);
    return { status: 200, body: await presentNote(db, updated), headers: { etag: etagOf(updated.version) } };
  },
} satisfies HandlerGroup;
