/** `@eoffice/components/eo-inbox`: defines `<eo-inbox>` and exports its class and types. */
import './define.js';

export { EoInbox } from './eo-inbox.js';
export { toInboxItem } from './items.js';
export type {
  InboxAction,
  InboxActionDetail,
  InboxActionResult,
  InboxClient,
  InboxCounts,
  InboxErrorDetail,
  InboxFolder,
  InboxItem,
  InboxKind,
  InboxLoadedDetail,
  InboxPriority,
  InboxQuery,
  InboxSender,
  InboxSort,
  InboxSortKey,
  InboxState,
  ItemOpenDetail,
  SelectionChangeDetail,
} from './types.js';
