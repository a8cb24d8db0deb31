// Certificates from the sandbox CA for keys made in browsers (WebCrypto, non-extractable): how the
// signer widget's `sandbox_key` method gets a certificate that verifies against the sandbox's anchor.
import { loadCms } from '@eoffice/signing';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { ApiProblem } from '../problem.js';
import type { SigningAuthority } from './authority.js';

const DAY_MS = 86_400_000;
const VALIDITY_DAYS = 30;

function notAKey(detail: string): ApiProblem {
  return new ApiProblem(422, 'certificate.invalid', detail);
}

/** Imports an SPKI as RSA 2048 (RSASSA-PKCS1-v1_5) or ECDSA P-256; anything else is refused. */
async function importPublicKey(spki: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  try {
    const key = await subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, [
      'verify',
    ]);
    const { modulusLength } = key.algorithm as RsaHashedKeyAlgorithm;
    if (modulusLength !== 2048) throw notAKey(`RSA keys must be 2048 bits, not ${modulusLength}.`);
    return key;
  } catch (error) {
    if (error instanceof ApiProblem) throw error;
  }
  try {
    return await subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  } catch {
    throw notAKey('publicKey is not the SubjectPublicKeyInfo of an RSA 2048 or ECDSA P-256 key.');
  }
}

/** The user a sandbox certificate was issued to, or null when this sandbox did not issue it. */
export async function sandboxCertificateHolder(
  db: Kysely<Database>,
  fingerprint: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('sandbox_certificates')
    .select('user_id')
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  return row?.user_id ?? null;
}

export async function issueSandboxCertificate(
  db: Kysely<Database>,
  authority: SigningAuthority,
  userId: string,
  publicKey: string,
  now: Date,
) {
  const compact = publicKey.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw notAKey('publicKey is not base64.');
  }
  const key = await importPublicKey(new Uint8Array(Buffer.from(compact, 'base64')));
  const user = await db
    .selectFrom('users')
    .select(['name_en', 'name_hi'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const notBefore = new Date(now.getTime() - 5 * 60_000);
  const certificate = await authority.ca.issue({
    publicKey: key,
    subject: [
      ['C', 'IN'],
      ['O', 'e-Office Sandbox'],
      ['CN', `${user.name_hi} / ${user.name_en}`],
    ],
    notBefore,
    notAfter: new Date(notBefore.getTime() + VALIDITY_DAYS * DAY_MS),
  });
  const { describeCertificate } = await loadCms();
  const description = await describeCertificate(certificate);
  await db
    .insertInto('sandbox_certificates')
    .values({ fingerprint: description.sha256Fingerprint, user_id: userId, issued_at: now.toISOString() })
    .execute();
  return {
    certificate: Buffer.from(certificate).toString('base64'),
    chain: authority.intermediates.map((der) => Buffer.from(der).toString('base64')),
    subject: description.subject,
    issuer: description.issuer,
    serialNumber: description.serialNumber,
    notBefore: description.notBefore,
    notAfter: description.notAfter,
    sha256Fingerprint: description.sha256Fingerprint,
  };
}
