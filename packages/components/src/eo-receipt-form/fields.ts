// The form's field building blocks: a labelled input, text area, day-month-year date or select, with
// its hint and its error tied to it (aria-invalid, aria-describedby).
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { ReceiptDraft, ReceiptField } from './types.js';
import type { ReceiptViewContext } from './view.js';
import { textOf, type LocalizedText } from '../shared/localized-text.js';

/** Text fields of the draft, which all share one input handler. */
export type TextField = Exclude<
  keyof ReceiptDraft,
  'attachment' | 'enclosures' | 'nature' | 'language' | 'priority' | 'classification' | 'deliveryMode'
>;

export const optional = () =>
  html` <span class="optional"
    >${msg('(optional)', { id: 'receipt.optional', desc: 'After a label of an optional field' })}</span
  >`;

export function describedBy(
  id: string,
  error: string | LocalizedText | undefined,
  hint?: boolean,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export function errorLine(id: string, error: string | LocalizedText | undefined): TemplateResult {
  return html`<p id="${id}-error" part="error" class=${error ? 'error shown' : 'error'}>${textOf(error)}</p>`;
}

export function textField(
  ctx: ReceiptViewContext,
  field: TextField,
  label: string,
  options: {
    required?: boolean;
    hint?: string;
    wide?: boolean;
    multiline?: boolean;
    lang?: string;
    inputmode?: 'numeric' | 'email' | 'tel';
    autocomplete?: string;
    list?: string;
    max?: number;
  } = {},
): TemplateResult {
  const error = ctx.errors.fields[field as ReceiptField];
  const described = describedBy(field, error, Boolean(options.hint));
  const onInput = (event: Event) =>
    ctx.on.text(field, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = options.multiline
    ? html`<textarea
        id=${field}
        name=${field}
        part="input"
        maxlength=${ifDefined(options.max)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(described)}
        ?disabled=${ctx.disabled}
        .value=${live(ctx.draft[field])}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${field}
        name=${field}
        part="input"
        type="text"
        maxlength=${ifDefined(options.max)}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${options.autocomplete ?? 'off'}
        list=${ifDefined(options.list)}
        aria-required=${options.required ? 'true' : 'false'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(described)}
        ?disabled=${ctx.disabled}
        .value=${live(ctx.draft[field])}
        @input=${onInput}
      />`;
  return html`<div part="field" class=${options.wide ? 'field wide' : 'field'}>
    <label for=${field}>${label}${options.required ? nothing : optional()}</label>
    ${options.hint ? html`<p id="${field}-hint" class="hint">${options.hint}</p>` : nothing} ${control}
    ${errorLine(field, error)}
  </div>`;
}

export function dateField(
  ctx: ReceiptViewContext,
  field: 'letterDate' | 'receivedDate',
  label: string,
  required: boolean,
) {
  return textField(ctx, field, label, {
    required,
    inputmode: 'numeric',
    max: 10,
    hint: msg('Day-month-year, e.g. 10-07-2025', {
      id: 'receipt.date-hint',
      desc: 'Hint under a date input',
    }),
  });
}

export function select<T extends string>(
  ctx: ReceiptViewContext,
  id: ReceiptField,
  label: string,
  value: string,
  options: readonly { value: T; label: string; lang?: string }[],
  onChange: (value: T) => void,
  placeholder?: string,
  required = false,
): TemplateResult {
  const error = ctx.errors.fields[id];
  return html`<div part="field" class="field">
    <label for=${id}>${label}${required ? nothing : optional()}</label>
    <select
      id=${id}
      name=${id}
      part="input"
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, error))}
      ?disabled=${ctx.disabled}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as T)}
    >
      ${placeholder !== undefined ? html`<option value="" ?selected=${value === ''}>${placeholder}</option>` : nothing}
      ${options.map(
        (option) =>
          html`<option
            value=${option.value}
            ?selected=${option.value === value}
            lang=${ifDefined(option.lang)}
          >
            ${option.label}
          </option>`,
      )}
    </select>
    ${errorLine(id, error)}
  </div>`;
}
