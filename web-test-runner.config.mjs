// Browser tests: every packages/*/test/**/*.test.ts that is not a Node test, in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { cdpPlugin } from './scripts/wtr-cdp-plugin.mjs';
import { sandboxPlugin } from './scripts/wtr-sandbox-plugin.mjs';

const sandbox = sandboxPlugin();

export default {
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['@eoffice/source', 'browser'] },
  // `auto` leaves legacy decorators untransformed; es2022 lowers them.
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    sandbox,
    cdpPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>
          window.__EOFFICE_SANDBOX_URL__ = ${JSON.stringify(sandbox.sandboxUrl())};
        </script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
