// The Draft and DraftVersion representations of the contract, from the stored rows.
import type { Kysely, Selectable } from 'kysely';
import { etagOf } from '../access.js';
import type { Database, DraftTable, DraftVersionTable } from '../db/schema.js';
import { postSummary } from '../presenters/directory.js';
import { draftData, type DraftVersionData, type StoredDraftContent } from './store.js';

type Db = Kysely<Database>;

/** A revision's content with the letter fields older stored drafts lack filled in. */
function presentContent(content: StoredDraftContent) {
  return { ...content, reference: content.reference ?? null, copyTo: content.copyTo ?? [] };
}

export async function presentDraft(db: Db, row: Selectable<DraftTable>) {
  const data = draftData(row);
  const { approval, dispatch, invalidatedApproval } = data;
  return {
    id: row.id,
    fileId: row.file_id,
    status: row.status,
    revision: row.revision,
    content: presentContent(data.content),
    createdBy: await postSummary(db, row.creator_post_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    approval: approval
      ? {
          approvedBy: await postSummary(db, approval.approvedByPostId),
          approvedAt: approval.approvedAt,
          revision: approval.revision,
          signatureId: approval.signatureId,
          remarks: approval.remarks,
        }
      : null,
    dispatch: dispatch
      ? {
          dispatchNumber: dispatch.dispatchNumber,
          mode: dispatch.mode,
          issuedAt: dispatch.issuedAt,
          issuedBy: await postSummary(db, dispatch.issuedByPostId),
          correspondenceLabel: dispatch.correspondenceLabel,
        }
      : null,
    invalidatedApproval: invalidatedApproval
      ? {
          approvedBy: await postSummary(db, invalidatedApproval.approvedByPostId),
          approvedAt: invalidatedApproval.approvedAt,
          revision: invalidatedApproval.revision,
          signatureId: invalidatedApproval.signatureId,
          invalidatedAt: invalidatedApproval.invalidatedAt,
          invalidatedByRevision: invalidatedApproval.invalidatedByRevision,
        }
      : null,
    etag: etagOf(row.version),
  };
}

export async function presentDraftVersion(db: Db, row: Selectable<DraftVersionTable>) {
  const data = JSON.parse(row.data) as DraftVersionData;
  return {
    revision: row.revision,
    content: presentContent(data.content),
    createdBy: await postSummary(db, data.createdByPostId),
    createdAt: row.created_at,
    remarks: data.remarks,
    revertedFrom: data.revertedFrom ?? null,
  };
}
