import { css } from 'lit';

// Colour pairs keep at least 4.5:1 contrast (WCAG 2.1 AA) in light and dark schemes.
export const priorityBadgeStyles = css`
  :host {
    display: inline-block;
    font-family: var(--_c-font);
    font-size: 0.875em;
    line-height: 1.4;
  }
  span {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: 0.6em;
    border-radius: var(--eo-radius, 0.75em);
    border: 1px solid currentColor;
    font-weight: 600;
    white-space: nowrap;
  }
  .normal {
    background: var(--eo-priority-normal-bg, var(--_c-priority-normal-bg));
    color: var(--eo-priority-normal-fg, var(--_c-priority-normal-fg));
  }
  .immediate {
    background: var(--eo-priority-immediate-bg, var(--_c-priority-immediate-bg));
    color: var(--eo-priority-immediate-fg, var(--_c-priority-immediate-fg));
  }
  .most_immediate {
    background: var(--eo-priority-most-immediate-bg, var(--_c-priority-most-immediate-bg));
    color: var(--eo-priority-most-immediate-fg, var(--_c-priority-most-immediate-fg));
  }
  @media (forced-colors: active) {
    span {
      border-color: CanvasText;
    }
  }
`;
