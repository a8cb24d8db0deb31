// <eo-signature-widget> against a scripted client: every state in English and Hindi (axe clean),
// the host's veto, a faulty signer stopped before submission, an insecure page, eSign OTPs, verify mode.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DscBridge, type DscSignDigest } from '@eoffice/signing';
import '../src/eo-signature-widget/define.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import { setDocumentLanguage } from './helpers/language.js';
import {
  STATES,
  button,
  dscToken,
  inState,
  mount,
  reached,
  root,
  text,
} from './fixtures/signature-states.js';
import { NOTE_ID, SIGNATURE_ID, bridgeFetch, gate, verification } from './fixtures/signatures.js';

function heading(el: EoSignatureWidget): string {
  return text(root(el).querySelector('[part~="heading"]'));
}

describe('<eo-signature-widget>', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  for (const lang of ['en', 'hi'] as const) {
    describe(`every state in ${lang === 'en' ? 'English' : 'Hindi'}`, () => {
      beforeEach(async () => {
        await setDocumentLanguage(lang);
      });
      for (const state of STATES) {
        it(`${state}: renders a heading and is axe clean`, async () => {
          const { el, gates } = await inState(state);
          try {
            expect(el.currentState).to.equal(state);
            expect(heading(el)).not.to.equal('');
            if (lang === 'hi') expect(heading(el)).to.match(/[\u0900-\u097F]/);
            await expect(el).to.be.accessible();
          } finally {
            for (const g of gates) g.open();
          }
        });
      }
    });
  }

  it("shows the server's own words only in the language they were asked in", async () => {
    const stale = Object.assign(new Error('409'), {
      code: 'signature.payload_stale',
      problem: { detail: 'The note was changed at 10:31 by another officer.' },
    });
    const { el } = await mount({ fail: { signingPayload: stale } });
    await reached(el, 'error');
    const reason = () => text(root(el).querySelector('[part~="status"] .reason'));
    expect(reason()).to.equal('The note was changed at 10:31 by another officer.');
    await setDocumentLanguage('hi');
    await el.updateComplete;
    expect(reason()).to.equal('');
    expect(text(root(el).querySelector('[part~="status"]'))).not.to.match(/[A-Za-z]{3,}/);
    await setDocumentLanguage('en');
    await el.updateComplete;
    expect(reason()).to.equal('The note was changed at 10:31 by another officer.');
  });

  it('shows what will be signed: title, author and the fingerprint in groups of four', async () => {
    const { el, client } = await inState('ready');
    const summary = text(root(el).querySelector('[part~="summary"]'));
    expect(summary).to.contain('Note 4');
    expect(summary).to.contain('Sunita Verma, Section Officer');
    const fingerprint = text(root(el).querySelector('[part~="fingerprint"]'));
    expect(fingerprint).to.match(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    expect(client.calls).to.include.members(['signingPayload', 'notes.get']);
  });

  it('signs with the sandbox key, submits a CMS that verifies, and shows the verdict', async () => {
    const { el, client } = await mount({}, { methods: ['sandbox_key'] });
    await reached(el, 'ready');
    const signed = oneEvent(el, 'eo-signed');
    button(el, /^Sign$/).click();
    const event = await signed;
    expect(event.detail.signature.id).to.equal(SIGNATURE_ID);
    expect(client.submitted).to.have.length(1);
    expect(client.submitted[0]?.method).to.equal('sandbox_key');
    expect(client.submitted[0]?.valid).to.equal(true);
    await reached(el, 'signed');
    expect(heading(el)).to.equal('Signature verified');
    const facts = text(root(el).querySelector('[part~="signature"]'));
    expect(facts).to.contain('4f2a 9c01 b3d5 e7f9');
    expect(facts).to.contain('CN=e-Office Sandbox Sub-CA');
    expect(facts).to.contain('23 Nov 2026, 11:34 am'); // 06:04 UTC in IST
    expect(root(el).querySelectorAll('ol.steps li')).to.have.length(6);
  });

  it('signs nothing when the host prevents eo-before-sign', async () => {
    const { el, client } = await mount({}, { methods: ['sandbox_key'] });
    await reached(el, 'ready');
    const seen: string[] = [];
    el.addEventListener('eo-before-sign', (event) => {
      seen.push(`${event.detail.method} ${event.detail.target.id} ${event.detail.digest.length}`);
      event.preventDefault();
    });
    button(el, /^Sign$/).click();
    await el.updateComplete;
    expect(seen).to.deep.equal([`sandbox_key ${NOTE_ID} 64`]);
    expect(el.currentState).to.equal('ready');
    expect(client.calls).not.to.include('issueSandboxCertificate');
    expect(client.calls).not.to.include('submitSignature');
  });

  it('stops a DSC signer that returns a CMS over another digest, before submitting', async () => {
    const { token, der, registered } = await dscToken();
    const other = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode('another note')),
    );
    const faulty: DscSignDigest = () => token.sign(other);
    const bridge = new DscBridge({ fetch: bridgeFetch({ live: true, certificate: der }) });
    const { el, client } = await mount({ registered }, { methods: ['dsc'], adapter: faulty, bridge });
    await reached(el, 'ready');
    el.sign('dsc');
    await reached(el, 'choose-certificate');
    const failed = oneEvent(el, 'eo-sign-error');
    button(el, /Sign with this certificate/).click();
    const event = await failed;
    expect(event.detail.code).to.equal('signer-mismatch');
    await reached(el, 'error');
    expect(el.errorCode).to.equal('signer-mismatch');
    expect(text(root(el))).to.contain('Nothing was submitted');
    expect(client.calls).not.to.include('submitSignature');
  });

  it('signs through a DSC bridge with a registered certificate', async () => {
    const { ca, token, der, registered } = await dscToken();
    const bridge = new DscBridge({ fetch: bridgeFetch({ live: true, certificate: der }) });
    const { el, client } = await mount(
      { registered, ca },
      { methods: ['dsc'], adapter: (digest) => token.sign(digest), bridge },
    );
    await reached(el, 'ready');
    el.sign('dsc');
    await reached(el, 'choose-certificate');
    expect(text(root(el))).to.contain('eMudhra Class 3 token');
    button(el, /Sign with this certificate/).click();
    await reached(el, 'signed');
    expect(client.submitted[0]?.method).to.equal('dsc');
    expect(client.submitted[0]?.valid).to.equal(true);
  });

  it('explains a missing signer service, retries, and cancels back to the review', async () => {
    const { el } = await inState('service-not-running');
    expect(text(root(el))).to.contain('local network');
    expect(root(el).activeElement?.getAttribute('part')).to.equal('heading');
    const cancelled = oneEvent(el, 'eo-sign-cancel');
    button(el, /Cancel/).click();
    expect((await cancelled).detail).to.deep.equal({ target: { type: 'note', id: NOTE_ID }, method: 'dsc' });
    await reached(el, 'ready');
  });

  it('says why on a page that is not a secure context', async () => {
    const { el, client } = await mount({}, { methods: ['sandbox_key'] });
    await reached(el, 'ready');
    // As on a plain-HTTP intranet host: the browser exposes no crypto.subtle.
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      await el.sign('sandbox_key');
      await reached(el, 'error');
    } finally {
      delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
    expect(crypto.subtle).to.exist;
    expect(el.errorCode).to.equal('insecure-context');
    expect(text(root(el))).to.contain('HTTPS');
    expect(client.calls).not.to.include('issueSandboxCertificate');
    expect(client.calls).not.to.include('submitSignature');
  });

  it('eSign: a wrong OTP keeps the field open with an error; the right one signs', async () => {
    const { el, client } = await inState('awaiting-otp');
    const input = root(el).querySelector<HTMLInputElement>('input[name="otp"]') as HTMLInputElement;
    expect(root(el).activeElement).to.equal(input);
    input.value = '111111';
    root(el).querySelector('form')?.requestSubmit();
    await waitUntil(
      () => el.currentState === 'awaiting-otp' && root(el).querySelector('#otp-error'),
      'OTP refused',
    );
    expect(root(el).querySelector('input[name="otp"]')?.getAttribute('aria-invalid')).to.equal('true');
    const again = root(el).querySelector<HTMLInputElement>('input[name="otp"]') as HTMLInputElement;
    again.value = '482913';
    root(el).querySelector('form')?.requestSubmit();
    await reached(el, 'signed');
    expect(client.calls.filter((c) => c === 'esign.complete')).to.have.length(2);
    expect(client.calls).not.to.include('submitSignature');
  });

  it('announces state changes in a polite live region and moves focus to the new heading', async () => {
    const { el, gates } = await inState('signing');
    expect(text(root(el).querySelector('[part="announcer"]'))).to.equal('Signing…');
    gates.forEach((g) => g.open());
    await reached(el, 'signed');
    expect(text(root(el).querySelector('[part="announcer"]'))).to.equal('Signature verified');
    expect(root(el).activeElement?.getAttribute('part')).to.equal('heading');
  });

  it('picks up where it was after being moved in the document mid-request', async () => {
    const hold = gate();
    const { el, client } = await mount({ hold: { signingPayload: hold.promise } });
    const parent = el.parentElement as HTMLElement;
    el.remove();
    hold.open();
    parent.append(el);
    await reached(el, 'ready');
    expect(client.calls.filter((c) => c === 'signingPayload')).to.have.length(2);
  });

  it('is keyboard reachable: native radios for the method, focus follows the flow and returns on cancel', async () => {
    const { registered, der } = await dscToken();
    const bridge = new DscBridge({ fetch: bridgeFetch({ live: false, certificate: der }) });
    const { el } = await mount({ registered }, { adapter: async () => new Uint8Array(), bridge });
    await reached(el, 'ready');
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[name="method"]')];
    expect(radios.map((r) => r.value)).to.deep.equal(['sandbox_key', 'dsc', 'esign']);
    // Arrow keys move a native radio group's selection; the change event records it.
    radios[1]?.focus();
    radios[1]?.click();
    await el.updateComplete;
    const signButton = button(el, /^Sign$/);
    signButton.focus();
    signButton.click();
    await reached(el, 'service-not-running');
    expect(root(el).activeElement?.getAttribute('part')).to.equal('heading');
    button(el, /Cancel/).click();
    await reached(el, 'ready');
    expect(root(el).activeElement?.getAttribute('part')).to.equal('heading');
  });

  it('drops a method the server does not offer after its first refusal', async () => {
    const notSandbox = Object.assign(new Error('404'), { status: 404 });
    const { el, client } = await mount({ fail: { issueSandboxCertificate: notSandbox } });
    await reached(el, 'ready');
    expect(el.offeredMethods).to.deep.equal(['sandbox_key', 'dsc', 'esign']);
    await el.sign('sandbox_key');
    await reached(el, 'error');
    expect(el.errorCode).to.equal('method-unavailable');
    expect(el.offeredMethods).to.deep.equal(['dsc', 'esign']);
    expect(client.calls).not.to.include('submitSignature');
  });

  describe('verify mode', () => {
    const cases = [
      [{}, 'valid', 'Signature verified'],
      [{ digest: 'The note changed after signing.' }, 'changed', 'Content changed after signing'],
      [{ chain: 'No path to a trust anchor.' }, 'untrusted', 'Issuer not trusted'],
      [{ validityAtSigningTime: 'Signed after notAfter.' }, 'expired', 'Certificate not valid when signed'],
      [{ chain: 'The certificate is revoked.' }, 'revoked', 'Certificate revoked or unknown'],
      [{ signature: 'Bad signature.' }, 'invalid', 'Signature not valid'],
    ] as const;
    for (const [failed, verdict, title] of cases) {
      it(`shows “${title}”`, async () => {
        const { el } = await mount({ verify: verification(failed) }, { mode: 'verify' });
        await reached(el, 'verified');
        expect(root(el).querySelector('[part~="verdict"]')?.getAttribute('data-verdict')).to.equal(verdict);
        expect(heading(el)).to.equal(title);
        const steps = [...root(el).querySelectorAll('ol.steps li')];
        expect(steps).to.have.length(6);
        for (const [step, reason] of Object.entries(failed)) {
          const li = root(el).querySelector(`li[data-step="${step}"]`);
          expect(li?.classList.contains('failed')).to.equal(true);
          expect(text(li)).to.contain(reason);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('shows an unknown signature as such', async () => {
      const { el } = await mount(
        {
          fail: { 'signatures.get': Object.assign(new Error('404'), { status: 404, name: 'NotFoundError' }) },
        },
        { mode: 'verify' },
      );
      await reached(el, 'error');
      expect(heading(el)).to.equal('Signature not found');
    });
  });
});
