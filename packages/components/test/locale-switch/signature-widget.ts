import { STATES, inState, mount, reached } from '../fixtures/signature-states.js';
import { verification } from '../fixtures/signatures.js';
import type { SwitchCase } from './case.js';

export const signatureWidgetCases: SwitchCase[] = [
  ...STATES.map((state) => ({
    element: 'eo-signature-widget',
    state,
    mount: async () => {
      const { el, gates } = await inState(state);
      return { el, release: () => gates.forEach((g) => g.open()) };
    },
  })),
  {
    element: 'eo-signature-widget',
    state: 'verify: content changed after signing',
    mount: async () => {
      const { el } = await mount({ verify: verification({ digest: 'digest differs' }) }, { mode: 'verify' });
      await reached(el, 'verified');
      return { el };
    },
  },
  {
    element: 'eo-signature-widget',
    state: 'verify: no such signature',
    mount: async () => {
      const missing = Object.assign(new Error('404'), { status: 404, name: 'NotFoundError' });
      const { el } = await mount({ fail: { 'signatures.get': missing } }, { mode: 'verify' });
      await reached(el, 'error');
      return { el };
    },
  },
];
