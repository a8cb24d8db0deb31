import { css } from 'lit';

// Colours keep at least 4.5:1 contrast (WCAG 2.1 AA) in light and dark schemes; sizes are in em/rem so
// text survives 200% zoom; spacing uses logical properties. The editable text itself is in the light DOM
// and styled by content-styles.ts.
export const notesheetStyles = css`
  :host {
    --_bg: var(--eo-notesheet-bg, #ffffff);
    --_fg: var(--eo-notesheet-fg, #1b1f24);
    --_muted: var(--eo-notesheet-muted, #4f5a66);
    --_border: var(--eo-notesheet-border, #c5ccd4);
    --_accent: var(--eo-notesheet-accent, #0b5394);
    --_green-bg: var(--eo-notesheet-green-bg, #eef7ee);
    --_green-border: var(--eo-notesheet-green-border, #2e7d32);
    --_yellow-bg: var(--eo-notesheet-yellow-bg, #fff9db);
    --_yellow-border: var(--eo-notesheet-yellow-border, #8a6d00);
    --_error: var(--eo-notesheet-error-fg, #a3000f);
    --_focus: var(--eo-notesheet-focus, #b35c00);
    --_gap: var(--eo-notesheet-gap, 1rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--eo-font-family, system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif);
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--eo-notesheet-bg, #15191e);
      --_fg: var(--eo-notesheet-fg, #e8ecf0);
      --_muted: var(--eo-notesheet-muted, #aab4bf);
      --_border: var(--eo-notesheet-border, #46505b);
      --_accent: var(--eo-notesheet-accent, #8cc4ff);
      --_green-bg: var(--eo-notesheet-green-bg, #16261a);
      --_green-border: var(--eo-notesheet-green-border, #81c784);
      --_yellow-bg: var(--eo-notesheet-yellow-bg, #2b2612);
      --_yellow-border: var(--eo-notesheet-yellow-border, #e6c84f);
      --_error: var(--eo-notesheet-error-fg, #ffaab3);
      --_focus: var(--eo-notesheet-focus, #ffbf66);
    }
  }
  p,
  h2,
  h3 {
    margin: 0;
    font-size: 1em;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--eo-radius, 0.375em);
    padding-block: 0.25em;
    padding-inline: 0.75em;
    cursor: pointer;
    min-block-size: 2.75em;
  }
  button.primary {
    color: var(--_bg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .note {
    background: var(--_green-bg);
    border-inline-start: 4px solid var(--_green-border);
    padding: 0.75em 1em;
    border-radius: var(--eo-radius, 0.375em);
  }
  .paragraph {
    display: grid;
    grid-template-columns: 3em 1fr;
    gap: 0.25em;
    margin-block: 0.25em;
  }
  .paragraph .number {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .paragraph ul,
  .paragraph ol {
    margin-block: 0.25em;
    padding-inline-start: 1.5em;
  }
  .signoff {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    justify-content: end;
    align-items: baseline;
    margin-block-start: 0.5em;
    text-align: end;
  }
  .signoff .who {
    font-weight: 600;
  }
  .muted,
  .signoff time {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-inline: 0.6em;
    font-size: 0.85em;
  }
  .badge.verified {
    color: var(--_green-border);
  }
  .badge.not-verified {
    color: var(--_error);
  }
  a.eo-ref {
    color: var(--_accent);
    text-decoration: underline;
  }
  .yellow {
    margin-block-start: var(--_gap);
    background: var(--_yellow-bg);
    border-inline-start: 4px solid var(--_yellow-border);
    padding: 0.75em 1em;
    border-radius: var(--eo-radius, 0.375em);
  }
  .yellow-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    align-items: baseline;
    margin-block-end: 0.5em;
  }
  [role='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  [role='toolbar'] button {
    min-inline-size: 2.75em;
  }
  [role='toolbar'] button[aria-pressed='true'] {
    color: var(--_bg);
    background: var(--_accent);
  }
  ::slotted(.eo-notesheet-editable) {
    display: block;
    min-block-size: 6em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--eo-radius, 0.375em);
    padding: 0.5em 0.75em;
  }
  .status {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .status.error,
  .status.conflict,
  .error {
    color: var(--_error);
  }
  .notice {
    border: 1px solid var(--_border);
    padding: 0.5em 0.75em;
    margin-block-end: 0.5em;
    border-radius: var(--eo-radius, 0.375em);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .readonly-note {
    color: var(--_muted);
    margin-block-start: var(--_gap);
  }
  @media (forced-colors: active) {
    .note,
    .yellow {
      border: 1px solid CanvasText;
    }
    [role='toolbar'] button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    [role='toolbar'],
    .actions,
    .status,
    .picker,
    .no-print {
      display: none !important;
    }
    .note,
    .yellow {
      background: none;
      border: none;
      padding-inline: 0;
      break-inside: avoid;
    }
    a.eo-ref {
      color: inherit;
    }
  }
`;
