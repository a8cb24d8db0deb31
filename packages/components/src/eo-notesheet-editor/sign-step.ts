// The "sign before sending" step of `sign-before-send`, loaded with import() when a confirmed note is
// to be signed: `<eo-signature-widget>` (by tag name; its module is the page's to load), and why a
// note was not signed with a way to send it unsigned. Kept out of the editor's main chunk, which is
// at its size budget.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Note } from './types.js';

/** Why the confirmed note was not signed. */
export type SignNotice = { kind: 'unavailable' } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface SignStepOptions {
  /** The confirmed note being signed; undefined once signed or sent unsigned. */
  note: Note | undefined;
  notice: SignNotice | undefined;
  client: unknown;
  signed(event: CustomEvent<{ signature: { id: string } }>): void;
  cancelled(): void;
  failed(event: CustomEvent<{ message: string }>): void;
  sendUnsigned(): void;
}

/** Whether the page defined the signature widget. */
export const widgetDefined = (): boolean => customElements.get('eo-signature-widget') !== undefined;

function noticeText(notice: SignNotice): string {
  switch (notice.kind) {
    case 'unavailable':
      return msg(
        'Signing is not available on this page (the signature widget is not loaded), so the note is sent without a signature.',
        { id: 'notesheet.sign.unavailable' },
      );
    case 'cancelled':
      return msg(
        'The note was not signed and has not been sent. It is confirmed (green). Sign it again, or send it without a signature.',
        { id: 'notesheet.sign.cancelled' },
      );
    default: {
      const reason = notice.reason;
      return msg(
        str`The note could not be signed (${reason}) and has not been sent. It is confirmed (green). Try again, or send it without a signature.`,
        { id: 'notesheet.sign.failed' },
      );
    }
  }
}

export function renderSignStep(o: SignStepOptions): TemplateResult | typeof nothing {
  const note = o.note;
  if (!note) return o.notice ? html`<p class="notice" role="status">${noticeText(o.notice)}</p>` : nothing;
  return html`<section part="sign" class="notice" aria-labelledby="sign-heading">
    <h3 id="sign-heading" tabindex="-1">
      ${msg('Sign the confirmed note before sending it', { id: 'notesheet.sign.heading' })}
    </h3>
    ${
      o.notice
        ? html`<p class="error" role="alert">${noticeText(o.notice)}</p>
            <div class="actions">
              <button part="button" class="send-unsigned" @click=${o.sendUnsigned}>
                ${msg('Send without signing', { id: 'notesheet.sign.send-unsigned' })}
              </button>
            </div>`
        : nothing
    }
    <eo-signature-widget
      style="display: block; margin-block-start: 0.5em"
      mode="sign"
      target-type="note"
      target-id=${note.id}
      .client=${o.client}
      @eo-signed=${o.signed}
      @eo-sign-cancel=${o.cancelled}
      @eo-sign-error=${o.failed}
    ></eo-signature-widget>
  </section>`;
}
