/**
 * The colour palettes of the three themes, one value per global colour token (`--eo-color-<name>`).
 * Every pair a component draws (text on its background, a marking on its tint) keeps at least 4.5:1
 * contrast (WCAG 2.1 AA) in light and dark, and 7:1 in high contrast.
 */
export const COLOR_TOKENS = [
  'bg',
  'fg',
  'muted',
  'border',
  'border-strong',
  'accent',
  'accent-fg',
  'current-bg',
  'selected-bg',
  'danger',
  'danger-bg',
  'success',
  'success-bg',
  'note-green-bg',
  'note-green-border',
  'note-yellow-bg',
  'note-yellow-border',
  'live',
  'focus',
  'priority-normal-bg',
  'priority-normal-fg',
  'priority-immediate-bg',
  'priority-immediate-fg',
  'priority-most-immediate-bg',
  'priority-most-immediate-fg',
] as const;

/** A global colour token's name without the `--eo-color-` prefix. */
export type ColorToken = (typeof COLOR_TOKENS)[number];

/** A value for every colour token. */
export type Palette = Readonly<Record<ColorToken, string>>;

/** The default theme: what every element shows when the page opts into nothing. */
export const light: Palette = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#4f5a66',
  border: '#c5ccd4',
  'border-strong': '#8a95a1',
  accent: '#0b5394',
  'accent-fg': '#ffffff',
  'current-bg': '#eaf2fb',
  'selected-bg': '#fff8dc',
  danger: '#a3000f',
  'danger-bg': '#fdecee',
  success: '#1e6b34',
  'success-bg': '#e9f6ec',
  'note-green-bg': '#eef7ee',
  'note-green-border': '#2e7d32',
  'note-yellow-bg': '#fff9db',
  'note-yellow-border': '#8a6d00',
  live: '#1f7a35',
  focus: '#b35c00',
  'priority-normal-bg': '#eef1f4',
  'priority-normal-fg': '#333c45',
  'priority-immediate-bg': '#fff4e0',
  'priority-immediate-fg': '#7a4100',
  'priority-most-immediate-bg': '#fde8ea',
  'priority-most-immediate-fg': '#9b0014',
};

/** Opted into with `.eo-theme-dark` or `data-eo-theme="dark"` on an ancestor. */
export const dark: Palette = {
  bg: '#15191e',
  fg: '#e8ecf0',
  muted: '#aab4bf',
  border: '#46505b',
  'border-strong': '#7d8894',
  accent: '#8cc4ff',
  'accent-fg': '#0b1a2a',
  'current-bg': '#1c2c3f',
  'selected-bg': '#3a3315',
  danger: '#ffaab3',
  'danger-bg': '#3b1519',
  success: '#8fdca3',
  'success-bg': '#14301d',
  'note-green-bg': '#16261a',
  'note-green-border': '#81c784',
  'note-yellow-bg': '#2b2612',
  'note-yellow-border': '#e6c84f',
  live: '#8fdca3',
  focus: '#ffbf66',
  'priority-normal-bg': '#2a3139',
  'priority-normal-fg': '#e3e8ed',
  'priority-immediate-bg': '#3d2a00',
  'priority-immediate-fg': '#ffd48a',
  'priority-most-immediate-bg': '#4a0a12',
  'priority-most-immediate-fg': '#ffb3bc',
};

/** Opted into with `.eo-theme-high-contrast` or `data-eo-theme="high-contrast"`: white and yellow on black. */
export const highContrast: Palette = {
  bg: '#000000',
  fg: '#ffffff',
  muted: '#f0f0f0',
  border: '#ffffff',
  'border-strong': '#ffffff',
  accent: '#ffe600',
  'accent-fg': '#000000',
  'current-bg': '#1a1a1a',
  'selected-bg': '#333300',
  danger: '#ff9e9e',
  'danger-bg': '#000000',
  success: '#7dff9b',
  'success-bg': '#000000',
  'note-green-bg': '#000000',
  'note-green-border': '#7dff9b',
  'note-yellow-bg': '#000000',
  'note-yellow-border': '#ffe600',
  live: '#7dff9b',
  focus: '#00e5ff',
  'priority-normal-bg': '#000000',
  'priority-normal-fg': '#ffffff',
  'priority-immediate-bg': '#000000',
  'priority-immediate-fg': '#ffe600',
  'priority-most-immediate-bg': '#000000',
  'priority-most-immediate-fg': '#ff9e9e',
};
