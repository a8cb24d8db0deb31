// Pure mappings: an error to the widget's error code, a verification result to a verdict.
import { BridgeError, InsecureContextError, PayloadDigestError, SignerMismatchError } from '@eoffice/signing';
import { errorKind } from '../shared/error-kind.js';
import type { SignErrorCode, Verdict, VerificationResult } from './types.js';

/** Raised inside the widget for conditions that are not an SDK or signer error. */
export class WidgetError extends Error {
  override name = 'WidgetError';
  constructor(
    readonly code: SignErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const problemCodes: Record<string, SignErrorCode> = {
  'signature.payload_stale': 'payload-stale',
  'signature.target_not_signable': 'not-signable',
  'signature.already_signed': 'already-signed',
  'signature.digest_mismatch': 'signer-mismatch',
  'signature.certificate_untrusted': 'certificate-untrusted',
  'certificate.not_registered': 'certificate-not-registered',
  'note.not_author': 'forbidden',
  'file.not_with_you': 'forbidden',
  'esign.expired': 'esign-failed',
  'esign.otp_invalid': 'esign-failed',
  'esign.response_invalid': 'esign-failed',
};

/** The error code for anything a signing or loading step threw. */
export function errorCodeOf(error: unknown): SignErrorCode {
  if (error instanceof WidgetError) return error.code;
  if (error instanceof InsecureContextError) return 'insecure-context';
  if (error instanceof SignerMismatchError) return 'signer-mismatch';
  if (error instanceof PayloadDigestError) return 'payload-mismatch';
  if (error instanceof BridgeError) return 'bridge';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in problemCodes) return problemCodes[code] as SignErrorCode;
  const kind = errorKind(error);
  return kind === 'error' ? 'unknown' : kind;
}

/** The server's own words (problem `detail`, else `title`), if the error carries a problem. */
export function problemTextOf(error: unknown): string | undefined {
  const problem = (error as { problem?: { detail?: unknown; title?: unknown } } | null)?.problem;
  if (typeof problem?.detail === 'string' && problem.detail) return problem.detail;
  if (typeof problem?.title === 'string' && problem.title) return problem.title;
  return undefined;
}

/** The server's own words or the error message, for the `eo-sign-error` event. */
export function errorMessageOf(error: unknown): string {
  return problemTextOf(error) ?? (error instanceof Error ? error.message : String(error));
}

function failed(result: VerificationResult, step: VerificationResult['steps'][number]['step']) {
  return result.steps.find((s) => s.step === step && s.status === 'failed');
}

/**
 * What a verification result means for a reader, most serious first: content changed after signing
 * (the digest no longer matches), an issuer we do not trust (or a revoked certificate), a certificate
 * not valid when it signed, any other broken check.
 */
export function verdictOf(result: VerificationResult): Verdict {
  if (result.valid && result.steps.every((s) => s.status === 'ok')) return 'valid';
  if (failed(result, 'digest')) return 'changed';
  const chain = failed(result, 'chain');
  if (chain) return /revok/i.test(chain.reason ?? '') ? 'revoked' : 'untrusted';
  if (failed(result, 'validityAtSigningTime')) return 'expired';
  return 'invalid';
}

/** `3b1f 0c9e 2d4a …`: a hex digest or serial in groups of four, easier to compare by eye. */
export function groupHex(hex: string, size = 4): string {
  return (hex.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

/** Base64 to bytes (the contract carries DER and canonical bytes as base64). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes to base64, in chunks so large CMS blobs do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
