import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

// The notesheet page of the example portal (issue #8): an officer writes a note in Hindi, confirms
// it, and sends the file on with the send dialog; the file leaves the officer's list.
const page_ = `/notesheet.html?api=${encodeURIComponent(sandboxUrl)}`;
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

test('an officer confirms a Hindi note and sends the file on with the send dialog', async ({ page }) => {
  const errors = collectErrors(page);
  // Sunita (SO Estt.) opens a file: she holds it.
  const sunita = officer('sunita.verma');
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/NOTE/${Date.now()}` },
    nature: 'electronic',
    subject: 'अर्जित अवकाश स्वीकृति — सहायक ग्रेड-2',
  });

  await page.goto(page_);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('sunita.verma');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#welcome')).toContainText('Sunita Verma');
  const fileButton = page.locator('#files').getByRole('button', { name: file.number });
  await fileButton.click();

  // Write the note in Devanagari, as an InScript or phonetic keyboard would hand it over.
  const notesheet = page.locator('#notesheet');
  const editor = notesheet.locator('[contenteditable="true"]');
  await editor.click();
  const note = 'अवकाश नियमों के अनुसार आवेदन स्वीकृति योग्य है। कृपया अनुमोदन हेतु अवलोकन करें।';
  await page.keyboard.insertText(note);
  await notesheet.getByRole('button', { name: 'Confirm and send' }).click();

  // The note turned green and got its paragraph number.
  const green = notesheet.locator('[part~="note"]');
  await expect(green).toContainText(note);
  await expect(green.locator('[part~="paragraph"][data-number="1"]')).toBeVisible();

  // The send dialog: search a post in Hindi, choose it, add remarks, send.
  const dialog = page.getByRole('dialog', { name: 'Send file' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Send to' }).fill('अवर सचिव');
  await dialog.getByRole('option', { name: /US\(ESTT\)-LAB/ }).click();
  await dialog.getByLabel('Remarks').fill('कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें');
  await dialog.getByRole('radio', { name: 'Immediate', exact: true }).check();
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The file left the officer's list, and the portal says where it went.
  await expect(page.locator('#sent-status')).toContainText('US(ESTT)-LAB');
  await expect(page.locator('#files').getByRole('button', { name: file.number })).toHaveCount(0);
  await expect(notesheet).toBeHidden();

  // The server agrees: the under secretary holds it, with the remarks and priority of the send.
  const after = await sunita.files.get(file.id, { markRead: false });
  expect(after.currentHolder?.markingAbbreviation).toBe('US(ESTT)-LAB');
  const movements = await sunita.files.movements(file.id).toArray({ limit: 100 });
  const send = movements.find((m) => m.action === 'send' && m.kind === 'main');
  expect(send?.remarks).toBe('कृपया अवलोकन कर आदेशार्थ प्रस्तुत करें');
  expect(send?.priority).toBe('immediate');
  const notes = await sunita.notes.list(file.id).toArray({ limit: 10 });
  expect(notes.map((n) => n.status)).toEqual(['green']);
  expect(errors).toEqual([]);
});

test('cancelling the send dialog keeps the file with the officer', async ({ page }) => {
  const sunita = officer('sunita.verma');
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/KEEP/${Date.now()}` },
    nature: 'electronic',
    subject: 'वरिष्ठता सूची का प्रकाशन',
  });
  // From the portal's home page, which passes its API on to the notesheet page.
  await page.goto(`/?api=${encodeURIComponent(sandboxUrl)}`);
  await page.getByRole('link', { name: /नोटशीट/ }).click();
  await expect(page).toHaveURL(/\/notesheet\.html\?api=/);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('sunita.verma');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#files').getByRole('button', { name: file.number }).click();
  const notesheet = page.locator('#notesheet');
  await notesheet.locator('[contenteditable="true"]').click();
  await page.keyboard.insertText('प्रारूप सूची संलग्न है।');
  await notesheet.getByRole('button', { name: 'Confirm and send' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send file' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#files').getByRole('button', { name: file.number })).toBeVisible();
  const after = await sunita.files.get(file.id, { markRead: false });
  expect(after.currentHolder?.markingAbbreviation).toBe('SO(ESTT)-LAB');
});

test('a reference in a note opens the referenced paragraph in the side panel', async ({ page }) => {
  const sunita = officer('sunita.verma');
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/REF/${Date.now()}` },
    nature: 'electronic',
    subject: 'स्थानांतरण नीति 2026 का क्रियान्वयन',
  });
  const first = await sunita.notes.create(file.id, {
    paragraphs: [{ html: '<span lang="hi">स्थानांतरण नीति की कंडिका 4 के अनुसार प्रस्ताव तैयार है।</span>' }],
  });
  await sunita.notes.confirm(first.id);
  const second = await sunita.notes.create(file.id, {
    paragraphs: [{ html: '<span lang="hi">कृपया <a data-ref="para:1">अनुच्छेद 1</a> का अवलोकन करें।</span>' }],
  });
  await sunita.notes.confirm(second.id);

  await page.goto(page_);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('sunita.verma');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#files').getByRole('button', { name: file.number }).click();
  await page.locator('#notesheet [part~="reference"]').first().click();
  const panel = page.locator('#reference');
  await expect(panel).toContainText('Paragraph 1');
  await expect(panel).toContainText('स्थानांतरण नीति की कंडिका 4 के अनुसार प्रस्ताव तैयार है।');
  await expect(panel).toContainText('Sunita Verma');
});
