import { fixture, html } from '@open-wc/testing';
import '../../src/eo-priority-badge/define.js';
import type { SwitchCase } from './case.js';

export const priorityBadgeCases: SwitchCase[] = (['normal', 'immediate', 'most_immediate'] as const).map(
  (priority) => ({
    element: 'eo-priority-badge',
    state: priority,
    mount: async () => ({
      el: await fixture(html`<eo-priority-badge priority=${priority}></eo-priority-badge>`),
    }),
  }),
);
