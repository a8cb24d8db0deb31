import { expect, test as base, type BrowserContext } from '@playwright/test';

/**
 * Every portal page is served with a strict Content-Security-Policy (scripts/serve-examples.mjs): no
 * inline script or style, no eval, Trusted Types for every HTML sink. This fixture records each
 * violation the page reports, on every page a test opens, and fails the test when there is any, so a
 * component that starts to need `unsafe-inline` or an untrusted `innerHTML` is caught by the flows
 * that use it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations = await recordCspViolations(context);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Records the violations every page of `context` reports. The fixture does this for the test's own
 * context; a test that opens a second browser context (a second officer) calls it for that one and
 * checks the list itself.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__eoReportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __eoReportCspViolation(text: string): void })
        .__eoReportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return violations;
}

export { expect };
