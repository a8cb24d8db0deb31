/**
 * Bulk actions on the selected rows, with one result per item. Sending uses the all-or-nothing
 * `sendMany`: when the server refuses one receipt it names it (`/receiptIds/<index>`), so that one is
 * reported and the rest are sent again without it. Park, close and pull back go item by item.
 */
import { msg } from '@lit/localize';
import { newIdempotencyKey, type Schemas } from '@eoffice/sdk';
import { currentLocale, targetLocale } from '../shared/localization.js';
import type { LocalizedText } from '../shared/localized-text.js';
import type { InboxAction, InboxActionResult, InboxClient, InboxItem } from './types.js';

/**
 * A result as the inbox keeps it: the reason of a failure is worded when the results render, so it
 * follows a language switch (`message`, in the event, holds the words of the moment).
 */
export interface ActionOutcome extends InboxActionResult {
  reason?: LocalizedText;
}

/** What a bulk action needs besides the items: the send request, or the remarks of park and close. */
export interface ActionInput {
  send?: Omit<Schemas['SendReceiptsRequest'], 'receiptIds'>;
  remarks?: string;
}

interface ProblemLike {
  message?: string;
  problem?: {
    code?: string;
    detail?: string;
    title?: string;
    errors?: { pointer?: string; message?: string }[];
  };
}

const notDone: LocalizedText = () =>
  msg('It could not be done. Please try again.', { desc: 'Bulk action: one item failed, no reason given' });

/** Our own words for the problem codes a bulk action meets, so they read the same in both languages. */
function wordsForCode(code: string | undefined): LocalizedText | undefined {
  switch (code) {
    case 'file.not_with_you':
      return () => msg('The file is not with you.', { desc: 'Bulk action failed: 403 file.not_with_you' });
    case 'file.closed':
    case 'receipt.closed':
      return () => msg('This item is closed.', { desc: 'Bulk action failed: the item is closed' });
    case 'file.parked':
      return () => msg('This file is parked.', { desc: 'Bulk action failed: 409 file.parked' });
    case 'inbox.park_receipt':
      return () => msg('Only files can be parked.', { desc: 'Bulk park: a receipt was selected' });
    case 'inbox.send_file':
      return () =>
        msg('Only receipts are sent together; send a file from its own page.', {
          desc: 'Bulk send: a file was among the selected items',
        });
    default:
      return undefined;
  }
}

/**
 * Why an item failed: our words for a known code; else the server's (localised by `Accept-Language`)
 * while the language the request asked for is in force, and a general line after a switch.
 */
export function failureReason(error: unknown): LocalizedText {
  const e = (error ?? {}) as ProblemLike;
  const own = wordsForCode(e.problem?.code);
  if (own) return own;
  const words = e.problem?.errors?.[0]?.message ?? e.problem?.detail ?? e.problem?.title;
  if (!words) return notDone;
  const asked = targetLocale();
  return () => (currentLocale() === asked ? words : notDone());
}

function failed(item: InboxItem, error: unknown): ActionOutcome {
  const reason = failureReason(error);
  return { id: item.id, number: item.number, ok: false, message: reason(), reason };
}

/** A failure of our own making, named by a code `wordsForCode` knows. */
const refusal = (code: string) => ({ problem: { code } });

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
): Promise<ActionOutcome[]> {
  const results: ActionOutcome[] = [];
  let pending = items.filter((i) => i.type === 'receipt');
  for (const file of items.filter((i) => i.type !== 'receipt')) {
    results.push(failed(file, refusal('inbox.send_file')));
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
        for (const item of pending) results.push(failed(item, error));
        pending = [];
      } else {
        results.push(failed(refused, error));
        pending = pending.filter((i) => i !== refused);
      }
    }
  }
  return order(results, items);
}

function order(results: ActionOutcome[], items: InboxItem[]): ActionOutcome[] {
  const position = new Map(items.map((item, index) => [item.id, index]));
  return results.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

async function oneByOne(
  items: InboxItem[],
  run: (item: InboxItem) => Promise<unknown>,
): Promise<ActionOutcome[]> {
  const results: ActionOutcome[] = [];
  for (const item of items) {
    try {
      await run(item);
      results.push({ id: item.id, number: item.number, ok: true });
    } catch (error) {
      results.push(failed(item, error));
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
): Promise<ActionOutcome[]> {
  const remarks = input.remarks?.trim() ?? '';
  const key = () => ({ idempotencyKey: newIdempotencyKey() });
  switch (action) {
    case 'send':
      if (!input.send) throw new Error('A send needs its recipient.');
      return sendReceipts(client, items, input.send);
    case 'park':
      return oneByOne(items, (item) => {
        if (item.type !== 'file')
          return Promise.reject(Object.assign(new Error('receipt'), refusal('inbox.park_receipt')));
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
