// The "sign before sending" step of `sign-before-send`, loaded with import() when a confirmed note is
// to be signed: `<eo-signature-widget>` (by tag name; its module is the page's to load), and why a
// note was not signed with a way to send it unsigned. Kept out of the element's main chunk, which every
// reader of the notesheet loads.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { alertContent } from '../shared/state-view.js';
import type { Note } from './types.js';

/** Why the confirmed note was not signed. */
// Why signing failed is not kept here: the widget below says it, in the language in force.
export type SignNotice = { kind: 'unavailable' } | { kind: 'cancelled' } | { kind: 'failed' };

/** What the step needs from the editor. */
export interface SignStepHost {
  requestUpdate(): void;
  /** Resolves once the element rendered. */
  updated(): Promise<unknown>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The SDK client the editor uses (the widget gets the same). */
  client(): unknown;
  /** The note was signed: show its badge. */
  signed(noteId: string, signatureId: string): void;
  /** Goes on to the send dialog. */
  send(note: Note): Promise<void>;
}

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
    default:
      return msg(
        'The note could not be signed (the reason is shown below) and has not been sent. It is confirmed (green). Try again, or send it without a signature.',
        { id: 'notesheet.sign.failed.below' },
      );
  }
}

/**
 * Signs a confirmed note, then sends it: `start()` shows the widget (or, when the page has not defined
 * it, says so and sends unsigned); `eo-signed` goes on to send, cancel and errors stay with a message.
 */
export class SignBeforeSend {
  /** The confirmed note being signed; undefined once signed or sent unsigned. */
  note: Note | undefined;
  /** Why it was not signed, while it is shown. */
  notice: SignNotice | undefined;
  readonly #host: SignStepHost;

  constructor(host: SignStepHost) {
    this.#host = host;
  }

  async start(note: Note): Promise<void> {
    this.notice = undefined;
    if (!customElements.get('eo-signature-widget')) {
      this.note = undefined;
      this.#set({ kind: 'unavailable' });
      await this.#host.send(note);
      return;
    }
    this.note = note;
    this.#host.requestUpdate();
    await this.#host.updated();
    this.#host.renderRoot.querySelector<HTMLElement>('#sign-heading')?.focus();
  }

  /** Forgets a message of an earlier note (a new confirm starts). */
  reset(): void {
    if (this.note) return;
    this.#set(undefined);
  }

  #set(notice: SignNotice | undefined): void {
    this.notice = notice;
    this.#host.requestUpdate();
  }

  /** Leaves signing: to the send dialog, signed or not. */
  #done(): void {
    const note = this.note;
    this.note = undefined;
    this.#set(undefined);
    if (note) void this.#host.send(note);
  }

  readonly #signed = (event: CustomEvent<{ signature: { id: string } }>): void => {
    if (this.note) this.#host.signed(this.note.id, event.detail.signature.id);
    this.#done();
  };

  readonly #cancelled = (): void => this.#set({ kind: 'cancelled' });

  readonly #failed = (): void => this.#set({ kind: 'failed' });

  readonly #sendUnsigned = (): void => this.#done();

  render(): TemplateResult | typeof nothing {
    const note = this.note;
    if (!note) {
      return this.notice ? html`<p class="notice" role="status">${noticeText(this.notice)}</p>` : nothing;
    }
    return html`<section part="sign" class="notice" aria-labelledby="sign-heading">
      <h3 id="sign-heading" tabindex="-1">
        ${msg('Sign the confirmed note before sending it', { id: 'notesheet.sign.heading' })}
      </h3>
      ${
        this.notice
          ? html`<p class="error" role="alert">${alertContent(noticeText(this.notice))}</p>
              <div class="actions">
                <button part="button" class="send-unsigned" @click=${this.#sendUnsigned}>
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
        .client=${this.#host.client()}
        @eo-signed=${this.#signed}
        @eo-sign-cancel=${this.#cancelled}
        @eo-sign-error=${this.#failed}
      ></eo-signature-widget>
    </section>`;
  }
}
