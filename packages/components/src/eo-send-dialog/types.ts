import type { Schemas } from '@eoffice/sdk';

/** What `client.files.send` takes: main recipient, copies, remarks, priority, due date. */
export type SendRequest = Schemas['SendRequest'];
/** What `client.files.send` answers: the file after the send and the movements it created. */
export type FileActionResult = Schemas['FileActionResult'];
/** What `client.receipts.send` answers: the receipt after the send and the movements it created. */
export type ReceiptActionResult = Schemas['ReceiptActionResult'];
/** A post offered by the recipient search, with who works it today. */
export type Recipient = Schemas['Recipient'];
/** One movement (the main send, or a copy for information). */
export type SendMovement = Schemas['Movement'];
/** Priority marking of the send. */
export type SendPriority = Schemas['Priority'];

/** Call options the dialog passes to the SDK. */
export interface SendCallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/**
 * The part of an `EOfficeClient` the dialog uses. An SDK client fits; so does a small scripted
 * client in tests or stories that implements only these two methods.
 */
export interface SendDialogClient {
  files: {
    send(fileId: string, body: SendRequest, options?: SendCallOptions): Promise<FileActionResult>;
  };
  /** Needed only to send a receipt (`receipt-id`). */
  receipts?: {
    send(receiptId: string, body: SendRequest, options?: SendCallOptions): Promise<ReceiptActionResult>;
  };
  directory: {
    searchRecipients(
      query: { q: string; limit?: number; unitId?: string },
      options?: SendCallOptions,
    ): { toArray(options?: { limit?: number }): Promise<Recipient[]> };
  };
}

/** `detail` of `eo-before-send`: cancel the event and nothing is sent. */
export interface BeforeSendDetail {
  fileId: string;
  request: SendRequest;
}

/** `detail` of `eo-file-sent`: the file after the send and the movements created, as the SDK returns them. */
export interface FileSentDetail {
  fileId: string;
  file: FileActionResult['file'];
  movements: SendMovement[];
}

/** `detail` of `eo-before-receipt-send`: cancel the event and nothing is sent. */
export interface BeforeReceiptSendDetail {
  receiptId: string;
  request: SendRequest;
}

/** `detail` of `eo-receipt-sent`: the receipt after the send and the movements created. */
export interface ReceiptSentDetail {
  receiptId: string;
  receipt: ReceiptActionResult['receipt'];
  movements: SendMovement[];
}

/** `detail` of `eo-send-cancel`. */
export interface SendCancelDetail {
  fileId: string | undefined;
}

/** Fields of the form that an error can be shown next to. */
export type SendField = 'to' | 'copyTo' | 'remarks' | 'priority' | 'dueDate';
