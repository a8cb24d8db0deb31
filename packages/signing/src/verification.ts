// Result types of CMS verification. They mirror openapi/components/schemas/signatures.yaml
// (VerificationStepName, VerificationStep, VerificationResult, CertificateSummary) so the sandbox can
// return them unchanged; they live outside ./cms so importing them does not pull in pkijs.

/** The six checks, in the order the contract lists them. */
export const VERIFICATION_STEPS = [
  'digest',
  'signature',
  'chain',
  'keyUsage',
  'validityAtSigningTime',
  'signingCertificateV2',
] as const;

export type VerificationStepName = (typeof VERIFICATION_STEPS)[number];

export interface VerificationStep {
  step: VerificationStepName;
  status: 'ok' | 'failed';
  /** Why the step failed; `null` when it is ok. */
  reason: string | null;
}

/** Exactly the contract's VerificationResult. */
export interface VerificationResult {
  /** True when every step is ok. */
  valid: boolean;
  /** ISO 8601 time of the check. */
  checkedAt: string;
  /** All six steps, in the order of `VERIFICATION_STEPS`. */
  steps: VerificationStep[];
}

/** The signer certificate as the contract's CertificateSummary (without `id`), plus the signing time. */
export interface SignerSummary {
  /** Subject DN, RFC 4514. */
  subject: string;
  /** Issuer DN, RFC 4514. */
  issuer: string;
  /** Lower-case hex, without leading zeros. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  sha256Fingerprint: string;
  /** The CMS signing-time attribute (ISO 8601), `null` when absent. */
  signingTime: string | null;
}

/** What `verifyDetachedCms` returns: the contract's result plus who signed, when the signer was found. */
export interface DetachedCmsVerification extends VerificationResult {
  signer: SignerSummary | null;
}

/** Only the contract's VerificationResult members, for a response body with `additionalProperties: false`. */
export function toVerificationResult(verification: DetachedCmsVerification): VerificationResult {
  return { valid: verification.valid, checkedAt: verification.checkedAt, steps: verification.steps };
}
