import type { Decorator, Preview } from '@storybook/web-components-vite';
import { adoptThemes, setLocale } from '@eoffice/components';
// Noto Sans Devanagari, self-hosted (bundled with the preview) and swapped in when loaded, as the
// example portal does: Hindi stories show real glyphs on a desktop without a Hindi font, not boxes.
// Only the Devanagari subset: Latin text keeps the system font.
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-700.css';
import './theme.css';
import './elements-manifest.js';

// The page opts into the theme classes once, as a portal does (or links the theme stylesheet).
adoptThemes(document);

// The toolbar's language applies through the same path a portal uses: our setLocale().
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'hi' ? 'hi' : 'en';
  const wanted = context.globals['theme'];
  const theme = wanted === 'dark' || wanted === 'high-contrast' ? wanted : 'light';
  document.documentElement.lang = locale;
  // As a portal opts in: data-eo-theme (or the class eo-theme-dark) on an ancestor of the elements.
  document.documentElement.dataset['eoTheme'] = theme;
  void setLocale(locale);
  return story();
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Interface language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'hi', title: 'हिन्दी' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
