import { msg } from '@lit/localize';
import type {
  SignatureWidgetState,
  SignErrorCode,
  SigningMethod,
  Verdict,
  VerificationStep,
} from './types.js';

export function methodLabel(method: SigningMethod): string {
  switch (method) {
    case 'sandbox_key':
      return msg('Sandbox key (for trying out)', {
        desc: 'Signing method: a software key under the sandbox CA',
      });
    case 'dsc':
      return msg('DSC token', { desc: 'Signing method: Digital Signature Certificate on a USB token' });
    case 'esign':
      return msg('Aadhaar eSign', { desc: 'Signing method: Aadhaar-based eSign with OTP' });
    default:
      return String(method);
  }
}

/** Heading of each state; also what the live region announces. */
export function stateHeading(state: SignatureWidgetState): string {
  switch (state) {
    case 'idle':
      return msg('Nothing to sign', { desc: 'Signature widget without a note or draft' });
    case 'loading':
      return msg('Loading…', { id: 'sign.loading', desc: 'Signature widget: fetching' });
    case 'ready':
      return msg('Review and sign', { desc: 'Heading: the user reviews what will be signed' });
    case 'checking-service':
      return msg('Checking the DSC signer service…', { desc: 'Looking for the local DSC signer service' });
    case 'service-not-running':
      return msg('The DSC signer service is not running', {
        desc: 'The local DSC signer service did not answer',
      });
    case 'choose-certificate':
      return msg('Choose a certificate', {
        desc: 'Heading: pick the DSC certificate (प्रमाणपत्र) to sign with',
      });
    case 'awaiting-pin':
      return msg('Enter your token PIN in the signer service', { desc: 'Waiting for the DSC PIN' });
    case 'awaiting-otp':
      return msg('Enter the OTP', { desc: 'Heading: type the Aadhaar eSign one-time password' });
    case 'signing':
      return msg('Signing…', { desc: 'Signature being made and submitted' });
    case 'signed':
      return msg('Signed', { desc: 'Heading: the note or draft was signed' });
    case 'verified':
      return msg('Signature', { desc: 'Heading of verify mode' });
    case 'error':
      return msg('Could not sign', { desc: 'Heading of the error state' });
    default:
      return String(state);
  }
}

/** What went wrong, in words a desk officer can act on. */
export function errorText(code: SignErrorCode): string {
  switch (code) {
    case 'insecure-context':
      return msg(
        'This page is not a secure (HTTPS) page, so the browser does not allow signing here. Open the portal over HTTPS.',
        { desc: 'crypto.subtle is missing on plain-HTTP pages' },
      );
    case 'signer-mismatch':
      return msg(
        'The signer returned a signature over different content. Nothing was submitted. Try again, and tell your administrator if it repeats.',
        { desc: 'The signer signed another digest' },
      );
    case 'payload-mismatch':
      return msg('The content from the server does not match its fingerprint. Nothing was signed.', {
        desc: 'Canonical bytes do not hash to the announced digest',
      });
    case 'payload-stale':
      return msg('The content changed after you opened it. Reload it, read it again and sign.', {
        desc: 'Signing payload stale',
      });
    case 'not-signable':
      return msg(
        'This cannot be signed now. A note must be confirmed (green) first; an approved draft cannot be signed again.',
        {
          desc: 'Target not signable',
        },
      );
    case 'already-signed':
      return msg('You have already signed this.', { desc: 'Already signed' });
    case 'forbidden':
      return msg('Only the author of a note, or the officer holding the file for a draft, can sign it.', {
        desc: 'Not allowed to sign',
      });
    case 'not-found':
      return msg('Not found. It may have been removed, or you may not have access to it.', {
        desc: 'Target or signature not found',
      });
    case 'offline':
      return msg('Cannot reach e-Office. Check your network connection and try again.', {
        desc: 'Network error while signing',
      });
    case 'no-client':
      return msg('The portal has not connected this widget to e-Office.', {
        desc: 'No SDK client configured',
      });
    case 'method-unavailable':
      return msg('This way of signing is not available on this server. Choose another.', {
        desc: 'Signing method not offered',
      });
    case 'no-certificate':
      return msg('No certificate was found on your DSC token. Insert the token and try again.', {
        desc: 'Bridge lists no certificate',
      });
    case 'certificate-not-registered':
      return msg(
        'This certificate is not registered for you in e-Office. Ask your DSC administrator to register it.',
        {
          desc: 'DSC not registered',
        },
      );
    case 'certificate-untrusted':
      return msg('The certificate was not issued by an authority e-Office trusts.', {
        desc: 'Certificate chain untrusted',
      });
    case 'bridge':
      return msg('The DSC signer service reported a problem (a wrong PIN, or the token was removed).', {
        desc: 'DSC bridge error',
      });
    case 'dsc-adapter-missing':
      return msg('This portal has not set up signing with a DSC signer service.', { desc: 'No DSC adapter' });
    case 'esign-failed':
      return msg(
        'Aadhaar eSign did not complete (wrong OTP too often, or the request expired). Start again.',
        {
          desc: 'eSign failed',
        },
      );
    default:
      return msg('Something went wrong while signing. Please try again.', { desc: 'Unknown signing error' });
  }
}

export function verdictHeading(verdict: Verdict): string {
  switch (verdict) {
    case 'valid':
      return msg('Signature verified', { desc: 'Verdict: all checks passed (हस्ताक्षर सत्यापित)' });
    case 'changed':
      return msg('Content changed after signing', { desc: 'Verdict: digest no longer matches' });
    case 'untrusted':
      return msg('Issuer not trusted', {
        desc: 'Verdict: certificate chain does not reach a trusted authority',
      });
    case 'expired':
      return msg('Certificate not valid when signed', {
        desc: 'Verdict: certificate expired at signing time',
      });
    case 'revoked':
      return msg('Certificate revoked or unknown', { desc: 'Verdict: certificate revoked' });
    case 'unknown':
      return msg('Signature not found', { desc: 'Verdict: no such signature' });
    default:
      return msg('Signature not valid', { desc: 'Verdict: some other check failed' });
  }
}

export function verdictText(verdict: Verdict): string {
  switch (verdict) {
    case 'valid':
      return msg('The content is exactly what was signed, and the certificate is trusted.', {
        desc: 'Verdict detail',
      });
    case 'changed':
      return msg('The note or draft is no longer what was signed. Do not rely on this signature.', {
        desc: 'Verdict detail: content changed',
      });
    case 'untrusted':
      return msg('The certificate does not chain to a certifying authority e-Office trusts.', {
        desc: 'Verdict detail: untrusted',
      });
    case 'expired':
      return msg('The certificate was expired, or not yet valid, at the signing time.', {
        desc: 'Verdict detail: expired',
      });
    case 'revoked':
      return msg('The certificate has been revoked or its authority does not know it.', {
        desc: 'Verdict detail: revoked',
      });
    case 'unknown':
      return msg('There is no such signature, or you cannot see it.', { desc: 'Verdict detail: unknown' });
    default:
      return msg('One of the checks failed; see the details.', { desc: 'Verdict detail: invalid' });
  }
}

export function stepLabel(step: VerificationStep['step']): string {
  switch (step) {
    case 'digest':
      return msg('Content unchanged since signing', { desc: 'Verification step: digest' });
    case 'signature':
      return msg('Signature is mathematically valid', { desc: 'Verification step: signature' });
    case 'chain':
      return msg('Certificate issued by a trusted authority', { desc: 'Verification step: chain' });
    case 'keyUsage':
      return msg('Certificate allows signing', { desc: 'Verification step: key usage' });
    case 'validityAtSigningTime':
      return msg('Certificate valid at signing time', { desc: 'Verification step: validity' });
    case 'signingCertificateV2':
      return msg('Signature bound to its certificate', {
        desc: 'Verification step: ESS signing-certificate-v2',
      });
    default:
      return String(step);
  }
}
