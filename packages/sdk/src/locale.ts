/** Interface languages the API localises its messages in. */
export type Locale = 'hi' | 'en';

/**
 * The language to ask the server for, or none. `option` is the client's `locale`: a language, or a
 * function read before every request (a portal whose language can change). Without it, a page's
 * `<html lang>` decides, so a Hindi page gets Hindi messages. Regional tags (`hi-IN`, `en-GB`) count
 * as their language; any other language asks for nothing, and the server answers in English.
 */
export function acceptLanguage(option: Locale | (() => string | undefined) | undefined): Locale | undefined {
  const tag =
    typeof option === 'function' ? option() : (option ?? globalThis.document?.documentElement?.lang);
  const language = tag?.toLowerCase().split('-')[0];
  return language === 'hi' || language === 'en' ? language : undefined;
}
