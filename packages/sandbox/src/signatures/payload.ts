// The contract's SigningPayload: canonical bytes of a target and their SHA-256, hex and base64.
import { canonicalForm, type CanonicalForm } from '@eoffice/signing';
import { CANON_NAME, type SigningTarget } from './targets.js';

export function digestBody(form: Pick<CanonicalForm, 'digest' | 'digestHex'>) {
  return {
    algorithm: 'SHA-256' as const,
    hex: form.digestHex,
    base64: Buffer.from(form.digest).toString('base64'),
  };
}

export function targetBody(target: Pick<SigningTarget, 'type' | 'id' | 'revision'>) {
  return { type: target.type, id: target.id, revision: target.revision };
}

export async function signingPayload(target: SigningTarget, now: Date) {
  const form = await canonicalForm(target.content);
  return {
    target: targetBody(target),
    canonVersion: CANON_NAME,
    canonicalBytes: Buffer.from(form.bytes).toString('base64'),
    digest: digestBody(form),
    generatedAt: now.toISOString(),
  };
}
