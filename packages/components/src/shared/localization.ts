import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** Interface languages: English (the source) and Hindi. */
export type UiLocale = typeof sourceLocale | (typeof targetLocales)[number];

type LocaleModule = Awaited<ReturnType<typeof loadHindi>>;
const loadHindi = () => import('../generated/locales/hi.js');
let loader: () => Promise<LocaleModule> = loadHindi;

// Hindi strings are loaded on first use so English pages never download them.
const { getLocale, setLocale: setLitLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => loader(),
});

/**
 * Replaces how the Hindi strings are fetched (for a test that makes them arrive late, or a portal
 * that wraps the fetch); `undefined` restores the built-in dynamic import. Not part of the package's
 * public exports.
 */
export function useLocaleLoader(
  load: ((real: () => Promise<LocaleModule>) => Promise<LocaleModule>) | undefined,
): void {
  loader = load ? () => load(loadHindi) : loadHindi;
}

let loading: string | undefined;
if (typeof window !== 'undefined') {
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    loading = event.detail.status === 'loading' ? event.detail.loadingLocale : undefined;
  });
}

/**
 * The language whose strings are being loaded, if any. While it loads, components still show the
 * language in force (English before Hindi first arrives); announcements wait for it (element.ts).
 */
export function loadingLocale(): UiLocale | undefined {
  return loading as UiLocale | undefined;
}

/**
 * The language the page is in or switching to: what a request made now asks the server for, so
 * the server's words are filed under it even when they arrive before the Hindi strings.
 */
export function targetLocale(): UiLocale {
  return loadingLocale() ?? currentLocale();
}

let explicit = false;
let observer: MutationObserver | undefined;

/** The interface language for a BCP 47 tag such as `hi-IN` or `en-GB`: Hindi for `hi*`, else English. */
export function uiLocaleFor(lang: string | null | undefined): UiLocale {
  return lang?.trim().toLowerCase().startsWith('hi') ? 'hi' : 'en';
}

/** The interface language in force. */
export function currentLocale(): UiLocale {
  return getLocale() as UiLocale;
}

/**
 * Sets the interface language for every component on the page and stops following `<html lang>`.
 * Resolves when the language's strings are loaded and components have re-rendered.
 */
export async function setLocale(locale: UiLocale): Promise<void> {
  explicit = true;
  observer?.disconnect();
  await setLitLocale(locale);
}

/**
 * Makes components follow the page's `<html lang>`, now and when the portal switches language.
 * Called by every component on connection; idempotent.
 */
export function followDocumentLanguage(): void {
  if (explicit || observer || typeof document === 'undefined') return;
  const root = document.documentElement;
  const apply = (): void => {
    const wanted = uiLocaleFor(root.lang);
    // Always ask, even when `wanted` is the language in force: while Hindi is still loading, the
    // locale in force is English, and a switch back to English must supersede that load. Lit's
    // setLocale compares with the language being loaded and lets the latest request win.
    setLitLocale(wanted).catch((error: unknown) => {
      console.error('@eoffice/components: could not load the interface language', wanted, error);
    });
  };
  observer = new MutationObserver(apply);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'] });
  apply();
}
