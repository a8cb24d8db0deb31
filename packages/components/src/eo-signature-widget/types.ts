import type { Schemas } from '@eoffice/sdk';
import type { BridgeCertificate } from '@eoffice/signing';

export type Signature = Schemas['Signature'];
export type SigningPayload = Schemas['SigningPayload'];
export type VerificationResult = Schemas['VerificationResult'];
export type VerificationStep = Schemas['VerificationStep'];
export type RegisteredCertificate = Schemas['Certificate'];
export type SandboxCertificate = Schemas['SandboxCertificate'];
export type EsignTransaction = Schemas['EsignTransaction'];
export type EsignCompletion = Schemas['EsignCompletion'];

/** How a signature is made: the sandbox's software key, a DSC token through a local bridge, Aadhaar eSign. */
export type SigningMethod = Schemas['SigningMethod'];
export const SIGNING_METHODS: readonly SigningMethod[] = ['sandbox_key', 'dsc', 'esign'];

export type TargetType = 'note' | 'draft';
export type WidgetMode = 'sign' | 'verify';

/** What the widget shows. */
export type SignatureWidgetState =
  | 'idle'
  | 'loading'
  | 'ready'
  | 'checking-service'
  | 'service-not-running'
  | 'choose-certificate'
  | 'awaiting-pin'
  | 'awaiting-otp'
  | 'signing'
  | 'signed'
  | 'verified'
  | 'error';

/** Why signing or loading failed; `detail.code` of `eo-sign-error`. */
export type SignErrorCode =
  | 'insecure-context'
  | 'signer-mismatch'
  | 'payload-mismatch'
  | 'payload-stale'
  | 'not-signable'
  | 'already-signed'
  | 'forbidden'
  | 'not-found'
  | 'offline'
  | 'no-client'
  | 'method-unavailable'
  | 'no-certificate'
  | 'certificate-not-registered'
  | 'certificate-untrusted'
  | 'bridge'
  | 'dsc-adapter-missing'
  | 'esign-failed'
  | 'unknown';

/** What a verification result says, most serious failure first. */
export type Verdict = 'valid' | 'changed' | 'untrusted' | 'expired' | 'revoked' | 'invalid' | 'unknown';

/** A token certificate offered for DSC signing, matched with the user's registered certificates. */
export interface CertificateChoice {
  bridge: BridgeCertificate;
  sha256Fingerprint: string;
  /** The registration of this certificate, when the user registered it; only those can sign. */
  registered: RegisteredCertificate | undefined;
}

export type Note = Schemas['Note'];
export type Draft = Schemas['Draft'];

/** What is about to be signed, for the user to see first. */
export type SignedItem = { type: 'note'; note: Note } | { type: 'draft'; draft: Draft };

/** Call options the widget passes to the SDK. */
export interface CallOptions {
  signal?: AbortSignal;
}

type SubmitBody = Schemas['SubmitSignatureRequest'];

interface TargetApi<T> {
  get(id: string, options?: CallOptions): Promise<T>;
  signingPayload(id: string, options?: CallOptions): Promise<SigningPayload>;
  submitSignature(id: string, body: SubmitBody, options?: CallOptions): Promise<Signature>;
}

/**
 * The part of an `EOfficeClient` the widget calls. An SDK client fits; so does a small scripted
 * client in tests and stories.
 */
export interface SignatureClient {
  notes: TargetApi<Note>;
  drafts: TargetApi<Draft>;
  signatures: {
    get(id: string, options?: CallOptions): Promise<Signature>;
    verify(id: string, options?: CallOptions): Promise<VerificationResult>;
    /** Sandbox servers only. */
    issueSandboxCertificate?(
      body: Schemas['IssueSandboxCertificateRequest'],
      options?: CallOptions,
    ): Promise<SandboxCertificate>;
  };
  certificates?: {
    list(
      query?: { status?: Schemas['CertificateStatus']; limit?: number },
      options?: CallOptions,
    ): { toArray(options?: { limit?: number }): Promise<RegisteredCertificate[]> };
  };
  esign?: {
    start(body: Schemas['StartEsignRequest'], options?: CallOptions): Promise<EsignTransaction>;
    complete(
      id: string,
      body: Schemas['CompleteEsignRequest'],
      options?: CallOptions,
    ): Promise<EsignCompletion>;
  };
}

/** A note or draft to sign. */
export interface SignTarget {
  type: TargetType;
  id: string;
}

/** `detail` of the cancelable `eo-before-sign`. */
export interface BeforeSignDetail {
  target: SignTarget;
  method: SigningMethod;
  /** SHA-256 of the canonical bytes, hex. */
  digest: string;
}
/** `detail` of `eo-signed`. */
export interface SignedDetail {
  signature: Signature;
}
/** `detail` of `eo-sign-error`. */
export interface SignErrorDetail {
  code: SignErrorCode;
  message: string;
}
/** `detail` of `eo-sign-cancel`. */
export interface SignCancelDetail {
  target: SignTarget;
  method: SigningMethod | undefined;
}
