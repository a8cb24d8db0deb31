import { expect } from '@open-wc/testing';
import { NotesheetController } from '../src/eo-notesheet-editor/controller.js';
import { file, me, US } from './fixtures/notesheet.js';

describe('the notesheet holder check', () => {
  it('honours a delegation from the Indian today, though UTC is still on the day before', () => {
    const host = {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    };
    const controller = new NotesheetController(host, {
      content() {},
      current: () => [],
      loaded() {},
      failed() {},
      saved() {},
    });
    controller.now = () => new Date('2026-01-01T20:00:00Z');
    controller.file = { ...file, currentHolder: US };
    const delegation = { id: 'dlg_1', post: US, from: '2026-01-02', to: '2026-01-02', delegatedBy: me.user };
    controller.me = { ...me, delegations: [delegation] } as typeof me;
    expect(controller.holds).to.equal(true);
    // The next morning in India the delegation has ended.
    controller.now = () => new Date('2026-01-02T18:30:00Z');
    expect(controller.holds).to.equal(false);
  });
});
