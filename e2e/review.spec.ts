import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { sandboxUrl } from '../playwright.config.js';

// The weekly review page of the example portal (issue #20): the Principal Secretary reviews the
// department's pendency, drills down to a section and an officer, and opens one of the officer's files,
// whose movements appear in the tracker below. The file is the Assembly-question file that went through
// the PS's own desk: the tracker shows only what the signed-in officer may read (on the route or in the
// section), so reviewing a file elsewhere in the department shows "no access".
const page_ = `/review.html?api=${encodeURIComponent(sandboxUrl)}`;

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('the Principal Secretary drills from the department to an officer and a file’s tracker', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto(page_);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('arvind.srivastava');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const review = page.locator('#review');
  await expect(review.getByRole('heading', { name: /Pendency review: Labour Department/ })).toBeVisible();
  await expect(review.getByRole('table', { name: 'Pending files and receipts by age' })).toBeVisible();
  await expect(review.locator('figure')).toHaveCount(3);

  // Department → the Industrial Relations Section (by keyboard) → its Section Officer (by click).
  await review.getByRole('button', { name: 'Industrial Relations Section', exact: true }).focus();
  await page.keyboard.press('Enter');
  const section = review.getByRole('heading', { name: /Pendency review: Industrial Relations Section/ });
  await expect(section).toBeFocused();
  await review.getByRole('button', { name: 'Pradeep Singh Chauhan', exact: true }).click();
  await expect(review.getByRole('heading', { name: /Pradeep Singh Chauhan/ })).toBeFocused();
  const items = review.locator('[part="item"]');
  await expect(items.first()).toBeVisible();

  // The Assembly-question file → its tracker, below the report.
  const question = items.filter({ hasText: 'विधानसभा तारांकित प्रश्न क्र. 1142' });
  const number = (await question.locator('.number').textContent())?.replace(/^\S+\s/, '').trim() ?? '';
  expect(number).not.toEqual('');
  await question.click();
  const tracker = page.locator('#tracker');
  await expect(page.locator('#tracker-panel')).toBeVisible();
  await expect(tracker.locator('[part~="header"]')).toContainText(number);
  await expect(tracker.locator('[part~="step"]').first()).toBeVisible();

  // Escape goes back up to the section's review.
  await review.locator('[part="item"]').first().focus();
  await page.keyboard.press('Escape');
  await expect(section).toBeVisible();
  expect(errors).toEqual([]);
});
