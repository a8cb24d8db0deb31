import { expect, test, type Page } from '@playwright/test';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('the portal page loads the CDN bundle and shows Hindi labels first', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.locator('eo-priority-badge[priority="most_immediate"]')).toHaveText('अति तत्काल');
  await expect(page.locator('eo-priority-badge[priority="immediate"]')).toHaveText('तत्काल');
  expect(errors).toEqual([]);
});

test('components follow the portal language switch', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('eo-priority-badge[priority="normal"]')).toHaveText('सामान्य');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('eo-priority-badge[priority="normal"]')).toHaveText('Normal');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Priority of files and receipts');
});

test('loading a second copy of the bundle does not throw and keeps the first definitions', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/');
  await expect(page.locator('eo-priority-badge[priority="normal"]')).toHaveText('सामान्य');
  const first = await page.evaluate(() => customElements.get('eo-priority-badge')?.name);
  // A query string makes the browser fetch and run the bundle as a separate module instance,
  // as happens when two portal scripts each bring their own copy.
  await page.evaluate(async (url) => {
    await import(url);
  }, '/cdn/eoffice.js?second-copy');
  expect(await page.evaluate(() => customElements.get('eo-priority-badge')?.name)).toBe(first);
  expect(warnings.some((w) => w.includes('<eo-priority-badge> is already defined'))).toBe(true);
  expect(errors).toEqual([]);
});

test('the CDN bundle carries the SDK: a page can configure a client without a bundler', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async (url) => {
    const cdn = (await import(url)) as {
      createClient: unknown;
      configure: (options: { baseUrl: string }) => { files: { list: unknown }; baseUrl: string };
      configuredClient: () => unknown;
      ConflictError: unknown;
    };
    const client = cdn.configure({ baseUrl: 'http://localhost:4100/api/v1' });
    return {
      createClient: typeof cdn.createClient,
      filesList: typeof client.files.list,
      same: cdn.configuredClient() === client,
      errors: typeof cdn.ConflictError,
    };
  }, '/cdn/eoffice.js');
  expect(result).toEqual({ createClient: 'function', filesList: 'function', same: true, errors: 'function' });
});
