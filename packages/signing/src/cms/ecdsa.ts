// ECDSA signatures: WebCrypto speaks IEEE P1363 (r‖s, fixed width), CMS and X.509 speak DER
// Ecdsa-Sig-Value (SEQUENCE of two INTEGERs). These convert between the two for P-256.
import * as asn1js from 'asn1js';
import { toArrayBuffer } from './der.js';

/** Width of r and s for P-256. */
const P256_BYTES = 32;

function integerBytes(part: Uint8Array): Uint8Array {
  let start = 0;
  while (start < part.length - 1 && part[start] === 0) start++;
  const trimmed = part.slice(start);
  // A DER INTEGER is signed: a set high bit needs a leading zero to stay positive.
  if ((trimmed[0] ?? 0) & 0x80) {
    const padded = new Uint8Array(trimmed.length + 1);
    padded.set(trimmed, 1);
    return padded;
  }
  return trimmed;
}

/** r‖s (64 bytes) to DER Ecdsa-Sig-Value. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  if (signature.length !== 2 * P256_BYTES) {
    throw new RangeError(`an ECDSA P-256 signature is ${2 * P256_BYTES} bytes, not ${signature.length}`);
  }
  const sequence = new asn1js.Sequence({
    value: [
      new asn1js.Integer({ valueHex: toArrayBuffer(integerBytes(signature.slice(0, P256_BYTES))) }),
      new asn1js.Integer({ valueHex: toArrayBuffer(integerBytes(signature.slice(P256_BYTES))) }),
    ],
  });
  return new Uint8Array(sequence.toBER());
}

function fixedWidth(part: Uint8Array): Uint8Array | null {
  let start = 0;
  while (start < part.length && part[start] === 0) start++;
  const trimmed = part.slice(start);
  if (trimmed.length > P256_BYTES) return null;
  const out = new Uint8Array(P256_BYTES);
  out.set(trimmed, P256_BYTES - trimmed.length);
  return out;
}

/** DER Ecdsa-Sig-Value to r‖s, or null when it is not one. */
export function derToP1363(der: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset !== der.length || !(parsed.result instanceof asn1js.Sequence)) return null;
  const [r, s] = parsed.result.valueBlock.value;
  if (!(r instanceof asn1js.Integer) || !(s instanceof asn1js.Integer)) return null;
  const rBytes = fixedWidth(r.valueBlock.valueHexView);
  const sBytes = fixedWidth(s.valueBlock.valueHexView);
  if (!rBytes || !sBytes) return null;
  const out = new Uint8Array(2 * P256_BYTES);
  out.set(rBytes);
  out.set(sBytes, P256_BYTES);
  return out;
}
