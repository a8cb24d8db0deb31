// scrypt password and secret hashes: `scrypt$<salt b64>$<hash b64>`.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// N=2^14 keeps seeding a few dozen users fast while still being a real KDF.
const PARAMS = { N: 16384, r: 8, p: 1 };

export function hashSecret(secret: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(secret.normalize('NFC'), salt, 32, PARAMS);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifySecret(secret: string, stored: string | null): boolean {
  const [scheme, salt, hash] = (stored ?? '').split('$');
  if (scheme !== 'scrypt' || !salt || !hash) {
    // Spend the same time on unknown users so timing does not reveal which usernames exist.
    scryptSync(secret, 'x', 32, PARAMS);
    return false;
  }
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(secret.normalize('NFC'), Buffer.from(salt, 'base64'), 32, PARAMS);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
