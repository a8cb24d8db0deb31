// operationId → handler, assembled from the area modules. test/contract-coverage checks it against the
// contract so a new operation cannot ship without an implementation.
import { attachmentHandlers } from './attachments.js';
import { authHandlers } from './auth.js';
import type { HandlerRegistry } from './context.js';
import { directoryHandlers } from './directory.js';
import { draftHandlers } from './drafts.js';
import { eventHandlers } from './events.js';
import { fileHandlers } from './files.js';
import { noteHandlers } from './notes.js';
import { receiptHandlers } from './receipts.js';
import { reportHandlers } from './reports.js';
import { signatureHandlers } from './signatures.js';
import { trackingHandlers } from './tracking.js';

export const handlers: HandlerRegistry = {
  ...attachmentHandlers,
  ...authHandlers,
  ...directoryHandlers,
  ...draftHandlers,
  ...eventHandlers,
  ...fileHandlers,
  ...noteHandlers,
  ...receiptHandlers,
  ...reportHandlers,
  ...signatureHandlers,
  ...trackingHandlers,
};
