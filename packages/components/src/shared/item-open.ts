// `eo-item-open` is one event with one shape for every element that lists files and receipts, so a
// portal handles "open this file or receipt" the same way wherever the user chose it.
import type { InboxItem } from '../eo-inbox/types.js';
import type { PendingItem } from '../eo-pendency-report/types.js';

/**
 * `detail` of `eo-item-open` (from `<eo-inbox>` and `<eo-pendency-report>`): the file or receipt the
 * user chose; the portal opens its own page for it, or a tracker.
 */
export interface ItemOpenDetail<Row = InboxItem | PendingItem> {
  /** Whether a file or a receipt was chosen. */
  type: 'file' | 'receipt';
  /** Its id, for `client.files.get()` / `client.receipts.get()` or a tracker's `file-id` / `receipt-id`. */
  id: string;
  /** Its number, as shown. */
  number: string;
  /** The row as the element listed it: an `InboxItem` from `<eo-inbox>`, a `PendingItem` from `<eo-pendency-report>`. */
  item: Row;
}

declare global {
  interface HTMLElementEventMap {
    'eo-item-open': CustomEvent<ItemOpenDetail>;
  }
}
