/**
 * Labels of e-Office domain values — movement actions, item types, public statuses, priorities and
 * durations — in the interface language, written once for every element.
 */
import { msg, str } from '@lit/localize';
import type { Schemas } from '@eoffice/sdk';

/**
 * The action of a movement in the interface language, as an office register words it. The first step
 * of a receipt is its diarising (entry in the dak register), of a file its opening, so `create` reads
 * differently for each when the item type is known.
 */
export function actionLabel(action: Schemas['MovementAction'], itemType?: Schemas['ItemType']): string {
  switch (action) {
    case 'create':
      if (itemType === 'receipt')
        return msg('Diarised', { desc: 'Movement action: receipt entered in the dak register' });
      if (itemType === 'file') return msg('Opened', { desc: 'Movement action: a new file opened' });
      return msg('Created', { desc: 'Movement action: file opened or receipt diarised' });
    case 'send':
      return msg('Sent', { desc: 'Movement action: file or receipt sent onward' });
    case 'receive':
      return msg('Received', { desc: 'Movement action: physical paper acknowledged' });
    case 'return':
      return msg('Returned', { desc: 'Movement action: sent back to the previous sender' });
    case 'pull_back':
      return msg('Pulled back', { desc: 'Movement action: sender took it back before it was opened' });
    case 'park':
      return msg('Parked', { desc: 'Movement action: file set aside, out of pendency' });
    case 'activate':
      return msg('Made active', { desc: 'Movement action: parked file made active again' });
    case 'close':
      return msg('Closed', { desc: 'Movement action' });
    case 'reopen':
      return msg('Reopened', { desc: 'Movement action' });
    case 'put_in_file':
      return msg('Put in file', { desc: 'Movement action: receipt attached to a file' });
    case 'copy':
      return msg('Copy marked', { desc: 'Movement action: a copy marked for information' });
    case 'issue':
      return msg('Issued', { desc: 'Movement action: a draft issued from the file' });
    default:
      return String(action);
  }
}

/** "File" or "Receipt". */
export function itemTypeLabel(type: 'file' | 'receipt'): string {
  return type === 'receipt'
    ? msg('Receipt', { desc: 'A diarised letter (आवती)' })
    : msg('File', { desc: 'An e-Office file (नस्ती)' });
}

/** Public tracking status. */
export function publicStatusLabel(status: Schemas['PublicTrackingResult']['status']): string {
  switch (status) {
    case 'received':
      return msg('Received, not yet acted on', { desc: 'Public tracking status' });
    case 'under_process':
      return msg('Under process', { desc: 'Public tracking status' });
    case 'on_hold':
      return msg('On hold', { desc: 'Public tracking status' });
    case 'disposed':
      return msg('Disposed', { desc: 'Public tracking status' });
    default:
      return String(status);
  }
}

/** "1 day" / "3 days" with the number already formatted (Latin or Devanagari digits). */
export function daysLabel(count: number, formatted: string): string {
  return count === 1
    ? msg(str`${formatted} day`, { desc: 'Duration in whole days, singular' })
    : msg(str`${formatted} days`, { desc: 'Duration in whole days' });
}

/** Priority marking (सामान्य / तत्काल / अति तत्काल); an unknown value is returned as it is. */
export function priorityLabel(priority: string): string {
  switch (priority) {
    case 'normal':
      return msg('Normal', { desc: 'Priority marking of a file or receipt' });
    case 'immediate':
      return msg('Immediate', { desc: 'Priority marking of a file or receipt' });
    case 'most_immediate':
      return msg('Most immediate', { desc: 'Priority marking of a file or receipt' });
    default:
      return priority;
  }
}
