// <eo-notesheet-editor> against the real sandbox the test runner started (seeded demo department):
// the yellow note is created and updated through the SDK with If-Match, a save that lost a race with
// another tab becomes a conflict with nothing overwritten, confirm turns it green with the next
// paragraph numbers, and the HTML the editor sends is exactly what the server's sanitiser keeps.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-notesheet-editor/define.js';
// The real signature widget, for sign-before-send (the editor uses it by tag name).
import '../src/eo-signature-widget/index.js';
import type { EoSignatureWidget } from '../src/eo-signature-widget/eo-signature-widget.js';
import type { EoNotesheetEditor } from '../src/eo-notesheet-editor/eo-notesheet-editor.js';
import type { NotesheetClient } from '../src/eo-notesheet-editor/types.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

function root(el: EoNotesheetEditor): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
async function type(el: EoNotesheetEditor, value: string): Promise<void> {
  const editable = el.editableElement;
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  await sendKeys({ type: value });
}

/** A new electronic file held by the user who created it. */
async function newFile(client: EOfficeClient, subject: string) {
  return client.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `NSE/${Date.now()}/${Math.floor(Math.random() * 1e6)}` },
    nature: 'electronic',
    subject,
  });
}

async function mount(
  client: EOfficeClient,
  fileId: string,
  delay = 200,
  signBeforeSend = false,
): Promise<EoNotesheetEditor> {
  const el = await fixture<EoNotesheetEditor>(
    html`<eo-notesheet-editor
      .client=${client as unknown as NotesheetClient}
      file-id=${fileId}
      autosave-delay=${delay}
      ?sign-before-send=${signBeforeSend}
    ></eo-notesheet-editor>`,
  );
  await waitUntil(() => el.currentState === 'ready', 'notesheet loaded', { timeout: 8000 });
  await el.updateComplete;
  return el;
}

describe('<eo-notesheet-editor> against the sandbox', () => {
  it('autosaves the yellow note (create, then update with If-Match); the server keeps exactly what was sent', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'अवकाश नियम — स्पष्टीकरण');
    const el = await mount(sunita, file.id);
    expect(el.editable).to.be.true;
    await type(el, 'प्रस्ताव ');
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ type: 'अनुमोदनार्थ' });
    await sendKeys({ press: 'Control+b' });
    await sendKeys({ type: ' प्रस्तुत है।' });
    const first = await oneEvent(el, 'eo-note-saved');
    expect(first.detail.note.status).to.equal('yellow');
    await waitUntil(() => el.saveStatus === 'saved');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Second para' });
    await waitUntil(
      () => el.saveStatus === 'saved' && el.yellowNote?.paragraphs.length === 2,
      'update saved',
      { timeout: 8000 },
    );
    const [stored] = await as('sunita.verma').notes.list(file.id, { status: 'yellow' }).toArray({ limit: 5 });
    // The sanitised stored form equals the editor's output: the schema emits only allow-listed HTML.
    expect(stored?.paragraphs.map((p) => p.html)).to.deep.equal(el.paragraphs);
    expect(el.paragraphs[0]).to.equal('प्रस्ताव <strong>अनुमोदनार्थ</strong> प्रस्तुत है।');
    expect(stored?.etag).to.equal(el.yellowNote?.etag);
  });

  it('pasted hostile HTML is cleaned to what the server stores unchanged', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'चिपकाए गए पाठ की जाँच');
    const el = await mount(sunita, file.id, 60000);
    el.editableElement.focus();
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<p class=MsoNormal style="mso-line-height:1"><b>मुख्य</b> बिंदु <img src=x onerror="window.__xss=1"><a href="javascript:alert(1)" onclick="x()">link</a><script>window.__xss=2</script></p><ul><li style="color:red">एक</li></ul>',
    );
    el.editableElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    expect(el.paragraphs).to.deep.equal(['<strong>मुख्य</strong> बिंदु link', '<ul><li>एक</li></ul>']);
    await el.save();
    expect(el.saveStatus).to.equal('saved');
    const [stored] = await sunita.notes.list(file.id, { status: 'yellow' }).toArray({ limit: 1 });
    expect(stored?.paragraphs.map((p: { html: string }) => p.html)).to.deep.equal(el.paragraphs);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('a save that lost to another tab shows both versions and overwrites nothing', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'वरिष्ठता सूची — आपत्तियाँ');
    const other = as('sunita.verma');
    const el = await mount(sunita, file.id, 60000);
    await type(el, 'From this tab');
    await el.save();
    expect(el.saveStatus).to.equal('saved');
    // Another tab of the same officer edits the note in between.
    const yellow = await other.notes.get(el.yellowNote?.id ?? '');
    await other.notes.update(
      yellow.id,
      { paragraphs: [{ html: 'From the other tab' }] },
      { ifMatch: yellow.etag },
    );
    await type(el, ' and more');
    await el.save();
    expect(el.saveStatus).to.equal('conflict');
    await waitUntil(() => root(el).querySelector('[part="conflict"]'), 'conflict shown');
    const conflict = root(el).querySelector('[part="conflict"]') as HTMLElement;
    expect(text(conflict.querySelector('.mine'))).to.contain('From this tab and more');
    expect(text(conflict.querySelector('.theirs'))).to.contain('From the other tab');
    expect((await other.notes.get(yellow.id)).paragraphs[0]?.html).to.equal('From the other tab');
    (conflict.querySelector('.keep-mine') as HTMLButtonElement).click();
    await waitUntil(() => el.saveStatus === 'saved', 'kept mine', { timeout: 8000 });
    expect((await other.notes.get(yellow.id)).paragraphs[0]?.html).to.equal('From this tab and more');
  });

  it('a table inserted from the toolbar, filled with Tab, is saved and read back unchanged', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'न्यूनतम वेतन — दरें');
    const el = await mount(sunita, file.id, 60000);
    await type(el, 'दरें इस प्रकार हैं:');
    (root(el).querySelector('[data-tool="table"]') as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelector('#table-chooser'), 'table chooser shown');
    const form = root(el).querySelector('#table-chooser') as HTMLFormElement;
    (form.querySelector('input[name="rows"]') as HTMLInputElement).value = '2';
    (form.querySelector('input[name="columns"]') as HTMLInputElement).value = '3';
    form.requestSubmit();
    for (const [i, cell] of ['श्रेणी', 'दर', 'from', 'अकुशल', '₹ 412', '2026'].entries()) {
      if (i > 0) await sendKeys({ press: 'Tab' });
      await sendKeys({ type: cell });
    }
    const table =
      '<table><tbody><tr><td>श्रेणी</td><td>दर</td><td>from</td></tr><tr><td>अकुशल</td><td>₹ 412</td><td>2026</td></tr></tbody></table>';
    expect(el.paragraphs).to.deep.equal([`दरें इस प्रकार हैं:${table}`]);
    await el.save();
    expect(el.saveStatus).to.equal('saved');
    const [stored] = await sunita.notes.list(file.id, { status: 'yellow' }).toArray({ limit: 1 });
    expect(stored?.paragraphs.map((p) => p.html)).to.deep.equal(el.paragraphs);

    // Read back in a fresh editor: the same table, editable, with the table tools loaded for it.
    el.remove();
    const again = await mount(sunita, file.id, 60000);
    expect(again.paragraphs).to.deep.equal([`दरें इस प्रकार हैं:${table}`]);
    expect([...again.editableElement.querySelectorAll('td')].map((td) => text(td))).to.deep.equal([
      'श्रेणी',
      'दर',
      'from',
      'अकुशल',
      '₹ 412',
      '2026',
    ]);
    // Confirmed, it renders read-only in the green note.
    await again.confirm();
    await again.updateComplete;
    const green = root(again).querySelector('[part="paragraph"] .body table') as HTMLTableElement;
    expect([...green.querySelectorAll('td')].map((td) => text(td))).to.have.length(6);
    expect(text(green.querySelector('td'))).to.equal('श्रेणी');
  });

  it('sign-before-send: confirm and send signs the note with the sandbox key, then goes on to send', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'अवकाश नियम — हस्ताक्षरित टिप्पणी');
    const el = await mount(sunita, file.id, 60000, true);
    expect(el.signBeforeSend).to.be.true;
    await type(el, 'प्रस्ताव हस्ताक्षर सहित प्रस्तुत है।');
    await el.save();
    const sendRequested = oneEvent(el, 'eo-send-request');
    (root(el).querySelector('[part="actions"] button:nth-child(2)') as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelector('eo-signature-widget'), 'signature widget shown', {
      timeout: 8000,
    });
    const widget = root(el).querySelector('eo-signature-widget') as EoSignatureWidget;
    const [note] = el.greenNotes;
    expect(widget.mode).to.equal('sign');
    expect(widget.targetType).to.equal('note');
    expect(widget.targetId).to.equal(note?.id);
    await waitUntil(() => widget.currentState === 'ready', 'widget ready', { timeout: 15000 });
    await widget.sign('sandbox_key');
    // Signed: the widget goes, the note shows its badge, and "send" carries on (no send dialog on this page).
    const requested = await sendRequested;
    expect(requested.detail.note.id).to.equal(note?.id);
    await waitUntil(() => root(el).querySelector('eo-signature-widget') === null, 'widget removed');
    const stored = await sunita.notes.get(note?.id ?? '');
    expect(stored.status).to.equal('green');
    expect(stored.signatureId).to.be.a('string');
    expect(el.greenNotes[0]?.signatureId).to.equal(stored.signatureId);
    await waitUntil(
      () => text(root(el).querySelector('[part="note"] [part="signature"]')) === 'Signature verified',
      'signature badge',
      { timeout: 8000 },
    );
  });

  it('sign-before-send: a failed or cancelled signing leaves the note green and unsent, with "send without signing"', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'अवकाश नियम — हस्ताक्षर रद्द');
    const el = await mount(sunita, file.id, 60000, true);
    await type(el, 'Not to be signed');
    await el.save();
    let sendRequests = 0;
    el.addEventListener('eo-send-request', () => (sendRequests += 1));
    (root(el).querySelector('[part="actions"] button:nth-child(2)') as HTMLButtonElement).click();
    await waitUntil(() => root(el).querySelector('eo-signature-widget'), 'signature widget shown', {
      timeout: 8000,
    });
    const widget = root(el).querySelector('eo-signature-widget') as EoSignatureWidget;
    await waitUntil(() => widget.currentState === 'ready', 'widget ready', { timeout: 15000 });
    const noteId = el.greenNotes[0]?.id ?? '';

    // A DSC token on a page that has not set up its signer service: an error, nothing signed or sent.
    const failed = oneEvent(el, 'eo-sign-error');
    await widget.sign('dsc');
    expect((await failed).detail.code).to.equal('dsc-adapter-missing');
    await el.updateComplete;
    const notice = () => text(root(el).querySelector('[part="sign"] [role="alert"]'));
    expect(notice()).to.contain('could not be signed');
    expect(notice()).to.contain('has not been sent');

    // Aadhaar eSign through the sandbox's simulated ESP: the user cancels at the OTP step.
    await widget.reload();
    await waitUntil(() => widget.currentState === 'ready', 'widget ready again', { timeout: 15000 });
    await widget.sign('esign');
    await waitUntil(() => widget.currentState === 'awaiting-otp', 'OTP asked', { timeout: 15000 });
    await widget.updateComplete;
    const cancel = [...(widget.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
      (b) => text(b) === 'Cancel',
    );
    const cancelled = oneEvent(el, 'eo-sign-cancel');
    cancel?.click();
    await cancelled;
    await el.updateComplete;
    expect(notice()).to.contain('was not signed and has not been sent');
    await expect(el).to.be.accessible();

    const stored = await sunita.notes.get(noteId);
    expect(stored.status).to.equal('green');
    expect(stored.signatureId).to.equal(null);
    expect((await sunita.files.get(file.id)).currentHolder?.id).to.equal(file.currentHolder?.id);
    expect(sendRequests).to.equal(0);
    expect(root(el).querySelector('[part="note"] [part="signature"]')).to.equal(null);

    // The way on: send it unsigned.
    const requested = oneEvent(el, 'eo-send-request');
    (root(el).querySelector('[part="sign"] .send-unsigned') as HTMLButtonElement).click();
    expect((await requested).detail.note.id).to.equal(noteId);
    await el.updateComplete;
    expect(root(el).querySelector('eo-signature-widget')).to.equal(null);
  });

  it('confirms: the note turns green with the next paragraph numbers; the file then reads as read-only to others', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita, 'स्थानांतरण नीति — प्रारूप');
    // An earlier note of two paragraphs (1 and 2).
    const earlier = await sunita.notes.create(file.id, {
      paragraphs: [{ html: 'पहला अनुच्छेद' }, { html: 'दूसरा अनुच्छेद' }],
    });
    await sunita.notes.confirm(earlier.id);
    const el = await mount(sunita, file.id, 60000);
    expect(el.editableElement.style.counterReset).to.equal('eo-para 2');
    await type(el, 'Third');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Fourth, see ' });
    const picker = root(el).querySelector('[data-tool="reference"]') as HTMLButtonElement;
    picker.click();
    await waitUntil(() => root(el).querySelector('[part="picker"]'), 'picker shown');
    const paraOne = [...root(el).querySelectorAll<HTMLButtonElement>('[part="picker"] button')].find(
      (b) => text(b) === 'para 1',
    );
    paraOne?.click();
    await el.save();
    setTimeout(() =>
      (root(el).querySelector('[part="actions"] button.primary') as HTMLButtonElement).click(),
    );
    const confirmed = await oneEvent(el, 'eo-note-confirmed');
    expect(confirmed.detail.note.status).to.equal('green');
    expect(confirmed.detail.note.paragraphs.map((p: { number: number | null }) => p.number)).to.deep.equal([
      3, 4,
    ]);
    expect(confirmed.detail.note.references).to.deep.equal([
      { kind: 'paragraph', label: 'para:1', targetId: earlier.id },
    ]);
    await el.updateComplete;
    const numbers = [...root(el).querySelectorAll('.paragraph .number')].map((n) => text(n));
    expect(numbers).to.deep.equal(['1.', '2.', '3.', '4.']);
    const notes = await sunita.notes.list(file.id).toArray({ limit: 10 });
    expect(notes.map((n) => n.status)).to.deep.equal(['green', 'green']);
    expect(el.paragraphs).to.deep.equal([]);

    // Sent onward, the file is no longer hers: the notesheet is read-only.
    const [to] = await sunita.directory.searchRecipients({ q: 'US(ESTT)' }).toArray({ limit: 1 });
    await sunita.files.send(file.id, { to: to?.post.id ?? '' });
    await el.refresh();
    await el.updateComplete;
    expect(el.editable).to.be.false;
    expect(root(el).querySelector('[part="yellow"]')).to.equal(null);
    expect(text(root(el).querySelector('.readonly-note'))).to.contain('Read only');
  });
});
