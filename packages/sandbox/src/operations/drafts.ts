// Drafts for approval (DFA): revisions, approval over a signature, issue with a dispatch number.
import type { HandlerRegistry } from './context.js';

export const draftHandlers: HandlerRegistry = {};
