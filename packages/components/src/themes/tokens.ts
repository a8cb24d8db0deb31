import { css, unsafeCSS, type CSSResult } from 'lit';
import { light } from './palettes.js';

/**
 * The global design tokens as every element reads them. A page (or a theme stylesheet) sets the public
 * `--eo-*` properties on any ancestor; they inherit into shadow roots. Each element's `:host` resolves
 * them here into private `--_c-*` properties with the light theme as the fallback, and its own
 * `--eo-<element>-*` properties override those in its styles.
 *
 * | token | meaning |
 * | --- | --- |
 * | `--eo-color-<name>` | colours, see the palettes in palettes.ts |
 * | `--eo-space-xs` … `--eo-space-l` | spacing (0.25, 0.5, 1, 1.5 rem) |
 * | `--eo-radius` | corner radius |
 * | `--eo-font-family` | text, with a Devanagari stack for Hindi |
 * | `--eo-font-family-mono` | markings and fingerprints |
 * | `--eo-focus-ring-width` | width of the focus outline (colour: `--eo-color-focus`) |
 * | `--eo-color-scheme` | `light` or `dark`, for native controls (date pickers, scroll bars) |
 */
export const FONT_FAMILY =
  "system-ui, 'Noto Sans', 'Noto Sans Devanagari', 'Nirmala UI', 'Mangal', 'Kohinoor Devanagari', sans-serif";
export const FONT_FAMILY_MONO = "ui-monospace, 'Noto Sans Mono', 'Cascadia Mono', monospace";

const colors = Object.entries(light)
  .map(([name, value]) => `--_c-${name}: var(--eo-color-${name}, ${value});`)
  .join('\n');

export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(colors)}
    --_c-space-xs: var(--eo-space-xs, 0.25rem);
    --_c-space-s: var(--eo-space-s, 0.5rem);
    --_c-space-m: var(--eo-space-m, 1rem);
    --_c-space-l: var(--eo-space-l, 1.5rem);
    --_c-radius: var(--eo-radius, 0.375em);
    --_c-font: var(--eo-font-family, ${unsafeCSS(FONT_FAMILY)});
    --_c-font-mono: var(--eo-font-family-mono, ${unsafeCSS(FONT_FAMILY_MONO)});
    --_c-focus-width: var(--eo-focus-ring-width, 3px);
    /* Native controls follow the theme the page chose, never the OS on its own. */
    color-scheme: var(--eo-color-scheme, light);
  }
  :focus-visible {
    outline: var(--_c-focus-width) solid var(--_focus, var(--_c-focus));
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_c-focus: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
