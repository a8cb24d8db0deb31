import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The built Storybook documents every element from the custom-elements manifest: its docs page lists
// each event and CSS custom property, and the Actions panel logs the element's eo-* events.
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  events?: { name: string }[];
  cssProperties?: { name: string }[];
}
const manifest = JSON.parse(
  readFileSync(new URL('../packages/components/custom-elements.json', import.meta.url), 'utf8'),
) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  // Registered elements only: the shared base class (EoElement) is a LitElement with no tag.
  .filter((declaration) => declaration.customElement && declaration.tagName);

const index = JSON.parse(
  readFileSync(new URL('../storybook-static/index.json', import.meta.url), 'utf8'),
) as {
  entries: Record<string, { id: string; type: string; importPath: string }>;
};

/** The docs page of `stories/<tag>.stories.ts`. */
function docsIdOf(tag: string): string {
  const entry = Object.values(index.entries).find(
    (e) => e.type === 'docs' && e.importPath === `./stories/${tag}.stories.ts`,
  );
  if (!entry) throw new Error(`no docs page for stories/${tag}.stories.ts`);
  return entry.id;
}

test('every element is in the manifest, each with a docs page', () => {
  expect(elements.map((element) => element.tagName).sort()).toEqual([
    'eo-draft-editor',
    'eo-file-tracker',
    'eo-inbox',
    'eo-notesheet-editor',
    'eo-pendency-report',
    'eo-priority-badge',
    'eo-receipt-form',
    'eo-send-dialog',
    'eo-signature-widget',
  ]);
});

for (const element of elements) {
  const tag = element.tagName as string;
  test(`the docs table of <${tag}> lists every event and CSS custom property`, async ({ page }) => {
    await page.goto(`/storybook/iframe.html?id=${docsIdOf(tag)}&viewMode=docs`);
    const table = page.locator('.docblock-argstable').first();
    await expect(table).toBeVisible({ timeout: 30_000 });
    const names = [...(element.events ?? []), ...(element.cssProperties ?? [])].map((item) => item.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) await expect(table).toContainText(name);
  });
}

test('the Actions panel logs an eo-* event the element fires', async ({ page }) => {
  // The manager and its preview load a few megabytes of scripts on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/storybook/?path=/story/components-file-tracker--vertical');
  const step = page
    .frameLocator('#storybook-preview-iframe')
    .locator('eo-file-tracker [part~="step"]')
    .first();
  await step.waitFor({ timeout: 90_000 });
  await step.click();
  await page.getByRole('tab', { name: /Actions/ }).click();
  await expect(page.locator('#storybook-panel-root')).toContainText('eo-movement-select');
});
