import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes are in
// em/rem so text survives 200% zoom; spacing uses logical properties. Rows have one fixed block size so
// the windowed list can place them without measuring each.
export const inboxStyles = css`
  :host {
    --_bg: var(--eo-inbox-bg, var(--_c-bg));
    --_fg: var(--eo-inbox-fg, var(--_c-fg));
    --_muted: var(--eo-inbox-muted, var(--_c-muted));
    --_border: var(--eo-inbox-border, var(--_c-border));
    --_accent: var(--eo-inbox-accent, var(--_c-accent));
    --_selected-bg: var(--eo-inbox-selected-bg, var(--_c-selected-bg));
    --_overdue: var(--eo-inbox-overdue-fg, var(--_c-danger));
    --_focus: var(--eo-inbox-focus, var(--_c-focus));
    --_row: var(--eo-inbox-row-block-size, 3.25rem);
    --_columns: var(
      --eo-inbox-columns,
      2.75em minmax(9em, 1.2fr) minmax(12em, 2.5fr) minmax(9em, 1.3fr) 9.5em 6.5em 9em 8em
    );
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  p,
  h2,
  ul {
    margin: 0;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_c-radius);
    padding-block: 0.25em;
    padding-inline: 0.75em;
    cursor: pointer;
    min-block-size: 2.5em;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_c-radius);
    padding-block: 0.3em;
    padding-inline: 0.5em;
  }
  :focus-visible {
    outline: var(--_c-focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .folders ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-xs);
    margin-block-end: var(--_c-space-s);
  }
  .folders button[aria-current='page'] {
    color: var(--_c-accent-fg);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: end;
    margin-block-end: var(--_c-space-s);
  }
  .filters label:not(.inline) {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.9em;
  }
  .filters .wide {
    flex: 1 1 14em;
  }
  .filters fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: flex;
    gap: var(--_c-space-s);
    align-items: center;
  }
  .filters legend {
    float: inline-start;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .live {
    color: var(--_c-live);
    font-size: 0.9em;
  }
  .live::before {
    content: '● ';
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: end;
    padding: var(--_c-space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    margin-block-end: var(--_c-space-s);
  }
  .bulk .remarks {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
    flex: 1 1 12em;
  }
  .selected-count {
    font-weight: 600;
    align-self: center;
  }
  .date-field {
    display: flex;
    flex-direction: column;
  }
  .date-field .hint,
  .date-field .error {
    margin: 0;
    font-size: 0.8em;
  }
  .date-field .hint {
    color: var(--_muted);
  }
  .date-field .error:empty {
    display: none;
  }
  .error,
  .results .failed {
    color: var(--_overdue);
  }
  .results {
    margin-block-end: var(--_c-space-s);
  }
  .results h2 {
    font-size: 1em;
  }
  .results ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .grid {
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    overflow-x: auto;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    min-inline-size: fit-content;
  }
  .head {
    border-block-end: 2px solid var(--_border);
    font-weight: 600;
  }
  .head button {
    border: 0;
    padding-inline: 0.25em;
    color: var(--_fg);
    font-weight: 600;
    text-align: start;
  }
  .viewport {
    position: relative;
    overflow-y: auto;
    max-block-size: var(--eo-inbox-max-block-size, 32rem);
    contain: strict;
    block-size: var(--eo-inbox-max-block-size, 32rem);
  }
  .viewport .row {
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    block-size: var(--_row);
    border-block-end: 1px solid var(--_border);
    cursor: pointer;
  }
  .spacer {
    inline-size: 1px;
  }
  .cell {
    padding-inline: 0.4em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-inline-size: 0;
    block-size: 100%;
    display: flex;
    align-items: center;
    gap: 0.3em;
  }
  .cell.subject .subject {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cell.number {
    flex-direction: column;
    align-items: start;
    justify-content: center;
    gap: 0;
  }
  .type {
    color: var(--_muted);
    font-size: 0.8em;
  }
  .row.unread .number,
  .row.unread .subject {
    font-weight: 700;
  }
  .row.selected {
    background: var(--_selected-bg);
  }
  .row.urgent {
    border-inline-start: 4px double var(--_c-priority-most-immediate-bg, var(--_overdue));
  }
  .row.overdue .dueDate,
  .overdue-flag {
    color: var(--_overdue);
  }
  .chip {
    font-size: 0.75em;
    border: 1px solid currentColor;
    border-radius: 1em;
    padding-inline: 0.5em;
  }
  .name {
    color: var(--_muted);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  @media (forced-colors: active) {
    .row.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .folders button[aria-current='page'] {
      border-width: 3px;
    }
  }
`;
