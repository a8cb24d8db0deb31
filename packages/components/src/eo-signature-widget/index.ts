/** `@eoffice/components/eo-signature-widget`: defines `<eo-signature-widget>` and exports its class and types. */
import './define.js';

export { EoSignatureWidget } from './eo-signature-widget.js';
export type {
  BeforeSignDetail,
  CertificateChoice,
  SignatureClient,
  SignatureWidgetState,
  SignCancelDetail,
  SignedDetail,
  SignedItem,
  SignErrorCode,
  SignErrorDetail,
  SigningMethod,
  SignTarget,
  TargetType,
  Verdict,
  WidgetMode,
} from './types.js';
