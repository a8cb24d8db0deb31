import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SandboxCa, SoftwareSigner, generateSigningKeyPair } from '@eoffice/signing/cms';
import { signingAuthority } from '../src/signatures/authority.js';
import { harness, problemCode, seedId, type Harness } from './helpers.js';
import { browserSigner, greenNote, signedBody, type Payload } from './signatures-helpers.js';

interface CertificateBody {
  id: string;
  userId: string;
  label: string | null;
  status: string;
  subject: string;
  keyUsage: string[];
  deactivatedAt: string | null;
  deactivationReason: string | null;
}

describe('DSC certificates', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;
  let meera: string;
  let sunitaId: string;

  before(async () => {
    h = await harness();
    // Meera's post administers DSCs; roles are read from posts on every request.
    await h.app.services.db
      .updateTable('posts')
      .set({ roles: JSON.stringify(['admin', 'dsc_admin']) })
      .where('id', '=', seedId('post', 'so-admn'))
      .execute();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    meera = await h.login('meera.joshi');
    const me = await h.call('getCurrentUser', { token: sunita });
    sunitaId = (me.json() as { user: { id: string } }).user.id;
  });
  after(() => h.close());

  it('registers, lists and deactivates a certificate; a deactivated one no longer signs', async () => {
    const { signer, issued } = await browserSigner(h, sunita);
    const pem = `-----BEGIN CERTIFICATE-----\n${issued.certificate.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    const registered = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: pem, label: 'ई-मुद्रा टोकन' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const certificate = registered.json() as CertificateBody;
    assert.equal(certificate.userId, sunitaId);
    assert.equal(certificate.status, 'active');
    assert.equal(certificate.label, 'ई-मुद्रा टोकन');
    assert.deepEqual(certificate.keyUsage, ['digitalSignature', 'nonRepudiation']);

    const duplicate = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: issued.certificate },
    });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(problemCode(duplicate), 'certificate.already_registered');

    const list = await h.call('listCertificates', { token: sunita });
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      (list.json() as { items: CertificateBody[] }).items.map((c) => c.id),
      [certificate.id],
    );
    const rajeshList = await h.call('listCertificates', { token: rajesh });
    assert.deepEqual((rajeshList.json() as { items: unknown[] }).items, []);

    const notHis = await h.call('deactivateCertificate', {
      token: rajesh,
      params: { certificateId: certificate.id },
      body: { reason: 'गलत' },
    });
    assert.equal(notHis.statusCode, 404);
    const deactivated = await h.call('deactivateCertificate', {
      token: sunita,
      params: { certificateId: certificate.id },
      body: { reason: 'टोकन खो गया' },
    });
    assert.equal(deactivated.statusCode, 200, deactivated.body);
    const inactive = deactivated.json() as CertificateBody;
    assert.equal(inactive.status, 'inactive');
    assert.equal(inactive.deactivationReason, 'टोकन खो गया');
    assert.equal(inactive.deactivatedAt, h.now.value.toISOString());
    const again = await h.call('deactivateCertificate', {
      token: sunita,
      params: { certificateId: certificate.id },
      body: { reason: 'फिर से' },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(problemCode(again), 'certificate.inactive');
    const active = await h.call('listCertificates', { token: sunita, query: { status: 'active' } });
    assert.deepEqual((active.json() as { items: unknown[] }).items, []);

    const { noteId } = await greenNote(h, sunita);
    const payload = (
      await h.call('getNoteSigningPayload', { token: sunita, params: { noteId } })
    ).json() as Payload;
    const refused = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex, 'dsc'),
    });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(problemCode(refused), 'certificate.not_registered');
  });

  it("needs dsc_admin for another user's certificates", async () => {
    const { issued } = await browserSigner(h, sunita);
    const forOther = await h.call('registerCertificate', {
      token: rajesh,
      body: { certificate: issued.certificate, userId: sunitaId },
    });
    assert.equal(forOther.statusCode, 403);
    assert.equal(problemCode(forOther), 'auth.role_required');
    const listOther = await h.call('listCertificates', { token: rajesh, query: { userId: sunitaId } });
    assert.equal(listOther.statusCode, 403);
    assert.equal(problemCode(listOther), 'auth.role_required');

    const byAdmin = await h.call('registerCertificate', {
      token: meera,
      body: { certificate: issued.certificate, userId: sunitaId, label: 'प्रशासक द्वारा पंजीकृत' },
    });
    assert.equal(byAdmin.statusCode, 201, byAdmin.body);
    assert.equal((byAdmin.json() as CertificateBody).userId, sunitaId);
    const listed = await h.call('listCertificates', { token: meera, query: { userId: sunitaId } });
    assert.equal(listed.statusCode, 200);
    assert.ok(
      (listed.json() as { items: CertificateBody[] }).items.some(
        (c) => c.id === (byAdmin.json() as CertificateBody).id,
      ),
    );
    const adminDeactivates = await h.call('deactivateCertificate', {
      token: meera,
      params: { certificateId: (byAdmin.json() as CertificateBody).id },
      body: { reason: 'अधिकारी का स्थानांतरण' },
    });
    assert.equal(adminDeactivates.statusCode, 200, adminDeactivates.body);
  });

  it('refuses expired, untrusted, non-signing and malformed certificates', async () => {
    const today = h.now.value;
    h.now.value = new Date('2025-01-01T00:00:00Z');
    const old = await browserSigner(h, sunita).finally(() => {
      h.now.value = today;
    });
    const expired = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: old.issued.certificate },
    });
    assert.equal(expired.statusCode, 422, expired.body);
    assert.equal(problemCode(expired), 'certificate.expired');

    const otherCa = await SandboxCa.create({ notBefore: new Date('2025-01-01T00:00:00Z') });
    const keys = await generateSigningKeyPair();
    const foreign = await otherCa.issue({
      publicKey: keys.publicKey,
      subject: [['CN', 'सुनीता वर्मा / Sunita Verma']],
      notBefore: new Date('2025-01-01T00:00:00Z'),
    });
    const untrusted = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: Buffer.from(foreign).toString('base64') },
    });
    assert.equal(untrusted.statusCode, 422, untrusted.body);
    assert.equal(problemCode(untrusted), 'signature.certificate_untrusted');

    // A certificate of the sandbox's own CA, but for encryption only.
    const { ca } = await signingAuthority(h.app.services.db, h.now.value);
    const encryption = await ca.issue({
      publicKey: keys.publicKey,
      subject: [['CN', 'सुनीता वर्मा / Sunita Verma']],
      notBefore: new Date('2025-01-01T00:00:00Z'),
      keyUsage: ['keyEncipherment'],
    });
    const notSigning = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: Buffer.from(encryption).toString('base64') },
    });
    assert.equal(notSigning.statusCode, 422, notSigning.body);
    assert.equal(problemCode(notSigning), 'certificate.invalid');

    const malformed = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: Buffer.alloc(200, 3).toString('base64') },
    });
    assert.equal(malformed.statusCode, 422);
    assert.equal(problemCode(malformed), 'certificate.invalid');
    const list = await h.call('listCertificates', { token: sunita, query: { status: 'active' } });
    assert.deepEqual((list.json() as { items: unknown[] }).items, []);
  });
});

describe('configured trust anchors', () => {
  let h: Harness;
  after(() => h.close());

  it('accepts signatures under a root given in trustAnchors, besides the sandbox root', async () => {
    const cca = await SandboxCa.create({
      subject: [
        ['C', 'IN'],
        ['O', 'India PKI'],
        ['CN', 'परीक्षण मूल प्रमाणन प्राधिकरण / Test Root CA'],
      ],
      notBefore: new Date('2025-01-01T00:00:00Z'),
    });
    h = await harness({ trustAnchors: [cca.certificate] });
    const sunita = await h.login('sunita.verma');
    const keys = await generateSigningKeyPair();
    const token = await cca.issue({
      publicKey: keys.publicKey,
      subject: [['CN', 'सुनीता वर्मा / Sunita Verma']],
      notBefore: new Date('2025-01-01T00:00:00Z'),
    });
    const registered = await h.call('registerCertificate', {
      token: sunita,
      body: { certificate: Buffer.from(token).toString('base64'), label: 'वास्तविक टोकन' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const { noteId } = await greenNote(h, sunita);
    const payload = (
      await h.call('getNoteSigningPayload', { token: sunita, params: { noteId } })
    ).json() as Payload;
    const signer = SoftwareSigner.fromKey({
      privateKey: keys.privateKey,
      certificate: token,
      now: () => h.now.value,
    });
    const signed = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId },
      body: await signedBody(signer, payload.digest.hex, 'dsc'),
    });
    assert.equal(signed.statusCode, 201, signed.body);
    // The sandbox's own certificates still verify too.
    const { noteId: second } = await greenNote(h, sunita);
    const secondPayload = (
      await h.call('getNoteSigningPayload', { token: sunita, params: { noteId: second } })
    ).json() as Payload;
    const { signer: sandboxSigner } = await browserSigner(h, sunita);
    const sandboxSigned = await h.call('submitNoteSignature', {
      token: sunita,
      params: { noteId: second },
      body: await signedBody(sandboxSigner, secondPayload.digest.hex),
    });
    assert.equal(sandboxSigned.statusCode, 201, sandboxSigned.body);
  });
});
