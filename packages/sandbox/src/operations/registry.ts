// operationId → handler, assembled from the area modules. Typed as `Handlers`, so an operation of the
// contract without a handler, or a handler that does not follow its operation's generated types, fails
// type checking; test/contract-coverage checks the same at run time.
import { attachmentHandlers } from './attachments.js';
import { authHandlers } from './auth.js';
import type { AnswersFollowContract, Handlers } from './context.js';
import { directoryHandlers } from './directory.js';
import { draftHandlers } from './drafts.js';
import { eventHandlers } from './events.js';
import { fileHandlers } from './files.js';
import { healthHandlers } from './health.js';
import { noteHandlers } from './notes.js';
import { receiptHandlers } from './receipts.js';
import { reportHandlers } from './reports.js';
import { reviewHandlers } from './review.js';
import { signatureHandlers } from './signatures.js';
import { trackingHandlers } from './tracking.js';

const handlerGroups = {
  ...attachmentHandlers,
  ...authHandlers,
  ...directoryHandlers,
  ...draftHandlers,
  ...eventHandlers,
  ...fileHandlers,
  ...healthHandlers,
  ...noteHandlers,
  ...receiptHandlers,
  ...reportHandlers,
  ...reviewHandlers,
  ...signatureHandlers,
  ...trackingHandlers,
};

export const handlers: Handlers = handlerGroups;

// Handlers' answers carry no property their contract lacks (assignability alone would let one through).
export const answersFollowContract: AnswersFollowContract<typeof handlerGroups> = true;
