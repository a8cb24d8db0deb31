// Helpers for the signature tests: a green note to sign, and a real browser-style signer (a WebCrypto
// key whose certificate comes from the sandbox's issueSandboxCertificate).
import assert from 'node:assert/strict';
import { SoftwareSigner, generateSigningKeyPair } from '@eoffice/signing/cms';
import type { Harness } from './helpers.js';

export interface Payload {
  target: { type: string; id: string; revision: number };
  canonVersion: string;
  canonicalBytes: string;
  digest: { algorithm: string; hex: string; base64: string };
}

export interface StepList {
  valid: boolean;
  steps: { step: string; status: string; reason: string | null }[];
}

export interface SignatureBody {
  id: string;
  method: string;
  target: { type: string; id: string; revision: number };
  certificate: { id: string | null; subject: string; issuer: string; sha256Fingerprint: string };
  signer: { id: string };
  digest: string;
  verification: StepList;
}

export interface IssuedCertificate {
  certificate: string;
  chain: string[];
  subject: string;
  issuer: string;
  notAfter: string;
  sha256Fingerprint: string;
}

/** step → status, for compact assertions. */
export function statuses(result: StepList): Record<string, string> {
  return Object.fromEntries(result.steps.map((s) => [s.step, s.status]));
}

export const ALL_OK = {
  digest: 'ok',
  signature: 'ok',
  chain: 'ok',
  keyUsage: 'ok',
  validityAtSigningTime: 'ok',
  signingCertificateV2: 'ok',
};

/** A file held by the user, with a confirmed (green) note on it. */
export async function greenNote(h: Harness, token: string, html = 'प्रस्ताव अनुमोदन हेतु प्रस्तुत है।') {
  const file = await h.call('createFile', {
    token,
    body: {
      numbering: { scheme: 'non_sfs', fileNumber: `SIGN/${Math.random().toString(36).slice(2, 8)}` },
      nature: 'electronic',
      subject: 'हस्ताक्षर परीक्षण फ़ाइल',
    },
  });
  assert.equal(file.statusCode, 201, file.body);
  const fileId = (file.json() as { id: string }).id;
  const note = await h.call('createNote', { token, params: { fileId }, body: { paragraphs: [{ html }] } });
  assert.equal(note.statusCode, 201, note.body);
  const noteId = (note.json() as { id: string }).id;
  const confirmed = await h.call('confirmNote', { token, params: { noteId } });
  assert.equal(confirmed.statusCode, 200, confirmed.body);
  return { fileId, noteId };
}

/** A non-extractable key made as a browser makes it, certified by the sandbox; signs at the sandbox's clock. */
export async function browserSigner(h: Harness, token: string) {
  const keys = await generateSigningKeyPair();
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const issued = await h.call('issueSandboxCertificate', {
    token,
    body: { publicKey: Buffer.from(spki).toString('base64') },
  });
  assert.equal(issued.statusCode, 201, issued.body);
  const body = issued.json() as IssuedCertificate;
  const signer = SoftwareSigner.fromKey({
    privateKey: keys.privateKey,
    certificate: new Uint8Array(Buffer.from(body.certificate, 'base64')),
    chain: body.chain.map((der) => new Uint8Array(Buffer.from(der, 'base64'))),
    now: () => h.now.value,
  });
  return { signer, issued: body };
}

/** Signs a hex digest and returns the request body of submitNoteSignature / submitDraftSignature. */
export async function signedBody(
  signer: SoftwareSigner,
  digestHex: string,
  method: 'sandbox_key' | 'dsc' = 'sandbox_key',
) {
  const cms = await signer.sign(new Uint8Array(Buffer.from(digestHex, 'hex')));
  return { cms: Buffer.from(cms).toString('base64'), method, digest: digestHex };
}
