import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { ErrorKind } from './error-kind.js';
import { loadingLocale } from './localization.js';

/** The standard states every element shows the same way: loading, nothing to show, and the failures. */
export type StandardState = 'loading' | 'empty' | ErrorKind;

/** What one standard state says. */
export interface StateView {
  state: StandardState;
  /** The first line; a heading template where the element moves focus to it. */
  title: string | TemplateResult;
  /** A second line: what to do about it. */
  detail?: string | TemplateResult | undefined;
  /** Shows a "Try again" button that calls this. */
  retry?: (() => void) | undefined;
  /** Extra classes (e.g. to tell two status boxes of one element apart). */
  className?: string | undefined;
  /** Value of the `part` attribute; `status` unless the element documents another. */
  part?: string | undefined;
}

/** Whether a state is a failure, announced as an alert. */
export function isFailure(state: StandardState): boolean {
  return state !== 'loading' && state !== 'empty';
}

/**
 * What a failure box (role `alert`) holds: `content` once the page's language is in, nothing while
 * its strings load. An alert is read out when it appears and when its text changes, so one drawn in
 * English a moment before the Hindi strings arrive would be heard in English; like the live regions
 * (`EoElement.renderAnnouncer()`), the box is there but silent until the language is in, then
 * speaks in it. Elements re-render when a load starts and ends (`EoElement`), so the text follows.
 */
export function alertContent<T>(content: T): T | typeof nothing {
  return loadingLocale() === undefined ? content : nothing;
}

/**
 * Draws a standard state: a box with part `status`, role `alert` for failures (`status` otherwise),
 * a spinner and `aria-busy` while loading, and a "Try again" button when `retry` is given. Style it
 * with `stateStyles`, which every element includes. A failure box stays empty (and busy) while the
 * page's language loads, so it is first read in that language (`alertContent()`).
 */
export function renderStateView(view: StateView): TemplateResult {
  const loading = view.state === 'loading';
  if (isFailure(view.state) && loadingLocale() !== undefined) {
    return html`<div
      part=${view.part ?? 'status'}
      class="eo-state ${view.state} ${view.className ?? ''}"
      role="alert"
      aria-busy="true"
    ></div>`;
  }
  return html`<div
    part=${view.part ?? 'status'}
    class="eo-state ${view.state} ${view.className ?? ''}"
    role=${isFailure(view.state) ? 'alert' : 'status'}
    aria-busy=${ifDefined(loading ? 'true' : undefined)}
  >
    ${loading ? html`<span class="eo-spinner" aria-hidden="true"></span>` : nothing}
    <div class="eo-state-text">
      ${typeof view.title === 'string' ? html`<p class="eo-state-title">${view.title}</p>` : view.title}
      ${view.detail ? html`<p>${view.detail}</p>` : nothing}
    </div>
    ${
      view.retry
        ? html`<button part="button" type="button" @click=${view.retry}>
            ${msg('Try again', { desc: 'Retry button' })}
          </button>`
        : nothing
    }
  </div>`;
}

/** The look of `renderStateView()` and of the live regions, shared by every element. */
export const stateStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .eo-state {
    padding: var(--_c-space-m);
    border: 1px dashed var(--_border, var(--_c-border));
    border-radius: var(--_c-radius);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-s);
    align-items: center;
  }
  .eo-state-text {
    flex: 1 1 16em;
    display: flex;
    flex-direction: column;
    gap: var(--_c-space-xs);
  }
  .eo-state-text p {
    margin: 0;
  }
  .eo-state-title {
    font-weight: 600;
  }
  .eo-state.offline,
  .eo-state.error,
  .eo-state.forbidden,
  .eo-state.not-found {
    border-style: solid;
  }
  .eo-state.error .eo-state-title,
  .eo-state.offline .eo-state-title,
  .eo-state.forbidden .eo-state-title {
    color: var(--_c-danger);
  }
  .eo-spinner {
    display: inline-block;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_border, var(--_c-border));
    border-block-start-color: var(--_accent, var(--_c-accent));
    border-radius: 50%;
    animation: eo-spin 0.9s linear infinite;
  }
  @keyframes eo-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .eo-spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .eo-state {
      border-color: CanvasText;
    }
    .eo-spinner {
      border-color: CanvasText;
      border-block-start-color: Highlight;
    }
  }
`;
