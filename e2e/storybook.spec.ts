import { expect, test } from '@playwright/test';

// The static Storybook that `npm run build-storybook` produced, as a designer opens it.
const story = (id: string, globals = '') =>
  `/storybook/iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;

test('a story renders the component from the built Storybook', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(story('components-priority-badge--most-immediate'));
  await expect(page.locator('eo-priority-badge')).toHaveText('Most immediate');
  expect(errors).toEqual([]);
});

test('the language toolbar switches stories to Hindi', async ({ page }) => {
  await page.goto(story('components-priority-badge--legend', 'locale:hi'));
  await expect(page.locator('eo-priority-badge[priority="most_immediate"]')).toHaveText('अति तत्काल');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
});
