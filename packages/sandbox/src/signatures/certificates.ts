// Registered DSC certificates: the binding between a user and the certificate of their token, which
// `dsc` signatures must use. Status `expired` is computed from notAfter, never stored.
import { CmsParseError, loadCms } from '@eoffice/signing';
import type { Kysely, Selectable } from 'kysely';
import type { Database, DscCertificateTable } from '../db/schema.js';
import { asEnum, KEY_USAGES, type Schemas } from '../presenters/contract-enums.js';
import { ApiProblem } from '../problem.js';
import type { SigningAuthority } from './authority.js';

type Db = Kysely<Database>;

interface CertificateData {
  label: string | null;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  sha256Fingerprint: string;
  keyUsage: string[];
  deactivatedAt: string | null;
  deactivationReason: string | null;
}

export function certificateStatus(row: Selectable<DscCertificateTable>, now: Date) {
  if (row.status === 'inactive') return 'inactive' as const;
  return row.not_after < now.toISOString() ? ('expired' as const) : ('active' as const);
}

/** The contract's Certificate. */
export function presentCertificate(row: Selectable<DscCertificateTable>, now: Date): Schemas['Certificate'] {
  const data = JSON.parse(row.data) as CertificateData;
  return {
    id: row.id,
    userId: row.user_id,
    label: data.label,
    subject: data.subject,
    issuer: data.issuer,
    serialNumber: data.serialNumber,
    notBefore: data.notBefore,
    notAfter: data.notAfter,
    sha256Fingerprint: data.sha256Fingerprint,
    keyUsage: data.keyUsage.map((usage) => asEnum(usage, KEY_USAGES, 'key usage')),
    status: certificateStatus(row, now),
    registeredAt: row.registered_at,
    deactivatedAt: data.deactivatedAt,
    deactivationReason: data.deactivationReason,
  };
}

/** The user's registered certificate with this fingerprint, if it is active and unexpired now. */
export async function activeCertificateByFingerprint(
  db: Db,
  userId: string,
  fingerprint: string,
  now: Date,
): Promise<Selectable<DscCertificateTable> | undefined> {
  const row = await db
    .selectFrom('dsc_certificates')
    .selectAll()
    .where('user_id', '=', userId)
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  return row && certificateStatus(row, now) === 'active' ? row : undefined;
}

const PEM = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/;

/** Base64 DER or PEM to DER; 422 certificate.invalid when it is neither. */
export function certificateBytes(text: string): Uint8Array {
  const body = (PEM.exec(text)?.[1] ?? text).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
    throw new ApiProblem(422, 'certificate.invalid', 'The certificate is neither base64 DER nor PEM.');
  }
  return new Uint8Array(Buffer.from(body, 'base64'));
}

export interface Registration {
  userId: string;
  label: string | null;
  certificate: string;
  id: string;
  now: Date;
}

/** Checks a certificate (parses, trusted, signing key usage, unexpired) and registers it for the user. */
export async function registerCertificate(
  db: Db,
  authority: SigningAuthority,
  registration: Registration,
): Promise<Selectable<DscCertificateTable>> {
  const der = certificateBytes(registration.certificate);
  const { describeCertificate, certificateChainProblem } = await loadCms();
  let description;
  try {
    description = await describeCertificate(der);
  } catch (error) {
    if (error instanceof CmsParseError) {
      throw new ApiProblem(422, 'certificate.invalid', `The certificate does not parse: ${error.message}`);
    }
    throw error;
  }
  const untrusted = await certificateChainProblem({
    certificate: der,
    intermediates: authority.intermediates,
    trustAnchors: authority.trustAnchors,
  });
  if (untrusted) throw new ApiProblem(422, 'signature.certificate_untrusted', untrusted);
  if (
    description.ca ||
    !description.keyUsage.some((usage) => usage === 'digitalSignature' || usage === 'nonRepudiation')
  ) {
    throw new ApiProblem(
      422,
      'certificate.invalid',
      'The certificate is not a signing certificate (key usage digitalSignature or nonRepudiation).',
    );
  }
  const now = registration.now.toISOString();
  if (description.notAfter < now) {
    throw new ApiProblem(422, 'certificate.expired', `The certificate expired on ${description.notAfter}.`);
  }
  if (description.notBefore > now) {
    throw new ApiProblem(
      422,
      'certificate.invalid',
      `The certificate is not valid before ${description.notBefore}.`,
    );
  }
  const data: CertificateData = {
    label: registration.label,
    subject: description.subject,
    issuer: description.issuer,
    serialNumber: description.serialNumber,
    notBefore: description.notBefore,
    notAfter: description.notAfter,
    sha256Fingerprint: description.sha256Fingerprint,
    keyUsage: description.keyUsage,
    deactivatedAt: null,
    deactivationReason: null,
  };
  const inserted = await db
    .insertInto('dsc_certificates')
    .values({
      id: registration.id,
      user_id: registration.userId,
      fingerprint: description.sha256Fingerprint,
      der: Buffer.from(der),
      status: 'active',
      not_after: description.notAfter,
      data: JSON.stringify(data),
      registered_at: now,
    })
    .onConflict((oc) => oc.column('fingerprint').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw new ApiProblem(409, 'certificate.already_registered', 'This certificate is already registered.');
  }
  return db
    .selectFrom('dsc_certificates')
    .selectAll()
    .where('id', '=', registration.id)
    .executeTakeFirstOrThrow();
}

/** Marks a certificate inactive; 409 certificate.inactive when it already is. */
export async function deactivateCertificate(
  db: Db,
  row: Selectable<DscCertificateTable>,
  reason: string,
  now: Date,
): Promise<Selectable<DscCertificateTable>> {
  const data = JSON.parse(row.data) as CertificateData;
  const updated = await db
    .updateTable('dsc_certificates')
    .set({
      status: 'inactive',
      data: JSON.stringify({ ...data, deactivatedAt: now.toISOString(), deactivationReason: reason }),
    })
    .where('id', '=', row.id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    throw new ApiProblem(409, 'certificate.inactive', 'The certificate is already inactive.');
  }
  return db.selectFrom('dsc_certificates').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
}
