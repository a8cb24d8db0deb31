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

test('a Hindi story draws Devanagari with the self-hosted Noto Sans Devanagari', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(story('components-priority-badge--legend', 'locale:hi'));
  await expect(page.locator('eo-priority-badge[priority="most_immediate"]')).toHaveText('अति तत्काल');
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    const family = 'Noto Sans Devanagari';
    const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family);
    return {
      // The preview's own face (bundled from @fontsource), not a font the machine happens to have.
      loaded: faces.some((face) => face.status === 'loaded'),
      check: document.fonts.check(`16px "${family}"`, 'अति तत्काल'),
    };
  });
  expect(font, 'Noto Sans Devanagari loaded in the preview').toEqual({ loaded: true, check: true });
  expect(errors).toEqual([]);
});

test('the notesheet story of an editor that failed to load recovers with Try again', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(story('components-notesheet-editor--editor-unavailable'));
  const editor = page.locator('eo-notesheet-editor-offline-demo');
  await expect(editor.getByRole('status').filter({ hasText: 'Loading the editor…' })).toBeVisible();
  // Every element also has an (empty) assertive live region; the failure is the alert with the text.
  const alert = editor.getByRole('alert').filter({ hasText: 'The editor could not be loaded' });
  await expect(alert).toContainText('The editor could not be loaded');
  await alert.getByRole('button', { name: 'Try again' }).click();
  const textbox = editor.getByRole('textbox');
  await expect(textbox).toHaveText('प्रस्ताव अनुमोदनार्थ प्रस्तुत है।');
  await expect(editor.getByRole('toolbar')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the Storybook manager at /storybook/ opens with its preview framed', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/storybook/?path=/story/components-priority-badge--most-immediate');
  const preview = page.frameLocator('#storybook-preview-iframe');
  await expect(preview.locator('eo-priority-badge')).toHaveText('Most immediate');
  expect(errors).toEqual([]);
});
