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
export { PayloadDigestError, signDigest, type DigestToSign } from './sign-digest.js';
export {
  BridgeError,
  BridgeNotRunningError,
  DscBridge,
  DscBridgeSigner,
  NIC_DSC_SIGNER_URL,
  parseCertificateList,
  type BridgeCertificate,
  type DscBridgeOptions,
  type DscBridgeSignerOptions,
  type DscSignDigest,
} from './signers/dsc-bridge.js';
export {
  EsignSigner,
  isEsignOtp,
  type EsignApi,
  type EsignTargetRef,
  type EsignTransactionLike,
} from './signers/esign.js';
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
