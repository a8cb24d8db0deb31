// Opaque ids `<prefix>_<lowercase letters/digits>`. Random by default; a seeded generator makes the
// demo seed produce the same ids on every run.
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

export interface IdGenerator {
  next(prefix: string): string;
  /** Random bytes for secrets and tokens (never deterministic). */
  secret(bytes: number): string;
}

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[(bytes[i] ?? 0) % ALPHABET.length];
  return out;
}

export function randomIds(): IdGenerator {
  return {
    next: (prefix) => `${prefix}_${encode(randomBytes(16), 16)}`,
    secret: (bytes) => randomBytes(bytes).toString('base64url'),
  };
}

/** Deterministic: SHA-256 of (seed, counter). Used while seeding so ids are stable across runs. */
export function seededIds(seed: string): IdGenerator {
  let counter = 0;
  return {
    next: (prefix) => {
      counter += 1;
      return `${prefix}_${encode(createHash('sha256').update(`${seed}:${counter}`).digest(), 16)}`;
    },
    secret: (bytes) => randomBytes(bytes).toString('base64url'),
  };
}

/** Stable id from a seed key, e.g. `stableId('post', 'so-estt')`. */
export function stableId(prefix: string, key: string): string {
  return `${prefix}_${encode(createHash('sha256').update(`${prefix}:${key}`).digest(), 12)}`;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Tracking code `XXXX-XXXX` in Crockford base-32 (no I, L, O, U). */
export function trackingCode(source: Uint8Array): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CROCKFORD[(source[i] ?? 0) % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
