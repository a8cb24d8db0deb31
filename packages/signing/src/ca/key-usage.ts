import * as asn1js from 'asn1js';

/** X.509 key usage bits, in bit order (RFC 5280 §4.2.1.3); names as in the contract's Certificate.keyUsage. */
export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export type KeyUsageName = (typeof KEY_USAGE_BITS)[number];

/** DER named BIT STRING for these usages: trailing zero bits dropped, as DER requires. */
export function encodeKeyUsage(usages: readonly KeyUsageName[]): asn1js.BitString {
  const bits = usages.map((usage) => KEY_USAGE_BITS.indexOf(usage));
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
  const unusedBits = bytes.length * 8 - 1 - highest;
  return new asn1js.BitString({ valueHex: bytes.buffer, unusedBits });
}

/** The usages a key usage BIT STRING sets. */
export function decodeKeyUsage(bitString: asn1js.BitString): KeyUsageName[] {
  const bytes = bitString.valueBlock.valueHexView;
  return KEY_USAGE_BITS.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) !== 0);
}
