import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { priorityLabel } from '../shared/domain-labels.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { priorityBadgeStyles } from './styles.js';

/** Priority markings of e-Office files and receipts. */
export type Priority = 'normal' | 'immediate' | 'most_immediate';

const PRIORITIES: readonly Priority[] = ['normal', 'immediate', 'most_immediate'];

/**
 * The priority marking of a file or receipt — सामान्य / तत्काल / अति तत्काल — as a small label.
 *
 * @csspart badge - The label.
 * @cssprop --eo-priority-normal-bg - Background of a normal marking.
 * @cssprop --eo-priority-normal-fg - Text colour of a normal marking.
 * @cssprop --eo-priority-immediate-bg - Background of an "immediate" marking.
 * @cssprop --eo-priority-immediate-fg - Text colour of an "immediate" marking.
 * @cssprop --eo-priority-most-immediate-bg - Background of a "most immediate" marking.
 * @cssprop --eo-priority-most-immediate-fg - Text colour of a "most immediate" marking.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-radius - Corner radius (global token).
 * @cssprop --eo-focus-ring-width - Width of the focus outline (global token).
 * @cssprop --eo-color-* - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them.
 */
export class EoPriorityBadge extends EoElement {
  static override styles = [baseStyles, priorityBadgeStyles];

  /** `normal`, `immediate` or `most_immediate`. Anything else renders nothing. */
  @property({ reflect: true }) priority: Priority = 'normal';

  /** The label in the current interface language. */
  get label(): string {
    return PRIORITIES.includes(this.priority) ? priorityLabel(this.priority) : '';
  }

  override render() {
    if (!PRIORITIES.includes(this.priority)) return nothing;
    return html`<span part="badge" class=${this.priority}>${this.label}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-priority-badge': EoPriorityBadge;
  }
}
