import './define.js';

export { EoSignatureWidget } from './eo-signature-widget.js';
export { SignatureController, type SignatureCallbacks, type SignEnvironment } from './controller.js';
export { createSandboxKey, type SandboxKey } from './sandbox-key.js';
export { WidgetError, errorCodeOf, groupHex, verdictOf } from './outcome.js';
export {
  SIGNING_METHODS,
  type BeforeSignDetail,
  type CertificateChoice,
  type SignatureClient,
  type SignatureWidgetState,
  type SignCancelDetail,
  type SignedDetail,
  type SignedItem,
  type SignErrorCode,
  type SignErrorDetail,
  type SigningMethod,
  type SignTarget,
  type TargetType,
  type Verdict,
  type WidgetMode,
} from './types.js';
