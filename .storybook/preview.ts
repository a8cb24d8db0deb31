import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setLocale } from '@eoffice/components';
import './theme.css';
import './elements-manifest.js';

// The toolbar's language applies through the same path a portal uses: our setLocale().
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = context.globals['locale'] === 'hi' ? 'hi' : 'en';
  const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
  document.documentElement.lang = locale;
  document.documentElement.dataset['theme'] = theme;
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
