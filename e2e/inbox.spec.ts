import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

// The officer's home page is his inbox: a file another officer sends him arrives while he watches, and
// opening it shows its notesheet and route, and tells its sender it has been opened.
const portal = `/?api=${encodeURIComponent(sandboxUrl)}`;
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

test('an officer sees his inbox, a file sent to him arrives without a reload, and he opens it', async ({
  page,
  browser,
}) => {
  const errors = collectErrors(page);
  await page.goto(portal);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('rajesh.tiwari');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('#welcome')).toContainText('Rajesh');
  const inbox = page.locator('#inbox');
  await expect(inbox.getByRole('grid', { name: 'Inbox' })).toBeVisible();
  await expect(inbox.getByRole('button', { name: /^Inbox \(\d+\)/ })).toBeVisible();
  // The stream is open once the inbox says it is live.
  await expect(inbox.getByText('Live', { exact: true })).toBeVisible();

  // The section officer, in a browser of her own, opens a file and sends it to him.
  const other = await browser.newContext();
  const sunitaPage = await other.newPage();
  await sunitaPage.goto(portal);
  await sunitaPage.getByRole('button', { name: 'प्रवेश करें' }).click();
  await expect(sunitaPage.locator('#welcome')).toContainText('सुनीता वर्मा');
  const sunita = officer('sunita.verma');
  const [us] = await sunita.directory.searchRecipients({ q: 'US(ESTT)' }).toArray({ limit: 1 });
  const file = await sunita.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `ESTT/INBOX/${Date.now()}` },
    nature: 'electronic',
    subject: 'अर्जित अवकाश नियमों में संशोधन',
    priority: 'most_immediate',
  });
  await sunita.files.send(file.id, { to: us?.post.id ?? '', remarks: 'कृपया अवलोकन करें' });

  // It arrives on his page as it is, announced, in bold (not opened), marked most immediate.
  const row = inbox.locator('[role="row"]', { hasText: file.number });
  await expect(row).toBeVisible({ timeout: 10_000 });
  await expect(row).toHaveClass(/unread/);
  await expect(row.locator('eo-priority-badge')).toHaveText('Most immediate');
  await expect(inbox.locator('[part="announcer"]')).toContainText(file.number);

  // He opens it: its notesheet and route show below, and it is no longer unopened.
  await row.locator('span.subject').click();
  await expect(page.locator('#item-heading')).toHaveText(`File ${file.number}`);
  await expect(page.locator('#tracker [part~="step"]')).toHaveCount(2);
  await expect(page.locator('#item-notesheet')).toBeVisible();
  await expect(row).not.toHaveClass(/unread/, { timeout: 10_000 });

  // Her sent folder shows he opened it: it can no longer be pulled back.
  await sunitaPage
    .locator('#inbox')
    .getByRole('button', { name: /^भेजी गई/ })
    .click();
  const sent = sunitaPage.locator('#inbox [role="row"]', { hasText: file.number });
  await expect(sent).toBeVisible();
  await expect(sent).not.toContainText('वापस ली जा सकती है');
  await other.close();
  expect(errors).toEqual([]);
});
