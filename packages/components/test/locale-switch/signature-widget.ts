import { STATES, inState } from '../fixtures/signature-states.js';
import type { SwitchCase } from './case.js';

export const signatureWidgetCases: SwitchCase[] = STATES.map((state) => ({
  element: 'eo-signature-widget',
  state,
  mount: async () => {
    const { el, gates } = await inState(state);
    return { el, release: () => gates.forEach((g) => g.open()) };
  },
}));
