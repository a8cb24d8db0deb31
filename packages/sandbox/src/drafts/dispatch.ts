// Issuing an approved draft: the dispatch number, the office copy in the file's correspondence and the
// `issue` movement, written with the draft's change in one transaction.
import type { Kysely, Selectable } from 'kysely';
import { compareAndSet } from '../access.js';
import { nextCounterValue } from '../db/counters.js';
import type { Database, DraftTable, ItemTable } from '../db/schema.js';
import type { IdGenerator } from '../ids.js';
import { fileData } from '../presenters/file.js';
import { compareAndSetDraft, draftData, type StoredDispatch } from './store.js';

type Db = Kysely<Database>;

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The IST calendar date (`YYYY-MM-DD`) of an instant: offices date their letters in IST. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * `D/<running number>/<year>/<section code>`: the running number counts per section code and IST year,
 * so the number is unique by construction and starts again at 1 each year.
 */
export async function nextDispatchNumber(trx: Db, sectionCode: string, at: Date): Promise<string> {
  const year = istDate(at).slice(0, 4);
  const name = `dispatch:${sectionCode}:${year}`;
  const value = await nextCounterValue(trx, name);
  return `D/${value}/${year}/${sectionCode}`;
}

export interface IssueInput {
  draft: Selectable<DraftTable>;
  file: Selectable<ItemTable>;
  /** The post issuing: the file's holder, or a CRU post of its office. */
  issuingPostId: string;
  actorUserId: string;
  mode: StoredDispatch['mode'];
  remarks: string | null;
  at: Date;
}

export async function issueDraftRecord(db: Db, ids: IdGenerator, input: IssueInput): Promise<StoredDispatch> {
  const { draft, file, at } = input;
  return db.transaction().execute(async (trx) => {
    const section = await trx
      .selectFrom('units')
      .select('code')
      .where('id', '=', file.section_id)
      .executeTakeFirstOrThrow();
    const dispatchNumber = await nextDispatchNumber(trx, section.code, at);
    const fData = fileData(file);
    const data = draftData(draft);
    const label = `C/${fData.correspondence.length + 1}`;
    const dispatch: StoredDispatch = {
      dispatchNumber,
      mode: input.mode,
      issuedAt: at.toISOString(),
      issuedByPostId: input.issuingPostId,
      correspondenceLabel: label,
      remarks: input.remarks,
    };
    // The file's version guards the label: two issues from one file cannot both take the same C/n.
    await compareAndSet(trx, 'files', file.id, file.version, {
      updated_at: at.toISOString(),
      data: JSON.stringify({
        ...fData,
        correspondence: [
          ...fData.correspondence,
          {
            label,
            receiptId: null,
            draftId: draft.id,
            addedAt: at.toISOString(),
            addedByPostId: input.issuingPostId,
            dispatchNumber,
            subject: data.content.subject,
            date: istDate(at),
          },
        ],
      }),
    });
    await compareAndSetDraft(trx, draft.id, draft.version, {
      status: 'issued',
      data: JSON.stringify({ ...data, dispatch }),
      dispatch_number: dispatchNumber,
      issued_at: at.toISOString(),
      updated_at: at.toISOString(),
    });
    // Issuing does not move the file: the movement is recorded with kind `none` so it never counts as
    // the movement that put the file with its holder (return, pull back and pendency look at `main`),
    // and with no receiving post, as the contract describes an `issue`.
    await trx
      .insertInto('movements')
      .values({
        id: ids.next('mov'),
        item_type: 'file',
        item_id: file.id,
        action: 'issue',
        kind: 'none',
        from_post_id: input.issuingPostId,
        to_post_id: null,
        actor_user_id: input.actorUserId,
        remarks: input.remarks,
        sent_at: at.toISOString(),
        read_at: at.toISOString(),
        pulled_back_at: null,
        data: JSON.stringify({ priority: fData.priority, dueDate: null }),
      })
      .execute();
    return dispatch;
  });
}
