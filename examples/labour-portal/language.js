// The portal's language switch, shared by its pages. The officer's choice is kept in localStorage, so
// moving between the home, notesheet and signing pages keeps it. The e-Office components follow
// <html lang> by themselves; `onLanguageChange` redraws what the page renders on its own.
const storageKey = 'labour-portal.language';

function apply(language) {
  document.documentElement.lang = language;
  for (const el of document.querySelectorAll('[data-hi]')) el.textContent = el.dataset[language];
  const button = document.getElementById('language');
  // The button names the other language, in that language.
  button.textContent = language === 'hi' ? 'English' : 'हिन्दी';
  button.lang = language === 'hi' ? 'en' : 'hi';
}

/** Restores the saved language and wires the #language button; `redraw` runs after each switch. */
export function onLanguageChange(redraw) {
  let saved = null;
  try {
    saved = localStorage.getItem(storageKey);
  } catch {
    // Storage blocked (private mode, policy): the page's own language stays.
  }
  if (saved === 'hi' || saved === 'en') apply(saved);
  document.getElementById('language').addEventListener('click', () => {
    const next = document.documentElement.lang === 'hi' ? 'en' : 'hi';
    apply(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not kept across pages, but the switch itself still works.
    }
    redraw();
  });
}
