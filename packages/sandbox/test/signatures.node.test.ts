import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SandboxCa, SoftwareSigner } from '@eoffice/signing/cms';
import { harness, problemCode, seedId, type Harness } from './helpers.js';
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

describe('note signatures', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
  });
  after(() => h.close());

  const payloadOf = async (noteId: string, token = sunita) => {
    const response = await h.call('getNoteSigningPayload', { token, params: { noteId } });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as Payload;
  };

  it('signs a green note with a browser key: payload, CMS, all six steps ok, linked to the note', async () => {
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    assert.deepEqual(payload.target, { type: 'note', id: noteId, revision: 1 });
    assert.equal(payload.canonVersion, 'eoffice-canon/1');
    const bytes = Buffer.from(payload.canonicalBytes, 'base64');
    assert.equal(createHash('sha256').update(bytes).digest('hex'), payload.digest.hex);
    assert.equal(Buffer.from(payload.digest.hex, 'hex').toString('base64'), payload.digest.base64);
    const canonical = JSON.parse(bytes.toString('utf8')) as { type: string; id: string; body: string };
    assert.equal(canonical.type, 'note');
    assert.equal(canonical.id, noteId);
    assert.equal(canonical.body, 'प्रस्ताव अनुमोदन हेतु प्रस्तुत है।');

    const { signer, issued } = await browserSigner(h, sunita);
    assert.equal(issued.subject, 'CN=सुनीता वर्मा / Sunita Verma,O=e-Office Sandbox,C=IN');
    assert.equal(issued.chain.length, 1);
    const submitted = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const signature = submitted.json() as SignatureBody;
    assert.equal(submitted.headers.location, `/api/v1/signatures/${signature.id}`);
    assert.equal(signature.method, 'sandbox_key');
    assert.equal(signature.digest, payload.digest.hex);
    assert.equal(signature.certificate.id, null);
    assert.equal(signature.certificate.sha256Fingerprint, issued.sha256Fingerprint);
    assert.deepEqual(statuses(signature.verification), ALL_OK);
    assert.equal(signature.verification.valid, true);

    const note = await h.call('getNote', { token: sunita, params: { noteId } });
    assert.equal((note.json() as { signatureId: string }).signatureId, signature.id);
    const fetched = await h.call('getSignature', { token: rajesh, params: { signatureId: signature.id } });
    assert.equal(fetched.statusCode, 200, fetched.body);
    assert.deepEqual(fetched.json(), signature);
    // Meera (another section) cannot see the file, so neither its signatures.
    const meera = await h.login('meera.joshi');
    const hidden = await h.call('getSignature', { token: meera, params: { signatureId: signature.id } });
    assert.equal(hidden.statusCode, 404);
    const hiddenCheck = await h.call('verifySignature', {
      token: meera,
      params: { signatureId: signature.id },
    });
    assert.equal(hiddenCheck.statusCode, 404);
    const verified = await h.call('verifySignature', {
      token: sunita,
      params: { signatureId: signature.id },
    });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.deepEqual(statuses(verified.json() as StepList), ALL_OK);
    assert.equal((verified.json() as StepList).valid, true);

    const again = await h.call('getNoteSigningPayload', { token: sunita, params: { noteId } });
    assert.equal(problemCode(again), 'signature.already_signed');
    const twice = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(problemCode(twice), 'signature.already_signed');
  });

  it('reports the digest step failed once the stored note is changed behind its back', async () => {
    const { noteId } = await greenNote(h, sunita, 'मूल पाठ');
    const payload = await payloadOf(noteId);
    const { signer } = await browserSigner(h, sunita);
    const submitted = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id } = submitted.json() as SignatureBody;

    const row = await h.app.services.db
      .selectFrom('notes')
      .select('data')
      .where('id', '=', noteId)
      .executeTakeFirstOrThrow();
    const data = JSON.parse(row.data) as { paragraphs: { number: number; html: string }[] };
    data.paragraphs[0] = { number: data.paragraphs[0]?.number ?? 1, html: 'बदला हुआ पाठ' };
    await h.app.services.db
      .updateTable('notes')
      .set({ data: JSON.stringify({ ...JSON.parse(row.data), paragraphs: data.paragraphs }) })
      .where('id', '=', noteId)
      .execute();

    const verified = await h.call('verifySignature', { token: sunita, params: { signatureId: id } });
    assert.equal(verified.statusCode, 200, verified.body);
    const result = verified.json() as StepList;
    assert.equal(result.valid, false);
    assert.deepEqual(statuses(result), { ...ALL_OK, digest: 'failed' });
    assert.match(result.steps[0]?.reason ?? '', /content changed since it was signed/);
    // The stored result is the one recorded at submission.
    const stored = await h.call('getSignature', { token: sunita, params: { signatureId: id } });
    assert.equal((stored.json() as SignatureBody).verification.valid, true);
  });

  it('refuses a CMS whose certificate comes from another CA as untrusted, and stores nothing', async () => {
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    const otherCa = await SandboxCa.create({ subject: [['CN', 'किसी अन्य का प्रमाणन प्राधिकरण / Other CA']] });
    const stranger = await SoftwareSigner.create({
      ca: otherCa,
      subject: [['CN', 'सुनीता वर्मा / Sunita Verma']],
      notBefore: new Date('2025-01-01T00:00:00Z'),
      now: () => h.now.value,
    });
    const response = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(stranger, payload.digest.hex),
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.equal(problemCode(response), 'signature.certificate_untrusted');
    const note = await h.call('getNote', { token: sunita, params: { noteId } });
    assert.equal((note.json() as { signatureId: string | null }).signatureId, null);
  });

  it('refuses a signature made after the certificate expired', async () => {
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    const today = h.now.value;
    h.now.value = new Date('2025-03-01T05:30:00Z'); // the certificate is issued then, for 30 days
    const { signer, issued } = await browserSigner(h, sunita).finally(() => {
      h.now.value = today;
    });
    assert.ok(issued.notAfter < today.toISOString());
    const response = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(response.statusCode, 422, response.body);
    assert.equal(problemCode(response), 'signature.invalid');
    assert.match((response.json() as { detail: string }).detail, /validityAtSigningTime: .*expired/);
  });

  it('answers payload_stale for a digest that is not the current one, digest_mismatch for a CMS over another', async () => {
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    const { signer } = await browserSigner(h, sunita);
    const staleDigest = createHash('sha256').update('an older version of the note').digest('hex');
    const stale = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, staleDigest),
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.equal(problemCode(stale), 'signature.payload_stale');

    const mismatch = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: { ...(await signedBody(signer, staleDigest)), digest: payload.digest.hex },
    });
    assert.equal(mismatch.statusCode, 422, mismatch.body);
    assert.equal(problemCode(mismatch), 'signature.digest_mismatch');

    const garbage = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: {
        cms: Buffer.alloc(120, 7).toString('base64'),
        method: 'sandbox_key',
        digest: payload.digest.hex,
      },
    });
    assert.equal(problemCode(garbage), 'signature.invalid');
    const esign = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex).then((b) => ({ ...b, method: 'esign' })),
    });
    assert.equal(esign.statusCode, 422);
    assert.equal(problemCode(esign), 'request.validation');
  });

  it('lets only the author sign, and only a green note', async () => {
    const { noteId, fileId } = await greenNote(h, sunita);
    // Rajesh (same section) sees the note and, once the file is with him, may write his own, but not sign hers.
    const sent = await h.call('sendFile', {
      token: sunita,
      params: { fileId },
      body: { to: seedId('post', 'us-estt') },
    });
    assert.ok(sent.statusCode < 300, sent.body);
    const notAuthor = await h.call('getNoteSigningPayload', { token: rajesh, params: { noteId } });
    assert.equal(notAuthor.statusCode, 403, notAuthor.body);
    assert.equal(problemCode(notAuthor), 'note.not_author');
    const { signer } = await browserSigner(h, rajesh);
    const payload = await payloadOf(noteId);
    const submitted = await h.call('submitNoteSignature', {
      token: rajesh,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(problemCode(submitted), 'note.not_author');

    // Rajesh's sandbox key on Sunita's note, submitted by Sunita: the certificate is not hers.
    const mismatch = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex),
    });
    assert.equal(mismatch.statusCode, 422, mismatch.body);
    assert.equal(problemCode(mismatch), 'certificate.not_registered');
    assert.match((mismatch.json() as { detail: string }).detail, /issued to another user/);

    const yellow = await h.call('createNote', {
      token: rajesh,
      params: { fileId },
      body: { paragraphs: [{ html: 'अवलोकित' }] },
    });
    assert.equal(yellow.statusCode, 201, yellow.body);
    const notGreen = await h.call('getNoteSigningPayload', {
      token: rajesh,
      params: { noteId: (yellow.json() as { id: string }).id },
    });
    assert.equal(notGreen.statusCode, 409);
    assert.equal(problemCode(notGreen), 'signature.target_not_signable');
  });

  it('refuses a dsc signature without a registered certificate, accepts it once registered', async () => {
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    const { signer, issued } = await browserSigner(h, sunita);
    const unregistered = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex, 'dsc'),
    });
    assert.equal(unregistered.statusCode, 422, unregistered.body);
    assert.equal(problemCode(unregistered), 'certificate.not_registered');

    const registered = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: issued.certificate, label: 'परीक्षण टोकन' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const certificateId = (registered.json() as { id: string }).id;
    const accepted = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex, 'dsc'),
    });
    assert.equal(accepted.statusCode, 201, accepted.body);
    const signature = accepted.json() as SignatureBody;
    assert.equal(signature.method, 'dsc');
    assert.equal(signature.certificate.id, certificateId);
  });

  it('issues sandbox certificates for RSA 2048 and P-256 keys only', async () => {
    const p256 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', p256.publicKey)).toString('base64');
    const ok = await h.call('issueSandboxCertificate', { token: sunita, body: { publicKey: spki } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.match((ok.json() as { issuer: string }).issuer, /e-Office Sandbox Sub-CA/);
    // A P-256 key signs a note as an RSA key does.
    const issued = ok.json() as { certificate: string; chain: string[] };
    const ecSigner = SoftwareSigner.fromKey({
      privateKey: p256.privateKey,
      certificate: new Uint8Array(Buffer.from(issued.certificate, 'base64')),
      chain: issued.chain.map((der) => new Uint8Array(Buffer.from(der, 'base64'))),
      now: () => h.now.value,
    });
    const { noteId } = await greenNote(h, sunita);
    const payload = await payloadOf(noteId);
    const signed = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(ecSigner, payload.digest.hex),
    });
    assert.equal(signed.statusCode, 201, signed.body);
    assert.deepEqual(statuses((signed.json() as SignatureBody).verification), ALL_OK);

    const small = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: 'SHA-256',
      },
      false,
      ['sign'],
    );
    const smallSpki = Buffer.from(await crypto.subtle.exportKey('spki', small.publicKey)).toString('base64');
    const refused = await h.call('issueSandboxCertificate', {
      token: sunita,
      body: { publicKey: smallSpki },
    });
    assert.equal(refused.statusCode, 422);
    assert.equal(problemCode(refused), 'certificate.invalid');
    const notKey = await h.call('issueSandboxCertificate', {
      token: sunita,
      body: { publicKey: Buffer.alloc(90, 1).toString('base64') },
    });
    assert.equal(problemCode(notKey), 'certificate.invalid');
    const extra = await h.call('issueSandboxCertificate', {
      token: sunita,
      body: { publicKey: spki, subject: 'CN=Someone else' },
    });
    assert.equal(extra.statusCode, 400);
  });
});
