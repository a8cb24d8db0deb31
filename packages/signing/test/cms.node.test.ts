import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import {
  CmsParseError,
  SignerMismatchError,
  canonicalForm,
  loadCms,
  signContent,
  toVerificationResult,
  type Signer,
} from '../src/index.js';
import {
  SandboxCa,
  SoftwareSigner,
  buildDetachedCms,
  compareDer,
  generateSigningKeyPair,
  messageDigestOf,
  parseCertificate,
  verifyDetachedCms,
} from '../src/cms/index.js';
import { sortAttributes } from '../src/cms/build.js';
import { parseSignedData } from '../src/cms/parse.js';
import { hindiNote } from './fixtures.js';
import { reasonOf, signerSubject, statuses } from './cms-helpers.js';

const allOk = {
  digest: 'ok',
  signature: 'ok',
  chain: 'ok',
  keyUsage: 'ok',
  validityAtSigningTime: 'ok',
  signingCertificateV2: 'ok',
};

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('detached CMS: sign and verify', () => {
  let ca: SandboxCa;
  let signer: SoftwareSigner;

  before(async () => {
    ca = await SandboxCa.create();
    signer = await SoftwareSigner.create({ ca, subject: signerSubject });
  });

  it('round-trips a Hindi note: every step ok, signer named in RFC 4514', async () => {
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), allOk);
    assert.equal(result.valid, true);
    assert.ok(result.steps.every((step) => step.reason === null));
    assert.equal(result.signer?.subject, 'CN=रमेश कुमार / Ramesh Kumar,O=श्रम विभाग / Labour Department,C=IN');
    assert.equal(result.signer?.issuer, 'CN=e-Office Sandbox Root CA,O=e-Office Sandbox,C=IN');
    assert.match(result.signer?.serialNumber ?? '', /^[0-9a-f]{1,64}$/);
    assert.match(result.signer?.sha256Fingerprint ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(Object.keys(toVerificationResult(result)), ['valid', 'checkedAt', 'steps']);
  });

  it('verifies against the digest alone as well as the content', async () => {
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, digest: form.digest, trustAnchors: [ca.certificate] });
    assert.equal(result.valid, true);
  });

  it('reports one changed character as a changed content, the other steps ok', async () => {
    const { cms } = await signContent(signer, hindiNote);
    const changed = await canonicalForm({ ...hindiNote, body: hindiNote.body.replace('अवलोकन', 'अवलोकण') });
    const result = await verifyDetachedCms({ cms, content: changed.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), { ...allOk, digest: 'failed' });
    assert.equal(result.valid, false);
    assert.match(reasonOf(result, 'digest'), /content changed since it was signed/);
  });

  it('calls a certificate from another CA untrusted', async () => {
    const otherCa = await SandboxCa.create({ subject: [['CN', 'Some Other CA']] });
    const stranger = await SoftwareSigner.create({ ca: otherCa, subject: signerSubject });
    const { form, cms } = await signContent(stranger, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), { ...allOk, chain: 'failed' });
    assert.match(reasonOf(result, 'chain'), /does not chain to a configured trust anchor/);
  });

  it('does not trust an impostor CA with the same name as the trust anchor', async () => {
    const impostor = await SandboxCa.create();
    const forger = await SoftwareSigner.create({ ca: impostor, subject: signerSubject });
    const { form, cms } = await signContent(forger, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.equal(statuses(result).chain, 'failed');
  });

  it('chains through an intermediate the CMS carries, and fails without it', async () => {
    const subCa = await ca.createIntermediate();
    const underSub = await SoftwareSigner.create({ ca: subCa, subject: signerSubject });
    assert.equal((await underSub.chain()).length, 1);
    const { form, cms } = await signContent(underSub, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), allOk);
    assert.equal(result.signer?.issuer, 'CN=e-Office Sandbox Sub-CA,O=e-Office Sandbox,C=IN');

    // The same signature with the intermediate left out of the CMS no longer reaches the root.
    const { signedData } = parseSignedData(cms);
    signedData.certificates = signedData.certificates?.slice(0, 1);
    const withoutChain = new Uint8Array(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema() })
        .toSchema()
        .toBER(),
    );
    const broken = await verifyDetachedCms({
      cms: withoutChain,
      content: form.bytes,
      trustAnchors: [ca.certificate],
    });
    assert.deepEqual(statuses(broken), { ...allOk, chain: 'failed' });
  });

  it('fails signing-certificate-v2 when the CMS carries another certificate for the same key and serial', async () => {
    const keys = await generateSigningKeyPair();
    const serialNumber = new Uint8Array([0x42, 0x01, 0x02, 0x03]);
    const original = await ca.issue({ publicKey: keys.publicKey, subject: signerSubject, serialNumber });
    // Same issuer, serial and key, other validity: the substitution ESS signing-certificate-v2 exists to catch.
    const substitute = await ca.issue({
      publicKey: keys.publicKey,
      subject: signerSubject,
      serialNumber,
      notAfter: new Date(Date.now() + 10 * 365 * 86_400_000),
    });
    const form = await canonicalForm(hindiNote);
    const cms = await buildDetachedCms({
      digest: form.digest,
      certificate: original,
      sign: async (bytes) =>
        new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, bytes.slice())),
    });
    const good = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(good), allOk);

    const { signedData } = parseSignedData(cms);
    signedData.certificates = [parseCertificate(substitute)];
    const swapped = new Uint8Array(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema() })
        .toSchema()
        .toBER(),
    );
    const result = await verifyDetachedCms({
      cms: swapped,
      content: form.bytes,
      trustAnchors: [ca.certificate],
    });
    assert.deepEqual(statuses(result), { ...allOk, signingCertificateV2: 'failed' });
    assert.match(reasonOf(result, 'signingCertificateV2'), /hash differs/);
  });

  it('rejects a signing time after the time of the check', async () => {
    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({
      cms,
      content: form.bytes,
      trustAnchors: [ca.certificate],
      at: new Date(Date.now() - 86_400_000),
    });
    assert.deepEqual(statuses(result), { ...allOk, validityAtSigningTime: 'failed' });
    assert.match(reasonOf(result, 'validityAtSigningTime'), /lies after the time of the check/);
  });

  it('fails validity for a certificate that had expired before the signing time', async () => {
    const expired = await SoftwareSigner.create({
      ca,
      subject: signerSubject,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2025-01-01T00:00:00Z'),
    });
    const { form, cms } = await signContent(expired, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), { ...allOk, validityAtSigningTime: 'failed' });
    assert.match(reasonOf(result, 'validityAtSigningTime'), /had expired at the signing time/);
  });

  it('accepts a signature made while the certificate was valid, checked after it expired', async () => {
    const oldSigner = await SoftwareSigner.create({
      ca,
      subject: signerSubject,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2025-01-01T00:00:00Z'),
      now: () => new Date('2024-06-01T10:00:00Z'),
    });
    const { form, cms } = await signContent(oldSigner, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), allOk);
    assert.equal(result.signer?.signingTime, '2024-06-01T10:00:00.000Z');
  });

  it('rejects a certificate whose key usage allows neither digitalSignature nor nonRepudiation', async () => {
    const encipherer = await SoftwareSigner.create({
      ca,
      subject: signerSubject,
      keyUsage: ['keyEncipherment', 'dataEncipherment'],
    });
    const { form, cms } = await signContent(encipherer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    assert.deepEqual(statuses(result), { ...allOk, keyUsage: 'failed' });
    assert.match(reasonOf(result, 'keyUsage'), /keyEncipherment, dataEncipherment/);
  });

  it('fails the signature step when the signature bytes are tampered with', async () => {
    const { form, cms } = await signContent(signer, hindiNote);
    const { signedData, signerInfo } = parseSignedData(cms);
    const signature = signerInfo.signature.valueBlock.valueHexView;
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    const tampered = new Uint8Array(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema() })
        .toSchema()
        .toBER(),
    );
    assert.equal(tampered.length, cms.length);
    const result = await verifyDetachedCms({
      cms: tampered,
      content: form.bytes,
      trustAnchors: [ca.certificate],
    });
    assert.deepEqual(statuses(result), { ...allOk, signature: 'failed' });
  });

  it('DER-sorts the signed attributes', async () => {
    const { cms } = await signContent(signer, hindiNote);
    const attributes = parseSignedData(cms).signerInfo.signedAttrs?.attributes ?? [];
    const encoded = attributes.map((attr) => new Uint8Array(attr.toSchema().toBER()));
    const sorted = [...encoded].sort(compareDer);
    assert.deepEqual(encoded, sorted);
    assert.deepEqual(
      attributes.map((attr) => attr.type),
      ['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.5', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47'],
    );
  });

  it('sorts attributes given in any order by their DER encoding, not by insertion', () => {
    const attr = (type: string, value: asn1js.AsnType) => new pkijs.Attribute({ type, values: [value] });
    const digest = attr(
      '1.2.840.113549.1.9.4',
      new asn1js.OctetString({ valueHex: new Uint8Array(32).buffer }),
    );
    const time = attr(
      '1.2.840.113549.1.9.5',
      new asn1js.UTCTime({ valueDate: new Date('2026-01-01T00:00:00Z') }),
    );
    const type = attr('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' }));
    assert.deepEqual(sortAttributes([digest, time, type]), [type, time, digest]);
    // X.690 pads the shorter encoding with zero octets: a prefix sorts first.
    assert.ok(compareDer(new Uint8Array([0x31, 0x01]), new Uint8Array([0x31, 0x01, 0x00])) === 0);
    assert.ok(compareDer(new Uint8Array([0x31]), new Uint8Array([0x31, 0x02])) < 0);
  });

  it('rejects a faulty signer (CMS over another digest) before anything is submitted', async () => {
    const faulty: Signer = {
      certificate: () => signer.certificate(),
      sign: async () => signer.sign(new Uint8Array(32).fill(7)),
    };
    let submitted = false;
    await assert.rejects(
      signContent(faulty, hindiNote).then(() => {
        submitted = true;
      }),
      (error: unknown) => error instanceof SignerMismatchError && /0707/.test(error.actualDigestHex ?? ''),
    );
    assert.equal(submitted, false);
  });

  it('raises CmsParseError for bytes that are not a CMS, never for a bad signature', async () => {
    await assert.rejects(
      verifyDetachedCms({ cms: new Uint8Array([1, 2, 3]), digest: new Uint8Array(32), trustAnchors: [] }),
      CmsParseError,
    );
    assert.throws(() => messageDigestOf(new Uint8Array([0x30, 0x03, 1, 1, 0])), CmsParseError);
  });

  it('is reachable through the lazy loadCms() entry', async () => {
    const cmsModule = await loadCms();
    assert.equal(cmsModule.verifyDetachedCms, verifyDetachedCms);
  });

  it('produces CMS that OpenSSL verifies against the sandbox root, directly and through a sub-CA', async (t) => {
    const subCa = await ca.createIntermediate();
    const underSub = await SoftwareSigner.create({ ca: subCa, subject: signerSubject });
    const direct = await signContent(signer, hindiNote);
    const viaSub = await signContent(underSub, hindiNote);
    for (const { form, cms } of [direct, viaSub]) {
      const ours = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
      assert.equal(ours.valid, true);
    }
    if (!hasOpenssl()) {
      t.diagnostic('openssl not found: only the OpenSSL cross-check is skipped');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'eoffice-cms-'));
    const opensslAccepts = (cms: Uint8Array, content: Uint8Array): boolean => {
      writeFileSync(join(dir, 'note.p7s'), cms);
      writeFileSync(join(dir, 'note.json'), content);
      try {
        execFileSync(
          'openssl',
          ['cms', '-verify', '-inform', 'DER', '-binary', '-in', join(dir, 'note.p7s')]
            .concat(['-content', join(dir, 'note.json'), '-CAfile', join(dir, 'ca.pem')])
            .concat(['-purpose', 'any', '-out', join(dir, 'out')]),
          { stdio: 'ignore' },
        );
        return true;
      } catch {
        return false;
      }
    };
    try {
      writeFileSync(join(dir, 'ca.pem'), ca.pem());
      assert.equal(opensslAccepts(direct.cms, direct.form.bytes), true);
      assert.equal(opensslAccepts(viaSub.cms, viaSub.form.bytes), true);
      // And OpenSSL, too, rejects the CMS over changed content.
      const changed = new TextEncoder().encode(direct.form.json.replace('अवलोकन', 'अवलोकण'));
      assert.equal(opensslAccepts(direct.cms, changed), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('signs and verifies a note fast enough (measured, not asserted)', async () => {
    const runs = 20;
    let signing = 0;
    let verifying = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const { form, cms } = await signContent(signer, hindiNote);
      const signed = performance.now();
      await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
      signing += signed - started;
      verifying += performance.now() - signed;
    }
    console.log(
      `note, software RSA-2048 key, Node, mean of ${runs}: sign ${(signing / runs).toFixed(1)} ms + ` +
        `verify ${(verifying / runs).toFixed(1)} ms = ${((signing + verifying) / runs).toFixed(1)} ms`,
    );
  });
});
