import type { Schemas } from '@eoffice/sdk';
import type { SendDialogClient } from '../eo-send-dialog/types.js';

/** What `client.receipts.diarise` takes. */
export type DiariseRequest = Schemas['DiariseReceiptRequest'];
/** A diarised receipt, as the server answers. */
export type Receipt = Schemas['Receipt'];
/** An uploaded scan's metadata. */
export type Attachment = Schemas['Attachment'];
/** A main or sub category of receipts (master data). */
export type ReceiptCategory = Schemas['ReceiptCategory'];
/** A sender (of this or an earlier letter). */
export type Sender = Schemas['Sender'];
/** How the letter came. */
export type DeliveryMode = Schemas['DeliveryMode'];

/** Call options the form passes to the SDK. */
export interface ReceiptCallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  timeout?: number | false;
  fetch?: typeof fetch;
}

interface Listing<T> {
  toArray(options?: { limit?: number }): Promise<T[]>;
}

/**
 * The part of an `EOfficeClient` the form uses (an SDK client fits; so does a small scripted client
 * in tests and stories). "Diarise and send" also needs what `<eo-send-dialog>` uses.
 */
export interface ReceiptFormClient {
  receipts: {
    diarise(body: DiariseRequest, options?: ReceiptCallOptions): Promise<Receipt>;
    senders(query?: { q?: string; limit?: number }, options?: ReceiptCallOptions): Listing<Sender>;
    /** For "Diarise and send" (through `<eo-send-dialog>`). */
    send?: NonNullable<SendDialogClient['receipts']>['send'];
  };
  /** For "Diarise and send": the send dialog's recipient search. */
  directory?: SendDialogClient['directory'];
  /** Not used by the form; present on an SDK client, which the send dialog takes as it is. */
  files?: SendDialogClient['files'];
  master: {
    receiptCategories(
      query?: { parentId?: string; limit?: number },
      options?: ReceiptCallOptions,
    ): Listing<ReceiptCategory>;
  };
  attachments: {
    upload(file: Blob, fields?: Record<string, string>, options?: ReceiptCallOptions): Promise<Attachment>;
    download(attachmentId: string, options?: ReceiptCallOptions): Promise<Blob>;
  };
}

/** One enclosure line as typed. */
export interface EnclosureDraft {
  description: string;
  count: number;
}

/** Everything typed in the form, as kept in the local draft (dates as typed, day-month-year). */
export interface ReceiptDraft {
  nature: 'electronic' | 'physical';
  senderName: string;
  senderDesignation: string;
  senderOrganisation: string;
  senderAddress: string;
  senderEmail: string;
  senderMobile: string;
  senderPincode: string;
  letterNumber: string;
  letterDate: string;
  receivedDate: string;
  deliveryMode: DeliveryMode | '';
  categoryId: string;
  subCategoryId: string;
  subject: string;
  language: 'hi' | 'en' | 'bilingual' | 'other';
  priority: Schemas['Priority'];
  classification: Schemas['Classification'];
  remarks: string;
  enclosures: EnclosureDraft[];
  /** The uploaded scan (kept on the server for 24 hours unused, so a reload keeps it too). */
  attachment: Attachment | null;
}

/** Fields an error can be shown beside. */
export type ReceiptField =
  Exclude<keyof ReceiptDraft, 'attachment' | 'enclosures'> | 'enclosures' | 'attachment';

/** `detail` of `eo-before-receipt-diarise`: cancel it and nothing is sent. */
export interface BeforeDiariseDetail {
  request: DiariseRequest;
  /** Whether the user chose "Diarise and send". */
  andSend: boolean;
}

/** `detail` of `eo-receipt-diarised`. */
export interface ReceiptDiarisedDetail {
  receipt: Receipt;
}

/** `detail` of `eo-receipt-upload`: the scan is stored on the server. */
export interface ReceiptUploadDetail {
  attachment: Attachment;
}

/** `detail` of `eo-receipt-error`: a load, upload or diarise failed (also shown in the form). */
export interface ReceiptErrorDetail {
  error: unknown;
  during: 'load' | 'upload' | 'diarise';
}
