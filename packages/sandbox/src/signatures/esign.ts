// Aadhaar eSign with the sandbox's simulated ESP. The ASP side builds and signs the request; the
// simulated ESP "sends" a 6-digit OTP (logged at info and kept for the test-only operation) and, when
// the right OTP comes back, signs the digest with a one-time certificate from the sandbox CA, as a real
// ESP signs with a certificate it issues for that one signature.
import { randomInt } from 'node:crypto';
import { canonicalForm, loadCms } from '@eoffice/signing';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import type { Database, EsignTransactionTable } from '../db/schema.js';
import type { IdGenerator } from '../ids.js';
import { ApiProblem, notFound } from '../problem.js';
import type { SigningAuthority } from './authority.js';
import { requireValid } from './accept.js';
import { esignRequestXml, istTimestamp } from './esign-xml.js';
import { RSA_SHA256 } from './keys.js';
import { storeSignature } from './store.js';
import type { SigningTarget } from './targets.js';

type Db = Kysely<Database>;

const LIFETIME_MS = 10 * 60_000;
const MAX_ATTEMPTS = 3;
/** The one-time certificate lives as long as a real ESP's: minutes, enough to sign once. */
const ONE_TIME_CERTIFICATE_MS = 30 * 60_000;

interface TransactionData {
  espUrl: string;
  requestXml: string;
  responseUrl: string;
  signatureId: string | null;
  failureReason: string | null;
  /** Problem code a later completion attempt answers with once the transaction failed. */
  failureCode: string | null;
}

function dataOf(row: Selectable<EsignTransactionTable>): TransactionData {
  return JSON.parse(row.data) as TransactionData;
}

/** The contract's EsignTransaction. */
export function presentTransaction(row: Selectable<EsignTransactionTable>) {
  const data = dataOf(row);
  return {
    id: row.id,
    status: row.status,
    target: { type: row.target_type, id: row.target_id, revision: row.revision },
    digest: {
      algorithm: 'SHA-256' as const,
      hex: row.digest,
      base64: Buffer.from(row.digest, 'hex').toString('base64'),
    },
    espUrl: data.espUrl,
    requestXml: data.requestXml,
    responseUrl: data.responseUrl,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    signatureId: data.signatureId,
    failureReason: data.failureReason,
  };
}

export interface StartOptions {
  db: Db;
  authority: SigningAuthority;
  ids: IdGenerator;
  log: FastifyBaseLogger;
  userId: string;
  target: SigningTarget;
  /** `http://host:port` the browser reached the sandbox at. */
  origin: string;
  now: Date;
}

export async function startEsign(options: StartOptions): Promise<Selectable<EsignTransactionTable>> {
  const { db, target, now } = options;
  const form = await canonicalForm(target.content);
  const id = options.ids.next('esign');
  const responseUrl = `${options.origin}/api/v1/esign/transactions/${id}/complete`;
  const requestXml = await esignRequestXml(
    { txn: id, ts: istTimestamp(now), responseUrl, digestHex: form.digestHex, docInfo: target.label },
    options.authority.asp,
  );
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const data: TransactionData = {
    espUrl: `${options.origin}/api/v1/sandbox-esp/esign`,
    requestXml,
    responseUrl,
    signatureId: null,
    failureReason: null,
    failureCode: null,
  };
  await db
    .insertInto('esign_transactions')
    .values({
      id,
      user_id: options.userId,
      post_id: target.signerPostId,
      target_type: target.type,
      target_id: target.id,
      revision: target.revision,
      digest: form.digestHex,
      status: 'pending',
      otp,
      attempts: 0,
      data: JSON.stringify(data),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + LIFETIME_MS).toISOString(),
    })
    .execute();
  // The simulated ESP's "SMS": the sandbox log is where a person trying it by hand reads the OTP.
  options.log.info({ transactionId: id, otp }, 'simulated ESP: eSign OTP sent');
  return db.selectFrom('esign_transactions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The caller's transaction, with a pending one past its time turned `expired`; others' are 404. */
export async function loadTransaction(
  db: Db,
  userId: string,
  id: string,
  now: Date,
): Promise<Selectable<EsignTransactionTable>> {
  const row = await db
    .selectFrom('esign_transactions')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('The eSign transaction');
  if (row.status === 'pending' && row.expires_at <= now.toISOString()) {
    await db
      .updateTable('esign_transactions')
      .set({ status: 'expired' })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .execute();
    return { ...row, status: 'expired' };
  }
  return row;
}

async function fail(db: Db, row: Selectable<EsignTransactionTable>, code: string, reason: string) {
  await db
    .updateTable('esign_transactions')
    .set({
      status: 'failed',
      data: JSON.stringify({ ...dataOf(row), failureReason: reason, failureCode: code }),
    })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .execute();
}

/** Refuses completion of a transaction that is no longer pending, with the contract's code. */
export function requirePending(row: Selectable<EsignTransactionTable>): void {
  if (row.status === 'pending') return;
  if (row.status === 'completed') {
    throw new ApiProblem(409, 'esign.already_completed', 'This eSign transaction is already completed.');
  }
  if (row.status === 'expired') {
    throw new ApiProblem(409, 'esign.expired', 'This eSign transaction has expired; start a new one.');
  }
  const data = dataOf(row);
  const status = data.failureCode === 'signature.payload_stale' ? 409 : 422;
  throw new ApiProblem(
    status,
    data.failureCode ?? 'esign.otp_invalid',
    `This eSign transaction failed (${data.failureReason ?? 'unknown reason'}); start a new one.`,
  );
}

/** Counts a wrong OTP; the third one fails the transaction. */
export async function wrongOtp(db: Db, row: Selectable<EsignTransactionTable>): Promise<never> {
  const attempts = row.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) {
    await fail(db, row, 'esign.otp_invalid', `${MAX_ATTEMPTS} wrong OTPs`);
    throw new ApiProblem(
      422,
      'esign.otp_invalid',
      `Wrong OTP, ${MAX_ATTEMPTS} times: the transaction has failed. Start a new one.`,
    );
  }
  await db
    .updateTable('esign_transactions')
    .set({ attempts })
    .where('id', '=', row.id)
    .where('attempts', '=', row.attempts)
    .execute();
  throw new ApiProblem(422, 'esign.otp_invalid', `Wrong OTP; ${MAX_ATTEMPTS - attempts} attempt(s) left.`);
}

export interface CompleteOptions {
  db: Db;
  authority: SigningAuthority;
  row: Selectable<EsignTransactionTable>;
  /** The target reloaded under the signing rules now. */
  target: SigningTarget;
  signatureId: string;
  now: Date;
}

/** The simulated ESP signs with a one-time certificate; the signature is stored and the transaction completed. */
export async function completeWithOtp(options: CompleteOptions): Promise<Selectable<EsignTransactionTable>> {
  const { db, authority, row, target, now } = options;
  const form = await canonicalForm(target.content);
  if (form.digestHex !== row.digest || target.revision !== row.revision) {
    await fail(db, row, 'signature.payload_stale', 'the content changed after the eSign was started');
    throw new ApiProblem(
      409,
      'signature.payload_stale',
      `The ${target.type} changed after the eSign was started; start a new one.`,
    );
  }
  const { buildDetachedCms, generateSigningKeyPair, verifyDetachedCms } = await loadCms();
  const user = await db
    .selectFrom('users')
    .select(['name_en', 'name_hi'])
    .where('id', '=', row.user_id)
    .executeTakeFirstOrThrow();
  const keys = await generateSigningKeyPair();
  const certificate = await authority.ca.issue({
    publicKey: keys.publicKey,
    subject: [
      ['C', 'IN'],
      ['O', 'e-Office Sandbox ESP'],
      ['CN', `${user.name_hi} / ${user.name_en}`],
    ],
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + ONE_TIME_CERTIFICATE_MS),
  });
  const cms = await buildDetachedCms({
    digest: form.digest,
    certificate,
    chain: authority.intermediates,
    signingTime: now,
    sign: async (bytes) =>
      new Uint8Array(await globalThis.crypto.subtle.sign(RSA_SHA256, keys.privateKey, bytes.slice())),
  });
  const verification = await verifyDetachedCms({
    cms,
    digest: form.digest,
    trustAnchors: authority.trustAnchors,
    at: now,
  });
  requireValid(verification);
  if (!verification.signer) throw new Error('eSign: the signer certificate is missing from its own CMS');
  const { signer, ...result } = verification;
  await storeSignature(db, {
    id: options.signatureId,
    target,
    method: 'esign',
    signerUserId: row.user_id,
    digestHex: form.digestHex,
    cms,
    certificateId: null,
    signer,
    verification: result,
    now,
    alsoInTransaction: async (trx) => {
      const done = await trx
        .updateTable('esign_transactions')
        .set({
          status: 'completed',
          data: JSON.stringify({ ...dataOf(row), signatureId: options.signatureId }),
        })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) {
        throw new ApiProblem(409, 'esign.already_completed', 'This eSign transaction is already completed.');
      }
    },
  });
  return db.selectFrom('esign_transactions').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
}
