/** The send dialog's form, drawn from a SendViewContext the element builds on each render. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { today } from '../shared/dates.js';
import { alertContent } from '../shared/state-view.js';
import { renderDateInput, type DateEntry } from '../shared/date-input.js';
import { currentLocale } from '../shared/localization.js';
import { textOf } from '../shared/localized-text.js';
import { renderCombobox, renderRecipient } from './combobox.js';
import type { SendErrors } from './errors.js';
import { COPIES_MAX, PRIORITIES, REMARKS_MAX, characters } from './limits.js';
import type { RecipientSearch } from './recipient-search.js';
import type { Recipient, SendField, SendPriority } from './types.js';

/** What the send dialog's view draws from: the form's state and the element's handlers. */
export interface SendViewContext {
  to: Recipient | undefined;
  copies: Recipient[];
  remarks: string;
  priority: SendPriority;
  dueDate: DateEntry;
  /** Whether the due date's own problem shows (after the field was left or the form submitted). */
  dueDateChecked: boolean;
  errors: SendErrors;
  sending: boolean;
  fileNumber: string | undefined;
  /** Sending a receipt (`receipt-id`) rather than a file. */
  receipt: boolean;
  timeZone: string;
  toSearch: RecipientSearch;
  copySearch: RecipientSearch;
  /** Posts already chosen (main or copy), which the searches leave out. */
  taken: Set<string>;
  on: {
    chooseMain(recipient: Recipient): void;
    changeMain(): void;
    addCopy(recipient: Recipient): void;
    removeCopy(recipient: Recipient): void;
    clearError(field: SendField): void;
    remarks(value: string): void;
    priority(value: SendPriority): void;
    dueDate(entry: DateEntry, left: boolean): void;
    submit(event: SubmitEvent): void;
    cancel(): void;
    cancelEvent(event: Event): void;
    close(): void;
    keydown(event: KeyboardEvent): void;
  };
}

export function renderFieldError(ctx: SendViewContext, field: SendField): TemplateResult {
  return html`<p id=${`${field}-error`} part="error" class="error">${textOf(ctx.errors.fields[field])}</p>`;
}

export function renderMain(ctx: SendViewContext): TemplateResult {
  const invalid = Boolean(ctx.errors.fields.to);
  return html`<div part="field" class="field">
    <label id="to-label" for="to-input"
      >${msg('Send to', { id: 'send.to', desc: 'Label: the main recipient post' })}</label
    >
    ${
      ctx.to
        ? html`<ul part="chosen" class="chosen" aria-labelledby="to-label">
            <li>
              ${renderRecipient(ctx.to)}
              <button
                id="to-change"
                part="button"
                type="button"
                aria-describedby="to-error"
                ?disabled=${ctx.sending}
                @click=${ctx.on.changeMain}
              >
                ${msg('Change', { id: 'send.change', desc: 'Button: choose another main recipient' })}
              </button>
            </li>
          </ul>`
        : html`<p id="to-hint" class="hint">
              ${msg('Search by name, designation, marking or section, in Hindi or English.', {
                desc: 'Hint under the recipient search',
              })}
            </p>
            ${renderCombobox({
              id: 'to',
              labelId: 'to-label',
              search: ctx.toSearch,
              describedBy: 'to-hint to-error',
              invalid,
              disabled: ctx.sending,
              taken: ctx.taken,
              handlers: { choose: (r) => ctx.on.chooseMain(r) },
            })}`
    }
    ${renderFieldError(ctx, 'to')}
  </div>`;
}

export function renderCopies(ctx: SendViewContext): TemplateResult {
  const locale = currentLocale();
  const full = ctx.copies.length >= COPIES_MAX;
  return html`<div part="field" class="field">
    <label id="copy-label" for="copy-input">
      ${msg('Copies for information', { id: 'send.copies', desc: 'Label: posts that get a copy (सूचनार्थ प्रति)' })}
      <span class="optional"
        >${msg('(optional)', { id: 'send.optional', desc: 'After a label of an optional field' })}</span
      >
    </label>
    ${
      ctx.copies.length > 0
        ? html`<ul part="chosen" class="chosen" aria-labelledby="copy-label">
            ${ctx.copies.map(
              (copy) =>
                html`<li>
                  ${renderRecipient(copy)}
                  <button
                    part="button"
                    type="button"
                    ?disabled=${ctx.sending}
                    @click=${() => ctx.on.removeCopy(copy)}
                  >
                    ${msg('Remove', { id: 'send.remove', desc: 'Button: remove a copy recipient' })}
                    <span class="visually-hidden"
                      >${copy.post.designation[locale]} (${copy.post.markingAbbreviation})</span
                    >
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      full
        ? html`<p class="hint">
            ${msg(str`At most ${COPIES_MAX} copies.`, { desc: 'The limit of copy recipients is reached' })}
          </p>`
        : renderCombobox({
            id: 'copy',
            labelId: 'copy-label',
            search: ctx.copySearch,
            describedBy: 'copyTo-error',
            invalid: Boolean(ctx.errors.fields.copyTo),
            disabled: ctx.sending,
            taken: ctx.taken,
            handlers: { choose: (r) => ctx.on.addCopy(r) },
          })
    }
    ${renderFieldError(ctx, 'copyTo')}
  </div>`;
}

export function renderRemarks(ctx: SendViewContext): TemplateResult {
  const used = characters(ctx.remarks.trim());
  const over = used > REMARKS_MAX;
  const number = new Intl.NumberFormat(currentLocale() === 'hi' ? 'hi-IN' : 'en-IN');
  return html`<div part="field" class="field">
    <label for="remarks">
      ${msg('Remarks', { id: 'send.remarks', desc: 'Remarks sent with a movement (टीप)' })}
      <span class="optional"
        >${msg('(optional)', { id: 'send.optional', desc: 'After a label of an optional field' })}</span
      >
    </label>
    <textarea
      id="remarks"
      part="input"
      rows="3"
      aria-describedby="remarks-counter remarks-error"
      aria-invalid=${over || ctx.errors.fields.remarks ? 'true' : 'false'}
      ?disabled=${ctx.sending}
      .value=${ctx.remarks}
      @input=${(event: InputEvent) => {
        ctx.on.remarks((event.target as HTMLTextAreaElement).value);
        if (!over) ctx.on.clearError('remarks');
      }}
    ></textarea>
    <p id="remarks-counter" part="counter" class=${over ? 'counter over' : 'counter'}>
      ${msg(str`${number.format(used)} of ${number.format(REMARKS_MAX)} characters`, {
        desc: 'Remarks counter, e.g. "12 of 2,000 characters"',
      })}
    </p>
    ${renderFieldError(ctx, 'remarks')}
  </div>`;
}

export function renderPriority(ctx: SendViewContext): TemplateResult {
  return html`<fieldset part="field" aria-describedby="priority-error">
    <legend>
      ${msg('Priority', { id: 'send.priority', desc: 'Priority marking of the send (प्राथमिकता)' })}
    </legend>
    <div class="priorities">
      ${PRIORITIES.map(
        (priority) =>
          html`<label>
            <input
              type="radio"
              name="priority"
              .value=${priority}
              .checked=${ctx.priority === priority}
              ?disabled=${ctx.sending}
              @change=${() => {
                ctx.on.priority(priority);
                ctx.on.clearError('priority');
              }}
            />
            <eo-priority-badge priority=${priority}></eo-priority-badge>
          </label>`,
      )}
    </div>
    ${renderFieldError(ctx, 'priority')}
  </fieldset>`;
}

export function renderDueDate(ctx: SendViewContext): TemplateResult {
  return renderDateInput({
    id: 'due-date',
    label: html`${msg('Due date', { id: 'send.due-date', desc: 'Date by which the recipient should act' })}
      <span class="optional"
        >${msg('(optional)', { id: 'send.optional', desc: 'After a label of an optional field' })}</span
      >`,
    entry: ctx.dueDate,
    min: today(ctx.timeZone),
    error: textOf(ctx.errors.fields.dueDate),
    showProblem: ctx.dueDateChecked,
    disabled: ctx.sending,
    onInput: (entry) => {
      ctx.on.dueDate(entry, false);
      ctx.on.clearError('dueDate');
    },
    onChange: (entry) => ctx.on.dueDate(entry, true),
  });
}

export function renderDialog(ctx: SendViewContext): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="title"
    @cancel=${ctx.on.cancelEvent}
    @close=${ctx.on.close}
    @keydown=${ctx.on.keydown}
  >
    <form part="form" novalidate aria-busy=${ctx.sending ? 'true' : 'false'} @submit=${ctx.on.submit}>
      <div>
        <h2 id="title" part="title">
          ${
            ctx.receipt
              ? msg('Send receipt', {
                  id: 'send.title-receipt',
                  desc: 'Title of the send dialog for a receipt (आवती)',
                })
              : msg('Send file', { id: 'send.title', desc: 'Title of the send dialog' })
          }
        </h2>
        ${ctx.fileNumber ? html`<p class="file-number">${ctx.fileNumber}</p>` : nothing}
      </div>
      <p
        id="general-error"
        part="error"
        class=${ctx.errors.general ? 'error general shown' : 'error general'}
        role="alert"
        tabindex="-1"
      >
        ${alertContent(textOf(ctx.errors.general))}
      </p>
      ${renderMain(ctx)} ${renderCopies(ctx)} ${renderRemarks(ctx)} ${renderPriority(ctx)}
      ${renderDueDate(ctx)}
      <div part="actions" class="actions">
        <button part="button cancel-button" type="button" ?disabled=${ctx.sending} @click=${ctx.on.cancel}>
          ${msg('Cancel', { id: 'send.cancel', desc: 'Button: close the send dialog without sending' })}
        </button>
        <button part="button send-button" class="primary" type="submit" ?disabled=${ctx.sending}>
          ${ctx.sending ? msg('Sending…', { id: 'send.sending', desc: 'Send button while sending' }) : msg('Send', { id: 'send.send', desc: 'Button: send the file' })}
        </button>
      </div>
    </form>
  </dialog>`;
}
