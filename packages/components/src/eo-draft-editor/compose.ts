// What only a writer needs, loaded with the editing core when a draft becomes editable (a reader never
// downloads it): the letter's fields in their places, autosave, the copy on this device, and the
// editable area's styles.
import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DRAFT_TYPES, draftTypeLabel, languageLabel } from './labels.js';
import { addresseeLines } from './letter-view.js';
export { formStyles } from './form-styles.js';
import type { Addressee, DraftContent, DraftInput, DraftSaveStatus, DraftType } from './types.js';

export { Autosave } from '../shared/editing-core/autosave.js';
export { adoptContentStyles } from '../shared/editing-core/content-styles.js';
export { deleteLocal, localKey, readLocal, writeLocal } from '../shared/editing-core/local-store.js';

/** Sets one field of the content being written. */
export type SetField = <K extends keyof DraftContent>(key: K, value: DraftContent[K]) => void;

/** Lines of a textarea, blank ones left out. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** "name, rest of the address" per line: the first part is the addressee's name. */
export function parseAddressees(text: string): Addressee[] {
  return lines(text).map((line) => {
    const [name = line, ...rest] = line.split(/\s*[,،]\s*/);
    const address = rest.join(', ');
    return address ? { name, address } : { name };
  });
}

export const addresseeText = (addressees: readonly Addressee[]) =>
  addressees.map((a) => addresseeLines(a).join(', ')).join('\n');

/** Type and language of the draft, above the letter. */
export function renderEditFields(content: DraftContent, setField: SetField): TemplateResult {
  return html`<div class="fields">
    <label
      >${msg('Type', { id: 'draft.field.type' })}
      <select
        name="draftType"
        @change=${(e: Event) => setField('draftType', (e.target as HTMLSelectElement).value as DraftType)}
      >
        ${DRAFT_TYPES.map(
          (t) => html`<option value=${t} ?selected=${content.draftType === t}>${draftTypeLabel(t)}</option>`,
        )}
      </select></label
    >
    <label
      >${msg('Language', { id: 'draft.field.language' })}
      <select
        name="language"
        @change=${(e: Event) =>
          setField('language', (e.target as HTMLSelectElement).value as DraftContent['language'])}
      >
        ${(['hi', 'en', 'bilingual'] as const).map(
          (l) => html`<option value=${l} ?selected=${content.language === l}>${languageLabel(l)}</option>`,
        )}
      </select></label
    >
  </div>`;
}

/** Addressees, subject, reference and copy-to, as fields in their places in the letter. */
export function editingParts(content: DraftContent, setField: SetField, body: TemplateResult) {
  return {
    body,
    addressees: html`<label class="stacked"
      ><span class="visually-hidden">${msg('Addressees', { id: 'draft.field.addressees' })}</span>
      <textarea
        name="addressees"
        rows="3"
        placeholder=${msg('One addressee a line: name, address', { id: 'draft.field.addressees.hint' })}
        .value=${addresseeText(content.addressees)}
        @change=${(e: Event) => setField('addressees', parseAddressees((e.target as HTMLTextAreaElement).value))}
      ></textarea>
    </label>`,
    subject: html`<label class="inline"
      ><span class="visually-hidden">${msg('Subject', { id: 'draft.field.subject' })}</span>
      <input
        name="subject"
        .value=${content.subject}
        @input=${(e: Event) => setField('subject', (e.target as HTMLInputElement).value)}
    /></label>`,
    reference: html`<label class="inline"
      ><span class="visually-hidden">${msg('Reference', { id: 'draft.field.reference' })}</span>
      <input
        name="reference"
        .value=${content.reference ?? ''}
        @input=${(e: Event) => setField('reference', (e.target as HTMLInputElement).value)}
    /></label>`,
    copyTo: html`<label class="stacked"
      ><span class="visually-hidden">${msg('Copy to', { id: 'draft.field.copy_to' })}</span>
      <textarea
        name="copyTo"
        rows="2"
        placeholder=${msg('One recipient of a copy a line', { id: 'draft.field.copy_to.hint' })}
        .value=${(content.copyTo ?? []).join('\n')}
        @change=${(e: Event) => setField('copyTo', lines((e.target as HTMLTextAreaElement).value))}
      ></textarea>
    </label>`,
  };
}

/** Styles of the writer's fields and the editable area, adopted into the shadow root when loaded. */
export const composeStyles = css`
  label.stacked,
  label.stacked textarea {
    display: block;
    inline-size: 100%;
    box-sizing: border-box;
  }
  label.inline input {
    inline-size: min(40em, 100%);
  }
  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_c-space-xs);
    margin-block-end: var(--_c-space-xs);
  }
  ::slotted([slot='editor']) {
    display: block;
    min-block-size: 8em;
    border: 1px solid var(--_c-border-strong);
    background: var(--_c-note-yellow-bg);
    padding: var(--_c-space-s);
  }
`;

/** The content being written as the API takes it (NFC, blanks dropped); undefined while incomplete. */
export function toInput(form: DraftContent, body: string): DraftInput | undefined {
  const input: DraftInput = {
    draftType: form.draftType,
    subject: form.subject.normalize('NFC').trim(),
    language: form.language,
    addressees: form.addressees.map((a) => ({ ...a })),
    body,
    replyToReceiptId: form.replyToReceiptId ?? null,
    reference: form.reference?.normalize('NFC').trim() || null,
    copyTo: (form.copyTo ?? []).map((line) => line.normalize('NFC')),
  };
  if (input.subject === '' || input.addressees.length === 0 || body === '') return undefined;
  return input;
}

/** Where the writer's changes stand, in words. */
export function saveStatusText(status: DraftSaveStatus): string {
  switch (status) {
    case 'pending':
      return msg('Changes kept on this device; saving soon.', { id: 'draft.status.pending' });
    case 'saving':
      return msg('Saving…', { id: 'draft.status.saving' });
    case 'saved':
      return msg('Saved.', { id: 'draft.status.saved' });
    case 'offline':
      return msg('Offline: kept on this device.', { id: 'draft.status.offline' });
    case 'conflict':
      return msg('Changed elsewhere: choose a version.', { id: 'draft.status.conflict' });
    case 'error':
      return msg('Not saved.', { id: 'draft.status.error' });
    default:
      return '';
  }
}
