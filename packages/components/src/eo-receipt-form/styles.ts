import { css } from 'lit';

// Colours from the global tokens (themes/tokens.ts), each overridable per element; sizes in em/rem so
// text survives 200% zoom; logical properties throughout.
export const receiptFormStyles = css`
  :host {
    --_bg: var(--eo-receipt-bg, var(--_c-bg));
    --_fg: var(--eo-receipt-fg, var(--_c-fg));
    --_muted: var(--eo-receipt-muted, var(--_c-muted));
    --_border: var(--eo-receipt-border, var(--_c-border-strong));
    --_accent: var(--eo-receipt-accent, var(--_c-accent));
    --_accent-fg: var(--eo-receipt-accent-fg, var(--_c-accent-fg));
    --_error: var(--eo-receipt-error-fg, var(--_c-danger));
    --_focus: var(--eo-receipt-focus, var(--_c-focus));
    --_preview-size: var(--eo-receipt-preview-size, 24rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    gap: var(--_c-space-l);
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_c-space-m);
    margin: 0;
    padding: var(--_c-space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    min-inline-size: 0;
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_c-space-xs);
  }
  .wide {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: var(--_c-space-xs);
    align-content: start;
    min-inline-size: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-m);
    border: 0;
    padding: 0;
  }
  label {
    font-weight: 600;
  }
  .choices label {
    font-weight: normal;
  }
  .optional,
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  p {
    margin: 0;
  }
  input:not([type='radio'], [type='file']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    padding-block: 0.4em;
    padding-inline: 0.6em;
    box-sizing: border-box;
    inline-size: 100%;
  }
  textarea {
    min-block-size: 4.5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  /* Shown by class, not :empty: Lit's markers and whitespace would make an empty line count as full. */
  .error:not(.shown) {
    display: none;
  }
  .error.shown::before {
    /* Not colour alone: a mark before every error. */
    content: '⚠ ';
  }
  .enclosure {
    display: grid;
    grid-template-columns: 1fr 6em auto;
    gap: var(--_c-space-s);
    align-items: end;
  }
  .upload {
    display: grid;
    gap: var(--_c-space-s);
  }
  .scan-card {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: center;
  }
  progress {
    inline-size: 100%;
    block-size: 1em;
    accent-color: var(--_accent);
  }
  .preview {
    inline-size: 100%;
    max-inline-size: var(--_preview-size);
    block-size: calc(var(--_preview-size) * 1.414);
    border: 1px solid var(--_border);
    object-fit: contain;
    background: var(--_c-bg);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    padding-block: 0.4em;
    padding-inline: 1em;
    cursor: pointer;
  }
  button.primary {
    color: var(--_accent-fg);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .result {
    padding: var(--_c-space-m);
    border: 2px solid var(--_accent);
    border-radius: var(--_c-radius);
    display: grid;
    gap: var(--_c-space-s);
  }
  .diary-number {
    font-size: 1.5em;
    font-weight: 700;
    font-family: var(--_c-font-mono);
  }
  .general {
    padding: var(--_c-space-s);
    border: 2px solid var(--_error);
    border-radius: var(--_c-radius);
  }
  .general:not(.shown) {
    padding: 0;
    border: 0;
  }
  @media (forced-colors: active) {
    [aria-invalid='true'],
    .general,
    .result {
      border-color: CanvasText;
    }
    button.primary {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;
