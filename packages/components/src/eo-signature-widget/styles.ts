import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes in em/rem so
// text survives 200% zoom; logical properties so a right-to-left page lays it out mirrored.
export const signatureWidgetStyles = css`
  :host {
    --_bg: var(--eo-signature-bg, var(--_c-bg));
    --_fg: var(--eo-signature-fg, var(--_c-fg));
    --_muted: var(--eo-signature-muted, var(--_c-muted));
    --_border: var(--eo-signature-border, var(--_c-border));
    --_accent: var(--eo-signature-accent, var(--_c-accent));
    --_accent-fg: var(--eo-signature-accent-fg, var(--_c-accent-fg));
    --_ok: var(--eo-signature-ok, var(--_c-success));
    --_ok-bg: var(--eo-signature-ok-bg, var(--_c-success-bg));
    --_bad: var(--eo-signature-bad, var(--_c-danger));
    --_bad-bg: var(--eo-signature-bad-bg, var(--_c-danger-bg));
    --_focus: var(--eo-signature-focus, var(--_c-focus));
    --_gap: var(--eo-signature-gap, 0.75rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.5;
    overflow-wrap: anywhere;
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    padding: var(--_gap);
  }
  :host([hidden]) {
    display: none;
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
    outline: var(--_c-focus-width) solid var(--_focus);
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
    font-family: var(--_c-font-mono);
    letter-spacing: 0.02em;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
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
    border-radius: var(--_c-radius);
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
    border-radius: var(--_c-radius);
    padding: 0.25em 0.5em;
    min-block-size: 2.5em;
  }
  input.otp {
    inline-size: 8ch;
    letter-spacing: 0.2em;
    font-family: var(--_c-font-mono);
  }
  :focus-visible {
    outline: var(--_c-focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .verdict {
    border-inline-start: 0.35em solid var(--_bad);
    background: var(--_bad-bg);
    padding: 0.5em 0.75em;
    border-radius: var(--_c-radius);
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
