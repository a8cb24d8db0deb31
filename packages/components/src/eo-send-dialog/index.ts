import './define.js';

export { EoSendDialog, COPIES_MAX, REMARKS_MAX } from './eo-send-dialog.js';
export { RecipientSearch, MIN_QUERY, MAX_RESULTS, type SearchState } from './recipient-search.js';
export { sendErrors, fieldOfPointer, type SendErrors } from './errors.js';
export type {
  BeforeSendDetail,
  FileActionResult,
  FileSentDetail,
  Recipient,
  SendCallOptions,
  SendCancelDetail,
  SendDialogClient,
  SendField,
  SendMovement,
  SendPriority,
  SendRequest,
} from './types.js';
