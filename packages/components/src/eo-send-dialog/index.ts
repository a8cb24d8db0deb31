/** `@eoffice/components/eo-send-dialog`: defines `<eo-send-dialog>` and exports its class and types. */
import './define.js';

export { EoSendDialog } from './eo-send-dialog.js';
export type {
  BeforeReceiptSendDetail,
  BeforeSendDetail,
  FileActionResult,
  FileSentDetail,
  ReceiptActionResult,
  ReceiptSentDetail,
  Recipient,
  SendCallOptions,
  SendCancelDetail,
  SendDialogClient,
  SendField,
  SendMovement,
  SendPriority,
  SendRequest,
} from './types.js';
