import { canonicalForm, toHex, type CanonicalForm, type SignableContent } from './canonical.js';
import { SignerMismatchError } from './errors.js';
import type { Signer } from './signers/signer.js';

/** A signature ready to submit: the CMS and the canonical form it covers. */
export interface SignedContent {
  form: CanonicalForm;
  /** Detached CMS SignedData, DER. */
  cms: Uint8Array;
}

/**
 * Signs a note or draft: builds its canonical form, hands the signer the digest and, before anything
 * is submitted, checks that the CMS it returned covers that digest. A bridge or token that signed
 * something else (a stale digest, another document) raises SignerMismatchError here rather than a
 * rejected or, worse, wrong signature on the server.
 */
export async function signContent(signer: Signer, content: SignableContent): Promise<SignedContent> {
  const form = await canonicalForm(content);
  const cms = await signer.sign(form.digest.slice());
  // Loaded only now, so the main entry stays free of pkijs until someone signs.
  const { messageDigestOf } = await import('./cms/parse.js');
  const signed = messageDigestOf(cms);
  if (!signed || toHex(signed) !== form.digestHex) {
    throw new SignerMismatchError(form.digestHex, signed ? toHex(signed) : null);
  }
  return { form, cms };
}
