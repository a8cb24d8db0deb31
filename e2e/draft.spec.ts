import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';
import { readPdf } from './pdf-text.js';

// The drafts page of the example portal (issue #19): a section officer drafts a Hindi reply to a
// receipt, the under secretary revises it in a second browser, the deputy secretary approves and signs
// it, and the receipt clerk of the central registry issues it; the dispatch register shows the letter
// with its number, and the letter prints on one A4 page. The file moves between them through the SDK,
// as the notesheet page's send dialog would move it.
const page_ = `/draft.html?api=${encodeURIComponent(sandboxUrl)}`;
const officer = (username: string) =>
  createClient({ baseUrl: sandboxUrl, auth: { username, password: 'Demo@1234' } });

function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

/** A fresh browser context (another officer's browser), signed in on the drafts page in English. */
async function signIn(browser: Browser, username: string, errors: string[], query = ''): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  collectErrors(page, errors);
  await page.goto(page_ + query);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#desk')).toBeVisible();
  return page;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('a Hindi reply is drafted, revised, approved with a signature, issued and entered in the dispatch register', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  // The receipt: diarised by the CRU, sent to the section officer, put in a new file of hers.
  const priya = officer('priya.singh');
  const sunita = officer('sunita.verma');
  const rajesh = officer('rajesh.tiwari');
  const meenakshi = officer('meenakshi.dubey');
  const [so, us, ds] = await Promise.all([sunita.auth.me(), rajesh.auth.me(), meenakshi.auth.me()]);
  const receipt = await priya.receipts.diarise({
    nature: 'physical',
    subject: 'बकाया वेतन के भुगतान हेतु आवेदन',
    receivedDate: day(0),
    letterDate: day(-3),
    deliveryMode: 'speed_post',
    sender: { name: 'रमेश यादव', pincode: '462001' },
  });
  await priya.receipts.send(receipt.id, { to: so.defaultPostId });
  await sunita.receipts.receive(receipt.id, {});
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/DFA/${Date.now()}` },
    nature: 'electronic',
    subject: 'रमेश यादव — बकाया वेतन की शिकायत',
  });
  await sunita.receipts.putInFile(receipt.id, { fileId: file.id });

  // 1. The section officer drafts the reply in Hindi.
  collectErrors(page, errors);
  await page.goto(page_);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('sunita.verma');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#files').getByRole('button', { name: file.number }).click();
  const editor = page.locator('#draft');
  await editor.getByRole('button', { name: 'New draft' }).click();
  await editor.locator('[name="subject"]').fill('बकाया वेतन के भुगतान के संबंध में');
  await editor.locator('[name="addressees"]').fill('श्री रमेश यादव, अरेरा कॉलोनी, भोपाल');
  await editor.locator('[name="reference"]').fill('आपका आवेदन दिनांक ' + day(-3));
  await editor.locator('[name="copyTo"]').fill('श्रम आयुक्त, मध्यप्रदेश, इंदौर');
  const body = editor.locator('[contenteditable="true"]');
  await body.click();
  await page.keyboard.insertText('महोदय, आपके आवेदन के संदर्भ में नियोजक को बकाया वेतन के भुगतान के निर्देश दिए गए हैं।');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('#draft-status')).toHaveText('Draft saved as v1.');
  const [draft] = await sunita.drafts.list(file.id).toArray({ limit: 5 });
  expect(draft?.content.replyToReceiptId).toBe(receipt.id);
  expect(draft?.content.copyTo).toEqual(['श्रम आयुक्त, मध्यप्रदेश, इंदौर']);
  expect(draft?.content.body).toContain('निर्देश दिए गए हैं');
  await sunita.files.send(file.id, { to: us.defaultPostId, remarks: 'मसौदा अनुमोदनार्थ प्रस्तुत' });

  // 2. The under secretary revises it in another browser.
  const usPage = await signIn(browser, 'rajesh.tiwari', errors);
  await usPage.locator('#files').getByRole('button', { name: file.number }).click();
  const usEditor = usPage.locator('#draft');
  await usEditor.getByRole('button', { name: 'बकाया वेतन के भुगतान के संबंध में' }).click();
  const usBody = usEditor.locator('[contenteditable="true"]');
  await usBody.click();
  await usPage.keyboard.press('Control+End');
  await usPage.keyboard.insertText(' भुगतान की पुष्टि सात दिवस में की जाए।');
  await usEditor.getByRole('button', { name: 'Save as v2' }).click();
  await expect(usPage.locator('#draft-status')).toHaveText('Draft saved as v2.');
  await usEditor.getByRole('button', { name: 'Versions (2)' }).click();
  await expect(usEditor.locator('[part="comparison"] ins')).toContainText('सात दिवस');
  await rajesh.files.send(file.id, { to: ds.defaultPostId, remarks: 'अनुमोदनार्थ' });

  // 3. The deputy secretary approves, signing v2 with the sandbox key first.
  const dsPage = await signIn(browser, 'meenakshi.dubey', errors);
  await dsPage.locator('#files').getByRole('button', { name: file.number }).click();
  const dsEditor = dsPage.locator('#draft');
  await dsEditor.getByRole('button', { name: 'बकाया वेतन के भुगतान के संबंध में' }).click();
  const widget = dsEditor.locator('eo-signature-widget');
  await widget.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dsPage.locator('#draft-status')).toHaveText('v2 approved.', { timeout: 20_000 });
  await expect(dsEditor.locator('[part="approved"]')).toContainText(
    'v2 approved and signed by Meenakshi Dubey',
  );
  await expect(dsEditor.locator('[part="signature-block"]')).toContainText('Digitally signed');
  await expect(dsPage.locator('#draft-link')).toContainText(`draft=${draft?.id}`);

  // 4. The receipt clerk opens the letter from the link and issues it by speed post.
  const cruPage = await signIn(browser, 'priya.singh', errors, `&draft=${draft?.id}`);
  const cruEditor = cruPage.locator('#draft');
  await cruEditor.locator('[part="issue"] select').selectOption('speed_post');
  await cruEditor.getByRole('button', { name: 'Issue with a dispatch number' }).click();
  await expect(cruPage.locator('#draft-status')).toContainText('The letter was issued as D/');
  const issued = await priya.drafts.get(draft?.id ?? '');
  const number = issued.dispatch?.dispatchNumber ?? '';
  expect(number).toMatch(/^D\/\d+\/\d{4}\/Estt\.$/);
  expect(issued.dispatch?.mode).toBe('speed_post');
  await expect(cruEditor.locator('.dispatch-number')).toHaveText(number);

  // The dispatch register on the page lists the letter with its number.
  const register = cruPage.locator('#register');
  await expect(register.locator('td.dispatch-number', { hasText: number })).toBeVisible();
  await expect(register.locator('tr', { hasText: number })).toContainText('बकाया वेतन के भुगतान के संबंध में');

  // 5. Printed from Chromium: one A4 page with the letter's number and signatory, the page's chrome left off.
  const pdf = readPdf(await cruPage.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  expect(pdf.pages).toBe(1);
  const [width, height] = [pdf.mediaBoxes[0]?.[2] ?? 0, pdf.mediaBoxes[0]?.[3] ?? 0];
  expect(Math.abs(width - 595.28)).toBeLessThan(2);
  expect(Math.abs(height - 841.89)).toBeLessThan(2);
  const printed = (pdf.text[0] ?? '').replace(/\s+/g, '');
  expect(printed).toContain(number.replace(/\s+/g, ''));
  expect(printed).toContain('MeenakshiDubey');
  expect(printed).not.toContain('Dispatchregister');
  expect(printed).not.toContain('Versions');

  expect(errors).toEqual([]);
});
