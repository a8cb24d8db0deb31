import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes are in em/rem
// so text survives 200% zoom; spacing uses logical properties.
export const sendDialogStyles = css`
  :host {
    --_bg: var(--eo-send-bg, var(--_c-bg));
    --_fg: var(--eo-send-fg, var(--_c-fg));
    --_muted: var(--eo-send-muted, var(--_c-muted));
    --_border: var(--eo-send-border, var(--_c-border-strong));
    --_accent: var(--eo-send-accent, var(--_c-accent));
    --_accent-fg: var(--eo-send-accent-fg, var(--_c-accent-fg));
    --_active-bg: var(--eo-send-active-bg, var(--_c-current-bg));
    --_error: var(--eo-send-error-fg, var(--_c-danger));
    --_focus: var(--eo-send-focus, var(--_c-focus));
    display: contents;
    font-family: var(--_c-font);
  }
  dialog {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--eo-radius, 0.5em);
    padding: 0;
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    font-family: inherit;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: var(--eo-send-backdrop, rgb(0 0 0 / 0.45));
  }
  form {
    display: grid;
    gap: 1rem;
    padding: 1.25rem 1.5rem;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  p {
    margin: 0;
  }
  .file-number {
    color: var(--_muted);
  }
  .field,
  fieldset {
    display: grid;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: 600;
    padding: 0;
  }
  .optional,
  .hint,
  .search-status,
  .counter {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  input,
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
  input[type='radio'] {
    inline-size: auto;
    margin: 0;
  }
  textarea {
    min-block-size: 5em;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .combobox {
    position: relative;
    display: grid;
    gap: 0.25rem;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    background: var(--_bg);
    max-block-size: 16rem;
    overflow-y: auto;
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .option,
  .chosen li {
    display: grid;
    gap: 0 0.5rem;
    grid-template-columns: 1fr auto;
    padding-block: 0.35rem;
    padding-inline: 0.5rem;
    border-radius: var(--_c-radius);
  }
  .option {
    cursor: pointer;
  }
  .option.active {
    background: var(--_active-bg);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .option[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
  }
  .designation {
    grid-column: 1;
    font-weight: 600;
  }
  .holder,
  .section {
    grid-column: 1;
  }
  .section {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .marking {
    font-family: var(--_c-font-mono);
  }
  .taken {
    grid-column: 2;
    grid-row: 1;
    font-size: 0.875em;
  }
  .chosen {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .chosen li {
    border: 1px solid var(--_border);
  }
  .chosen button {
    grid-column: 2;
    grid-row: 1 / span 3;
    align-self: center;
  }
  .priorities {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .priorities label {
    display: inline-flex;
    gap: 0.4rem;
    align-items: center;
    font-weight: normal;
    cursor: pointer;
  }
  .counter.over,
  .error {
    color: var(--_error);
  }
  .error {
    font-weight: 600;
  }
  .error:empty:not(.general) {
    display: none;
  }
  /* The alert region stays in the page (so screen readers announce it) but has no box until needed. */
  .general.shown {
    border: 2px solid var(--_error);
    border-radius: var(--_c-radius);
    padding: 0.5rem 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_c-radius);
    padding-block: 0.25em;
    padding-inline: 1em;
    min-block-size: 2.75em;
    cursor: pointer;
  }
  button.primary {
    color: var(--_accent-fg);
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .option.active {
      outline-color: Highlight;
    }
    [aria-invalid='true'],
    .general.shown {
      border-color: Mark;
    }
  }
`;
