import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, type TestDatabase } from './database.js';
import { harness, problemCode, type Harness } from './helpers.js';
import {
  ALL_OK,
  browserSigner,
  greenNote,
  signedBody,
  statuses,
  type Payload,
  type SignatureBody,
  type StepList,
} from './signatures-helpers.js';

const letter = (body: string) => ({
  draftType: 'letter',
  subject: 'न्यूनतम वेतन के भुगतान के संबंध में',
  language: 'hi',
  addressees: [{ name: 'प्रबंधक, मेसर्स शर्मा इंडस्ट्रीज़', address: 'गोविंदपुरा, भोपाल' }],
  body,
});

describe('draft signatures', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
  });
  after(() => h.close());

  it('signs the current revision; a revision afterwards fails the digest step and makes the old payload stale', async () => {
    const { fileId } = await greenNote(h, sunita);
    const created = await h.call('createDraft', {
      token: sunita,
      params: { fileId },
      body: letter('<p>महोदय, बकाया वेतन का भुगतान सात दिवस में करें।</p>'),
    });
    assert.equal(created.statusCode, 201, created.body);
    const draft = created.json() as { id: string; etag: string };

    const payloadResponse = await h.call('getDraftSigningPayload', {
      token: sunita,
      params: { draftId: draft.id },
    });
    assert.equal(payloadResponse.statusCode, 200, payloadResponse.body);
    const payload = payloadResponse.json() as Payload;
    assert.deepEqual(payload.target, { type: 'draft', id: draft.id, revision: 1 });
    const canonical = JSON.parse(Buffer.from(payload.canonicalBytes, 'base64').toString('utf8')) as {
      type: string;
      subject: string;
      version: number;
    };
    assert.equal(canonical.type, 'draft');
    assert.equal(canonical.subject, 'न्यूनतम वेतन के भुगतान के संबंध में');

    const { signer } = await browserSigner(h, sunita);
    const submitted = await h.call('submitDraftSignature', {
      token: sunita,
      params: { draftId: draft.id },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const signature = submitted.json() as SignatureBody;
    assert.deepEqual(signature.target, { type: 'draft', id: draft.id, revision: 1 });
    assert.deepEqual(statuses(signature.verification), ALL_OK);

    const notHolder = await h.call('getDraftSigningPayload', {
      token: rajesh,
      params: { draftId: draft.id },
    });
    assert.equal(notHolder.statusCode, 403, notHolder.body);
    assert.equal(problemCode(notHolder), 'file.not_with_you');

    const revised = await h.call('reviseDraft', {
      token: sunita,
      params: { draftId: draft.id },
      headers: { 'if-match': draft.etag },
      body: letter('<p>महोदय, बकाया वेतन का भुगतान तीन दिवस में करें।</p>'),
    });
    assert.equal(revised.statusCode, 200, revised.body);
    const verified = await h.call('verifySignature', {
      token: sunita,
      params: { signatureId: signature.id },
    });
    const result = verified.json() as StepList;
    assert.deepEqual(statuses(result), { ...ALL_OK, digest: 'failed' });
    assert.match(
      result.steps[0]?.reason ?? '',
      /revised after signing \(signed revision 1, current revision 2\)/,
    );

    const stale = await h.call('submitDraftSignature', {
      token: sunita,
      params: { draftId: draft.id },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.equal(problemCode(stale), 'signature.payload_stale');

    // A signature over revision 2 approves it.
    const current = (
      await h.call('getDraftSigningPayload', { token: sunita, params: { draftId: draft.id } })
    ).json() as Payload;
    assert.equal(current.target.revision, 2);
    const second = await h.call('submitDraftSignature', {
      token: sunita,
      params: { draftId: draft.id },
      body: await signedBody(signer, current.digest.hex),
    });
    assert.equal(second.statusCode, 201, second.body);
    const approved = await h.call('approveDraft', {
      token: sunita,
      params: { draftId: draft.id },
      body: { signatureId: (second.json() as SignatureBody).id },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const afterApproval = await h.call('getDraftSigningPayload', {
      token: sunita,
      params: { draftId: draft.id },
    });
    assert.equal(afterApproval.statusCode, 409);
    assert.equal(problemCode(afterApproval), 'signature.target_not_signable');
  });
});

describe('the sandbox CA across a restart', () => {
  let database: TestDatabase;
  before(async () => {
    database = await freshDatabase({ persistent: true });
  });
  after(() => database.drop());

  it('keeps its CA in the database: a stored signature still verifies, new certificates chain to the same root', async () => {
    const file = database.location;
    const first = await harness({ db: file });
    let signatureId: string;
    let issuer: string;
    try {
      const sunita = await first.login('sunita.verma');
      const { noteId } = await greenNote(first, sunita);
      const payload = (
        await first.call('getNoteSigningPayload', { token: sunita, params: { noteId } })
      ).json() as Payload;
      const { signer, issued } = await browserSigner(first, sunita);
      issuer = issued.issuer;
      const submitted = await first.call('submitNoteSignature', {
        token: sunita,
        params: { noteId },
        body: await signedBody(signer, payload.digest.hex),
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      signatureId = (submitted.json() as SignatureBody).id;
    } finally {
      await first.close();
    }

    const second = await harness({ db: file, directory: false });
    try {
      const sunita = await second.login('sunita.verma');
      const verified = await second.call('verifySignature', { token: sunita, params: { signatureId } });
      assert.equal(verified.statusCode, 200, verified.body);
      assert.deepEqual(statuses(verified.json() as StepList), ALL_OK);
      // A signature made after the restart is accepted too: the same sub-CA issues, the same root anchors.
      const { noteId } = await greenNote(second, sunita);
      const payload = (
        await second.call('getNoteSigningPayload', { token: sunita, params: { noteId } })
      ).json() as Payload;
      const { signer, issued } = await browserSigner(second, sunita);
      assert.equal(issued.issuer, issuer);
      const submitted = await second.call('submitNoteSignature', {
        token: sunita,
        params: { noteId },
        body: await signedBody(signer, payload.digest.hex),
      });
      assert.equal(submitted.statusCode, 201, submitted.body);
      const rows = await second.app.services.db.selectFrom('signing_authority').select('id').execute();
      assert.equal(rows.length, 1);
    } finally {
      await second.close();
    }
  });
});
