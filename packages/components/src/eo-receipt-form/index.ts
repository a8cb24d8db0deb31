/** `@eoffice/components/eo-receipt-form`: defines `<eo-receipt-form>` and exports its class and types. */
import './define.js';

export { EoReceiptForm, MAX_UPLOAD_BYTES } from './eo-receipt-form.js';
export type { DraftStorage } from './draft-store.js';
export type {
  Attachment,
  BeforeDiariseDetail,
  DeliveryMode,
  DiariseRequest,
  EnclosureDraft,
  Receipt,
  ReceiptCallOptions,
  ReceiptCategory,
  ReceiptDiarisedDetail,
  ReceiptDraft,
  ReceiptErrorDetail,
  ReceiptField,
  ReceiptFormClient,
  ReceiptUploadDetail,
  Sender,
} from './types.js';
