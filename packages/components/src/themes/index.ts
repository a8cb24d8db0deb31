/**
 * The theme layer: global design tokens, the light (default), dark and high-contrast palettes, and the
 * stylesheet of the theme classes. Elements adopt the stylesheet themselves; `themeCss` is the same
 * rules as text, for a page that serves them as a file or inlines them in server-rendered HTML.
 */
export { themeCss, adoptThemes } from './themes.js';
export { COLOR_TOKENS, dark, highContrast, light, type ColorToken, type Palette } from './palettes.js';
