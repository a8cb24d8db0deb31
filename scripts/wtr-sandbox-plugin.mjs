// A web-test-runner plugin that runs a real sandbox (in-memory, seeded) beside the browser tests,
// so components and the SDK are tested in Chromium against the server, not a mock. Test pages
// find its API root in `window.__EOFFICE_SANDBOX_URL__`.
import { register } from 'tsx/esm/api';

export function sandboxPlugin() {
  let sandbox;
  return {
    name: 'eoffice-sandbox',
    async serverStart() {
      register();
      const { startSandbox } = await import('../packages/sandbox/src/index.ts');
      sandbox = await startSandbox({ db: ':memory:', seed: true, logger: false, enableTestEndpoints: true });
    },
    async serverStop() {
      await sandbox?.close();
    },
    sandboxUrl() {
      if (!sandbox) throw new Error('the sandbox has not started');
      return sandbox.url;
    },
  };
}
