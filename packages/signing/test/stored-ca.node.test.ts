import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as pkijs from 'pkijs';
import { canonicalForm, signContent } from '../src/index.js';
import {
  SandboxCa,
  SoftwareSigner,
  certificateChainProblem,
  describeCertificate,
  describeCms,
  generateSigningKeyPair,
  verifyDetachedCms,
} from '../src/cms/index.js';
import { derToP1363, p1363ToDer } from '../src/cms/ecdsa.js';
import { parseSignedData } from '../src/cms/parse.js';
import { hindiNote } from './fixtures.js';
import { signerSubject, statuses } from './cms-helpers.js';

const allOk = {
  digest: 'ok',
  signature: 'ok',
  chain: 'ok',
  keyUsage: 'ok',
  validityAtSigningTime: 'ok',
  signingCertificateV2: 'ok',
};

describe('a sandbox CA kept in storage', () => {
  it('comes back from its stored form and keeps issuing under the same root', async () => {
    const root = await SandboxCa.create();
    const sub = await root.createIntermediate({ extractable: true });
    const stored = await sub.exportStored();
    assert.equal(stored.intermediates.length, 1);
    const restored = await SandboxCa.fromStored(stored);
    assert.deepEqual(restored.certificate, sub.certificate);
    assert.deepEqual(restored.intermediates, sub.intermediates);

    const signer = await SoftwareSigner.create({ ca: restored, subject: signerSubject });
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [root.certificate] });
    assert.deepEqual(statuses(result), allOk);
    assert.equal(result.signer?.issuer, 'CN=e-Office Sandbox Sub-CA,O=e-Office Sandbox,C=IN');
  });

  it('refuses to export a CA whose key was made non-extractable', async () => {
    const ca = await SandboxCa.create();
    await assert.rejects(ca.exportStored(), /without `extractable`/);
  });
});

describe('signers over keys made elsewhere', () => {
  it('signs with an RSA key certified separately (fromKey)', async () => {
    const ca = await SandboxCa.create();
    const keys = await generateSigningKeyPair();
    const certificate = await ca.issue({ publicKey: keys.publicKey, subject: signerSubject });
    const signer = SoftwareSigner.fromKey({ privateKey: keys.privateKey, certificate });
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), allOk);
  });

  it('signs and verifies with an ECDSA P-256 key, and fails a tampered ECDSA signature', async () => {
    const ca = await SandboxCa.create();
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    const certificate = await ca.issue({ publicKey: keys.publicKey, subject: signerSubject });
    const signer = SoftwareSigner.fromKey({ privateKey: keys.privateKey, certificate });
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), allOk);

    // One bit of r flipped inside the DER Ecdsa-Sig-Value: still parses, no longer verifies.
    const { signedData, signerInfo } = parseSignedData(cms);
    const signature = signerInfo.signature.valueBlock.valueHexView;
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    const tampered = new Uint8Array(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema() })
        .toSchema()
        .toBER(),
    );
    const broken = await verifyDetachedCms({
      cms: tampered,
      content: form.bytes,
      trustAnchors: [ca.certificate],
    });
    assert.deepEqual(statuses(broken), { ...allOk, signature: 'failed' });
  });

  it('converts ECDSA signatures between r‖s and DER both ways, with high bits and leading zeros', () => {
    const raw = new Uint8Array(64);
    raw[0] = 0x80; // r needs a leading zero in DER
    raw[63] = 0x01; // s is mostly zeros
    raw[40] = 0x7f;
    const der = p1363ToDer(raw);
    assert.deepEqual(derToP1363(der), raw);
    assert.equal(derToP1363(new Uint8Array([0x30, 0x00, 0x01])), null);
  });
});

describe('describing certificates and CMS', () => {
  it('summarises a certificate, checks its chain, and tells a detached SHA-256 CMS', async () => {
    const root = await SandboxCa.create();
    const sub = await root.createIntermediate();
    const keys = await generateSigningKeyPair();
    const der = await sub.issue({ publicKey: keys.publicKey, subject: signerSubject });
    const description = await describeCertificate(der);
    assert.equal(description.subject, 'CN=रमेश कुमार / Ramesh Kumar,O=श्रम विभाग / Labour Department,C=IN');
    assert.deepEqual(description.keyUsage, ['digitalSignature', 'nonRepudiation']);
    assert.equal(description.ca, false);
    assert.match(description.sha256Fingerprint, /^[0-9a-f]{64}$/);
    assert.equal((await describeCertificate(sub.certificate)).ca, true);

    assert.equal(
      await certificateChainProblem({
        certificate: der,
        intermediates: sub.intermediates,
        trustAnchors: [root.certificate],
      }),
      null,
    );
    assert.match(
      (await certificateChainProblem({ certificate: der, trustAnchors: [root.certificate] })) ?? '',
      /does not chain to a configured trust anchor/,
    );

    const signer = SoftwareSigner.fromKey({ privateKey: keys.privateKey, certificate: der });
    const form = await canonicalForm(hindiNote);
    const cms = await signer.sign(form.digest);
    const cmsDescription = describeCms(cms);
    assert.equal(cmsDescription.detached, true);
    assert.equal(cmsDescription.sha256, true);
    assert.deepEqual(cmsDescription.messageDigest, form.digest);
  });
});
