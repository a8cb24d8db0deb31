import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes in em/rem
// so text survives 200% zoom; logical properties throughout. The letter prints on A4: everything but the
// letter is hidden in print, and the page box itself (size, margins) is set by `adoptPrintPage()`, since
// `@page` has no effect inside a shadow root.
export const draftEditorStyles = css`
  :host {
    --_bg: var(--eo-draft-editor-bg, var(--_c-bg));
    --_paper: var(--eo-draft-editor-paper, var(--_c-bg));
    --_fg: var(--eo-draft-editor-fg, var(--_c-fg));
    --_muted: var(--eo-draft-editor-muted, var(--_c-muted));
    --_border: var(--eo-draft-editor-border, var(--_c-border));
    --_accent: var(--eo-draft-editor-accent, var(--_c-accent));
    --_added: var(--eo-draft-editor-added, var(--_c-success));
    --_added-bg: var(--eo-draft-editor-added-bg, var(--_c-success-bg));
    --_removed: var(--eo-draft-editor-removed, var(--_c-danger));
    --_removed-bg: var(--eo-draft-editor-removed-bg, var(--_c-danger-bg));
    --_focus: var(--eo-draft-editor-focus, var(--_c-focus));
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
  h2,
  h3,
  h4 {
    margin-block: 0.5em;
    font-size: 1.1em;
  }
  p {
    margin: 0;
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
    color: var(--_c-accent-fg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button.link {
    border: none;
    padding: 0;
    min-block-size: auto;
    text-decoration: underline;
    text-align: start;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--_c-focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  table.list {
    border-collapse: collapse;
    inline-size: 100%;
  }
  table.list th,
  table.list td {
    border-block-end: 1px solid var(--_border);
    padding: var(--_c-space-xs) var(--_c-space-s);
    text-align: start;
    vertical-align: top;
  }
  .status {
    font-weight: 600;
  }
  .rule {
    color: var(--_removed);
    background: var(--_removed-bg);
    border-inline-start: 4px solid var(--_removed);
    padding: var(--_c-space-xs) var(--_c-space-s);
    margin-block: var(--_c-space-s);
  }
  .voided {
    color: var(--_removed);
    background: var(--_removed-bg);
    border: 2px solid var(--_removed);
    padding: var(--_c-space-s);
    font-weight: 600;
  }
  .approved,
  .issued {
    color: var(--_added);
    background: var(--_added-bg);
    padding: var(--_c-space-s);
  }
  .letter {
    background: var(--_paper);
    border: 1px solid var(--_border);
    padding: 2em 2.5em;
    margin-block: var(--_c-space-m);
    max-inline-size: 48em;
  }
  .letterhead {
    text-align: center;
    border-block-end: 2px solid var(--_fg);
    padding-block-end: 0.5em;
    margin-block-end: 1em;
  }
  .letterhead .department {
    font-weight: 700;
    font-size: 1.2em;
  }
  .number-date {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block-end: 1em;
  }
  .label {
    font-weight: 600;
    margin-inline-end: 0.5em;
  }
  .addressee address {
    font-style: normal;
    display: flex;
    flex-direction: column;
    margin-inline-start: 2em;
    margin-block-end: 0.5em;
  }
  .subject,
  .reference {
    margin-block: 0.75em;
  }
  .body {
    margin-block: 1em;
  }
  .body .letter-para {
    margin-block: 0.5em;
    text-indent: 2em;
  }
  .body table {
    border-collapse: collapse;
    text-indent: 0;
  }
  .body td,
  .body th {
    border: 1px solid var(--_fg);
    padding: 0.25em 0.5em;
  }
  .signature-block {
    margin-block-start: 2.5em;
    margin-inline-start: auto;
    inline-size: max-content;
    max-inline-size: 100%;
    text-align: center;
  }
  .signature-block .signer {
    font-weight: 600;
  }
  .copy-to {
    margin-block-start: 1.5em;
  }
  .copy-to ol {
    margin-block: 0.25em;
  }
  .versions,
  .approval,
  .issue,
  .register {
    margin-block: var(--_c-space-l);
  }
  @media (forced-colors: active) {
    ins,
    del,
    .rule,
    .voided {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .summary,
    .fields,
    .actions,
    .versions,
    .approval,
    .issue,
    .conflict,
    [part~='toolbar'],
    [part~='button'],
    [part~='announcer'],
    [part~='alert-announcer'],
    .eo-state {
      display: none !important;
    }
    .letter {
      border: none;
      padding: 0;
      margin: 0;
      max-inline-size: none;
      font-size: 12pt;
    }
    .signature-block,
    .copy-to {
      break-inside: avoid;
    }
  }
`;

const PAGE_CSS = `
@page { size: A4; margin: 20mm 20mm 20mm 25mm; }
.eo-draft-editable .eo-para { padding-inline-start: 0; counter-increment: none; text-indent: 2em; }
.eo-draft-editable .eo-para::before { content: none; }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/**
 * Adds to the page (or enclosing shadow root) what a shadow root cannot hold: the A4 page box of the
 * printed letter, and the letter's look of the light-DOM editable body (no paragraph numbers).
 */
export function adoptPrintPage(root: Node): void {
  const target = root instanceof ShadowRoot || root instanceof Document ? root : undefined;
  if (!target || adopted.has(target)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  adopted.add(target);
}
