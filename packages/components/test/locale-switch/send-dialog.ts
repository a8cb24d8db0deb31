import { fixture, html, waitUntil } from '@open-wc/testing';
import { ForbiddenError, NetworkError, ValidationError } from '@eoffice/sdk';
import '../../src/eo-send-dialog/define.js';
import type { EoSendDialog } from '../../src/eo-send-dialog/eo-send-dialog.js';
import type { FileActionResult } from '../../src/eo-send-dialog/types.js';
import { scriptedClient, type ScriptedClient } from '../fixtures/recipients.js';
import type { Mounted, SwitchCase } from './case.js';

const FILE = 'file_leave2026a1';
const $ = <T extends Element = HTMLElement>(el: EoSendDialog, selector: string): T => {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

async function open(client: ScriptedClient = scriptedClient()): Promise<EoSendDialog> {
  const el = await fixture<EoSendDialog>(
    html`<eo-send-dialog
      file-id=${FILE}
      file-number="A-12011/3/2026-Estt."
      search-delay="0"
      .client=${client}
    ></eo-send-dialog>`,
  );
  void el.show();
  await waitUntil(() => el.open, 'the dialog opens');
  return el;
}

async function type(el: EoSendDialog, which: 'to' | 'copy', query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${which}-input`);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await (which === 'to' ? el.toSearch : el.copySearch).settled;
  await el.updateComplete;
}

async function chooseMain(el: EoSendDialog, query: string): Promise<void> {
  await type(el, 'to', query);
  $(el, '#to-listbox [role="option"]').click();
  await waitUntil(() => el.shadowRoot?.querySelector('#to-change'), 'main recipient chosen');
}

/** Chooses a recipient and sends, with the client answering `fail`; waits for the error. */
function failedSend(state: string, fail: () => Error, shown: string): SwitchCase {
  return {
    element: 'eo-send-dialog',
    state,
    mount: async () => {
      const client = scriptedClient();
      client.answer = async () => {
        throw fail();
      };
      const el = await open(client);
      await chooseMain(el, 'DS');
      $(el, '[part~="send-button"]').click();
      await waitUntil(() => ($(el, shown).textContent ?? '').trim() !== '', `${shown} shown`);
      return { el };
    },
  };
}

export const sendDialogCases: SwitchCase[] = [
  { element: 'eo-send-dialog', state: 'empty form', mount: async () => ({ el: await open() }) },
  {
    element: 'eo-send-dialog',
    state: 'recipients found',
    mount: async () => {
      const el = await open();
      await type(el, 'to', 'सचिव');
      return { el };
    },
  },
  ...(
    [
      ['search: too short', 'क'],
      ['search: nothing found', 'ज़ज़ज़ज़'],
    ] as const
  ).map(([state, query]): SwitchCase => ({
    element: 'eo-send-dialog',
    state,
    mount: async () => {
      const el = await open();
      await type(el, 'to', query);
      return { el };
    },
  })),
  {
    element: 'eo-send-dialog',
    state: 'search: failed',
    mount: async () => {
      const client = scriptedClient();
      client.directory.searchRecipients = () => ({
        toArray: () => Promise.reject(new NetworkError('offline', { method: 'GET', url: '/directory' })),
      });
      const el = await open(client);
      await type(el, 'to', 'सचिव');
      return { el };
    },
  },
  {
    element: 'eo-send-dialog',
    state: 'recipient chosen, copies full text',
    mount: async () => {
      const el = await open();
      await chooseMain(el, 'DS');
      await type(el, 'copy', 'AG2');
      return { el };
    },
  },
  {
    element: 'eo-send-dialog',
    state: 'checked before sending: no recipient, remarks too long, due date not a date',
    mount: async () => {
      const el = await open();
      const remarks = $<HTMLTextAreaElement>(el, '#remarks');
      remarks.value = 'क'.repeat(2003);
      remarks.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const due = $<HTMLInputElement>(el, '#due-date');
      due.value = '31-02-2030';
      due.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      due.dispatchEvent(new Event('change', { bubbles: true }));
      $(el, '[part~="send-button"]').click();
      await waitUntil(() => ($(el, '#to-error').textContent ?? '').trim() !== '', 'errors shown');
      return { el };
    },
  },
  {
    element: 'eo-send-dialog',
    state: 'due date in a form it cannot read, left',
    mount: async () => {
      const el = await open();
      const due = $<HTMLInputElement>(el, '#due-date');
      due.value = '2030/31/12/1';
      due.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      due.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => ($(el, '#due-date-error').textContent ?? '').trim() !== '', 'error shown');
      return { el };
    },
  },
  {
    element: 'eo-send-dialog',
    state: 'sending',
    mount: async (): Promise<Mounted> => {
      const client = scriptedClient();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const answer = client.answer;
      client.answer = async (call): Promise<FileActionResult> => {
        await held;
        return answer(call);
      };
      const el = await open(client);
      await chooseMain(el, 'DS');
      $(el, '[part~="send-button"]').click();
      await waitUntil(() => $<HTMLButtonElement>(el, '[part~="send-button"]').disabled, 'sending');
      return { el, release };
    },
  },
  failedSend(
    'server refused a recipient',
    () =>
      new ValidationError('422', {
        method: 'POST',
        url: `/files/${FILE}/send`,
        status: 422,
        problem: {
          status: 422,
          code: 'recipient.self',
          errors: [{ pointer: '/to', message: 'one of your own posts', code: 'recipient.self' }],
        },
      }),
    '#to-error',
  ),
  failedSend(
    'file no longer with the sender',
    () =>
      new ForbiddenError('403', {
        method: 'POST',
        url: `/files/${FILE}/send`,
        status: 403,
        problem: { status: 403, code: 'file.not_with_you', title: 'The file is not with you' },
      }),
    '#general-error',
  ),
  failedSend(
    'offline',
    () => new NetworkError('offline', { method: 'POST', url: `/files/${FILE}/send` }),
    '#general-error',
  ),
];
