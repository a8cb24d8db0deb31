// <eo-send-dialog> with a scripted client: search, keyboard, validation, errors, events, focus, axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError, ForbiddenError, NetworkError, ValidationError } from '@eoffice/sdk';
import '../src/eo-send-dialog/define.js';
import type { EoSendDialog } from '../src/eo-send-dialog/eo-send-dialog.js';
import type {
  BeforeSendDetail,
  FileSentDetail,
  ReceiptActionResult,
  ReceiptSentDetail,
  SendMovement,
  SendRequest,
} from '../src/eo-send-dialog/types.js';
import { recipients, scriptedClient, sendResult, type ScriptedClient } from './fixtures/recipients.js';
import { setDocumentLanguage } from './helpers/language.js';

const FILE = 'file_leave2026a1';

function root(el: EoSendDialog): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}
function $<T extends Element = HTMLElement>(el: EoSendDialog, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function focused(el: EoSendDialog): Element | null {
  return root(el).activeElement;
}
/** `YYYY-MM-DD` `days` from today in IST, the calendar the server checks due dates in. */
function istDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
  return new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the due date field is typed: `DD-MM-YYYY`. */
function dayMonthYear(iso: string): string {
  return iso.split('-').reverse().join('-');
}

interface Setup {
  el: EoSendDialog;
  client: ScriptedClient;
  opener: HTMLButtonElement;
  shown: Promise<SendMovement | null>;
}

async function openDialog(delay = 0): Promise<Setup> {
  const client = scriptedClient();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener" type="button">Send file</button>
      <eo-send-dialog
        file-id=${FILE}
        file-number="A-12011/3/2026-Estt."
        search-delay=${delay}
        .client=${client}
      ></eo-send-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('eo-send-dialog') as EoSendDialog;
  const opener = wrapper.querySelector('#opener') as HTMLButtonElement;
  opener.focus();
  const shown = el.show();
  await waitUntil(() => el.open, 'the dialog opens');
  return { el, client, opener, shown };
}

/** Types into a search box as the browser would report it, and waits for the results. */
async function search(el: EoSendDialog, which: 'to' | 'copy', query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${which}-input`);
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  const controller = which === 'to' ? el.toSearch : el.copySearch;
  await controller.settled;
  await el.updateComplete;
}

async function chooseMain(el: EoSendDialog, query: string): Promise<void> {
  await search(el, 'to', query);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => root(el).querySelector('#to-change'), 'main recipient chosen');
}

function options(el: EoSendDialog, which: 'to' | 'copy'): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`#${which}-listbox [role="option"]`)];
}

describe('<eo-send-dialog>', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('opens as a modal dialog with focus in the recipient search', async () => {
    const { el } = await openDialog();
    const dialog = $<HTMLDialogElement>(el, 'dialog');
    expect(dialog.matches(':modal')).to.be.true;
    expect(focused(el)?.id).to.equal('to-input');
    expect(text($(el, 'h2'))).to.equal('Send file');
    expect(text(root(el))).to.contain('A-12011/3/2026-Estt.');
    // The alert region is in place for announcements but shows no empty box.
    expect($(el, '#general-error').getBoundingClientRect().height).to.equal(0);
  });

  it('searches once the user pauses, in Hindi, and shows designation, name and section', async () => {
    const { el, client } = await openDialog(50);
    const input = $<HTMLInputElement>(el, '#to-input');
    input.focus();
    // Several keystrokes in a row: only the last text reaches the server.
    for (const partial of ['अ', 'अव', 'अवर', 'अवर स', 'अवर सचिव']) {
      input.value = partial;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await el.toSearch.settled;
    await el.updateComplete;
    expect(client.searches).to.deep.equal(['अवर सचिव']);
    const found = options(el, 'to');
    expect(found).to.have.length(2);
    expect(text(found[0])).to.contain('Under Secretary (Establishment)');
    expect(text(found[0])).to.contain('Rajesh Kumar Tiwari');
    expect(text(found[0])).to.contain('Establishment Section');
    expect(text(found[0])).to.contain('US(ESTT)-LAB');
    expect(text(found[1])).to.contain('(on charge)');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '#to-status'))).to.contain('2 posts found');
  });

  it('asks for two letters before searching and says when nothing matches', async () => {
    const { el, client } = await openDialog();
    await search(el, 'to', 'क');
    expect(client.searches).to.deep.equal([]);
    expect(text($(el, '#to-status'))).to.equal('Type at least 2 letters.');
    await search(el, 'to', 'zz');
    expect(client.searches).to.deep.equal(['zz']);
    expect(text($(el, '#to-status'))).to.equal('No post matches.');
    expect($(el, '#to-input').getAttribute('aria-expanded')).to.equal('false');
  });

  it('is keyboard complete: arrows move aria-activedescendant, Enter chooses, Change goes back', async () => {
    const { el } = await openDialog();
    await search(el, 'to', 'under');
    const input = $<HTMLInputElement>(el, '#to-input');
    const [first, second] = options(el, 'to');
    expect(input.getAttribute('aria-activedescendant')).to.equal(first?.id);
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(second?.id);
    expect(second?.getAttribute('aria-selected')).to.equal('true');
    expect(root(el).getElementById(input.getAttribute('aria-activedescendant') ?? '')).to.equal(second);
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal(first?.id, 'wraps around');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'to-change', 'focus moves to the chosen post');
    expect(text($(el, '.chosen'))).to.contain('Neha Chaturvedi');
    expect(el.request?.to).to.equal(recipients.usMw.post.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'to-input', 'Change returns to the search');
    expect(el.request).to.equal(undefined);
  });

  it('adds and removes copies for information, never offering a post twice', async () => {
    const { el } = await openDialog();
    await chooseMain(el, 'राजेश');
    await search(el, 'copy', 'अवर सचिव');
    const [taken] = options(el, 'copy');
    expect(taken?.getAttribute('aria-disabled')).to.equal('true');
    expect(text(taken)).to.contain('already chosen');
    await sendKeys({ press: 'Enter' });
    expect(el.request?.copyTo).to.equal(undefined, 'the main recipient is not added as a copy');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await search(el, 'copy', 'AG2');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.request?.copyTo).to.deep.equal([recipients.usMw.post.id, recipients.ag2.post.id]);
    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('.chosen button')].find((b) =>
      text(b).includes('US(MW)-LAB'),
    );
    remove?.click();
    await el.updateComplete;
    expect(el.request?.copyTo).to.deep.equal([recipients.ag2.post.id]);
  });

  it('Escape closes an open list first, then cancels the dialog and returns focus', async () => {
    const { el, opener, shown } = await openDialog();
    let cancelled = 0;
    el.addEventListener('eo-send-cancel', () => cancelled++);
    await search(el, 'to', 'under');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect($(el, '#to-input').getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    expect(await shown).to.equal(null);
    expect(el.open).to.be.false;
    expect(cancelled).to.equal(1);
    expect(document.activeElement).to.equal(opener);
  });

  it('Cancel resolves null, fires eo-send-cancel and keeps what was typed for the same file', async () => {
    const { el, client, opener, shown } = await openDialog();
    await chooseMain(el, 'DS-LAB');
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.value = 'कृपया अवलोकन करें';
    remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const cancelEvent = oneEvent(el, 'eo-send-cancel');
    [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Cancel')?.click();
    const event = await cancelEvent;
    expect(event.detail).to.deep.equal({ fileId: FILE });
    expect(event.bubbles && event.composed).to.be.true;
    expect(await shown).to.equal(null);
    expect(document.activeElement).to.equal(opener);
    expect(client.sends).to.have.length(0);
    void el.show();
    await waitUntil(() => el.open);
    expect(el.request).to.include({ to: recipients.ds.post.id, remarks: 'कृपया अवलोकन करें' });
  });

  it('keeps Tab inside the dialog', async () => {
    const { el } = await openDialog();
    const send = $<HTMLButtonElement>(el, '[part~="send-button"]');
    send.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('to-input');
    await sendKeys({ press: 'Shift+Tab' });
    expect(focused(el)).to.equal(send);
  });

  it('checks the form before sending: recipient, remarks length, due date', async () => {
    const { el, client } = await openDialog();
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(text($(el, '#to-error'))).to.equal('Choose the post to send the file to.');
    expect($(el, '#to-input').getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => focused(el)?.id === 'to-input', 'focus goes to the field in error');

    await chooseMain(el, 'AG2');
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.value = 'क'.repeat(2003);
    remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const date = $<HTMLInputElement>(el, '#due-date');
    date.value = dayMonthYear(istDate(-1));
    date.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text($(el, '#remarks-counter'))).to.equal('2,003 of 2,000 characters');
    expect($(el, '#remarks-counter').classList.contains('over')).to.be.true;
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(text($(el, '#remarks-error'))).to.equal('The remarks are 3 characters too long.');
    expect(text($(el, '#due-date-error'))).to.equal('The due date cannot be in the past.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(client.sends).to.have.length(0);
    expect(remarks.value).to.have.length(2003, 'nothing typed is cut off');
  });

  describe('priority known late', () => {
    const checked = (el: EoSendDialog) =>
      root(el).querySelector<HTMLInputElement>('input[name="priority"]:checked')?.value;
    const sendNow = async (el: EoSendDialog, client: ScriptedClient) => {
      $<HTMLButtonElement>(el, '[part~="send-button"]').click();
      await waitUntil(() => client.sends.length === 1, 'sent');
      return client.sends[0]?.body.priority;
    };

    it("follows the file's priority when the portal learns it after opening", async () => {
      const { el, client } = await openDialog();
      expect(checked(el)).to.equal('normal');
      await chooseMain(el, 'DS');
      // The file's details (and so its priority) arrive while the dialog is open.
      el.priority = 'most_immediate';
      await el.updateComplete;
      expect(checked(el)).to.equal('most_immediate');
      expect(await sendNow(el, client)).to.equal('most_immediate');
    });

    it('never replaces a priority the user picked', async () => {
      const { el, client } = await openDialog();
      await chooseMain(el, 'DS');
      [...root(el).querySelectorAll<HTMLInputElement>('input[name="priority"]')][2]?.click();
      el.priority = 'normal';
      await el.updateComplete;
      expect(checked(el)).to.equal('most_immediate');
      expect(await sendNow(el, client)).to.equal('most_immediate');
    });

    it("proposes the file's priority again when opened for another file", async () => {
      const { el, client } = await openDialog();
      [...root(el).querySelectorAll<HTMLInputElement>('input[name="priority"]')][1]?.click();
      el.cancel();
      el.fileId = 'file_other0001';
      el.priority = 'most_immediate';
      void el.show();
      await waitUntil(() => el.open, 'open again');
      expect(checked(el)).to.equal('most_immediate');
      await chooseMain(el, 'DS');
      expect(await sendNow(el, client)).to.equal('most_immediate');
    });
  });

  it('sends: eo-before-send with the request, then eo-file-sent, show() resolves, focus returns', async () => {
    const { el, client, opener, shown } = await openDialog();
    await chooseMain(el, 'अवर सचिव (स्थापना)');
    await search(el, 'copy', 'मुकेश');
    await sendKeys({ press: 'Enter' });
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.value = '  कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें  ';
    remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    [...root(el).querySelectorAll<HTMLInputElement>('input[name="priority"]')][1]?.click();
    const date = $<HTMLInputElement>(el, '#due-date');
    date.value = dayMonthYear(istDate(3));
    date.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;

    const before = oneEvent(el, 'eo-before-send') as Promise<CustomEvent<BeforeSendDetail>>;
    const sent = oneEvent(el, 'eo-file-sent') as Promise<CustomEvent<FileSentDetail>>;
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    const beforeEvent = await before;
    const request = {
      to: recipients.usEstt.post.id,
      copyTo: [recipients.ag2.post.id],
      remarks: 'कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें',
      priority: 'immediate',
      dueDate: istDate(3),
    };
    expect(beforeEvent.cancelable && beforeEvent.bubbles && beforeEvent.composed).to.be.true;
    expect(beforeEvent.detail).to.deep.equal({ fileId: FILE, request });
    const sentEvent = await sent;
    const expected = sendResult(FILE, request as BeforeSendDetail['request']);
    expect(sentEvent.detail).to.deep.equal({ fileId: FILE, ...expected });
    const movement = await shown;
    expect(movement?.kind).to.equal('main');
    expect(movement?.to?.markingAbbreviation).to.equal('US(ESTT)-LAB');
    expect(client.sends).to.have.length(1);
    expect(client.sends[0]?.body).to.deep.equal(request);
    expect(client.sends[0]?.options?.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(el.open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('sends once on a double click and is disabled while sending', async () => {
    const { el, client, shown } = await openDialog();
    let release: () => void = () => undefined;
    client.answer = (call) =>
      new Promise((resolve) => {
        release = () => resolve(sendResult(call.fileId, call.body));
      });
    await chooseMain(el, 'DS');
    const send = $<HTMLButtonElement>(el, '[part~="send-button"]');
    send.click();
    send.click();
    await el.updateComplete;
    expect(send.disabled).to.be.true;
    expect(text(send)).to.equal('Sending…');
    send.click();
    expect(client.sends).to.have.length(1);
    release();
    expect((await shown)?.to?.id).to.equal(recipients.ds.post.id);
    expect(client.sends).to.have.length(1);
  });

  it('sends nothing when a host prevents eo-before-send', async () => {
    const { el, client } = await openDialog();
    el.addEventListener('eo-before-send', (event) => event.preventDefault(), { once: true });
    await chooseMain(el, 'DS');
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(client.sends).to.have.length(0);
    expect(el.open).to.be.true;
    expect(el.request?.to).to.equal(recipients.ds.post.id);
  });

  it('shows "not the holder" visibly and keeps the form', async () => {
    const { el, client } = await openDialog();
    client.answer = async () => {
      throw new ForbiddenError('403', {
        method: 'POST',
        url: `/files/${FILE}/send`,
        status: 403,
        problem: { status: 403, code: 'file.not_with_you', title: 'The file is not with you' },
      });
    };
    await chooseMain(el, 'DS');
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.value = 'अनुमोदनार्थ';
    remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await waitUntil(() => text($(el, '#general-error')) !== '', 'error shown');
    expect(text($(el, '#general-error'))).to.contain('no longer with you');
    expect($(el, '#general-error').getAttribute('role')).to.equal('alert');
    expect(remarks.value).to.equal('अनुमोदनार्थ');
    expect(el.open).to.be.true;
    expect($<HTMLButtonElement>(el, '[part~="send-button"]').disabled).to.be.false;
  });

  it('puts 422 field errors next to their fields and a 409 on top', async () => {
    const { el, client } = await openDialog();
    client.answer = async () => {
      throw new ValidationError('422', {
        method: 'POST',
        url: `/files/${FILE}/send`,
        status: 422,
        problem: {
          status: 422,
          code: 'recipient.self',
          errors: [{ pointer: '/copyTo/0', message: 'one of your own posts', code: 'recipient.self' }],
        },
      });
    };
    await chooseMain(el, 'DS');
    await search(el, 'copy', 'AG2');
    await sendKeys({ press: 'Enter' });
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await waitUntil(() => text($(el, '#copyTo-error')) !== '', 'field error shown');
    expect(text($(el, '#copyTo-error'))).to.equal('You cannot send to your own post.');
    expect($(el, '#copy-input').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#general-error'))).to.equal('');

    client.answer = async () => {
      throw new ConflictError('409', {
        method: 'POST',
        url: `/files/${FILE}/send`,
        status: 409,
        problem: { status: 409, code: 'file.parked', title: 'The file is parked' },
      });
    };
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await waitUntil(() => text($(el, '#general-error')) !== '', 'conflict shown');
    expect(text($(el, '#general-error'))).to.contain('parked');
    expect(el.request?.copyTo).to.deep.equal([recipients.ag2.post.id]);
  });

  it('retries the same request with the same Idempotency-Key, a changed one with a new key', async () => {
    const { el, client } = await openDialog();
    client.answer = async () => {
      throw new NetworkError('offline', { method: 'POST', url: `/files/${FILE}/send` });
    };
    await chooseMain(el, 'DS');
    const send = $<HTMLButtonElement>(el, '[part~="send-button"]');
    send.click();
    await waitUntil(() => client.sends.length === 1 && !send.disabled);
    expect(text($(el, '#general-error'))).to.contain('Cannot reach e-Office');
    send.click();
    await waitUntil(() => client.sends.length === 2 && !send.disabled);
    expect(client.sends[1]?.options?.idempotencyKey).to.equal(client.sends[0]?.options?.idempotencyKey);
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.value = 'तत्काल';
    remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    send.click();
    await waitUntil(() => client.sends.length === 3 && !send.disabled);
    expect(client.sends[2]?.options?.idempotencyKey).not.to.equal(client.sends[0]?.options?.idempotencyKey);
  });

  it('speaks Hindi when the page does', async () => {
    await setDocumentLanguage('hi');
    const { el } = await openDialog();
    await search(el, 'to', 'अवर');
    expect(text($(el, 'h2'))).to.equal('नस्ती भेजें');
    expect(text($(el, '#to-label'))).to.equal('प्रेषिती');
    expect(text(options(el, 'to')[0])).to.contain('अवर सचिव (स्थापना)');
    expect(text(options(el, 'to')[0])).to.contain('राजेश कुमार तिवारी');
    expect(text($(el, '[part~="send-button"]'))).to.equal('भेजें');
  });

  for (const lang of ['en', 'hi']) {
    it(`is accessible in ${lang} (axe), with results and errors shown`, async () => {
      await setDocumentLanguage(lang);
      const { el } = await openDialog();
      await expect(el).to.be.accessible();
      await search(el, 'to', 'अवर');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="send-button"]').click();
      await el.updateComplete;
      expect(text($(el, '#to-error'))).not.to.equal('');
      await chooseMain(el, 'DS');
      await search(el, 'copy', 'AG2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<eo-send-dialog> for a receipt', () => {
  it('sends a receipt through client.receipts.send, after a cancelable eo-before-receipt-send', async () => {
    const client = scriptedClient();
    const receiptSends: { receiptId: string; body: SendRequest }[] = [];
    const withReceipts = {
      ...client,
      receipts: {
        send: async (receiptId: string, body: SendRequest) => {
          receiptSends.push({ receiptId, body });
          const { movements } = sendResult(FILE, body);
          return {
            receipt: { id: receiptId, number: '17/2026/CR' },
            movements,
          } as unknown as ReceiptActionResult;
        },
      },
    };
    const el = await fixture<EoSendDialog>(
      html`<eo-send-dialog
        receipt-id="rcpt_new00001"
        search-delay="0"
        .client=${withReceipts}
      ></eo-send-dialog>`,
    );
    void el.show();
    await waitUntil(() => el.open, 'the dialog opens');
    expect(text($(el, 'h2'))).to.equal('Send receipt');
    await chooseMain(el, 'DS');
    el.addEventListener('eo-before-receipt-send', (event) => event.preventDefault(), { once: true });
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(receiptSends).to.have.length(0);
    expect(el.open).to.equal(true);
    const sent = oneEvent(el, 'eo-receipt-sent') as Promise<CustomEvent<ReceiptSentDetail>>;
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    const { detail } = await sent;
    expect(detail.receiptId).to.equal('rcpt_new00001');
    expect(receiptSends.map((s) => s.receiptId)).to.deep.equal(['rcpt_new00001']);
    expect(client.sends, 'no file was sent').to.have.length(0);
    expect(el.open).to.equal(false);
  });
});
