import type { Kysely, Selectable } from 'kysely';
import { compareAndSet } from '../access.js';
import type { Database, ItemTable } from '../db/schema.js';
import { recordMovement } from '../movements.js';
import { requirePrincipal, type OperationContext } from './context.js';

export interface HolderActionInput {
  itemType: 'file' | 'receipt';
  row: Selectable<ItemTable>;
  /** `park`, `activate`, `close`, `reopen` … */
  action: string;
  status: string;
  /** The item's whole data after the change. */
  data: object;
  remarks: string | null;
  holderPostId: string;
  priority: string;
  /** More work in the same transaction, before the movement is recorded. */
  alsoInTransaction?: (trx: Kysely<Database>) => Promise<void>;
}

/**
 * A holder-only state change of a file or receipt (park, activate, close, reopen): the item changes
 * under its version (a concurrent action loses with 409) and a movement that stays with the holder
 * records it, in one transaction. Returns the movement's id.
 */
export async function recordHolderAction(ctx: OperationContext, input: HolderActionInput): Promise<string> {
  const principal = requirePrincipal(ctx);
  const { db, ids, clock } = ctx.services;
  const now = clock();
  const { row } = input;
  return db.transaction().execute(async (trx) => {
    await compareAndSet(trx, input.itemType === 'file' ? 'files' : 'receipts', row.id, row.version, {
      status: input.status,
      updated_at: now.toISOString(),
      data: JSON.stringify(input.data),
    });
    await input.alsoInTransaction?.(trx);
    return recordMovement(trx, ids, now, {
      itemType: input.itemType,
      itemId: row.id,
      action: input.action,
      kind: 'main',
      fromPostId: input.holderPostId,
      toPostId: input.holderPostId,
      actorUserId: principal.userId,
      remarks: input.remarks,
      priority: input.priority,
      read: true,
    });
  });
}
