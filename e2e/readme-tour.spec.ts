import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

// The README's tour, in its order, with the logins each page fills in: on the notesheet page the
// under secretary writes a note on the file the demo seed leaves with him, confirms it and sends the
// file on; on the signing page he finds that note (the file is no longer with him) and signs it.
const api = `?api=${encodeURIComponent(sandboxUrl)}`;
const seededFile = 'A-43020/12/2026-Estt.';

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('the README tour: write a note on a seeded file, send it on, then sign the note', async ({
  page,
}, testInfo) => {
  const errors = collectErrors(page);
  await page.goto(`/notesheet.html${api}`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#welcome')).toContainText('Rajesh');
  await expect(page.locator('#login')).toBeHidden();
  await page.locator('#files').getByRole('button', { name: seededFile }).click();

  const notesheet = page.locator('#notesheet');
  await notesheet.locator('[contenteditable="true"]').click();
  const text = 'प्रस्ताव नियमानुसार है। उप सचिव महोदय के अवलोकनार्थ प्रस्तुत।';
  await page.keyboard.insertText(text);
  await notesheet.getByRole('button', { name: 'Confirm and send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send file' });
  await dialog.getByRole('combobox', { name: 'Send to' }).fill('DS-LAB');
  await dialog.getByRole('option', { name: /DS-LAB/ }).click();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('#sent-status')).toContainText('DS-LAB');
  await testInfo.attach('notesheet page (English)', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  // The language chosen on the notesheet page stays on the signing page.
  await page.goto(`/sign.html${api}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const rajesh = createClient({
    baseUrl: sandboxUrl,
    auth: { username: 'rajesh.tiwari', password: 'Demo@1234' },
  });
  const file = (await rajesh.files.list({ folder: 'sent', q: seededFile }).toArray({ limit: 5 })).find(
    (f) => f.number === seededFile,
  );
  expect(file, 'the file is in his sent folder').toBeDefined();
  // The seeded file is marked "immediate": the send dialog proposed that, not "normal".
  const movements = await rajesh.files.movements(file?.id ?? '').toArray({ limit: 100 });
  const sent = movements.filter((m) => m.action === 'send' && m.kind === 'main').at(-1);
  expect(sent?.priority, 'the send kept the file priority').toBe('immediate');
  const notes = await rajesh.notes.list(file?.id ?? '').toArray({ limit: 100 });
  const mine = notes.find(
    (n) => n.status === 'green' && n.paragraphs.some((p) => p.html.includes('अवलोकनार्थ')),
  );
  expect(mine, 'his confirmed note').toBeDefined();

  await page
    .locator('#notes')
    .getByRole('button', { name: `Sign: Note ${mine?.sequence}, ${seededFile}` })
    .click();
  const widget = page.locator('#signer');
  await widget.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(widget.getByRole('heading', { name: 'Signature verified' })).toBeVisible({ timeout: 15_000 });
  await testInfo.attach('signing page (English)', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(widget.getByRole('heading', { name: 'हस्ताक्षर सत्यापित' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await testInfo.attach('signing page (Hindi)', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });
  expect((await rajesh.notes.get(mine?.id ?? '')).signatureId).toMatch(/^sig_/);
  expect(errors).toEqual([]);
});
