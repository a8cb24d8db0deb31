import { css } from 'lit';

// Colour pairs keep at least 4.5:1 contrast (WCAG 2.1 AA) in light and dark schemes.
export const priorityBadgeStyles = css`
  :host {
    display: inline-block;
    font-family: var(--eo-font-family, system-ui, 'Noto Sans', 'Noto Sans Devanagari', sans-serif);
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
    background: var(--eo-priority-normal-bg, #eef1f4);
    color: var(--eo-priority-normal-fg, #333c45);
  }
  .immediate {
    background: var(--eo-priority-immediate-bg, #fff4e0);
    color: var(--eo-priority-immediate-fg, #7a4100);
  }
  .most_immediate {
    background: var(--eo-priority-most-immediate-bg, #fde8ea);
    color: var(--eo-priority-most-immediate-fg, #9b0014);
  }
  @media (prefers-color-scheme: dark) {
    .normal {
      background: var(--eo-priority-normal-bg, #2a3139);
      color: var(--eo-priority-normal-fg, #e3e8ed);
    }
    .immediate {
      background: var(--eo-priority-immediate-bg, #3d2a00);
      color: var(--eo-priority-immediate-fg, #ffd48a);
    }
    .most_immediate {
      background: var(--eo-priority-most-immediate-bg, #4a0a12);
      color: var(--eo-priority-most-immediate-fg, #ffb3bc);
    }
  }
  @media (forced-colors: active) {
    span {
      border-color: CanvasText;
    }
  }
`;
