// Over 400 lines because it is one stylesheet for three layouts (vertical, compact, horizontal), the
// windowed list, forced colours and print; split, the selectors of one layout would sit in several files.
import { css } from 'lit';

// Colours come from the global tokens (themes/tokens.ts), each overridable per element; sizes are in em/rem
// so text survives 200% zoom; spacing uses logical properties.
export const fileTrackerStyles = css`
  :host {
    --_bg: var(--eo-tracker-bg, var(--_c-bg));
    --_fg: var(--eo-tracker-fg, var(--_c-fg));
    --_muted: var(--eo-tracker-muted, var(--_c-muted));
    --_border: var(--eo-tracker-border, var(--_c-border));
    --_accent: var(--eo-tracker-accent, var(--_c-accent));
    --_current-bg: var(--eo-tracker-current-bg, var(--_c-current-bg));
    --_selected-bg: var(--eo-tracker-selected-bg, var(--_c-selected-bg));
    --_overdue: var(--eo-tracker-overdue-fg, var(--_c-danger));
    --_focus: var(--eo-tracker-focus, var(--_c-focus));
    --_gap: var(--eo-tracker-gap, 0.75rem);
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  p {
    margin: 0;
  }
  .label,
  dt {
    color: var(--_muted);
    font-size: 0.875em;
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
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--_c-focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-block-end: var(--_gap);
  }
  .search label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14em;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: var(--_c-radius);
    padding-block: 0.4em;
    padding-inline: 0.6em;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: start;
    justify-content: space-between;
    padding-block-end: var(--_gap);
    margin-block-end: var(--_gap);
    border-block-end: 1px solid var(--_border);
  }
  .title {
    flex: 1 1 20em;
  }
  .number {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    font-size: 1.125em;
  }
  .type {
    color: var(--_muted);
  }
  .subject {
    margin-block-start: 0.25rem;
  }
  .holder {
    flex: 1 1 100%;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .pending,
  .due {
    color: var(--_muted);
  }
  .overdue,
  .due.overdue {
    color: var(--_overdue);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .live {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .live::before {
    content: '● ';
    color: var(--_c-live);
  }
  .chip {
    display: inline-block;
    font-size: 0.8125em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--eo-radius, 0.75em);
    color: var(--_muted);
  }
  .chip.parked,
  .chip.closed {
    color: var(--_fg);
    font-weight: 600;
  }
  .public dl {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .public h2 {
    font-size: 1.125em;
    margin-block: 0 0.5rem;
    font-weight: normal;
  }
  .public dd {
    margin: 0;
    font-weight: 600;
  }

  /* ---- the timeline ---- */
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
  }
  .step {
    position: relative;
    display: flex;
    gap: 0.75rem;
    padding-block: calc(var(--_gap) / 2);
    padding-inline: 0.5rem;
    border-radius: var(--_c-radius);
    cursor: pointer;
  }
  .step:hover {
    background: color-mix(in srgb, var(--_accent) 6%, transparent);
  }
  .marker {
    flex: none;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    margin-block-start: 0.3rem;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    background: var(--_bg);
    position: relative;
    z-index: 1;
  }
  .vertical .step:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.5rem + 0.4375rem - 1px);
    inset-block-start: calc(var(--_gap) / 2 + 1rem);
    inset-block-end: calc(var(--_gap) / -2 - 0.3rem);
    border-inline-start: 2px solid var(--_border);
  }
  .step.current {
    background: var(--_current-bg);
  }
  .step.current .marker {
    background: var(--_accent);
  }
  .step.selected {
    background: var(--_selected-bg);
  }
  .step.copy .marker {
    border-style: dashed;
  }
  .step.overdue .marker {
    border-color: var(--_overdue);
  }
  .step.most_immediate {
    box-shadow: inset 3px 0 0 var(--eo-priority-most-immediate-fg, var(--_c-priority-most-immediate-fg));
  }
  .step.immediate {
    box-shadow: inset 3px 0 0 var(--eo-priority-immediate-fg, var(--_c-priority-immediate-fg));
  }
  .body {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .seq {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .current-chip {
    color: var(--_accent);
    font-weight: 600;
  }
  .route {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: baseline;
  }
  .post {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.4rem;
    align-items: baseline;
  }
  .post-name {
    font-weight: 600;
  }
  .designation,
  .section {
    color: var(--_muted);
  }
  .marking {
    font-family: var(--_c-font-mono);
    font-size: 0.875em;
  }
  .remarks {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.5rem;
    white-space: pre-line;
  }
  .remarks .label {
    display: block;
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1.25rem;
    margin: 0;
    font-size: 0.9375em;
  }
  .times div {
    display: flex;
    gap: 0.375rem;
    align-items: baseline;
  }
  .times dd {
    margin: 0;
  }
  .times .overdue dd {
    color: var(--_overdue);
  }

  /* compact: one dense line per step */
  .compact .step {
    padding-block: 0.125rem;
  }
  .compact .body {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.125rem 0.75rem;
    align-items: baseline;
  }
  .compact .route .label,
  .compact .designation,
  .compact .remarks .label {
    display: none;
  }
  .compact .remarks {
    border: none;
    padding: 0;
    color: var(--_muted);
    white-space: normal;
  }
  .compact .marker {
    inline-size: 0.625rem;
    block-size: 0.625rem;
  }

  /* horizontal: steps side by side, scrolled sideways */
  .timeline.horizontal {
    flex-direction: row;
    overflow-x: auto;
    gap: 0.5rem;
    padding-block-end: 0.5rem;
    scroll-snap-type: inline proximity;
  }
  .horizontal .step {
    flex-direction: column;
    flex: 0 0 min(18rem, 85%);
    border-block-start: 2px solid var(--_border);
    border-radius: 0;
    scroll-snap-align: start;
  }
  .horizontal .marker {
    margin-block-start: -0.8rem;
  }

  /* long histories: a scrolling box, only the rows in view rendered, each at its natural height */
  .viewport,
  .reserve {
    box-sizing: border-box;
    max-block-size: var(--eo-tracker-max-block-size, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
  }
  .viewport {
    overflow-y: auto;
    overflow-x: hidden;
    overscroll-behavior: contain;
    /* The element keeps the first visible row in place itself, with heights it measured. */
    overflow-anchor: none;
  }
  /* While a long history loads, the box it will fill holds its place. */
  .reserve {
    block-size: var(--eo-tracker-max-block-size, 32rem);
  }
  .timeline.virtual {
    display: block;
    box-sizing: border-box;
  }
  .virtual .step {
    /* Each row lays out and paints on its own: scrolling re-records only the rows that came in. */
    contain: layout paint style;
    box-sizing: border-box;
    border-radius: 0;
    border-block-end: 1px solid var(--_border);
  }
  /* Inside the box, so the scrolling box does not cut the ring off at its sides. */
  .virtual .step:focus-visible {
    outline-offset: calc(-1 * var(--_c-focus-width) - 1px);
  }
  .virtual .step::before {
    display: none;
  }

  @media (forced-colors: active) {
    .marker,
    .step.current .marker {
      border-color: CanvasText;
      background: Canvas;
    }
    .step.current {
      outline: 2px solid Highlight;
    }
    .step.selected {
      outline: 2px dashed Highlight;
    }
    .step.overdue,
    .overdue {
      color: Mark;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .toolbar,
    .search,
    button {
      display: none;
    }
    .viewport {
      max-block-size: none;
      overflow: visible;
      border: none;
    }
    .step {
      break-inside: avoid;
      background: none !important;
      box-shadow: none !important;
    }
    .timeline.horizontal {
      flex-direction: column;
      overflow: visible;
    }
    .horizontal .step {
      flex: none;
    }
  }
`;
