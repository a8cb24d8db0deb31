// <eo-draft-editor> against the real sandbox the test runner started (seeded demo department): a draft
// written in the letter layout is created and revised with If-Match; a save that lost a race shows both
// versions; approval (unsigned, and signed through <eo-signature-widget>), a later revision voiding it,
// issue with a dispatch number after a cancelable eo-before-issue, the dispatch register, and a rule the
// server enforced shown beside the button that met it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-draft-editor/define.js';
import '../src/eo-signature-widget/index.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import type { EoDraftEditor } from '../src/eo-draft-editor/eo-draft-editor.js';
import type { DraftClient } from '../src/eo-draft-editor/types.js';
import { setDocumentLanguage } from './helpers/language.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

const root = (el: EoDraftEditor) => el.shadowRoot as ShadowRoot;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: EoDraftEditor, action: string) =>
  root(el).querySelector(`[data-action="${action}"]`) as HTMLButtonElement | null;

async function newFile(client: EOfficeClient, subject: string) {
  return client.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `NSE/${Date.now()}/${Math.floor(Math.random() * 1e6)}` },
    nature: 'electronic',
    subject,
  });
}

async function mount(client: EOfficeClient, attrs: { fileId?: string; draftId?: string }) {
  const el = await fixture<EoDraftEditor>(
    html`<eo-draft-editor
      .client=${client as unknown as DraftClient}
      file-id=${attrs.fileId ?? ''}
      draft-id=${attrs.draftId ?? ''}
      autosave-delay="60000"
    ></eo-draft-editor>`,
  );
  await waitUntil(() => el.currentState === 'ready', 'drafts loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

async function fill(el: EoDraftEditor, name: string, value: string) {
  const field = root(el).querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  field.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function typeBody(el: EoDraftEditor, value: string) {
  await waitUntil(() => el.editorReady, 'editor mounted', { timeout: 8000 });
  const editable = el.editableElement;
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  await sendKeys({ type: value });
}

/** A draft written in the element on a new file held by Sunita (SO Establishment). */
async function written(sunita: EOfficeClient) {
  const file = await newFile(sunita, 'वेतन भुगतान शिकायत');
  const el = await mount(sunita, { fileId: file.id });
  button(el, 'new')?.click();
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('[name="subject"]'), 'fields shown', { timeout: 8000 });
  await fill(el, 'subject', 'बकाया वेतन के भुगतान के संबंध में');
  await fill(el, 'addressees', 'श्री रमेश यादव, अरेरा कॉलोनी, भोपाल');
  await fill(el, 'reference', 'आपका आवेदन दिनांक 02.11.2026');
  await fill(el, 'copyTo', 'श्रम आयुक्त, इंदौर');
  await typeBody(el, 'Sir, the employer has been directed to pay.');
  const saved = oneEvent(el, 'eo-draft-saved');
  await el.save();
  const { detail } = await saved;
  return { el, file, draft: detail.draft, created: detail.created };
}

describe('<eo-draft-editor> against the sandbox', () => {
  it('writes a letter in its layout and saves it; a later save is a new version with If-Match', async () => {
    const sunita = as('sunita.verma');
    const { el, draft, created } = await written(sunita);
    expect(created).to.be.true;
    expect(draft.revision).to.equal(1);
    expect(draft.content.subject).to.equal('बकाया वेतन के भुगतान के संबंध में');
    expect(draft.content.addressees).to.deep.equal([{ name: 'श्री रमेश यादव', address: 'अरेरा कॉलोनी, भोपाल' }]);
    expect(draft.content.reference).to.equal('आपका आवेदन दिनांक 02.11.2026');
    expect(draft.content.copyTo).to.deep.equal(['श्रम आयुक्त, इंदौर']);
    expect(draft.content.body).to.equal('<p>Sir, the employer has been directed to pay.</p>');

    await typeBody(el, ' Kindly note.');
    const saved = oneEvent(el, 'eo-draft-saved');
    await el.save();
    const second = (await saved).detail.draft;
    expect(second.revision).to.equal(2);
    const stored = await sunita.drafts.get(draft.id);
    expect(stored.content.body).to.equal('<p>Sir, the employer has been directed to pay. Kindly note.</p>');
    // The letter being written (fields in their places, toolbar, editor, approval) is axe clean in
    // English and Hindi.
    await expect(el).to.be.accessible();
    await setDocumentLanguage('hi');
    try {
      await el.updateComplete;
      expect(text(root(el).querySelector('[data-action="save"]'))).to.equal('संस्करण 3 के रूप में सहेजें');
      await expect(el).to.be.accessible();
    } finally {
      await setDocumentLanguage('en');
    }
  });

  it('inserts a table with the shared table tools; the letter keeps it with its heading row', async () => {
    const sunita = as('sunita.verma');
    const { el, draft } = await written(sunita);
    await typeBody(el, ' विवरण:');
    (root(el).querySelector('[data-tool="table"]') as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelector('#table-chooser'), 'table chooser shown', { timeout: 8000 });
    (root(el).querySelector('#table-chooser button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => el.editableElement.querySelector('table'), 'table inserted', { timeout: 8000 });
    await sendKeys({ type: 'माह' });
    const saved = oneEvent(el, 'eo-draft-saved');
    await el.save();
    const body = (await saved).detail.draft.content.body;
    expect(body).to.contain('<table><tbody><tr><td>माह</td>');
    expect((await sunita.drafts.get(draft.id)).content.body).to.equal(body);
  });

  it('shows both versions when the draft changed meanwhile, and saves mine as the next version on request', async () => {
    const sunita = as('sunita.verma');
    const { el, draft } = await written(sunita);
    const elsewhere = await sunita.drafts.revise(
      draft.id,
      { ...draft.content, body: '<p>Changed in another tab.</p>' },
      { ifMatch: draft.etag },
    );
    expect(elsewhere.revision).to.equal(2);
    await typeBody(el, ' Mine.');
    await el.save();
    await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'conflict shown', { timeout: 8000 });
    expect(el.saveState).to.equal('conflict');
    expect(text(root(el).querySelector('[part="conflict"]'))).to.contain('Changed in another tab.');
    expect(text(root(el).querySelector('[part="conflict"]'))).to.contain('Mine.');
    expect((await sunita.drafts.get(draft.id)).revision, 'nothing overwritten').to.equal(2);
    const saved = oneEvent(el, 'eo-draft-saved');
    button(el, 'keep-mine')?.click();
    const third = (await saved).detail.draft;
    expect(third.revision).to.equal(3);
    expect(third.content.body).to.contain('Mine.');
    await el.updateComplete;
    expect(root(el).querySelector('[part="conflict"]')).to.equal(null);
  });

  it('approves unsigned, voids the approval visibly on a later revision, then issues after eo-before-issue', async () => {
    const sunita = as('sunita.verma');
    const { el, draft } = await written(sunita);
    await waitUntil(
      () => root(el).querySelector('[part="approval"] input[type="checkbox"]'),
      'approval shown',
      {
        timeout: 8000,
      },
    );
    const sign = root(el).querySelector('[part="approval"] input[type="checkbox"]') as HTMLInputElement;
    sign.click();
    await el.updateComplete;
    const approved = oneEvent(el, 'eo-draft-approved');
    button(el, 'approve')?.click();
    const approval = (await approved).detail;
    expect(approval.signatureId).to.equal(null);
    expect(approval.draft.status).to.equal('approved');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="approved"]'))).to.contain('v1 approved by Sunita Verma');

    // A later revision voids the approval, and the element says so where every reader sees it.
    button(el, 'revise')?.click();
    await el.updateComplete;
    await typeBody(el, ' Revised after approval.');
    await el.save();
    await waitUntil(() => root(el).querySelector('[part="voided"]'), 'lapsed approval shown', {
      timeout: 8000,
    });
    expect(text(root(el).querySelector('[part="voided"]'))).to.contain(
      'approval of v1 by Sunita Verma lapsed',
    );
    expect(el.currentDraft?.status).to.equal('draft');

    const again = oneEvent(el, 'eo-draft-approved');
    button(el, 'approve')?.click();
    await again;
    await waitUntil(() => button(el, 'issue'), 'issue shown', { timeout: 8000 });
    const mode = root(el).querySelector('[part="issue"] select') as HTMLSelectElement;
    mode.value = 'by_hand';
    mode.dispatchEvent(new Event('change'));

    // A portal may veto: nothing is issued.
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('eo-before-issue', veto, { once: true });
    const before = oneEvent(el, 'eo-before-issue');
    button(el, 'issue')?.click();
    expect((await before).detail.mode).to.equal('by_hand');
    expect((await sunita.drafts.get(draft.id)).status).to.equal('approved');

    const issued = oneEvent(el, 'eo-draft-issued');
    button(el, 'issue')?.click();
    const { dispatchNumber } = (await issued).detail;
    expect(dispatchNumber).to.match(/^D\/\d+\/\d{4}\/Estt\.$/);
    await el.updateComplete;
    expect(text(root(el).querySelector('.dispatch-number'))).to.equal(dispatchNumber);
    expect(text(root(el).querySelector('[part="dispatch"]'))).to.contain(dispatchNumber);

    const register = await fixture<EoDraftEditor>(
      html`<eo-draft-editor view="register" .client=${sunita as unknown as DraftClient}></eo-draft-editor>`,
    );
    await waitUntil(
      () =>
        [...root(register).querySelectorAll('td.dispatch-number')].some((td) => text(td) === dispatchNumber),
      'the register lists the letter',
      { timeout: 8000 },
    );
  });

  it('approves after signing with the sandbox key through <eo-signature-widget>', async () => {
    const sunita = as('sunita.verma');
    const { el } = await written(sunita);
    await waitUntil(() => el.querySelector('eo-signature-widget'), 'signature widget placed', {
      timeout: 8000,
    });
    const widget = el.querySelector('eo-signature-widget') as EoSignatureWidget;
    expect(widget.targetType).to.equal('draft');
    await waitUntil(() => widget.currentState === 'ready', 'widget ready', { timeout: 15000 });
    const approved = oneEvent(el, 'eo-draft-approved');
    await widget.sign('sandbox_key');
    const { detail } = await approved;
    expect(detail.signatureId).to.be.a('string');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part="approved"]'))).to.contain('The signed version is locked');
    expect(text(root(el).querySelector('.signature-block'))).to.contain('Digitally signed');
    expect(el.querySelector('eo-signature-widget'), 'the widget leaves once approved').to.equal(null);
  });

  it('shows the server’s rule beside the button that met it: only the holder approves', async () => {
    const sunita = as('sunita.verma');
    const { el, file } = await written(sunita);
    await waitUntil(
      () => root(el).querySelector('[part="approval"] input[type="checkbox"]'),
      'approval shown',
      {
        timeout: 8000,
      },
    );
    (root(el).querySelector('[part="approval"] input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    // The file moves on in another tab; this page still offers approval.
    const me = await sunita.auth.me();
    const us = (await sunita.directory.posts({ q: 'US(ESTT)' }).toArray({ limit: 5 })).find(
      (p) => p.markingAbbreviation === 'US(ESTT)-LAB',
    );
    expect(us, 'the Under Secretary post').to.exist;
    await sunita.files.send(file.id, { to: us?.id as string });
    expect(me.posts.length).to.be.greaterThan(0);
    button(el, 'approve')?.click();
    await waitUntil(() => root(el).querySelector('#approve-rule'), 'rule shown', { timeout: 8000 });
    expect(text(root(el).querySelector('#approve-rule'))).to.equal(
      'Only the officer who holds the file can do this.',
    );
    expect(button(el, 'approve')?.getAttribute('aria-describedby')).to.equal('approve-rule');
  });
});
