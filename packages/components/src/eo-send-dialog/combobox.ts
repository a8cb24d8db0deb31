import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { currentLocale } from '../shared/localization.js';
import type { RecipientSearch } from './recipient-search.js';
import type { Recipient } from './types.js';

/** Designation, name (or "vacant"), section and marking of a post, as options and chosen posts show it. */
export function renderRecipient(recipient: Recipient): TemplateResult {
  const locale = currentLocale();
  const { post } = recipient;
  const holder = recipient.holderName?.[locale];
  return html`<span class="designation">${post.designation[locale]}</span>
    <span class="holder"
      >${holder ?? msg('Vacant', { id: 'send.vacant', desc: 'A post nobody holds today' })}${
        recipient.onCharge
          ? html` (${msg('on charge', { id: 'send.on-charge', desc: 'Holds the post as additional charge' })})`
          : nothing
      }</span
    >
    <span class="section"
      >${post.section.name[locale]} · <span class="marking">${post.markingAbbreviation}</span></span
    >`;
}

/** How the combobox reports what the user did. */
export interface ComboboxHandlers {
  choose(recipient: Recipient): void;
}

export interface ComboboxConfig {
  /** Prefix of the ids of the input, listbox and options (unique in the shadow root). */
  id: string;
  /** Id of the visible label. */
  labelId: string;
  search: RecipientSearch;
  /** Ids of descriptions (hint, error) for aria-describedby. */
  describedBy: string;
  invalid: boolean;
  disabled: boolean;
  /** Posts already chosen elsewhere in the form: shown but not offered again. */
  taken: ReadonlySet<string>;
  handlers: ComboboxHandlers;
}

function statusText(search: RecipientSearch): string {
  switch (search.state) {
    case 'too-short':
      return msg('Type at least 2 letters.', { desc: 'Recipient search: query too short' });
    case 'loading':
      return msg('Searching…', { id: 'send.searching', desc: 'Recipient search in progress' });
    case 'error':
      return msg('The search failed. Check your connection and type again.', {
        desc: 'Recipient search failed',
      });
    case 'ready': {
      const count = search.results.length;
      if (count === 0) return msg('No post matches.', { desc: 'Recipient search: nothing found' });
      return count === 1
        ? msg('1 post found. Use the arrow keys and Enter to choose.', {
            desc: 'Recipient search: one result',
          })
        : msg(str`${count} posts found. Use the arrow keys and Enter to choose.`, {
            desc: 'Recipient search: several results',
          });
    }
    default:
      return '';
  }
}

function onKeydown(event: KeyboardEvent, config: ComboboxConfig): void {
  const { search } = config;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      search.move(1);
      break;
    case 'ArrowUp':
      event.preventDefault();
      search.move(-1);
      break;
    case 'PageDown':
      if (!search.expanded) return;
      event.preventDefault();
      search.activate(search.results.length - 1);
      break;
    case 'PageUp':
      if (!search.expanded) return;
      event.preventDefault();
      search.activate(0);
      break;
    case 'Enter': {
      // Enter in a search box chooses; it must never submit the form by accident.
      event.preventDefault();
      const picked = search.expanded ? search.results[search.active] : undefined;
      if (picked && !config.taken.has(picked.post.id)) config.handlers.choose(picked);
      break;
    }
    case 'Escape':
      if (search.expanded) {
        // Close the list only; a second Escape closes the dialog.
        event.preventDefault();
        event.stopPropagation();
        search.collapse();
      }
      break;
    case 'Tab':
      search.collapse();
      break;
    default:
      break;
  }
}

/** An ARIA 1.2 combobox (list autocomplete) that searches posts and offers them in a listbox. */
export function renderCombobox(config: ComboboxConfig): TemplateResult {
  const { id, search, taken } = config;
  const listId = `${id}-listbox`;
  const open = search.expanded && search.results.length > 0;
  const active = open && search.active >= 0 ? `${id}-option-${search.active}` : undefined;
  return html`<div class="combobox">
    <input
      id=${`${id}-input`}
      part="input search"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${listId}
      aria-labelledby=${config.labelId}
      aria-describedby=${config.describedBy}
      aria-invalid=${config.invalid ? 'true' : 'false'}
      aria-activedescendant=${ifDefined(active)}
      ?disabled=${config.disabled}
      .value=${search.query}
      @input=${(event: InputEvent) => search.input((event.target as HTMLInputElement).value)}
      @keydown=${(event: KeyboardEvent) => onKeydown(event, config)}
      @blur=${() => search.collapse()}
    />
    <ul id=${listId} part="listbox" role="listbox" aria-labelledby=${config.labelId} ?hidden=${!open}>
      ${search.results.map((recipient, index) => {
        const isTaken = taken.has(recipient.post.id);
        return html`<li
          id=${`${id}-option-${index}`}
          part=${index === search.active ? 'option active-option' : 'option'}
          role="option"
          class=${index === search.active ? 'option active' : 'option'}
          aria-selected=${index === search.active ? 'true' : 'false'}
          aria-disabled=${isTaken ? 'true' : 'false'}
          @mousedown=${(event: MouseEvent) => event.preventDefault()}
          @mousemove=${() => search.active !== index && search.activate(index)}
          @click=${() => !isTaken && config.handlers.choose(recipient)}
        >
          ${renderRecipient(recipient)}
          ${isTaken ? html`<span class="taken">${msg('already chosen', { id: 'send.taken', desc: 'Option already in the form' })}</span>` : nothing}
        </li>`;
      })}
    </ul>
    <p id=${`${id}-status`} class="search-status" role="status" aria-live="polite">${statusText(search)}</p>
  </div>`;
}
