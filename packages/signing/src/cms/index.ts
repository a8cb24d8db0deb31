// The CMS half of @eoffice/signing: pkijs and asn1js (~90 KB gz) live behind this entry so a page
// pays for them only when it signs or verifies. Load it with `loadCms()` from the main entry, or
// import '@eoffice/signing/cms' directly in Node.
export { buildDetachedCms, cmsToBase64, type BuildDetachedCmsOptions, type RawSign } from './build.js';
export { verifyDetachedCms, type VerifyDetachedCmsOptions } from './verify.js';
export { messageDigestOf, parseCertificate } from './parse.js';
export {
  certificateChainProblem,
  describeCertificate,
  describeCms,
  type CertificateChainOptions,
  type CertificateDescription,
  type CmsDescription,
} from './describe.js';
export { compareDer, fromBase64, toBase64 } from './der.js';
export { formatName, type NameAttribute } from './names.js';
export {
  SandboxCa,
  generateSigningKeyPair,
  type IssueCertificateOptions,
  type SandboxCaOptions,
  type StoredSandboxCa,
} from '../ca/sandbox-ca.js';
export { KEY_USAGE_BITS, type KeyUsageName } from '../ca/key-usage.js';
export {
  SoftwareSigner,
  type SoftwareSignerFromKeyOptions,
  type SoftwareSignerOptions,
} from '../signers/software.js';
export { CmsParseError, SignerMismatchError } from '../errors.js';
