// operationId → handler, assembled from the area modules. test/contract-coverage checks it against the
// contract so a new operation cannot ship without an implementation.
import { authHandlers } from './auth.js';
import type { HandlerRegistry } from './context.js';
import { directoryHandlers } from './directory.js';
import { eventHandlers } from './events.js';
import { fileHandlers } from './files.js';
import { noteHandlers } from './notes.js';
import { receiptHandlers } from './receipts.js';
import { trackingHandlers } from './tracking.js';

export const handlers: HandlerRegistry = {
  ...authHandlers,
  ...directoryHandlers,
  ...eventHandlers,
  ...fileHandlers,
  ...noteHandlers,
  ...receiptHandlers,
  ...trackingHandlers,
};
