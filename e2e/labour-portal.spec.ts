import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

const portal = `/?api=${encodeURIComponent(sandboxUrl)}`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

async function signIn(page: Page) {
  await page.goto(portal);
  await page.getByRole('button', { name: 'प्रवेश करें' }).click();
  await expect(page.locator('#welcome')).toContainText('सुनीता वर्मा');
  // The sign-in form goes once the officer is in.
  await expect(page.locator('#login')).toBeHidden();
}

test('an officer follows a file live while another officer sends it onward', async ({ page }) => {
  const errors = collectErrors(page);
  const officer = (username: string) =>
    createClient({ baseUrl: sandboxUrl, auth: { username, password: 'Demo@1234' } });
  const postOf = async (marking: string) => {
    const [found] = await officer('sunita.verma')
      .directory.searchRecipients({ q: marking })
      .toArray({ limit: 1 });
    expect(found).toBeDefined();
    return found?.post.id ?? '';
  };
  // The section officer opens a file and puts it up to the under secretary.
  const sunita = officer('sunita.verma');
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/E2E/${Date.now()}` },
    nature: 'electronic',
    subject: 'वरिष्ठता सूची का प्रकाशन',
  });
  await sunita.files.send(file.id, { to: await postOf('US(ESTT)'), remarks: 'कृपया अवलोकन करें' });

  // She follows it from the portal: it is in her inbox's sent folder.
  await signIn(page);
  const tracker = page.locator('#tracker');
  await page
    .locator('#inbox')
    .getByRole('button', { name: /^भेजी गई/ })
    .click();
  await page.locator('#inbox [role="row"]', { hasText: file.number }).locator('span.subject').click();
  await expect(tracker.locator('[part~="step"]')).toHaveCount(2);

  // The under secretary, elsewhere, sends it on to the deputy secretary.
  await officer('rajesh.tiwari').files.send(file.id, {
    to: await postOf('DS-LAB'),
    remarks: 'कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें',
  });

  await expect(tracker.locator('[part~="step"]')).toHaveCount(3, { timeout: 10_000 });
  await expect(tracker).toContainText('कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें');
  await expect(tracker).toContainText('DS-LAB');
  await expect(tracker.locator('[part="announcer"]')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('a file sent to the officer appears on the home page, and leaves it, without a reload', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const officer = (username: string) =>
    createClient({ baseUrl: sandboxUrl, auth: { username, password: 'Demo@1234' } });
  const postOf = async (marking: string) => {
    const [found] = await officer('rajesh.tiwari')
      .directory.searchRecipients({ q: marking })
      .toArray({ limit: 1 });
    return found?.post.id ?? '';
  };
  await signIn(page);
  // The under secretary opens a file and marks it down to the section officer, who is on the portal.
  const rajesh = officer('rajesh.tiwari');
  const file = await rajesh.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/ARRIVE/${Date.now()}` },
    nature: 'electronic',
    subject: 'अनुकंपा नियुक्ति प्रकरण',
  });
  await rajesh.files.send(file.id, { to: await postOf('SO(ESTT)') });
  const row = page.locator('#inbox [role="row"]', { hasText: file.number });
  await expect(row).toBeVisible({ timeout: 10_000 });
  // She sends it back from another window: it leaves her list.
  await officer('sunita.verma').files.send(file.id, { to: await postOf('US(ESTT)') });
  await expect(row).toHaveCount(0, { timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('a citizen tracks a file by number and code and sees status only', async ({ page }) => {
  const sunita = createClient({
    baseUrl: sandboxUrl,
    auth: { username: 'sunita.verma', password: 'Demo@1234' },
  });
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `MW/PUBLIC/${Date.now()}` },
    nature: 'electronic',
    subject: 'न्यूनतम वेतन भुगतान शिकायत',
  });
  await page.goto(portal);
  await page.getByRole('button', { name: 'English' }).click();
  const tracker = page.locator('#public-tracker');
  await tracker.getByLabel('File or receipt number').fill(file.number);
  await tracker.getByLabel('Tracking code').fill(file.trackingCode ?? '');
  await tracker.getByRole('button', { name: 'Track' }).click();
  await expect(tracker).toContainText(file.number);
  await expect(tracker).not.toContainText('सुनीता');
});

test('components and the page follow the portal language switch', async ({ page }) => {
  await page.goto(portal);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('अपने आवेदन की स्थिति जानें');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Track your application');
  await expect(page.locator('#public-tracker').getByRole('button', { name: 'Track' })).toBeVisible();
});

test('the chosen language stays when the officer moves between the portal pages', async ({ page }) => {
  await page.goto(portal);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('#notesheet-link').click();
  await expect(page).toHaveURL(/notesheet\.html/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'हिन्दी' })).toBeVisible();
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await page.goto(`/sign.html?api=${encodeURIComponent(sandboxUrl)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
});

test('a wrong password shows a clear message and keeps the form', async ({ page }) => {
  await page.goto(portal);
  await page.getByLabel('पासवर्ड').fill('wrong-password');
  await page.getByRole('button', { name: 'प्रवेश करें' }).click();
  // The page's own alert (the components on the page have assertive live regions of their own).
  await expect(page.locator('#login-error')).toHaveRole('alert');
  await expect(page.locator('#login-error')).toHaveText('उपयोगकर्ता नाम या पासवर्ड सही नहीं है।');
  await expect(page.locator('#login')).toBeVisible();
});

test('loading a second copy of the bundle does not throw and keeps the first definitions', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(portal);
  await expect(page.locator('#public-tracker')).toBeVisible();
  const first = await page.evaluate(() => customElements.get('eo-file-tracker')?.name);
  // The bundle from a second address runs as a separate module instance (chunks included), as when
  // two portal scripts each bring their own copy.
  await page.evaluate(async (url) => {
    await import(url);
  }, '/cdn-mirror/eoffice.js');
  expect(await page.evaluate(() => customElements.get('eo-file-tracker')?.name)).toBe(first);
  expect(warnings.filter((w) => w.includes('is already defined by another copy'))).not.toEqual([]);
  expect(errors).toEqual([]);
});

test('the portal pages are served with a strict policy that blocks inline script', async ({
  page,
  cspViolations,
}) => {
  for (const path of ['/', '/notesheet.html', '/sign.html', '/cdn/eoffice.js']) {
    const response = await page.request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy, path).toContain("script-src 'self'");
    expect(policy, path).toContain("require-trusted-types-for 'script'");
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toContain('unsafe-eval');
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  // The policy is really enforced, and the fixture hears of a violation: an inline script is refused.
  await page.goto(portal);
  await expect(page.locator('#public-tracker')).toBeVisible();
  await page
    .evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    })
    .catch(() => undefined);
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(false);
  // Seen and checked: leave the list empty so the fixture's own check passes.
  cspViolations.length = 0;
});

test('Hindi is drawn with the self-hosted Devanagari web font', async ({ page }) => {
  const fonts: number[] = [];
  page.on('response', (response) => {
    if (/noto-sans-devanagari-devanagari-\d+-normal\.woff2$/.test(response.url()))
      fonts.push(response.status());
  });
  await page.goto(portal);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    await document.fonts.load('16px "Noto Sans Devanagari"', 'श्रम विभाग');
    return document.fonts.check('16px "Noto Sans Devanagari"', 'श्रम विभाग');
  });
  expect(loaded).toBe(true);
  expect(fonts).toContain(200);
});
