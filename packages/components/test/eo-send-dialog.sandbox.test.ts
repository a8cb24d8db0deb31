// <eo-send-dialog> against the real sandbox the test runner started (seeded demo department): a
// holder searches a recipient in Hindi, sends, and the file's movements show the send.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-send-dialog/define.js';
import type { EoSendDialog } from '../src/eo-send-dialog/eo-send-dialog.js';
import type { FileSentDetail } from '../src/eo-send-dialog/types.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

function $<T extends Element = HTMLElement>(el: EoSendDialog, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function recipient(client: EOfficeClient, marking: string): Promise<string> {
  const [found] = await client.directory.searchRecipients({ q: marking }).toArray({ limit: 1 });
  if (!found) throw new Error(`no recipient ${marking}`);
  return found.post.id;
}

/** A new file that Sunita (SO Estt.) opened and put up to Rajesh (US Estt.), who now holds it. */
async function fileWithRajesh(): Promise<string> {
  const sunita = as('sunita.verma');
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/SEND/${Date.now()}` },
    nature: 'electronic',
    subject: 'अर्जित अवकाश स्वीकृति — सहायक ग्रेड-2',
  });
  await sunita.files.send(file.id, { to: await recipient(sunita, 'US(ESTT)') });
  return file.id;
}

/** Types as a person would, with the real keyboard, and waits for the search to offer a post. */
async function typeAndChoose(el: EoSendDialog, which: 'to' | 'copy', query: string, marking: string) {
  $(el, `#${which}-input`).focus();
  await sendKeys({ type: query });
  await waitUntil(
    () =>
      [...(el.shadowRoot?.querySelectorAll(`#${which}-listbox [role="option"]`) ?? [])].some((o) =>
        text(o).includes(marking),
      ),
    `the search offers ${marking}`,
    { timeout: 5000 },
  );
  const list = [...(el.shadowRoot?.querySelectorAll(`#${which}-listbox [role="option"]`) ?? [])];
  const index = list.findIndex((o) => text(o).includes(marking));
  for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
}

describe('<eo-send-dialog> against the sandbox', () => {
  it('sends a file the user holds to a post found in Hindi, with a copy', async () => {
    const fileId = await fileWithRajesh();
    const rajesh = as('rajesh.tiwari');
    const el = await fixture<EoSendDialog>(
      html`<eo-send-dialog .client=${rajesh} file-id=${fileId}></eo-send-dialog>`,
    );
    const shown = el.show();
    await waitUntil(() => el.open, 'opens');

    await typeAndChoose(el, 'to', 'उप सचिव', 'DS-LAB');
    await typeAndChoose(el, 'copy', 'सुनीता', 'SO(ESTT)-LAB');
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.focus();
    await sendKeys({ type: 'कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें' });
    $<HTMLInputElement>(el, 'input[name="priority"][value="most_immediate"]').click();

    const sent = oneEvent(el, 'eo-file-sent') as Promise<CustomEvent<FileSentDetail>>;
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    const { detail } = await sent;
    const movement = await shown;
    expect(movement?.action).to.equal('send');
    expect(movement?.to?.markingAbbreviation).to.equal('DS-LAB');
    expect(detail.file.currentHolder?.markingAbbreviation).to.equal('DS-LAB');
    expect(detail.movements.map((m) => m.kind).sort()).to.deep.equal(['copy', 'main']);

    // What the server recorded, read back through the SDK.
    const movements = await rajesh.files.movements(fileId).toArray({ limit: 100 });
    const main = movements.find((m) => m.kind === 'main' && m.from?.markingAbbreviation === 'US(ESTT)-LAB');
    expect(main?.action).to.equal('send');
    expect(main?.to?.markingAbbreviation).to.equal('DS-LAB');
    expect(main?.remarks).to.equal('कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें');
    expect(main?.priority).to.equal('most_immediate');
    expect(main?.current).to.be.true;
    const copy = movements.find((m) => m.kind === 'copy');
    expect(copy?.to?.markingAbbreviation).to.equal('SO(ESTT)-LAB');
    const file = await rajesh.files.get(fileId, { markRead: false });
    expect(file.currentHolder?.markingAbbreviation).to.equal('DS-LAB');
  });

  it('shows the server’s refusal when the user no longer holds the file, keeping the form', async () => {
    const fileId = await fileWithRajesh();
    // Sunita sent it on; only Rajesh may act now.
    const el = await fixture<EoSendDialog>(
      html`<eo-send-dialog .client=${as('sunita.verma')} file-id=${fileId}></eo-send-dialog>`,
    );
    void el.show();
    await waitUntil(() => el.open, 'opens');
    await typeAndChoose(el, 'to', 'उप सचिव', 'DS-LAB');
    const remarks = $<HTMLTextAreaElement>(el, '#remarks');
    remarks.focus();
    await sendKeys({ type: 'पुनः प्रस्तुत' });
    $<HTMLButtonElement>(el, '[part~="send-button"]').click();
    await waitUntil(() => text($(el, '#general-error')) !== '', 'the refusal is shown', { timeout: 5000 });
    expect(text($(el, '#general-error'))).to.contain('no longer with you');
    expect(remarks.value).to.equal('पुनः प्रस्तुत');
    expect(el.open).to.be.true;
    const movements = await as('rajesh.tiwari').files.movements(fileId).toArray({ limit: 100 });
    expect(movements.filter((m) => m.action === 'send')).to.have.length(1, 'nothing more was sent');
    await expect(el).to.be.accessible();
  });
});
