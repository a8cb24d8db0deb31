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
