// <eo-file-tracker> against the real sandbox the test runner started (seeded demo department):
// server mode through the SDK, live updates from the events stream, public tracking.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type EOfficeClient } from '@eoffice/sdk';
import '../src/eo-file-tracker/define.js';
import type { EoFileTracker } from '../src/eo-file-tracker/eo-file-tracker.js';

const baseUrl = (window as unknown as { __EOFFICE_SANDBOX_URL__: string }).__EOFFICE_SANDBOX_URL__;
const as = (username: string): EOfficeClient =>
  createClient({ baseUrl, auth: { username, password: 'Demo@1234' } });

async function recipient(client: EOfficeClient, marking: string): Promise<string> {
  const [found] = await client.directory.searchRecipients({ q: marking }).toArray({ limit: 1 });
  if (!found) throw new Error(`no recipient ${marking}`);
  return found.post.id;
}

function steps(el: EoFileTracker): Element[] {
  return [...(el.shadowRoot?.querySelectorAll('[part~="step"]') ?? [])];
}

describe('<eo-file-tracker> against the sandbox', () => {
  it('follows a file live while its holder sends it onward', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: `TRK/${Date.now()}` },
      nature: 'electronic',
      subject: 'स्थापना — वरिष्ठता सूची का प्रकाशन',
    });
    const el = await fixture<EoFileTracker>(
      html`<eo-file-tracker .client=${sunita} file-id=${file.id}></eo-file-tracker>`,
    );
    await waitUntil(() => el.currentState === 'ready' && steps(el).length === 1, 'first load', {
      timeout: 5000,
    });

    // Give the stream a moment to open, then the file moves on.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await sunita.files.send(file.id, { to: await recipient(sunita, 'US(ESTT)'), remarks: 'कृपया अवलोकन करें' });
    await waitUntil(() => steps(el).length === 2, 'the send appears without a refresh', { timeout: 8000 });
    expect(el.shadowRoot?.textContent).to.contain('US(ESTT)-LAB');
    expect(el.shadowRoot?.textContent).to.contain('कृपया अवलोकन करें');
  });

  it('finds a file by its number when the portal has no id', async () => {
    const sunita = as('sunita.verma');
    const number = `ESTT/NUM/${Date.now()}`;
    await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: number },
      nature: 'electronic',
      subject: 'क्रमांक से खोज',
    });
    const el = await fixture<EoFileTracker>(
      html`<eo-file-tracker .client=${sunita} file-number=${number}></eo-file-tracker>`,
    );
    await waitUntil(() => el.currentState === 'ready', 'found by number', { timeout: 5000 });
    expect(el.shownItem?.number).to.equal(number);
  });

  it('shows “not found” for a file the user may not see', async () => {
    const el = await fixture<EoFileTracker>(
      html`<eo-file-tracker .client=${as('gopal.ahirwar')} file-id="file_doesnotexist1"></eo-file-tracker>`,
    );
    await waitUntil(() => el.currentState === 'not-found', 'not found', { timeout: 5000 });
  });

  it('tracks publicly by number and code, with no names or remarks', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: `PUB/${Date.now()}` },
      nature: 'electronic',
      subject: 'सार्वजनिक अनुवर्तन',
    });
    const anonymous = createClient({ baseUrl });
    const el = await fixture<EoFileTracker>(
      html`<eo-file-tracker
        public
        .client=${anonymous}
        number=${file.number}
        code=${file.trackingCode ?? ''}
      ></eo-file-tracker>`,
    );
    await waitUntil(() => el.currentState === 'ready', 'public result', { timeout: 5000 });
    expect(el.shadowRoot?.textContent).to.contain(file.number);
    expect(el.shadowRoot?.textContent).not.to.contain('सुनीता');
    await expect(el).to.be.accessible();
  });
});
