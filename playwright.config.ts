import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// The example portal and a seeded in-memory sandbox, on ports of their own.
export const portalPort = Number(process.env.E2E_PORT ?? 4174);
export const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4175);
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}/api/v1`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // The HTML report (playwright-report/) keeps the screenshots the tests attach, e.g. the portal's
  // pages in both languages (e2e/portal-screenshots.spec.ts).
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${portalPort}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: [
    {
      command: `node packages/sandbox/bin/eoffice-sandbox.mjs --db :memory: --seed --port ${sandboxPort}`,
      // Any answer means it is up; /auth/me without a token answers 401.
      url: `${sandboxUrl}/auth/me`,
      reuseExistingServer: false,
      env: { LOG_LEVEL: 'warn' },
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-examples.mjs --port ${portalPort}`,
      url: `http://localhost:${portalPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
