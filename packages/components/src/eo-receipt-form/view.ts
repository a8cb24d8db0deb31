// The form as drawn: fieldsets for the letter, its sender and its handling (the scanned letter's
// part is in scan-view.ts, the field building blocks in fields.ts), and the diarise buttons. State and
// behaviour stay in eo-receipt-form.ts.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { priorityLabel } from '../shared/domain-labels.js';
import { currentLocale } from '../shared/localization.js';
import type { ReceiptErrors } from './errors.js';
import { dateField, describedBy, errorLine, optional, select, textField, type TextField } from './fields.js';
import {
  CLASSIFICATIONS,
  classificationLabel,
  DELIVERY_MODES,
  deliveryModeLabel,
  LANGUAGES,
  languageLabel,
} from './labels.js';
import { renderScan, type ScanState } from './scan-view.js';
import type { Receipt, ReceiptCategory, ReceiptDraft, Sender } from './types.js';
import { textOf } from '../shared/localized-text.js';

export type { ScanState, TextField };

export interface ReceiptViewContext {
  draft: ReceiptDraft;
  errors: ReceiptErrors;
  categories: ReceiptCategory[];
  subCategories: ReceiptCategory[];
  senders: Sender[];
  scan: ScanState;
  /** Where the first page is shown: an object URL (PDF) or a data URL (image). */
  previewUrl: string | undefined;
  maxUploadBytes: number;
  busy: boolean;
  disabled: boolean;
  receipt: Receipt | undefined;
  sent: boolean;
  on: {
    text(field: TextField, value: string): void;
    choose<K extends 'nature' | 'language' | 'priority' | 'classification' | 'deliveryMode'>(
      field: K,
      value: ReceiptDraft[K],
    ): void;
    category(id: string): void;
    subCategory(id: string): void;
    senderInput(value: string): void;
    file(file: File | undefined): void;
    replace(): void;
    remove(): void;
    cancelUpload(): void;
    addEnclosure(): void;
    enclosure(index: number, description: string, count: number): void;
    removeEnclosure(index: number): void;
    submit(event: SubmitEvent): void;
    another(): void;
    send(): void;
  };
}

function categoryName(category: ReceiptCategory): string {
  return currentLocale() === 'hi' ? category.name.hi : category.name.en;
}

function renderLetter(ctx: ReceiptViewContext): TemplateResult {
  const d = ctx.draft;
  const natureError = ctx.errors.fields.nature;
  const choose = ctx.on.choose;
  const none = msg('— choose —', { id: 'receipt.choose', desc: 'Empty first option of a list' });
  return html`<fieldset part="section">
    <legend>${msg('Letter', { id: 'receipt.letter', desc: 'Fieldset: the letter received (पत्र)' })}</legend>
    <fieldset class="choices wide" aria-describedby=${ifDefined(describedBy('nature', natureError))}>
      <legend>
        ${msg('Receipt', { id: 'receipt.nature', desc: 'Nature of the receipt: physical or electronic' })}
      </legend>
      ${(['electronic', 'physical'] as const).map(
        (nature) =>
          html`<label>
            <input
              type="radio"
              name="nature"
              value=${nature}
              .checked=${live(d.nature === nature)}
              ?disabled=${ctx.disabled}
              @change=${() => choose('nature', nature)}
            />
            ${
              nature === 'electronic'
                ? msg('Electronic (scanned letter attached)', {
                    id: 'receipt.electronic',
                    desc: 'Nature of a receipt',
                  })
                : msg('Physical (paper moves with it)', {
                    id: 'receipt.physical',
                    desc: 'Nature of a receipt',
                  })
            }
          </label>`,
      )}
      ${errorLine('nature', natureError)}
    </fieldset>
    ${textField(ctx, 'letterNumber', msg('Letter number', { id: 'receipt.letter-number', desc: 'Number on the letter' }), { max: 120 })}
    ${dateField(ctx, 'letterDate', msg('Letter date', { id: 'receipt.letter-date', desc: 'Date on the letter' }), false)}
    ${dateField(ctx, 'receivedDate', msg('Received on', { id: 'receipt.received-date', desc: 'Date the letter reached the office' }), true)}
    ${select(
      ctx,
      'deliveryMode',
      msg('Mode of receipt', { id: 'receipt.mode', desc: 'How the letter came (post, hand, e-mail …)' }),
      d.deliveryMode,
      DELIVERY_MODES.map((mode) => ({ value: mode, label: deliveryModeLabel(mode) })),
      (value) => choose('deliveryMode', value),
      none,
      true,
    )}
    ${textField(
      ctx,
      'subject',
      msg('Subject', { id: 'receipt.subject', desc: 'Subject of the letter (विषय)' }),
      {
        required: true,
        wide: true,
        multiline: true,
        max: 500,
      },
    )}
    ${select(
      ctx,
      'language',
      msg('Language', { id: 'receipt.language', desc: 'Language of the letter' }),
      d.language,
      LANGUAGES.map((lang) => ({ value: lang, label: languageLabel(lang) })),
      (value) => choose('language', value),
      undefined,
      true,
    )}
    ${select(
      ctx,
      'categoryId',
      msg('Category', { id: 'receipt.category', desc: 'Main category of the receipt' }),
      d.categoryId,
      ctx.categories.map((c) => ({ value: c.id, label: categoryName(c) })),
      (value) => ctx.on.category(value),
      none,
    )}
    ${select(
      ctx,
      'subCategoryId',
      msg('Sub-category', { id: 'receipt.sub-category', desc: 'Sub category of the receipt' }),
      d.subCategoryId,
      ctx.subCategories.map((c) => ({ value: c.id, label: categoryName(c) })),
      (value) => ctx.on.subCategory(value),
      none,
    )}
  </fieldset>`;
}

function senderLabel(sender: Sender): string {
  return [sender.name, sender.designation, sender.organisation].filter(Boolean).join(', ');
}

function renderSender(ctx: ReceiptViewContext): TemplateResult {
  return html`<fieldset part="section">
    <legend>${msg('Sender', { id: 'receipt.sender', desc: 'Fieldset: who sent the letter (प्रेषक)' })}</legend>
    <div part="field" class="field wide">
      <label for="senderName">${msg('Name', { id: 'receipt.sender-name', desc: 'Sender name' })}</label>
      <p id="senderName-hint" class="hint">
        ${msg('Type to look up earlier senders; choosing one fills the rest.', {
          id: 'receipt.sender-hint',
          desc: 'Hint under the sender name',
        })}
      </p>
      <input
        id="senderName"
        name="senderName"
        part="input sender-search"
        type="text"
        maxlength="200"
        list="earlier-senders"
        autocomplete="off"
        aria-required="true"
        aria-invalid=${ctx.errors.fields.senderName ? 'true' : 'false'}
        aria-describedby=${describedBy('senderName', ctx.errors.fields.senderName, true) ?? ''}
        ?disabled=${ctx.disabled}
        .value=${live(ctx.draft.senderName)}
        @input=${(event: Event) => ctx.on.senderInput((event.target as HTMLInputElement).value)}
      />
      <datalist id="earlier-senders">
        ${ctx.senders.map((sender) => html`<option value=${sender.name}>${senderLabel(sender)}</option>`)}
      </datalist>
      ${errorLine('senderName', ctx.errors.fields.senderName)}
    </div>
    ${textField(ctx, 'senderDesignation', msg('Designation', { id: 'receipt.sender-designation', desc: 'Sender designation' }), { max: 200 })}
    ${textField(ctx, 'senderOrganisation', msg('Organisation', { id: 'receipt.sender-organisation', desc: 'Sender organisation' }), { max: 300 })}
    ${textField(
      ctx,
      'senderAddress',
      msg('Address', { id: 'receipt.sender-address', desc: 'Sender postal address' }),
      {
        wide: true,
        multiline: true,
        max: 500,
      },
    )}
    ${textField(
      ctx,
      'senderEmail',
      msg('E-mail', { id: 'receipt.sender-email', desc: 'Sender e-mail address' }),
      {
        inputmode: 'email',
        max: 254,
      },
    )}
    ${textField(
      ctx,
      'senderMobile',
      msg('Mobile', { id: 'receipt.sender-mobile', desc: 'Sender mobile number' }),
      {
        inputmode: 'tel',
        max: 13,
      },
    )}
    ${textField(
      ctx,
      'senderPincode',
      msg('PIN code', { id: 'receipt.sender-pincode', desc: 'Sender postal PIN code' }),
      {
        inputmode: 'numeric',
        max: 6,
      },
    )}
  </fieldset>`;
}

function renderHandling(ctx: ReceiptViewContext): TemplateResult {
  const d = ctx.draft;
  return html`<fieldset part="section">
    <legend>
      ${msg('Handling', { id: 'receipt.handling', desc: 'Fieldset: priority, classification, remarks, enclosures' })}
    </legend>
    ${select(
      ctx,
      'priority',
      msg('Priority', { id: 'receipt.priority', desc: 'Priority marking (प्राथमिकता)' }),
      d.priority,
      (['normal', 'immediate', 'most_immediate'] as const).map((p) => ({
        value: p,
        label: priorityLabel(p),
      })),
      (value) => ctx.on.choose('priority', value),
      undefined,
      true,
    )}
    ${select(
      ctx,
      'classification',
      msg('Classification', { id: 'receipt.classification', desc: 'Security classification (वर्गीकरण)' }),
      d.classification,
      CLASSIFICATIONS.map((c) => ({ value: c, label: classificationLabel(c) })),
      (value) => ctx.on.choose('classification', value),
      undefined,
      true,
    )}
    ${textField(
      ctx,
      'remarks',
      msg('Remarks', { id: 'receipt.remarks', desc: 'Remarks on the receipt (टिप्पणी/अभ्युक्ति)' }),
      {
        wide: true,
        multiline: true,
        max: 2000,
      },
    )}
    <div class="field wide" part="field" role="group" aria-labelledby="enclosures-label">
      <p id="enclosures-label">
        <strong
          >${msg('Enclosures', { id: 'receipt.enclosures', desc: 'Papers enclosed with the letter (संलग्नक)' })}</strong
        >${optional()}
      </p>
      ${d.enclosures.map(
        (enclosure, index) =>
          html`<div class="enclosure">
            <div class="field">
              <label for="enclosure-${index}"
                >${msg(str`Enclosure ${index + 1}`, { id: 'receipt.enclosure-n', desc: 'Label of one enclosure line' })}</label
              >
              <input
                id="enclosure-${index}"
                part="input"
                type="text"
                maxlength="300"
                ?disabled=${ctx.disabled}
                .value=${live(enclosure.description)}
                @input=${(event: Event) => ctx.on.enclosure(index, (event.target as HTMLInputElement).value, enclosure.count)}
              />
            </div>
            <div class="field">
              <label for="enclosure-count-${index}"
                >${msg('Copies', { id: 'receipt.enclosure-count', desc: 'How many of an enclosure' })}</label
              >
              <input
                id="enclosure-count-${index}"
                part="input"
                type="number"
                min="1"
                max="999"
                ?disabled=${ctx.disabled}
                .value=${live(String(enclosure.count))}
                @input=${(event: Event) =>
                  ctx.on.enclosure(
                    index,
                    enclosure.description,
                    Number((event.target as HTMLInputElement).value),
                  )}
              />
            </div>
            <button
              type="button"
              part="button"
              ?disabled=${ctx.disabled}
              @click=${() => ctx.on.removeEnclosure(index)}
            >
              ${msg('Remove', { id: 'receipt.remove', desc: 'Button: remove an enclosure or the scan' })}
            </button>
          </div>`,
      )}
      <div>
        <button
          type="button"
          part="button"
          ?disabled=${ctx.disabled || d.enclosures.length >= 50}
          @click=${ctx.on.addEnclosure}
        >
          ${msg('Add enclosure', { id: 'receipt.add-enclosure', desc: 'Button: add an enclosure line' })}
        </button>
      </div>
      ${errorLine('enclosures', ctx.errors.fields.enclosures)}
    </div>
  </fieldset>`;
}

function renderResult(ctx: ReceiptViewContext, receipt: Receipt): TemplateResult {
  return html`<section part="result" class="result" tabindex="-1" aria-labelledby="result-title">
    <h2 id="result-title">${msg('Diarised', { id: 'receipt.diarised', desc: 'Heading after diarising' })}</h2>
    <p>
      ${msg('Diary number', { id: 'receipt.diary-number', desc: 'Label of the receipt number (डायरी संख्या)' })}:
      <span part="diary-number" class="diary-number">${receipt.number}</span>
    </p>
    ${ctx.sent ? html`<p>${msg('Sent.', { id: 'receipt.sent', desc: 'The receipt has been sent' })}</p>` : nothing}
    <div class="actions" part="actions">
      ${
        ctx.sent
          ? nothing
          : html`<button type="button" part="button" @click=${ctx.on.send}>
              ${msg('Send', { id: 'receipt.send', desc: 'Button: send the diarised receipt' })}
            </button>`
      }
      <button type="button" part="button" class="primary" @click=${ctx.on.another}>
        ${msg('Diarise another', { id: 'receipt.another', desc: 'Button: start a new receipt' })}
      </button>
    </div>
  </section>`;
}

export function renderForm(ctx: ReceiptViewContext): TemplateResult {
  if (ctx.receipt) return renderResult(ctx, ctx.receipt);
  return html`<form part="form" novalidate aria-busy=${ctx.busy ? 'true' : 'false'} @submit=${ctx.on.submit}>
    <p
      id="general-error"
      part="error"
      class=${ctx.errors.general ? 'error general shown' : 'error general'}
      role="alert"
      tabindex="-1"
    >
      ${textOf(ctx.errors.general)}
    </p>
    ${renderLetter(ctx)} ${renderSender(ctx)} ${renderScan(ctx)} ${renderHandling(ctx)}
    <div class="actions" part="actions">
      <button
        type="submit"
        part="button diarise-button"
        class="primary"
        name="action"
        value="diarise"
        ?disabled=${ctx.busy || ctx.disabled}
      >
        ${msg('Diarise', { id: 'receipt.diarise', desc: 'Button: register the receipt' })}
      </button>
      <button
        type="submit"
        part="button diarise-send-button"
        name="action"
        value="send"
        ?disabled=${ctx.busy || ctx.disabled}
      >
        ${msg('Diarise and send', { id: 'receipt.diarise-send', desc: 'Button: register then send the receipt' })}
      </button>
    </div>
  </form>`;
}
