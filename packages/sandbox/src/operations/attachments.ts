// Attachments: PDF upload with SHA-256 and size limit, metadata and download.
import type { HandlerRegistry } from './context.js';

export const attachmentHandlers: HandlerRegistry = {};
