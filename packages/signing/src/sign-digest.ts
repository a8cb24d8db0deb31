import { toHex } from './canonical.js';
import { sha256 } from './digest.js';
import { SignerMismatchError } from './errors.js';
import type { Signer } from './signers/signer.js';

/** Raised when a server's signing payload does not hash to the digest it announces. */
export class PayloadDigestError extends Error {
  override name = 'PayloadDigestError';
  constructor(
    readonly announcedDigestHex: string,
    readonly actualDigestHex: string,
  ) {
    super(
      `the canonical bytes hash to ${actualDigestHex}, not to the announced digest ${announcedDigestHex}`,
    );
  }
}

/** What a signer is asked to sign when the server, not the page, built the canonical bytes. */
export interface DigestToSign {
  /** SHA-256 of the canonical bytes, lower-case hex (the contract's `digest.hex`). */
  digestHex: string;
  /** The canonical bytes themselves, when known: they are hashed and must give `digestHex`. */
  bytes?: Uint8Array;
}

/**
 * `signContent` for a payload the server built (`SigningPayload`): the page has the canonical bytes
 * and digest rather than the note's normal form. Checks the bytes hash to the digest, hands the
 * signer only the digest and, before anything is submitted, that the CMS it returned covers that
 * digest — a bridge or token that signed something else raises SignerMismatchError here.
 */
export async function signDigest(signer: Signer, payload: DigestToSign): Promise<Uint8Array> {
  const expected = payload.digestHex.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) throw new TypeError('digestHex must be 64 hex characters');
  if (payload.bytes) {
    const actual = toHex(await sha256(payload.bytes.slice()));
    if (actual !== expected) throw new PayloadDigestError(expected, actual);
  }
  const digest = new Uint8Array(32);
  for (let i = 0; i < 32; i++) digest[i] = parseInt(expected.slice(2 * i, 2 * i + 2), 16);
  const cms = await signer.sign(digest);
  // Loaded only now, so the main entry stays free of pkijs until someone signs.
  const { messageDigestOf } = await import('./cms/parse.js');
  const signed = messageDigestOf(cms);
  if (!signed || toHex(signed) !== expected) {
    throw new SignerMismatchError(expected, signed ? toHex(signed) : null);
  }
  return cms;
}
