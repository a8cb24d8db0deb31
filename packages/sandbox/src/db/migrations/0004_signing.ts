// The sandbox CA (kept so stored signatures still verify after a restart), registered DSC certificates
// and Aadhaar eSign transactions of the simulated ESP.
import type { Kysely } from 'kysely';
import { bytes } from './column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema;
  // One row: the root certificate (trust anchor; its key is not kept, like an offline root), the issuing
  // sub-CA with its PKCS#8 key, and the ASP key that signs eSign requests.
  await s
    .createTable('signing_authority')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('root_certificate', bytes(db), (c) => c.notNull())
    .addColumn('ca_certificate', bytes(db), (c) => c.notNull())
    .addColumn('ca_private_key', bytes(db), (c) => c.notNull())
    .addColumn('asp_certificate', bytes(db), (c) => c.notNull())
    .addColumn('asp_private_key', bytes(db), (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('dsc_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('der', bytes(db), (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // active | inactive (expired is computed)
    .addColumn('not_after', 'text', (c) => c.notNull())
    // JSON: label, subject, issuer, serial, validity, key usage, deactivation.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .execute();
  await s.createIndex('dsc_certificates_user').on('dsc_certificates').columns(['user_id']).execute();
  // Certificates issued to browser keys, so a `sandbox_key` signature is accepted only from the user
  // the certificate was issued to.
  await s
    .createTable('sandbox_certificates')
    .addColumn('fingerprint', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .execute();
  await s
    .createTable('esign_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id'))
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('otp', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    // JSON: espUrl, requestXml, responseUrl, signatureId, failureReason.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'esign_transactions',
    'sandbox_certificates',
    'dsc_certificates',
    'signing_authority',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
