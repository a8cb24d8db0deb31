/**
 * Bulk actions on the selected rows, with one result per item. Sending uses the all-or-nothing
 * `sendMany`: when the server refuses one receipt it names it (`/receiptIds/<index>`), so that one is
 * reported and the rest are sent again without it. Park, close and pull back go item by item.
 */
import { msg } from '@lit/localize';
import { newIdempotencyKey, type Schemas } from '@eoffice/sdk';
import type { InboxAction, InboxActionResult, InboxClient, InboxItem } from './types.js';

/** What a bulk action needs besides the items: the send request, or the remarks of park and close. */
export interface ActionInput {
  send?: Omit<Schemas['SendReceiptsRequest'], 'receiptIds'>;
  remarks?: string;
}

interface ProblemLike {
  message?: string;
  problem?: { detail?: string; title?: string; errors?: { pointer?: string; message?: string }[] };
}

/** The server's words for a failure (its detail is localised by `Accept-Language`), else a general line. */
export function failureMessage(error: unknown): string {
  const e = (error ?? {}) as ProblemLike;
  return (
    e.problem?.errors?.[0]?.message ??
    e.problem?.detail ??
    e.problem?.title ??
    msg('It could not be done. Please try again.', { desc: 'Bulk action: one item failed, no reason given' })
  );
}

/** Index into `receiptIds` that a problem's first pointer names, if any. */
function refusedIndex(error: unknown): number | undefined {
  const pointer = (error as ProblemLike | null)?.problem?.errors?.find((e) =>
    e.pointer?.startsWith('/receiptIds/'),
  )?.pointer;
  const index = Number(pointer?.split('/')[2]);
  return Number.isInteger(index) ? index : undefined;
}

async function sendReceipts(
  client: InboxClient,
  items: InboxItem[],
  request: NonNullable<ActionInput['send']>,
): Promise<InboxActionResult[]> {
  const results: InboxActionResult[] = [];
  let pending = items.filter((i) => i.type === 'receipt');
  for (const file of items.filter((i) => i.type !== 'receipt')) {
    results.push({
      id: file.id,
      number: file.number,
      ok: false,
      message: msg('Only receipts are sent together; send a file from its own page.', {
        desc: 'Bulk send: a file was among the selected items',
      }),
    });
  }
  // Each round either sends everything left or drops the one receipt the server named.
  while (pending.length > 0) {
    try {
      await client.receipts.sendMany(
        { ...request, receiptIds: pending.map((i) => i.id) },
        { idempotencyKey: newIdempotencyKey() },
      );
      for (const item of pending) results.push({ id: item.id, number: item.number, ok: true });
      pending = [];
    } catch (error) {
      const index = refusedIndex(error);
      const refused = index === undefined ? undefined : pending[index];
      if (!refused) {
        // Not about one receipt (a recipient refused, say): every one failed for the same reason.
        for (const item of pending)
          results.push({ id: item.id, number: item.number, ok: false, message: failureMessage(error) });
        pending = [];
      } else {
        results.push({ id: refused.id, number: refused.number, ok: false, message: failureMessage(error) });
        pending = pending.filter((i) => i !== refused);
      }
    }
  }
  return order(results, items);
}

function order(results: InboxActionResult[], items: InboxItem[]): InboxActionResult[] {
  const position = new Map(items.map((item, index) => [item.id, index]));
  return results.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

async function oneByOne(
  items: InboxItem[],
  run: (item: InboxItem) => Promise<unknown>,
): Promise<InboxActionResult[]> {
  const results: InboxActionResult[] = [];
  for (const item of items) {
    try {
      await run(item);
      results.push({ id: item.id, number: item.number, ok: true });
    } catch (error) {
      results.push({ id: item.id, number: item.number, ok: false, message: failureMessage(error) });
    }
  }
  return results;
}

/** Runs `action` on `items` and says how each ended. */
export async function runAction(
  client: InboxClient,
  action: InboxAction,
  items: InboxItem[],
  input: ActionInput,
): Promise<InboxActionResult[]> {
  const remarks = input.remarks?.trim() ?? '';
  const key = () => ({ idempotencyKey: newIdempotencyKey() });
  switch (action) {
    case 'send':
      if (!input.send) throw new Error('A send needs its recipient.');
      return sendReceipts(client, items, input.send);
    case 'park':
      return oneByOne(items, (item) => {
        if (item.type !== 'file')
          return Promise.reject(
            Object.assign(new Error('receipt'), {
              problem: {
                detail: msg('Only files can be parked.', { desc: 'Bulk park: a receipt was selected' }),
              },
            }),
          );
        return client.files.park(item.id, { remarks }, key());
      });
    case 'close':
      return oneByOne(items, (item) =>
        (item.type === 'file' ? client.files : client.receipts).close(item.id, { remarks }, key()),
      );
    case 'pull-back':
      return oneByOne(items, (item) =>
        (item.type === 'file' ? client.files : client.receipts).pullBack(item.id, {}, key()),
      );
  }
}
