// Checks a submitted detached CMS in the contract's order and stores it: parse (422 signature.invalid),
// digest against the request and the current content (422 signature.digest_mismatch / 409
// signature.payload_stale), signature and chain (422 signature.invalid / signature.certificate_untrusted),
// and for `dsc` a registered, active certificate of the signer (422 certificate.not_registered).
import {
  canonicalForm,
  CmsParseError,
  loadCms,
  toHex,
  toVerificationResult,
  type DetachedCmsVerification,
} from '@eoffice/signing';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiProblem } from '../problem.js';
import type { SigningAuthority } from './authority.js';
import { activeCertificateByFingerprint } from './certificates.js';
import { sandboxCertificateHolder } from './sandbox-certificates.js';
import { storeSignature } from './store.js';
import type { SigningTarget } from './targets.js';

export interface SubmittedSignature {
  cms: string;
  method: 'dsc' | 'esign' | 'sandbox_key';
  digest: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function invalid(detail: string): ApiProblem {
  return new ApiProblem(422, 'signature.invalid', detail);
}

/** Decodes base64 strictly: Buffer.from would silently skip characters that are not base64. */
export function decodeBase64(text: string, what: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact)) throw invalid(`${what} is not base64.`);
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** Turns failed verification steps into the contract's 422, or returns when every step is ok. */
export function requireValid(verification: DetachedCmsVerification): void {
  const failed = verification.steps.filter((step) => step.status === 'failed');
  if (failed.length === 0) return;
  const reasons = failed.map((step) => `${step.step}: ${step.reason ?? 'failed'}`).join('; ');
  if (failed.some((step) => step.step === 'chain')) {
    throw new ApiProblem(
      422,
      'signature.certificate_untrusted',
      `The signer certificate is not trusted: ${reasons}`,
    );
  }
  throw invalid(`The signature does not verify: ${reasons}`);
}

export interface AcceptOptions {
  db: Kysely<Database>;
  authority: SigningAuthority;
  target: SigningTarget;
  signerUserId: string;
  submitted: SubmittedSignature;
  signatureId: string;
  now: Date;
}

/** Verifies and stores a submitted signature; returns nothing, the caller presents the stored row. */
export async function acceptSignature(options: AcceptOptions): Promise<void> {
  const { submitted, target, authority, now } = options;
  if (submitted.method === 'esign') {
    throw new ApiProblem(422, 'request.validation', 'eSign signatures are created by completeEsign.', [
      { pointer: '/method', location: 'body', message: 'use startEsign and completeEsign', code: 'enum' },
    ]);
  }
  const cms = decodeBase64(submitted.cms, 'cms');
  const { describeCms, verifyDetachedCms } = await loadCms();
  let described;
  try {
    described = describeCms(cms);
  } catch (error) {
    if (error instanceof CmsParseError) throw invalid(`The CMS does not parse: ${error.message}`);
    throw error;
  }
  if (!described.detached) throw invalid('The CMS carries its content; a detached SignedData is expected.');
  if (!described.sha256) throw invalid('The CMS digest algorithm is not SHA-256.');
  if (!described.messageDigest) throw invalid('The CMS has no message-digest signed attribute.');
  if (toHex(described.messageDigest) !== submitted.digest) {
    throw new ApiProblem(
      422,
      'signature.digest_mismatch',
      `The CMS covers SHA-256 ${toHex(described.messageDigest)}, not the digest sent (${submitted.digest}).`,
    );
  }
  const form = await canonicalForm(target.content);
  if (submitted.digest !== form.digestHex) {
    throw new ApiProblem(
      409,
      'signature.payload_stale',
      `The ${target.type} changed since the payload was fetched: its digest is now ${form.digestHex}.`,
    );
  }
  const verification = await verifyDetachedCms({
    cms,
    digest: form.digest,
    trustAnchors: authority.trustAnchors,
    at: now,
  });
  requireValid(verification);
  const signer = verification.signer;
  if (!signer) throw invalid('The signer certificate is not in the CMS.');
  let certificateId: string | null = null;
  if (submitted.method === 'sandbox_key') {
    // A sandbox certificate binds a browser key to the user it was issued to, as a registration does a DSC.
    const holder = await sandboxCertificateHolder(options.db, signer.sha256Fingerprint);
    if (holder !== options.signerUserId) {
      throw new ApiProblem(
        422,
        'certificate.not_registered',
        holder === null
          ? 'The signer certificate was not issued by this sandbox to a browser key (issueSandboxCertificate).'
          : 'The signer certificate was issued to another user.',
      );
    }
  }
  if (submitted.method === 'dsc') {
    const registered = await activeCertificateByFingerprint(
      options.db,
      options.signerUserId,
      signer.sha256Fingerprint,
      now,
    );
    if (!registered) {
      throw new ApiProblem(
        422,
        'certificate.not_registered',
        'The signer certificate is not one of your registered, active DSC certificates.',
      );
    }
    certificateId = registered.id;
  }
  await storeSignature(options.db, {
    id: options.signatureId,
    target,
    method: submitted.method,
    signerUserId: options.signerUserId,
    digestHex: form.digestHex,
    cms,
    certificateId,
    signer,
    verification: toVerificationResult(verification),
    now,
  });
}
