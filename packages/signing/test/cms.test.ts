import { expect } from '@open-wc/testing';
import { loadCms, signContent } from '../src/index.js';
import { hindiNote } from './fixtures.js';
import { signerSubject } from './cms-helpers.js';

// The same code path as in Node: WebCrypto and pkijs, loaded through the lazy entry.
describe('detached CMS in the browser', () => {
  it('signs a Hindi note with a software key and verifies it, every step ok', async () => {
    const { SandboxCa, SoftwareSigner, verifyDetachedCms } = await loadCms();
    const ca = await SandboxCa.create();
    const signer = await SoftwareSigner.create({ ca, subject: signerSubject });

    const { form, cms } = await signContent(signer, hindiNote);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    expect(result.valid).to.be.true;
    expect(result.steps.map((step) => step.status)).to.deep.equal(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(result.signer?.subject).to.equal(
      'CN=रमेश कुमार / Ramesh Kumar,O=श्रम विभाग / Labour Department,C=IN',
    );

    const runs = 20;
    let signing = 0;
    let verifying = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const signed = await signContent(signer, hindiNote);
      const afterSign = performance.now();
      await verifyDetachedCms({
        cms: signed.cms,
        content: signed.form.bytes,
        trustAnchors: [ca.certificate],
      });
      signing += afterSign - started;
      verifying += performance.now() - afterSign;
    }
    console.log(
      `note, software RSA-2048 key, Chromium, mean of ${runs}: sign ${(signing / runs).toFixed(1)} ms + ` +
        `verify ${(verifying / runs).toFixed(1)} ms = ${((signing + verifying) / runs).toFixed(1)} ms`,
    );
  });

  it('reports a changed character in the browser too', async () => {
    const { SandboxCa, SoftwareSigner, verifyDetachedCms } = await loadCms();
    const ca = await SandboxCa.create();
    const signer = await SoftwareSigner.create({ ca, subject: signerSubject });
    const { cms } = await signContent(signer, hindiNote);
    const changed = new TextEncoder().encode('{"body":"changed"}');
    const result = await verifyDetachedCms({ cms, content: changed, trustAnchors: [ca.certificate] });
    expect(result.valid).to.be.false;
    expect(result.steps.filter((step) => step.status === 'failed').map((step) => step.step)).to.deep.equal([
      'digest',
    ]);
  });
});
