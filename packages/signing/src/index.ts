export {
  CANON_VERSION,
  CanonicalFormError,
  canonicalForm,
  canonicalJson,
  normaliseText,
  toHex,
  type CanonicalForm,
  type DraftContent,
  type NoteContent,
  type SignableContent,
  type SignableType,
} from './canonical.js';
export { InsecureContextError, sha256, subtleCrypto } from './digest.js';
export { CmsParseError, SignerMismatchError } from './errors.js';
export { signContent, type SignedContent } from './sign-content.js';
export type { Signer } from './signers/signer.js';
export {
  VERIFICATION_STEPS,
  toVerificationResult,
  type DetachedCmsVerification,
  type SignerSummary,
  type VerificationResult,
  type VerificationStep,
  type VerificationStepName,
} from './verification.js';

/**
 * The CMS half (build, verify, sandbox CA, software signer). A dynamic import, so bundlers put pkijs
 * and asn1js in a chunk of their own that a page fetches only when it signs or verifies.
 */
export const loadCms = () => import('./cms/index.js');
