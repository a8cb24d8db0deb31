import { type Page, type TestInfo } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { sandboxUrl } from '../playwright.config.js';

// Each page of the example portal, signed in, in Hindi and in English, attached to the test report as
// a screenshot, after checking that the Devanagari web font (Noto Sans Devanagari, self-hosted from
// @fontsource) has loaded and is what the page draws Hindi with, so the pictures show real glyphs and
// not the boxes of a desktop without Hindi fonts.
const api = `?api=${encodeURIComponent(sandboxUrl)}`;
const pages = [
  { path: 'index.html', name: 'home', ready: '#desk' },
  { path: 'notesheet.html', name: 'notesheet', ready: '#desk' },
  { path: 'sign.html', name: 'signing', ready: '#desk' },
] as const;

/** Whether a loaded font face of the family is in the document, and the browser says it is ready. */
async function devanagariFontLoaded(page: Page): Promise<{ loaded: boolean; check: boolean }> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const family = 'Noto Sans Devanagari';
    const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family);
    return {
      loaded: faces.some((face) => face.status === 'loaded'),
      check: document.fonts.check(`16px "${family}"`, 'हिन्दी'),
    };
  });
}

async function attach(page: Page, testInfo: TestInfo, title: string): Promise<void> {
  await testInfo.attach(title, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

for (const language of ['hi', 'en'] as const) {
  test(`portal pages in ${language === 'hi' ? 'Hindi' : 'English'}: screenshots with the Devanagari font`, async ({
    page,
  }, testInfo) => {
    // The officer chose the language earlier: the portal keeps it in localStorage.
    await page.addInitScript((lang) => localStorage.setItem('labour-portal.language', lang), language);
    for (const { path, name, ready } of pages) {
      await page.goto(`/${path}${api}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.locator('#login button[type="submit"]').click();
      await expect(page.locator(ready)).toBeVisible();
      await expect(page.locator('#login')).toBeHidden();
      // Hindi text is on every page in both languages (the language button, Hindi subjects).
      const font = await devanagariFontLoaded(page);
      expect(font, `${name}: Noto Sans Devanagari loaded`).toEqual({ loaded: true, check: true });
      await attach(page, testInfo, `${name} page (${language === 'hi' ? 'Hindi' : 'English'})`);
    }
  });
}
