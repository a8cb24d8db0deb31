// Drafts for approval (DFA): revisions, approval over a signature, issue with a dispatch number, and
// the dispatch register. Every write checks the rules against the draft version (and file version) it
// read and compare-and-sets them in one transaction, so of two concurrent actions exactly one wins.
import type { Selectable } from 'kysely';
import { checkIfMatch, etagOf, loadVisible } from '../access.js';
import type { DraftTable, ItemTable } from '../db/schema.js';
import { normaliseContent, normalText } from '../drafts/content.js';
import { issueDraftRecord } from '../drafts/dispatch.js';
import { presentDraft, presentDraftVersion } from '../drafts/present.js';
import { getDispatchRegister } from '../drafts/register.js';
import { checkApprovalSignature, cruPostFor, requireHolder, requireOpen } from '../drafts/rules.js';
import {
  assertFileUnchanged,
  compareAndSetDraft,
  draftData,
  fileOfDraft,
  findDraft,
  type DraftData,
  type DraftVersionData,
} from '../drafts/store.js';
import { paginate, sortBy } from '../pagination.js';
import { fileData } from '../presenters/file.js';
import { ApiProblem, notFound } from '../problem.js';
import { DRAFT_SANITISER_VERSION } from '../sanitise.js';
import {
  requirePrincipal,
  type HandlerGroup,
  type OperationContext,
  type OperationsWithParam,
} from './context.js';

interface Loaded {
  draft: Selectable<DraftTable>;
  file: Selectable<ItemTable>;
}

/**
 * The draft and its file, when the caller may see the file, or when the draft is approved or issued
 * and the caller is the CRU of the file's office (it dispatches the letter, so it reads it, without
 * being on the file's route); anything else is 404 for the draft.
 */
async function loadDraft(ctx: OperationContext<OperationsWithParam<'draftId'>>): Promise<Loaded> {
  const draft = await findDraft(ctx.services.db, ctx.params.draftId);
  if (!draft) throw notFound('The draft');
  try {
    return { draft, file: await loadVisible(ctx, 'files', draft.file_id) };
  } catch (error) {
    if (!(error instanceof ApiProblem && error.status === 404)) throw error;
    if (draft.status !== 'draft' && ctx.principal) {
      const file = await fileOfDraft(ctx.services.db, draft);
      if (await cruPostFor(ctx.services.db, ctx.principal, file)) return { draft, file };
    }
    throw notFound('The draft');
  }
}

async function draftResult<S extends 200 | 201>(
  ctx: OperationContext,
  id: string,
  status: S,
  extra: Record<string, string> = {},
) {
  const { db } = ctx.services;
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return {
    status,
    body: await presentDraft(db, row),
    headers: { etag: etagOf(row.version), ...extra },
  };
}

function requireDraftStatus(draft: Selectable<DraftTable>): void {
  if (draft.status !== 'draft') {
    throw new ApiProblem(409, 'draft.not_editable', `The draft is ${draft.status}; it can no longer change.`);
  }
}

/** An approved or issued draft changes no more; an issued one is past revising too. */
function requireNotIssued(draft: Selectable<DraftTable>): void {
  if (draft.status === 'issued') {
    throw new ApiProblem(409, 'draft.not_editable', 'The draft is issued; it can no longer change.');
  }
}

/** A revert names an earlier revision of this draft. */
function checkRevertTarget(draft: Selectable<DraftTable>, revertedFrom: number | undefined): number | null {
  if (revertedFrom === undefined) return null;
  if (revertedFrom >= draft.revision + 1) {
    throw new ApiProblem(400, 'request.validation', `Revision ${revertedFrom} is not an earlier revision.`, [
      { pointer: '/revertedFrom', location: 'body', message: 'not an earlier revision', code: 'maximum' },
    ]);
  }
  return revertedFrom;
}

export const draftHandlers = {
  async listDrafts(ctx) {
    const { db } = ctx.services;
    const file = await loadVisible(ctx, 'files', ctx.params.fileId);
    let query = db.selectFrom('drafts').selectAll().where('file_id', '=', file.id);
    if (typeof ctx.query.status === 'string')
      query = query.where('status', '=', ctx.query.status as DraftTable['status']);
    const rows = sortBy(await query.execute(), '-createdAt', (row) => row.created_at);
    const page = paginate(rows, ctx.query);
    const items = [];
    for (const row of page.items) items.push(await presentDraft(db, row));
    return { status: 200, body: { items, nextCursor: page.nextCursor } };
  },

  async createDraft(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const file = await loadVisible(ctx, 'files', ctx.params.fileId);
    const holder = requireHolder(principal, file);
    requireOpen(file);
    const input = ctx.body;
    const content = normaliseContent(input, fileData(file));
    const remarks = input.remarks === undefined ? null : normalText(input.remarks);
    const now = clock().toISOString();
    const id = ids.next('draft');
    const data: DraftData = { content, approval: null, dispatch: null, sanitiser: DRAFT_SANITISER_VERSION };
    const version: DraftVersionData = {
      content,
      createdByPostId: holder,
      remarks,
      sanitiser: DRAFT_SANITISER_VERSION,
    };
    await db.transaction().execute(async (trx) => {
      await assertFileUnchanged(trx, file);
      await trx
        .insertInto('drafts')
        .values({
          id,
          file_id: file.id,
          version: 1,
          status: 'draft',
          revision: 1,
          creator_user_id: principal.userId,
          creator_post_id: holder,
          data: JSON.stringify(data),
          dispatch_number: null,
          issued_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('draft_versions')
        .values({ draft_id: id, revision: 1, data: JSON.stringify(version), created_at: now })
        .execute();
    });
    return draftResult(ctx, id, 201, { location: `/api/v1/drafts/${id}` });
  },

  async getDraft(ctx) {
    const { draft } = await loadDraft(ctx);
    return draftResult(ctx, draft.id, 200);
  },

  async reviseDraft(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { draft, file } = await loadDraft(ctx);
    checkIfMatch(ctx, draft.version, true);
    const holder = requireHolder(principal, file);
    requireOpen(file);
    requireNotIssued(draft);
    const input = ctx.body;
    const revertedFrom = checkRevertTarget(draft, input.revertedFrom);
    const content = normaliseContent(input, fileData(file));
    const now = clock().toISOString();
    const revision = draft.revision + 1;
    const version: DraftVersionData = {
      content,
      createdByPostId: holder,
      remarks: input.remarks === undefined ? null : normalText(input.remarks),
      sanitiser: DRAFT_SANITISER_VERSION,
      revertedFrom,
    };
    const previous = draftData(draft);
    // A revision after approval voids it: the draft goes back for approval and says what lapsed.
    const approval = previous.approval;
    const data: DraftData = {
      ...previous,
      content,
      sanitiser: DRAFT_SANITISER_VERSION,
      approval: null,
      invalidatedApproval: approval
        ? {
            approvedByPostId: approval.approvedByPostId,
            approvedAt: approval.approvedAt,
            revision: approval.revision,
            signatureId: approval.signatureId,
            invalidatedAt: now,
            invalidatedByRevision: revision,
          }
        : (previous.invalidatedApproval ?? null),
    };
    await db.transaction().execute(async (trx) => {
      await assertFileUnchanged(trx, file);
      await compareAndSetDraft(trx, draft.id, draft.version, {
        status: 'draft',
        revision,
        data: JSON.stringify(data),
        updated_at: now,
      });
      await trx
        .insertInto('draft_versions')
        .values({ draft_id: draft.id, revision, data: JSON.stringify(version), created_at: now })
        .execute();
    });
    return draftResult(ctx, draft.id, 200);
  },

  async listDraftVersions(ctx) {
    const { db } = ctx.services;
    const { draft } = await loadDraft(ctx);
    const rows = await db
      .selectFrom('draft_versions')
      .selectAll()
      .where('draft_id', '=', draft.id)
      .orderBy('revision')
      .execute();
    const page = paginate(rows, ctx.query);
    const items = [];
    for (const row of page.items) items.push(await presentDraftVersion(db, row));
    return { status: 200, body: { items, nextCursor: page.nextCursor } };
  },

  async approveDraft(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { draft, file } = await loadDraft(ctx);
    checkIfMatch(ctx, draft.version, false);
    const holder = requireHolder(principal, file);
    requireDraftStatus(draft);
    const body = ctx.body;
    if (body.signatureId !== undefined) await checkApprovalSignature(db, principal, draft, body.signatureId);
    const now = clock().toISOString();
    const data = draftData(draft);
    await db.transaction().execute(async (trx) => {
      await assertFileUnchanged(trx, file);
      await compareAndSetDraft(trx, draft.id, draft.version, {
        status: 'approved',
        data: JSON.stringify({
          ...data,
          approval: {
            approvedByPostId: holder,
            approvedAt: now,
            revision: draft.revision,
            signatureId: body.signatureId ?? null,
            remarks: body.remarks === undefined ? null : normalText(body.remarks),
          },
          invalidatedApproval: null,
        } satisfies DraftData),
        updated_at: now,
      });
    });
    return draftResult(ctx, draft.id, 200);
  },

  async issueDraft(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, ids, clock } = ctx.services;
    const draft = await findDraft(db, ctx.params.draftId);
    if (!draft) throw notFound('The draft');
    // The CRU of the file's office dispatches on the section's behalf without being on the file's
    // route, so it may reach a draft of a file it otherwise cannot see.
    let file: Selectable<ItemTable>;
    let issuingPost: string | null;
    try {
      file = await loadVisible(ctx, 'files', draft.file_id);
      issuingPost =
        file.holder_post_id && principal.postIds.includes(file.holder_post_id)
          ? file.holder_post_id
          : await cruPostFor(db, principal, file);
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 404)) throw error;
      file = await fileOfDraft(db, draft);
      issuingPost = await cruPostFor(db, principal, file);
      if (!issuingPost) throw notFound('The draft');
    }
    const issuingPostId = issuingPost ?? requireHolder(principal, file);
    if (draft.status === 'issued') {
      throw new ApiProblem(
        409,
        'draft.already_issued',
        `The draft was issued as ${draft.dispatch_number ?? ''}.`,
      );
    }
    if (draft.status !== 'approved') {
      throw new ApiProblem(409, 'draft.not_approved', 'Only an approved draft can be issued.');
    }
    const body = ctx.body;
    await issueDraftRecord(db, ids, {
      draft,
      file,
      issuingPostId,
      actorUserId: principal.userId,
      mode: body.mode,
      remarks: body.remarks === undefined ? null : normalText(body.remarks),
      at: clock(),
    });
    return draftResult(ctx, draft.id, 200);
  },

  getDispatchRegister,
} satisfies HandlerGroup;
