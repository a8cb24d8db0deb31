import { css } from 'lit';

// Colours keep at least 4.5:1 contrast (WCAG 2.1 AA) in light and dark schemes; sizes in em/rem so
// text survives 200% zoom; logical properties so a right-to-left page lays it out mirrored.
export const signatureWidgetStyles = css`
  :host {
    --_bg: var(--eo-signature-bg, #ffffff);
    --_fg: var(--eo-signature-fg, #1b1f24);
    --_muted: var(--eo-signature-muted, #4f5a66);
    --_border: var(--eo-signature-border, #c5ccd4);
    --_accent: var(--eo-signature-accent, #0b5394);
    --_accent-fg: var(--eo-signature-accent-fg, #ffffff);
    --_ok: var(--eo-signature-ok, #1e6b34);
    --_ok-bg: var(--eo-signature-ok-bg, #e9f6ec);
    --_bad: var(--eo-signature-bad, #a3000f);
    --_bad-bg: var(--eo-signature-bad-bg, #fdecee);
    --_focus: var(--eo-signature-focus, #b35c00);
    --_gap: var(--eo-signature-gap, 0.75rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--eo-font-family, system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif);
    line-height: 1.5;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    border-radius: var(--eo-radius, 0.375em);
    padding: var(--_gap);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--eo-signature-bg, #15191e);
      --_fg: var(--eo-signature-fg, #e8ecf0);
      --_muted: var(--eo-signature-muted, #aab4bf);
      --_border: var(--eo-signature-border, #46505b);
      --_accent: var(--eo-signature-accent, #8cc4ff);
      --_accent-fg: var(--eo-signature-accent-fg, #0b1620);
      --_ok: var(--eo-signature-ok, #8fdca3);
      --_ok-bg: var(--eo-signature-ok-bg, #14301d);
      --_bad: var(--eo-signature-bad, #ffaab3);
      --_bad-bg: var(--eo-signature-bad-bg, #3b1519);
      --_focus: var(--eo-signature-focus, #ffbf66);
    }
  }
  p,
  dl,
  dd,
  ul,
  ol {
    margin: 0;
  }
  .reason {
    display: block;
  }
  section {
    display: grid;
    gap: var(--_gap);
  }
  .heading {
    font-size: 1.125em;
    font-weight: 600;
    margin: 0;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_focus);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .fingerprint,
  .serial {
    font-family: ui-monospace, 'Noto Sans Mono', monospace;
    letter-spacing: 0.02em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--eo-radius, 0.375em);
    margin: 0;
    padding: 0.5em 0.75em;
    display: grid;
    gap: 0.25em;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25em;
  }
  label.choice {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    min-block-size: 2.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
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
    color: var(--_accent-fg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--eo-radius, 0.375em);
    padding: 0.25em 0.5em;
    min-block-size: 2.5em;
  }
  input.otp {
    inline-size: 8ch;
    letter-spacing: 0.2em;
    font-family: ui-monospace, 'Noto Sans Mono', monospace;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .verdict {
    border-inline-start: 0.35em solid var(--_bad);
    background: var(--_bad-bg);
    padding: 0.5em 0.75em;
    border-radius: var(--eo-radius, 0.375em);
  }
  .verdict.valid {
    border-inline-start-color: var(--_ok);
    background: var(--_ok-bg);
  }
  .verdict .heading::before {
    content: '✗ ';
    color: var(--_bad);
  }
  .verdict.valid .heading::before {
    content: '✓ ';
    color: var(--_ok);
  }
  .problem {
    color: var(--_bad);
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  details summary {
    cursor: pointer;
    min-block-size: 2.75em;
    display: list-item;
  }
  ol.steps {
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.25em;
  }
  .step.ok .status {
    color: var(--_ok);
  }
  .step.failed .status {
    color: var(--_bad);
    font-weight: 600;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid var(--_border);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 1s linear infinite;
    vertical-align: -0.15em;
    margin-inline-end: 0.5em;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .verdict {
      border-inline-start-color: CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
