// <eo-signature-widget> against the real sandbox the test runner started (seeded demo department):
// a seeded officer signs her own green note with the sandbox key (a WebCrypto key in this page, its
// certificate from the sandbox CA), the server verifies it; then a draft revised after signing is
// reported as changed, and a signature over a stale digest is refused.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type EOfficeClient, type Schemas } from '@eoffice/sdk';
import '../src/eo-signature-widget/define.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import type { SignatureWidgetState } from '../src/eo-signature-widget/types.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

async function reached(el: EoSignatureWidget, state: SignatureWidgetState): Promise<void> {
  await waitUntil(() => el.currentState === state || el.currentState === 'error', `state ${state}`, {
    timeout: 15000,
  });
  await el.updateComplete;
  expect(el.currentState, `error ${el.errorCode}`).to.equal(state);
}
function verdict(el: EoSignatureWidget): string | null | undefined {
  return el.shadowRoot?.querySelector('[part~="verdict"]')?.getAttribute('data-verdict');
}

/** Seeded officers who wrote green notes on files they hold (sunita.verma holds none of her own). */
const AUTHORS = ['rajesh.tiwari', 'dinesh.joshi', 'meenakshi.dubey', 'pradeep.chauhan'];

/**
 * A seeded officer and a green note she or he wrote and has not signed: only such notes may be signed
 * (author only, green, once).
 */
async function unsignedOwnNote(): Promise<{ client: EOfficeClient; note: Schemas['Note'] }> {
  for (const username of AUTHORS) {
    const client = as(username);
    const me = await client.auth.me();
    const files = await client.files.list({ limit: 50 }).toArray({ limit: 200 });
    for (const file of files) {
      const notes = await client.notes.list(file.id).toArray({ limit: 500 });
      const note = notes.find(
        (n) => n.author.id === me.user.id && n.status === 'green' && n.signatureId === null,
      );
      if (note) return { client, note };
    }
  }
  throw new Error('no seeded officer has an unsigned green note of their own');
}

async function fileWithDraft(client: EOfficeClient, subject: string) {
  const file = await client.files.create({
    numbering: {
      scheme: 'non_sfs',
      fileNumber: `SIGN/${Date.now()}/${Math.random().toString(36).slice(2, 6)}`,
    },
    nature: 'electronic',
    subject: 'वरिष्ठता सूची — हस्ताक्षर परीक्षण',
  });
  const draft = await client.drafts.create(file.id, {
    draftType: 'letter',
    subject,
    language: 'hi',
    addressees: [{ name: 'श्रमायुक्त', organisation: 'श्रम विभाग, इंदौर' }],
    body: '<p>वरिष्ठता सूची का प्रारूप संलग्न है।</p>',
  });
  return { file, draft };
}

async function revise(client: EOfficeClient, draft: Schemas['Draft']): Promise<void> {
  const current = await client.drafts.get(draft.id);
  await client.drafts.revise(
    draft.id,
    { ...current.content, body: `${current.content.body}<p>संशोधित।</p>` } as Schemas['ReviseDraftRequest'],
    { ifMatch: current.etag },
  );
}

describe('<eo-signature-widget> against the sandbox', () => {
  it('a seeded officer signs their green note with the sandbox key and sees it verified', async () => {
    const { client: officer, note } = await unsignedOwnNote();
    const me = await officer.auth.me();
    const el = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        .client=${officer}
        target-type="note"
        target-id=${note.id}
        methods="sandbox_key"
      ></eo-signature-widget>`,
    );
    await reached(el, 'ready');
    await el.sign();
    await reached(el, 'signed');
    expect(verdict(el)).to.equal('valid');
    expect(el.signature?.method).to.equal('sandbox_key');
    expect(el.signature?.certificate.subject).to.contain(me.user.name.en);
    expect(el.signature?.signer.id).to.equal(me.user.id);
    const stored = await officer.notes.get(note.id);
    expect(stored.signatureId).to.equal(el.signature?.id);

    // Anyone who may see the file can check it later, in verify mode.
    const check = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        mode="verify"
        .client=${officer}
        signature-id=${stored.signatureId ?? ''}
      ></eo-signature-widget>`,
    );
    await reached(check, 'verified');
    expect(verdict(check)).to.equal('valid');
    await expect(check).to.be.accessible();
  });

  it('reports a draft revised after it was signed as "content changed after signing"', async () => {
    const sunita = as('sunita.verma');
    const { draft } = await fileWithDraft(sunita, 'वरिष्ठता सूची का प्रकाशन');
    const el = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        .client=${sunita}
        target-type="draft"
        target-id=${draft.id}
        methods="sandbox_key"
      ></eo-signature-widget>`,
    );
    await reached(el, 'ready');
    expect(el.shadowRoot?.textContent).to.contain('वरिष्ठता सूची का प्रकाशन');
    await el.sign();
    await reached(el, 'signed');
    const signatureId = el.signature?.id ?? '';

    await revise(sunita, draft);

    const check = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        mode="verify"
        .client=${sunita}
        signature-id=${signatureId}
      ></eo-signature-widget>`,
    );
    await reached(check, 'verified');
    expect(verdict(check)).to.equal('changed');
    const digestStep = check.shadowRoot?.querySelector('li[data-step="digest"]');
    expect(digestStep?.classList.contains('failed')).to.equal(true);
    expect(check.verification?.steps.find((s) => s.step === 'signature')?.status).to.equal('ok');
  });

  it('refuses a signature over a stale digest when the draft changed after the payload was fetched', async () => {
    const sunita = as('sunita.verma');
    const { draft } = await fileWithDraft(sunita, 'अवकाश स्वीकृति');
    const el = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        .client=${sunita}
        target-type="draft"
        target-id=${draft.id}
        methods="sandbox_key"
      ></eo-signature-widget>`,
    );
    await reached(el, 'ready');
    await revise(sunita, draft);
    await el.sign();
    await reached(el, 'error');
    expect(el.errorCode).to.equal('payload-stale');
    expect(el.shadowRoot?.textContent).to.contain('changed after you opened it');
  });

  it('signs a draft with Aadhaar eSign through the simulated ESP and its OTP', async () => {
    const sunita = as('sunita.verma');
    const { draft } = await fileWithDraft(sunita, 'स्थानांतरण आदेश');
    const el = await fixture<EoSignatureWidget>(
      html`<eo-signature-widget
        .client=${sunita}
        target-type="draft"
        target-id=${draft.id}
        methods="esign"
      ></eo-signature-widget>`,
    );
    await reached(el, 'ready');
    await el.sign();
    await reached(el, 'awaiting-otp');
    const transactionId = el.esignTransaction?.id ?? '';
    // The sandbox's test endpoint reads the OTP its simulated ESP "sent" to the phone.
    const { otp } = await sunita.esign.simulatedOtp(transactionId);
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('input[name="otp"]');
    expect(el.shadowRoot?.activeElement).to.equal(input);
    (input as HTMLInputElement).value = otp;
    el.shadowRoot?.querySelector('form')?.requestSubmit();
    await reached(el, 'signed');
    expect(el.signature?.method).to.equal('esign');
    expect(verdict(el)).to.equal('valid');
  });
});
