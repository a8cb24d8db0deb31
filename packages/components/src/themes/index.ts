/**
 * The theme layer: the light (default), dark and high-contrast palettes and the stylesheet of the theme
 * classes. A page opts in once, either with the stylesheet built from `themeCss` (linked, or inlined in
 * server-rendered HTML) or with `adoptThemes(document)`; then `.eo-theme-dark` and the others work on
 * any ancestor of the elements.
 */
export { themeCss, adoptThemes } from './themes.js';
export { COLOR_TOKENS, dark, highContrast, light, type ColorToken, type Palette } from './palettes.js';
