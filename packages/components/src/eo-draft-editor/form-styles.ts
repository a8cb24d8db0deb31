import { css } from 'lit';

// The fields of the letter being written (compose.ts) and of the panels (panels.ts): both load lazily,
// so a reader of a draft never downloads these rules.
export const formStyles = css`
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_c-border-strong);
    border-radius: var(--_c-radius);
    padding: 0.25em 0.5em;
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-m);
    align-items: end;
    margin-block: var(--_c-space-s);
  }
  .fields label {
    display: flex;
    flex-direction: column;
  }
  .check {
    display: flex;
    gap: var(--_c-space-s);
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: center;
  }
`;
