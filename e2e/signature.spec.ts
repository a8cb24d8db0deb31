import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

const page_ = `/sign.html?api=${encodeURIComponent(sandboxUrl)}`;

test('a seeded officer signs a note with the sandbox key and sees it verified', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(page_);
  await page.getByRole('button', { name: 'प्रवेश करें' }).click();
  await expect(page.locator('#welcome')).toContainText('राजेश कुमार तिवारी');

  // The page opens the officer's first unsigned green note in the widget.
  const widget = page.locator('#signer');
  await expect(widget.getByRole('heading', { name: 'जाँचें और हस्ताक्षर करें' })).toBeVisible();
  await expect(widget.locator('[part~="fingerprint"]')).toHaveText(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  const noteId = await widget.evaluate((el) => (el as HTMLElement & { targetId: string }).targetId);

  await widget.getByRole('button', { name: 'हस्ताक्षर करें', exact: true }).click();
  await expect(widget.getByRole('heading', { name: 'हस्ताक्षर सत्यापित' })).toBeVisible({ timeout: 15_000 });
  await expect(widget.locator('[part~="verdict"]')).toHaveAttribute('data-verdict', 'valid');
  await expect(widget).toContainText('राजेश कुमार तिवारी');

  // The details list the six checks, all passed; the page language switch reaches the widget.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(widget.getByRole('heading', { name: 'Signature verified' })).toBeVisible();
  await widget.getByText('Verification details').click();
  await expect(widget.locator('ol.steps li.ok')).toHaveCount(6);

  // The server holds the signature on the note.
  const officer = createClient({
    baseUrl: sandboxUrl,
    auth: { username: 'rajesh.tiwari', password: 'Demo@1234' },
  });
  const note = await officer.notes.get(noteId);
  expect(note.signatureId).toMatch(/^sig_/);
  const verification = await officer.signatures.verify(note.signatureId ?? '');
  expect(verification.valid).toBe(true);
  expect(errors).toEqual([]);
});
