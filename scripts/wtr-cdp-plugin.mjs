// A web-test-runner plugin that lets browser tests send Chrome DevTools Protocol commands to their own
// page — e.g. Input.imeSetComposition / Input.insertText, the real path an IME takes, which synthetic
// DOM events cannot reproduce, or Emulation.setEmulatedMedia for print styles. Tests call
// `executeServerCommand('cdp', { steps: [{ method, params }] })` from '@web/test-runner-commands'.
// Chromium under the Playwright launcher only. One session per page is kept open, because emulation
// overrides last only as long as the session that set them.
export function cdpPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'eoffice-cdp',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cdp') return undefined;
      if (session.browser.type !== 'playwright' || typeof session.browser.getPage !== 'function') {
        throw new Error('the cdp command needs the Playwright launcher');
      }
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        sessions.set(page, cdp);
      }
      const results = [];
      for (const step of payload?.steps ?? []) results.push(await cdp.send(step.method, step.params ?? {}));
      return results;
    },
  };
}
