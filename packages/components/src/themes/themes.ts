import { dark, highContrast, light, type Palette } from './palettes.js';

function declarations(palette: Palette, scheme: 'light' | 'dark'): string {
  const lines = Object.entries(palette).map(([name, value]) => `  --eo-color-${name}: ${value};`);
  return `${lines.join('\n')}\n  --eo-color-scheme: ${scheme};`;
}

// :where() gives the rules no specificity, so a page's own rule for the same class (a department's
// accent colour in the dark theme, say) wins wherever its stylesheet sits.
const DARK = `:where(.eo-theme-dark, [data-eo-theme='dark'])`;
const HIGH_CONTRAST = `:where(.eo-theme-high-contrast, [data-eo-theme='high-contrast'])`;
const LIGHT = `:where(.eo-theme-light, [data-eo-theme='light'])`;
const AUTO = `:where(.eo-theme-auto, [data-eo-theme='auto'])`;

/**
 * The theme classes as one stylesheet: `.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-light`
 * (to return to light inside a dark region) and `.eo-theme-auto` (follows `prefers-color-scheme`, and
 * only where the page puts it), or the same as `data-eo-theme="dark|high-contrast|light|auto"`. They
 * set the global `--eo-color-*` tokens, which inherit into every element's shadow root. Without any of
 * them an element is light, whatever the OS prefers.
 */
export const themeCss = `/* @eoffice/components themes: opt in with a class or data-eo-theme on any ancestor. */
${LIGHT} {
${declarations(light, 'light')}
}
${DARK} {
${declarations(dark, 'dark')}
}
${HIGH_CONTRAST} {
${declarations(highContrast, 'dark')}
}
@media (prefers-color-scheme: dark) {
  ${AUTO} {
${declarations(dark, 'dark').replace(/^/gm, '  ')}
  }
}
`;

let sheet: CSSStyleSheet | undefined;
const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Adds the theme stylesheet to a tree (the document, or the shadow root of a portal's own component),
 * once per tree: the script alternative to linking the package's theme stylesheet. Elements do not
 * carry the dark and high-contrast palettes themselves, so a light-only portal never downloads them.
 */
export function adoptThemes(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot) || adopted.has(root)) return;
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss);
  }
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  adopted.add(root);
}
