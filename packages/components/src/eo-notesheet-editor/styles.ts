import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes are in em/rem so
// text survives 200% zoom; spacing uses logical properties. The editable text itself is in the light DOM
// and styled by content-styles.ts.
export const notesheetStyles = css`
  :host {
    --_bg: var(--eo-notesheet-bg, var(--_c-bg));
    --_fg: var(--eo-notesheet-fg, var(--_c-fg));
    --_muted: var(--eo-notesheet-muted, var(--_c-muted));
    --_border: var(--eo-notesheet-border, var(--_c-border));
    --_accent: var(--eo-notesheet-accent, var(--_c-accent));
    --_green-bg: var(--eo-notesheet-green-bg, var(--_c-note-green-bg));
    --_green-border: var(--eo-notesheet-green-border, var(--_c-note-green-border));
    --_yellow-bg: var(--eo-notesheet-yellow-bg, var(--_c-note-yellow-bg));
    --_yellow-border: var(--eo-notesheet-yellow-border, var(--_c-note-yellow-border));
    --_error: var(--eo-notesheet-error-fg, var(--_c-danger));
    --_focus: var(--eo-notesheet-focus, var(--_c-focus));
    --_gap: var(--eo-notesheet-gap, 1rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.6;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
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
    border-radius: var(--_c-radius);
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
    outline: var(--_c-focus-width) solid var(--_focus);
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
    border-radius: var(--_c-radius);
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
    border-radius: var(--_c-radius);
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
    border-radius: var(--_c-radius);
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
    border-radius: var(--_c-radius);
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
