// Signing payloads, submitted detached CMS signatures verified with @eoffice/signing, certificates and
// the simulated eSign ESP.
import type { HandlerRegistry } from './context.js';

export const signatureHandlers: HandlerRegistry = {};
