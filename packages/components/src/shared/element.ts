import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { LOCALE_STATUS_EVENT, updateWhenLocaleChanges } from '@lit/localize';
import { configuredClient } from './configuration.js';
import { tokenStyles } from '../themes/tokens.js';
import { followDocumentLanguage, loadingLocale } from './localization.js';
import { textOf, type LocalizedText } from './localized-text.js';
import { stateStyles } from './state-view.js';

/** Names of the `eo-*` events declared in `HTMLElementEventMap` by the elements of this package. */
export type EoEventName = Extract<keyof HTMLElementEventMap, `eo-${string}`>;

/** The `detail` type an `eo-*` event is declared with. */
export type EoEventDetail<K extends EoEventName> =
  HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Styles every element starts its own with: the design tokens (themes/tokens.ts, light unless an
 * ancestor sets them, e.g. through a theme class of themes/themes.ts) and the look of the standard
 * states and live regions.
 */
export const baseStyles: CSSResultGroup = [tokenStyles, stateStyles];

/** How urgently a screen reader should say an announcement. */
export type Politeness = 'polite' | 'assertive';

/**
 * What every `eo-*` element shares, so an element's own file holds only its behaviour (in the manner
 * of Shoelace's `ShoelaceElement` or UI5's `UI5Element`, kept small):
 *
 * - re-rendering when the interface language changes, and following `<html lang>` unless the page
 *   called `setLocale()`;
 * - `emit()`: typed `eo-*` events that bubble and cross shadow roots, optionally cancelable;
 * - `resolveClient()`: the element's own `client`, else the page-wide one from `configure()`;
 * - `announce()` and `renderAnnouncer()`: one polite and one assertive live region, worded at render
 *   time (so they follow a language switch) and silent while the page's language is still loading
 *   (so the first announcement on a Hindi page is not English).
 *
 * The standard states (loading, empty, no access, offline, error) are drawn by `renderStateView()`
 * in state-view.ts, with one look for every element.
 */
export class EoElement extends LitElement {
  /** What the polite live region says. */
  @state() private eoPolite: string | LocalizedText = '';
  /** What the assertive live region says. */
  @state() private eoAssertive: string | LocalizedText = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  // Lit re-renders on `ready` only; the live regions also fall silent when a load starts and speak
  // again (in the old language) if it fails.
  readonly #onLocaleStatus = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
    followDocumentLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_STATUS_EVENT, this.#onLocaleStatus);
  }

  /**
   * Dispatches an `eo-*` event with a typed `detail`, bubbling and composed so a portal can listen on
   * any ancestor. Returns false when a listener vetoed a cancelable event with `preventDefault()`.
   */
  protected emit<K extends EoEventName>(
    type: K,
    detail: EoEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }

  /** The element's own client when set, else the page-wide client from `configure()`. */
  protected resolveClient<C>(own: C | undefined): C | undefined {
    return own ?? (configuredClient() as C | undefined);
  }

  /**
   * Says `text` through the live region of the given politeness (polite by default). Pass a function
   * that calls `msg()` (a `LocalizedText`) for anything translated, so the region is worded in the
   * language in force when it renders; a plain string is said as it is (a name, a number).
   */
  protected announce(text: string | LocalizedText, politeness: Politeness = 'polite'): void {
    if (politeness === 'assertive') this.eoAssertive = text;
    else this.eoPolite = text;
  }

  /** What the live region of the given politeness says now, in the language in force. */
  protected announcement(politeness: Politeness = 'polite'): string {
    return textOf(politeness === 'assertive' ? this.eoAssertive : this.eoPolite);
  }

  /**
   * The two live regions, each present from the first render (a region inserted together with its
   * text is not reliably read). Polite: part `announcer`; assertive: part `alert-announcer`. Both
   * stay empty while the page's language loads and then speak in it.
   */
  protected renderAnnouncer(): TemplateResult {
    const waiting = loadingLocale() !== undefined;
    return html`<div part="announcer" class="visually-hidden" role="status" aria-live="polite">
        ${waiting ? '' : this.announcement('polite')}
      </div>
      <div part="alert-announcer" class="visually-hidden" role="alert" aria-live="assertive">
        ${waiting ? '' : this.announcement('assertive')}
      </div>`;
  }
}
