import { css } from 'lit';

// Colours from the global tokens, each overridable per element. The bucket fills darken with age and
// carry patterns (solid, hatched, dotted, cross-hatched) so they differ without colour; every fill keeps
// at least 3:1 against the background (WCAG 1.4.11) in the light theme.
export const pendencyReportStyles = css`
  :host {
    --_bg: var(--eo-pendency-bg, var(--_c-bg));
    --_fg: var(--eo-pendency-fg, var(--_c-fg));
    --_muted: var(--eo-pendency-muted, var(--_c-muted));
    --_border: var(--eo-pendency-border, var(--_c-border));
    --_accent: var(--eo-pendency-accent, var(--_c-accent));
    --_danger: var(--eo-pendency-overdue-fg, var(--_c-danger));
    --_success: var(--eo-pendency-success-fg, var(--_c-success));
    --_bucket-1: var(--eo-pendency-bucket-1, #4a7fb5);
    --_bucket-2: var(--eo-pendency-bucket-2, #2f6a9e);
    --_bucket-3: var(--eo-pendency-bucket-3, #b35c00);
    --_bucket-4: var(--eo-pendency-bucket-4, #a3000f);
    --_pattern-ink: var(--eo-pendency-pattern-ink, rgb(255 255 255 / 0.75));
    --_pattern-ink-strong: var(--eo-pendency-pattern-ink, rgb(255 255 255 / 0.9));
    display: block;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_c-font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.1em;
  }
  section,
  header,
  figure {
    margin: 0 0 var(--_c-space-l);
  }
  header {
    display: grid;
    gap: var(--_c-space-xs);
  }
  .office,
  .meta,
  .designation,
  .detail,
  dt {
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-m);
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_c-radius);
    padding-block: 0.25em;
    padding-inline: 0.75em;
    min-block-size: 2.75em;
    cursor: pointer;
  }
  button.link {
    border: none;
    padding: 0;
    min-block-size: 1.5em;
    text-decoration: underline;
    text-align: start;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: end;
    margin-block-end: var(--_c-space-m);
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_c-border-strong);
    border-radius: var(--_c-radius);
    min-block-size: 2.75em;
  }
  .picker {
    display: grid;
    gap: var(--_c-space-xs);
  }
  nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_c-space-s);
  }
  nav li + li::before {
    content: '›';
    margin-inline-end: var(--_c-space-s);
    color: var(--_muted);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-m);
    margin: 0 0 var(--_c-space-l);
  }
  .figure {
    border: 1px solid var(--_border);
    border-radius: var(--_c-radius);
    padding: var(--_c-space-s) var(--_c-space-m);
    min-inline-size: 9em;
  }
  dd {
    margin: 0;
    display: flex;
    gap: var(--_c-space-s);
    align-items: baseline;
  }
  .big {
    font-size: 1.6em;
    font-weight: 700;
  }
  .change.up,
  .overdue {
    color: var(--_danger);
  }
  .change.down {
    color: var(--_success);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  /* Fixed layout: column widths come from the header row, so a large office's 200 rows are laid out
     without measuring every cell first. */
  .table-wrap table {
    table-layout: fixed;
    min-inline-size: 56rem;
  }
  .table-wrap th:first-child {
    inline-size: 26%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_c-space-xs);
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: var(--_c-space-xs) var(--_c-space-s);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  .designation {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
  }
  .charts {
    display: grid;
    gap: var(--_c-space-l);
  }
  svg[part='chart'] {
    inline-size: 100%;
    block-size: auto;
    max-inline-size: 60rem;
    display: block;
  }
  svg.patterns {
    position: absolute;
  }
  .fill-1 {
    fill: var(--_bucket-1);
  }
  .fill-2 {
    fill: var(--_bucket-2);
  }
  .fill-3 {
    fill: var(--_bucket-3);
  }
  .fill-4 {
    fill: var(--_bucket-4);
  }
  .ink {
    fill: var(--_pattern-ink);
  }
  .ink-line {
    stroke: var(--_pattern-ink-strong);
    stroke-width: 1.2;
  }
  .seg {
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .seg.electronic {
    fill: var(--_bucket-1);
  }
  .axis,
  .value {
    fill: var(--_fg);
    font-size: 12px;
  }
  .grid {
    stroke: var(--_border);
  }
  .line {
    fill: none;
    stroke-width: 3;
  }
  .line.pending,
  .point {
    stroke: var(--_accent);
  }
  .point {
    fill: var(--_accent);
  }
  .line.disposed {
    stroke: var(--_bucket-3);
    stroke-dasharray: 8 5;
  }
  .point.disposed {
    fill: var(--_bucket-3);
    stroke: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-m);
    list-style: none;
    padding: 0;
    margin: var(--_c-space-xs) 0;
  }
  .legend li {
    display: flex;
    gap: var(--_c-space-xs);
    align-items: center;
  }
  .swatch {
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .key {
    display: inline-block;
    inline-size: 1.6em;
    border-block-start: 3px solid var(--_accent);
  }
  .key.disposed {
    border-block-start: 3px dashed var(--_bucket-3);
  }
  figcaption {
    margin-block: var(--_c-space-xs);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-xs);
    margin-block: var(--_c-space-s);
  }
  button[aria-pressed='true'] {
    color: var(--_c-accent-fg);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .item-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_c-space-s);
  }
  button.item {
    inline-size: 100%;
    display: grid;
    gap: 0.1em;
    text-align: start;
    color: var(--_fg);
    border-color: var(--_border);
  }
  .item .number {
    color: var(--_accent);
    font-weight: 600;
  }
  .present-nav {
    display: flex;
    gap: var(--_c-space-s);
    align-items: center;
  }
  /* Present mode: large type, one chart a screen. */
  :host([present]) {
    font-size: clamp(1.1rem, 2.2vw, 2rem);
  }
  :host([present]) svg[part='chart'] {
    max-inline-size: none;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      font-size: 10pt;
      color: #000;
      background: #fff;
    }
    .toolbar,
    .present-nav,
    nav,
    .picker,
    details > summary,
    button.link.back {
      display: none;
    }
    details {
      display: block;
    }
    details > :not(summary) {
      display: block;
    }
    button,
    button.link {
      color: inherit;
      text-decoration: none;
      border: none;
      padding: 0;
      min-block-size: 0;
    }
    figure,
    tr {
      break-inside: avoid;
    }
    .print-only {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .seg,
    .line {
      stroke: CanvasText;
    }
    .point {
      fill: CanvasText;
    }
    .axis,
    .value {
      fill: CanvasText;
    }
  }
`;
