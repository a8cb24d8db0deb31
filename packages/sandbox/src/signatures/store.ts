// Stored signatures: writing one (and linking a note to it), presenting it as the contract's Signature,
// and verifying it again against the current content.
import { canonicalForm, loadCms, toVerificationResult, type VerificationResult } from '@eoffice/signing';
import type { SignerSummary } from '@eoffice/signing';
import type { Kysely, Selectable } from 'kysely';
import type { Database, SignatureTable } from '../db/schema.js';
import { asEnum, CANON_VERSIONS, type Schemas } from '../presenters/contract-enums.js';
import { postSummary, userSummary } from '../presenters/directory.js';
import { ApiProblem } from '../problem.js';
import type { SigningAuthority } from './authority.js';
import { noteData, currentContent, CANON_NAME, type SigningTarget } from './targets.js';

type Db = Kysely<Database>;

interface SignatureData {
  certificate: Omit<SignerSummary, 'signingTime'>;
  signingTime: string;
  verification: VerificationResult;
}

export interface NewSignature {
  id: string;
  target: SigningTarget;
  method: 'dsc' | 'esign' | 'sandbox_key';
  signerUserId: string;
  digestHex: string;
  cms: Uint8Array;
  certificateId: string | null;
  signer: SignerSummary;
  verification: VerificationResult;
  now: Date;
  /** Runs in the same transaction after the insert (eSign marks its transaction completed). */
  alsoInTransaction?: (trx: Db) => Promise<void>;
}

/** Stores the signature and, for a note, links it; refuses a second signature on the same note. */
export async function storeSignature(db: Db, record: NewSignature): Promise<void> {
  const { signingTime, ...certificate } = record.signer;
  const data: SignatureData = {
    certificate,
    signingTime: signingTime ?? record.now.toISOString(),
    verification: record.verification,
  };
  await db.transaction().execute(async (trx) => {
    if (record.target.type === 'note') {
      // Re-read inside the transaction: of two signatures submitted at once, one links, one is refused.
      const note = await trx
        .selectFrom('notes')
        .selectAll()
        .where('id', '=', record.target.id)
        .executeTakeFirstOrThrow();
      const current = noteData(note);
      if (current.signatureId) {
        throw new ApiProblem(409, 'signature.already_signed', 'You have already signed this note.');
      }
      await trx
        .updateTable('notes')
        .set({ data: JSON.stringify({ ...current, signatureId: record.id }) })
        .where('id', '=', note.id)
        .execute();
    }
    await trx
      .insertInto('signatures')
      .values({
        id: record.id,
        target_type: record.target.type,
        target_id: record.target.id,
        revision: record.target.revision,
        method: record.method,
        signer_user_id: record.signerUserId,
        signer_post_id: record.target.signerPostId,
        digest: record.digestHex,
        canon_version: CANON_NAME,
        cms: Buffer.from(record.cms),
        certificate_id: record.certificateId,
        data: JSON.stringify(data),
        created_at: record.now.toISOString(),
      })
      .execute();
    await record.alsoInTransaction?.(trx);
  });
}

export async function loadSignature(db: Db, id: string): Promise<Selectable<SignatureTable> | undefined> {
  return db.selectFrom('signatures').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The contract's Signature. */
export async function presentSignature(
  db: Db,
  row: Selectable<SignatureTable>,
): Promise<Schemas['Signature']> {
  const data = JSON.parse(row.data) as SignatureData;
  const signer = await db
    .selectFrom('users')
    .select(['id', 'name_en', 'name_hi'])
    .where('id', '=', row.signer_user_id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    target: { type: row.target_type, id: row.target_id, revision: row.revision },
    method: row.method,
    signer: userSummary(signer),
    signerPost: await postSummary(db, row.signer_post_id),
    certificate: { id: row.certificate_id, ...data.certificate },
    signingTime: data.signingTime,
    digest: row.digest,
    canonVersion: asEnum(row.canon_version, CANON_VERSIONS, 'canonical form version'),
    createdAt: row.created_at,
    verification: data.verification,
  };
}

/**
 * Verifies a stored signature now, against the current content of its note or draft and the
 * authority's anchors only. A draft revised since signing fails the digest step with that said.
 */
export async function reverify(
  db: Db,
  authority: SigningAuthority,
  row: Selectable<SignatureTable>,
  now: Date,
): Promise<VerificationResult> {
  const current = await currentContent(db, row.target_type, row.target_id);
  if (!current) throw new Error(`signature ${row.id}: its ${row.target_type} ${row.target_id} is gone`);
  const form = await canonicalForm(current.content);
  const { verifyDetachedCms } = await loadCms();
  const result = toVerificationResult(
    await verifyDetachedCms({
      cms: new Uint8Array(row.cms),
      digest: form.digest,
      trustAnchors: authority.trustAnchors,
      at: now,
    }),
  );
  if (row.target_type === 'draft' && current.revision !== row.revision) {
    const digest = result.steps.find((step) => step.step === 'digest');
    if (digest) {
      digest.status = 'failed';
      digest.reason = `The draft was revised after signing (signed revision ${row.revision}, current revision ${current.revision}).`;
      result.valid = false;
    }
  }
  return result;
}
