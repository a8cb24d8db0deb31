import { currentLocale, uiLocaleFor } from '../../src/shared/localization.js';

/** Sets `<html lang>` as a portal's language switch would, and waits until components follow it. */
export async function setDocumentLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  const wanted = uiLocaleFor(lang);
  for (let i = 0; i < 100 && currentLocale() !== wanted; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (currentLocale() !== wanted) throw new Error(`components did not switch to ${wanted}`);
  // One more frame so re-renders triggered by the switch have landed.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
