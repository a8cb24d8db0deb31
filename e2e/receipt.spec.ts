import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

// The receipt clerk's page of the example portal (issue #18): priya.singh diarises a letter with its
// scanned PDF and sends it to the section officer, under the portal's strict CSP; the draft survives
// a reload; the section officer's inbox then holds the receipt with the same PDF.
const receiptPage = `/receipt.html?api=${encodeURIComponent(sandboxUrl)}`;
const officer = (username: string) =>
  createClient({ baseUrl: sandboxUrl, auth: { username, password: 'Demo@1234' } });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A one-page PDF, as a scanner would save it (smaller). */
function scannedLetter(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R',
      '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj',
      '4 0 obj << /Length 52 >> stream',
      'BT /F1 18 Tf 72 760 Td (Minutes of the Welfare Board) Tj ET',
      'endstream endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n'),
    'latin1',
  );
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Username').fill('priya.singh');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#welcome')).toContainText('Priya');
}

test('the receipt clerk diarises a letter with its PDF and sends it to the section officer', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(`/?api=${encodeURIComponent(sandboxUrl)}`);
  await page.getByRole('link', { name: /डाक/ }).click();
  await expect(page).toHaveURL(/\/receipt\.html\?api=/);
  // The page's own script wires the language switch once it has loaded.
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page);

  const form = page.locator('#receipt-form');
  const subject = `Minutes of the Workers' Welfare Board meeting ${Date.now()}`;
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Name', { exact: true }).fill('सचिव, श्रमिक कल्याण मंडल');
  await form.getByLabel('Organisation').fill('श्रमिक कल्याण मंडल');
  await form.getByLabel('Letter number').fill('SKM/2026/118');

  // A reload keeps what was typed (the form's local draft), without signing in to see it again.
  await page.reload();
  await signIn(page);
  await expect(form.getByLabel('Subject')).toHaveValue(subject);
  await expect(form.getByLabel('Organisation')).toHaveValue('श्रमिक कल्याण मंडल');

  await form.getByLabel('Mode of receipt').selectOption('email');
  await form.getByLabel('Priority').selectOption('immediate');
  await expect(form.getByText('up to 20 MB')).toBeVisible();
  await form.getByLabel('Choose the scanned letter').setInputFiles({
    name: 'welfare-board-minutes.pdf',
    mimeType: 'application/pdf',
    buffer: scannedLetter(),
  });
  // Uploaded: the file's card and its first page in the browser's own viewer, allowed by the CSP.
  await expect(form.locator('[part~="scan"]')).toContainText('welfare-board-minutes.pdf');
  await expect(form.locator('iframe[part="preview"]')).toBeVisible();

  await form.getByRole('button', { name: 'Diarise and send' }).click();
  const number = form.locator('[part="diary-number"]');
  await expect(number).toHaveText(/^\d+\/\d{4}\/\S+$/);
  const diaryNumber = (await number.textContent())?.trim() ?? '';
  await expect(page.locator('#diarised-status')).toContainText(diaryNumber);

  const dialog = page.getByRole('dialog', { name: 'Send receipt' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Send to' }).fill('SO(ESTT)');
  await dialog.getByRole('option', { name: /SO\(ESTT\)-LAB/ }).click();
  await dialog.getByLabel('Remarks').fill('कृपया आवश्यक कार्रवाई करें');
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#diarised-status')).toContainText('sent to');
  await expect(form.locator('[part="result"]')).toContainText('Sent.');

  // The server agrees: the section officer has it in her inbox, with the PDF as uploaded.
  const sunita = officer('sunita.verma');
  const inbox = await sunita.receipts.list({ folder: 'inbox', q: diaryNumber }).toArray({ limit: 5 });
  const receipt = inbox.find((r) => r.number === diaryNumber);
  expect(receipt?.subject).toBe(subject);
  expect(receipt?.currentHolder?.markingAbbreviation).toBe('SO(ESTT)-LAB');
  expect(receipt?.lastMovement?.remarks).toBe('कृपया आवश्यक कार्रवाई करें');
  const pdf = await sunita.attachments.download(receipt?.attachments[0]?.id ?? '');
  expect(Buffer.from(await pdf.arrayBuffer()).equals(scannedLetter())).toBe(true);
  expect(errors).toEqual([]);
});

test('a file named .pdf that is not a PDF is refused on the page, before any upload', async ({ page }) => {
  await page.goto(receiptPage);
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page);
  const form = page.locator('#receipt-form');
  let uploads = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/attachments') && request.method() === 'POST') uploads += 1;
  });
  await form.getByLabel('Choose the scanned letter').setInputFiles({
    name: 'letter.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('This is a plain text file, renamed.'),
  });
  await expect(form.locator('#scan-error')).toContainText('is not a PDF, JPEG or PNG');
  expect(uploads).toBe(0);
});
