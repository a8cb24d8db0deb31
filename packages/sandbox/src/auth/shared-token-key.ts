// The access-token key shared by every instance behind one address: a token issued by one instance must
// be good on the others. Taken from EOFFICE_SANDBOX_TOKEN_KEY (a secret of at least 32 characters, which
// SHA-256 turns into the HMAC key); without it each process draws its own random key, which suits one
// instance (a restart ends the sessions).
import { createHash } from 'node:crypto';

export const TOKEN_KEY_VARIABLE = 'EOFFICE_SANDBOX_TOKEN_KEY';

/** The key from `secret`, or undefined when no secret is given; throws when it is too short to be one. */
export function sharedTokenKey(secret: string | undefined): Buffer | undefined {
  if (secret === undefined || secret === '') return undefined;
  if (secret.length < 32) throw new Error(`${TOKEN_KEY_VARIABLE} must be at least 32 characters long`);
  return createHash('sha256').update(secret, 'utf8').digest();
}
