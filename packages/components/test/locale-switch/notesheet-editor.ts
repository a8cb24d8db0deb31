import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ForbiddenError, NetworkError, NotFoundError, ServerError } from '@eoffice/sdk';
import '../../src/eo-notesheet-editor/define.js';
import '../../src/eo-send-dialog/define.js';
import type { EoNotesheetEditor } from '../../src/eo-notesheet-editor/eo-notesheet-editor.js';
import { offline, scriptedClient, US, type Scripted } from '../fixtures/notesheet.js';
import type { Mounted, SwitchCase } from './case.js';

let mounts = 0;

async function mount(client: Scripted, ready = true, delay = 60000): Promise<EoNotesheetEditor> {
  mounts += 1;
  // A file id of its own each time, so no copy kept on this device is restored into another mount.
  const el = await fixture<EoNotesheetEditor>(
    html`<eo-notesheet-editor
      .client=${client}
      file-id=${`file_switch${String(Date.now()).slice(-6)}${mounts}`}
      autosave-delay=${delay}
    ></eo-notesheet-editor>`,
  );
  if (ready) {
    await waitUntil(() => el.currentState === 'ready', 'loaded', { timeout: 3000 });
    await el.updateComplete;
  }
  return el;
}

const request = { method: 'GET', url: '/files/file_x' };

function failing(state: string, error: () => Error): SwitchCase {
  return {
    element: 'eo-notesheet-editor',
    state,
    mount: async () => {
      const client = scriptedClient();
      client.files.get = async () => {
        throw error();
      };
      const el = await mount(client, false);
      await waitUntil(() => el.currentState === state, state, { timeout: 3000 });
      return { el };
    },
  };
}

/** Types at the end of the draft note, as the officer would. */
async function type(el: EoNotesheetEditor, value: string): Promise<void> {
  const editable = el.editableElement;
  editable.focus();
  const range = document.createRange();
  range.selectNodeContents(editable);
  range.collapse(false);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
  await sendKeys({ type: value });
  await el.updateComplete;
}

const buttons = (el: EoNotesheetEditor) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="actions"] button') ?? []),
];

export const notesheetEditorCases: SwitchCase[] = [
  {
    element: 'eo-notesheet-editor',
    state: 'loading',
    mount: async (): Promise<Mounted> => {
      const client = scriptedClient();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const get = client.files.get;
      client.files.get = async (...args) => {
        await held;
        return get(...args);
      };
      return { el: await mount(client, false), release };
    },
  },
  failing('not-found', () => new NotFoundError('404', { ...request, status: 404 })),
  failing('forbidden', () => new ForbiddenError('403', { ...request, status: 403 })),
  failing('offline', () => new NetworkError('offline', request)),
  failing('error', () => new ServerError('500', { ...request, status: 500 })),
  {
    element: 'eo-notesheet-editor',
    state: 'notes and a draft note being written',
    mount: async () => ({ el: await mount(scriptedClient({ yellow: ['प्रस्ताव नियमानुसार है।'] })) }),
  },
  {
    element: 'eo-notesheet-editor',
    state: 'read only: the file is with someone else',
    mount: async () => {
      const client = scriptedClient();
      client.holder = US;
      return { el: await mount(client) };
    },
  },
  {
    element: 'eo-notesheet-editor',
    state: 'confirm refused: nothing written',
    mount: async () => {
      const el = await mount(scriptedClient());
      await el.confirm();
      await el.updateComplete;
      return { el };
    },
  },
  {
    element: 'eo-notesheet-editor',
    state: 'confirmed, announced',
    mount: async () => {
      const el = await mount(scriptedClient({ yellow: ['अनुमोदनार्थ प्रस्तुत।'] }));
      await el.confirm();
      await el.updateComplete;
      return { el };
    },
  },
  {
    element: 'eo-notesheet-editor',
    state: 'asking before discarding',
    mount: async () => {
      const el = await mount(scriptedClient({ yellow: ['हटाने योग्य'] }));
      buttons(el)[2]?.click();
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alertdialog"]'), 'discard prompt shown');
      return { el };
    },
  },
  {
    element: 'eo-notesheet-editor',
    state: 'unsaved changes',
    mount: async () => {
      const el = await mount(scriptedClient());
      await type(el, 'प्रस्तुत');
      await waitUntil(() => el.saveStatus === 'pending', 'pending');
      return { el };
    },
  },
  {
    element: 'eo-notesheet-editor',
    state: 'offline: kept on this device',
    mount: async () => {
      const client = scriptedClient();
      const el = await mount(client, true, 50);
      client.failWrites = offline();
      await type(el, 'प्रस्तुत');
      await waitUntil(() => el.saveStatus === 'offline', 'offline status');
      return { el };
    },
  },
];
