// Over 400 lines because the element class is the documented public surface (JSDoc for the manifest,
// form association, events) and the form's flow (draft, sender look-up, diarise, send); drawing is in
// view.ts, fields.ts and scan-view.ts, the scanned letter's upload and preview in scan-upload.ts, the
// request and its checks in request.ts, server errors in errors.ts, the draft's storage in draft-store.ts.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { newIdempotencyKey } from '@eoffice/sdk';
import { today } from '../shared/dates.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { errorKind, type ErrorKind } from '../shared/error-kind.js';
import { currentLocale } from '../shared/localization.js';
import { renderStateView } from '../shared/state-view.js';
import type { EoSendDialog } from '../eo-send-dialog/eo-send-dialog.js';
import type { SendDialogClient } from '../eo-send-dialog/types.js';
import { clearDraft, draftStorageKey, loadDraft, saveDraft, type DraftStorage } from './draft-store.js';
import { receiptErrors, type ReceiptErrors } from './errors.js';
import { checkDraft, emptyDraft, requestOf } from './request.js';
import { receiptFormStyles } from './styles.js';
import type {
  BeforeDiariseDetail,
  Receipt,
  ReceiptCategory,
  ReceiptDiarisedDetail,
  ReceiptDraft,
  ReceiptErrorDetail,
  ReceiptField,
  ReceiptFormClient,
  ReceiptUploadDetail,
  Sender,
} from './types.js';
import { ScanUpload } from './scan-upload.js';
import { renderForm, type ReceiptViewContext } from './view.js';

/** The contract's limit on an upload: 20 MiB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Debounce of the sender look-up, in milliseconds. */
const LOOKUP_DELAY = 250;

/** Fields in the order they are drawn, for moving focus to the first error. */
const FIELD_ORDER: readonly ReceiptField[] = [
  'nature',
  'letterNumber',
  'letterDate',
  'receivedDate',
  'deliveryMode',
  'subject',
  'language',
  'categoryId',
  'subCategoryId',
  'senderName',
  'senderDesignation',
  'senderOrganisation',
  'senderAddress',
  'senderEmail',
  'senderMobile',
  'senderPincode',
  'attachment',
  'priority',
  'classification',
  'remarks',
  'enclosures',
];

/**
 * A form to diarise dak (डाक): a physical or electronic receipt with its sender (looked up from
 * earlier letters), letter number and date, received date, mode of receipt, category and sub-category,
 * subject, language, priority, classification, remarks and enclosures, and the scanned letter (PDF,
 * JPEG or PNG, checked by its content, uploaded with a progress bar and previewed). "Diarise" registers
 * it and shows the diary number the server gives; "Diarise and send" then opens `<eo-send-dialog>`.
 *
 * Everything typed is kept in a local draft (session storage by default) on every change, so a reload,
 * a failed upload or a refused request loses nothing. The server's problem details are shown beside the
 * fields they concern, in the page's language. Dates are typed day-month-year.
 *
 * Form-associated: inside a `<form>` its value (under its `name`) is the diarised receipt's id, and
 * with `required` it is invalid until a receipt is diarised; a form reset clears it and its draft.
 *
 * Without a client it renders from plain data (`.categories`, `.senders`, `.draft`) for stories and tests.
 *
 * @fires eo-before-diarise - Cancelable, before anything is sent. `detail: { request, andSend }`; `preventDefault()` and nothing is sent.
 * @fires eo-receipt-diarised - The receipt was diarised. `detail: { receipt }` (its `number` is the diary number).
 * @fires eo-receipt-upload - The scanned letter is stored on the server. `detail: { attachment }`.
 * @fires eo-receipt-error - Loading categories, uploading or diarising failed (the form shows it too). `detail: { error, during }`.
 * @fires eo-receipt-sent - From the inner `<eo-send-dialog>`: the receipt was sent. `detail: { receiptId, receipt, movements }`.
 *
 * @csspart form - The form.
 * @csspart section - Each fieldset (letter, sender, scanned letter, handling).
 * @csspart field - Each field with its label, hint and error.
 * @csspart input - Text inputs, selects and text areas.
 * @csspart sender-search - The sender name input with the look-up (with `input`).
 * @csspart file-input - The file chooser of the scanned letter.
 * @csspart progress - The upload progress bar.
 * @csspart scan - The uploaded scan's name, size and buttons.
 * @csspart preview - The first page of the scan (an iframe for a PDF, an image otherwise).
 * @csspart error - Each error message (per field and general).
 * @csspart actions - The rows of buttons.
 * @csspart button - Every button.
 * @csspart diarise-button - The Diarise button (with `button`).
 * @csspart diarise-send-button - The Diarise and send button (with `button`).
 * @csspart result - The box with the diary number after diarising.
 * @csspart diary-number - The diary number.
 * @csspart status - Loading and failure states (no access, offline).
 * @csspart announcer - The polite live region.
 * @csspart alert-announcer - The assertive live region.
 *
 * @cssprop --eo-receipt-bg - Background.
 * @cssprop --eo-receipt-fg - Text colour.
 * @cssprop --eo-receipt-muted - Hints and "(optional)".
 * @cssprop --eo-receipt-border - Borders of fieldsets and inputs.
 * @cssprop --eo-receipt-accent - Primary buttons, the progress bar and the result box.
 * @cssprop --eo-receipt-accent-fg - Text on primary buttons.
 * @cssprop --eo-receipt-error-fg - Error text and invalid borders.
 * @cssprop --eo-receipt-focus - Focus ring colour.
 * @cssprop --eo-receipt-preview-size - Width of the first-page preview (default 24rem).
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-color-* - Global colour tokens, set by a theme class on an ancestor; the element's own properties above override them.
 */
export class EoReceiptForm extends EoElement {
  static override styles = [baseStyles, receiptFormStyles];
  static formAssociated = true;

  /** SDK client; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: ReceiptFormClient | undefined;

  /** Receipt categories (main and sub) as plain data; loaded through the client when unset. */
  @property({ attribute: false }) categories: ReceiptCategory[] | undefined;

  /** Earlier senders to offer as plain data; looked up through the client as the name is typed when unset. */
  @property({ attribute: false }) senders: Sender[] | undefined;

  /** Names this form's local draft, e.g. per counter; defaults to the page's path. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined;

  /** Where the draft is kept: `session` (default), `local` (survives closing the tab) or `none`. */
  @property({ attribute: 'draft-storage' }) draftStorage: DraftStorage = 'session';

  /** The largest scan accepted, in bytes, stated before upload (the contract's 20 MiB by default). */
  @property({ type: Number, attribute: 'max-upload-bytes' }) maxUploadBytes = MAX_UPLOAD_BYTES;

  /** Which of the user's posts diarises, when they hold several. */
  @property({ attribute: 'diarising-post-id' }) diarisingPostId: string | undefined;

  /** IANA time zone of "today" for the received date; the server checks in IST. */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  /** With `required`, the element is invalid in its form until a receipt is diarised. */
  @property({ type: Boolean, reflect: true }) required = false;

  @state() private typed: ReceiptDraft = emptyDraft(today());
  @state() private errors: ReceiptErrors = { fields: {}, general: undefined };
  @state() private loaded: ReceiptCategory[] = [];
  @state() private subLoaded: ReceiptCategory[] = [];
  @state() private looked: Sender[] = [];
  @state() private busy = false;
  @state() private failure: ErrorKind | undefined;
  @state() private diarised: Receipt | undefined;
  @state() private sent = false;
  @state() private formDisabled = false;

  readonly #internals: ElementInternals;
  #lookupTimer: ReturnType<typeof setTimeout> | undefined;
  #lookup: AbortController | undefined;
  #key: { body: string; value: string } | undefined;
  #inFlight = false;
  #restored = false;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  // ---- public API -----------------------------------------------------------------------------

  /** Everything typed, as kept in the draft (a copy). Assign to fill the form (e.g. in stories). */
  get draft(): ReceiptDraft {
    return structuredClone(this.typed);
  }

  set draft(value: Partial<ReceiptDraft>) {
    this.typed = { ...emptyDraft(today(this.timeZone)), ...value };
    this.#restored = true;
    this.#changed();
  }

  /** The diarised receipt, once there is one. */
  get receipt(): Receipt | undefined {
    return this.diarised;
  }

  /** The form value: the diarised receipt's id, or '' before. */
  get value(): string {
    return this.diarised?.id ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Shows errors as the server would place them (stories, or a portal's own checks). */
  showErrors(errors: Partial<Record<ReceiptField, string>>, general?: string): void {
    this.errors = { fields: { ...errors }, general };
  }

  /** Empties the form and forgets its draft (after diarising, "Diarise another" does this). */
  reset(): void {
    this.#scan.clear();
    this.typed = emptyDraft(today(this.timeZone));
    this.errors = { fields: {}, general: undefined };
    this.diarised = undefined;
    this.sent = false;
    this.#key = undefined;
    this.subLoaded = [];
    clearDraft(this.draftStorage, draftStorageKey(this.draftKey));
    this.#updateForm();
  }

  /** Diarises what is typed, as the buttons do; resolves with the receipt, or undefined if refused. */
  async diarise(options: { andSend?: boolean } = {}): Promise<Receipt | undefined> {
    return this.#diarise(Boolean(options.andSend));
  }

  // ---- form-associated callbacks ----------------------------------------------------------------

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.reset();
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#restored) {
      const saved = loadDraft(this.draftStorage, draftStorageKey(this.draftKey));
      if (saved) this.typed = { ...emptyDraft(today(this.timeZone)), ...saved };
      this.#restored = true;
    }
    this.#updateForm();
    void this.#loadCategories();
    void this.#scan.restorePreview();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lookup?.abort();
    clearTimeout(this.#lookupTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first render follows connectedCallback, which loaded already: only a later client reloads.
    if (changed.has('client') && this.hasUpdated && this.isConnected) {
      void this.#loadCategories();
      void this.#scan.restorePreview();
    }
  }

  #client(): ReceiptFormClient | undefined {
    return this.resolveClient(this.client);
  }

  get #callHeaders() {
    return { 'accept-language': currentLocale() };
  }

  async #loadCategories(): Promise<void> {
    if (this.categories) return;
    const client = this.#client();
    if (!client) return;
    try {
      this.loaded = await client.master.receiptCategories({}, { headers: this.#callHeaders }).toArray();
      this.failure = undefined;
      if (this.typed.categoryId) void this.#loadSubCategories(this.typed.categoryId);
    } catch (error) {
      this.failure = errorKind(error);
      this.emit('eo-receipt-error', { error, during: 'load' });
    }
  }

  async #loadSubCategories(parentId: string): Promise<void> {
    if (this.categories) return;
    const client = this.#client();
    if (!client) return;
    try {
      const subs = await client.master
        .receiptCategories({ parentId }, { headers: this.#callHeaders })
        .toArray();
      if (this.typed.categoryId === parentId) this.subLoaded = subs;
    } catch {
      this.subLoaded = [];
    }
  }

  // ---- the draft ----------------------------------------------------------------------------------

  #changed(): void {
    saveDraft(this.draftStorage, draftStorageKey(this.draftKey), this.typed);
    this.#updateForm();
  }

  #update(patch: Partial<ReceiptDraft>, clear: ReceiptField[] = []): void {
    this.typed = { ...this.typed, ...patch };
    if (clear.some((field) => this.errors.fields[field])) {
      const fields = Object.fromEntries(
        Object.entries(this.errors.fields).filter(([field]) => !clear.includes(field as ReceiptField)),
      );
      this.errors = { ...this.errors, fields };
    }
    this.#changed();
  }

  #updateForm(): void {
    this.#internals.setFormValue(this.diarised?.id ?? '');
    if (this.required && !this.diarised) {
      this.#internals.setValidity(
        { valueMissing: true },
        msg('Diarise the receipt first.', { id: 'receipt.form-required', desc: 'Form validity message' }),
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  // ---- sender look-up -----------------------------------------------------------------------------

  #senderInput(value: string): void {
    const chosen = this.#offered().find((sender) => sender.name === value);
    if (chosen) {
      this.#update(
        {
          senderName: chosen.name,
          senderDesignation: chosen.designation ?? '',
          senderOrganisation: chosen.organisation ?? '',
          senderAddress: chosen.address ?? '',
          senderEmail: chosen.email ?? '',
          senderMobile: chosen.mobile ?? '',
          senderPincode: chosen.pincode ?? '',
        },
        ['senderName'],
      );
      const name = chosen.name;
      this.announce(() =>
        msg(str`Sender filled in from an earlier letter: ${name}.`, {
          id: 'receipt.sender-filled',
          desc: 'Announced when a looked-up sender is chosen',
        }),
      );
      return;
    }
    this.#update({ senderName: value }, ['senderName']);
    this.#scheduleLookup(value);
  }

  #offered(): Sender[] {
    return this.senders ?? this.looked;
  }

  #scheduleLookup(value: string): void {
    clearTimeout(this.#lookupTimer);
    const q = value.trim();
    const client = this.#client();
    if (this.senders || !client || [...q].length < 2) return;
    this.#lookupTimer = setTimeout(() => {
      this.#lookup?.abort();
      const controller = new AbortController();
      this.#lookup = controller;
      client.receipts
        .senders({ q, limit: 8 }, { signal: controller.signal, headers: this.#callHeaders })
        .toArray({ limit: 8 })
        .then((found) => {
          if (!controller.signal.aborted) this.looked = found;
        })
        .catch(() => {
          // A failed look-up only means no suggestions; the name stays as typed.
        });
    }, LOOKUP_DELAY);
  }

  // ---- the scanned letter (behaviour in scan-upload.ts) ------------------------------------------

  readonly #scan = new ScanUpload(this, {
    client: () => this.#client(),
    maxBytes: () => this.maxUploadBytes,
    headers: () => this.#callHeaders,
    attachment: () => this.typed.attachment,
    attach: (attachment) => this.#update({ attachment }, ['attachment']),
    fail: (message, error) => {
      this.errors = { ...this.errors, fields: { ...this.errors.fields, attachment: message } };
      this.announce(message, 'assertive');
      if (error !== undefined) this.emit('eo-receipt-error', { error, during: 'upload' });
    },
    announce: (text) => this.announce(text),
    uploaded: (attachment) => this.emit('eo-receipt-upload', { attachment }),
  });

  #replace(): void {
    // The chooser is hidden while a scan is attached; the Replace button opens it.
    this.renderRoot.querySelector<HTMLInputElement>('#scan')?.click();
  }

  #remove(): void {
    this.#scan.remove();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#scan')?.focus());
  }

  // ---- diarising ----------------------------------------------------------------------------------

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const andSend = (event.submitter as HTMLButtonElement | null)?.value === 'send';
    void this.#diarise(andSend);
  }

  async #diarise(andSend: boolean): Promise<Receipt | undefined> {
    if (this.#inFlight || this.#scan.uploading) return undefined;
    const fields = checkDraft(this.typed, today(this.timeZone));
    if (Object.keys(fields).length > 0) {
      this.errors = { fields, general: undefined };
      this.#focusFirstError();
      return undefined;
    }
    const request = requestOf(this.typed);
    if (this.diarisingPostId) request.diarisingPostId = this.diarisingPostId;
    if (!this.emit('eo-before-diarise', { request, andSend }, { cancelable: true })) return undefined;
    const client = this.#client();
    if (!client) {
      this.errors = {
        fields: {},
        general: () =>
          msg('No connection to e-Office is set up on this page.', {
            id: 'receipt.no-client',
            desc: 'No SDK client configured',
          }),
      };
      this.#focusFirstError();
      return undefined;
    }
    // The same request again (after a dropped connection) carries the same key: diarised once.
    const body = JSON.stringify(request);
    if (this.#key?.body !== body) this.#key = { body, value: newIdempotencyKey() };
    this.#inFlight = true;
    this.busy = true;
    this.errors = { fields: {}, general: undefined };
    try {
      const receipt = await client.receipts.diarise(request, {
        idempotencyKey: this.#key.value,
        headers: this.#callHeaders,
      });
      this.#key = undefined;
      this.diarised = receipt;
      clearDraft(this.draftStorage, draftStorageKey(this.draftKey));
      this.#updateForm();
      const number = receipt.number;
      this.announce(() =>
        msg(str`Diarised. Diary number ${number}.`, {
          id: 'receipt.diarised-announce',
          desc: 'Announced after diarising',
        }),
      );
      this.emit('eo-receipt-diarised', { receipt });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="result"]')?.focus();
      if (andSend) void this.#openSend();
      return receipt;
    } catch (error) {
      this.errors = receiptErrors(error);
      if (
        errorKind(error) === 'forbidden' &&
        !this.errors.general &&
        Object.keys(this.errors.fields).length === 0
      )
        this.failure = 'forbidden';
      this.announce(
        this.errors.general ??
          (() =>
            msg('The receipt was not diarised. See the messages beside the fields.', {
              id: 'receipt.fix-fields',
              desc: 'Announced when the server refused fields',
            })),
        'assertive',
      );
      this.#focusFirstError();
      this.emit('eo-receipt-error', { error, during: 'diarise' });
      return undefined;
    } finally {
      this.#inFlight = false;
      this.busy = false;
    }
  }

  async #openSend(): Promise<void> {
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<EoSendDialog>('eo-send-dialog');
    if (!dialog) return;
    await import('../eo-send-dialog/define.js');
    const movement = await dialog.show();
    if (movement) {
      this.sent = true;
      this.announce(() => msg('Sent.', { id: 'receipt.sent', desc: 'The receipt has been sent' }));
    }
  }

  #focusFirstError(): void {
    void this.updateComplete.then(() => {
      const field = FIELD_ORDER.find((f) => this.errors.fields[f]);
      const selector =
        field === 'attachment'
          ? '#scan:not([hidden]), [part~="scan"] button'
          : field === 'nature'
            ? 'input[name="nature"]:checked'
            : field
              ? `#${field}`
              : '#general-error';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  // ---- rendering ----------------------------------------------------------------------------------

  override render() {
    if (this.failure && !this.diarised) {
      const forbidden = this.failure === 'forbidden';
      return html`${renderStateView({
        state: this.failure,
        title: forbidden
          ? msg('You cannot diarise receipts here.', { id: 'receipt.no-access', desc: 'No access state' })
          : this.failure === 'offline'
            ? msg('No connection to e-Office.', { id: 'receipt.offline-title', desc: 'Offline state' })
            : msg('The receipt form could not be loaded.', {
                id: 'receipt.load-failed',
                desc: 'Load failure state',
              }),
        detail: forbidden
          ? msg('Diarising needs the receipt clerk (CRU) or officer role. Ask your e-Office administrator.', {
              id: 'receipt.no-access-detail',
              desc: 'What to do without access',
            })
          : undefined,
        retry: forbidden
          ? undefined
          : () => {
              this.failure = undefined;
              void this.#loadCategories();
            },
      })}${this.renderAnnouncer()}`;
    }
    const receipt = this.diarised;
    return html`${renderForm(this.#viewContext())}
    ${
      receipt
        ? html`<eo-send-dialog
            receipt-id=${receipt.id}
            file-number=${receipt.number}
            .client=${this.#client() as SendDialogClient | undefined}
          ></eo-send-dialog>`
        : nothing
    }
    ${this.renderAnnouncer()}`;
  }

  #viewContext(): ReceiptViewContext {
    const all = this.categories ?? this.loaded;
    const subs = this.categories
      ? this.categories.filter((c) => c.parentId !== null && c.parentId === this.typed.categoryId)
      : this.subLoaded;
    return {
      draft: this.typed,
      errors: this.errors,
      categories: all.filter((c) => c.parentId === null),
      subCategories: subs,
      senders: this.#offered(),
      scan: this.#scan.state,
      previewUrl: this.#scan.previewUrl,
      maxUploadBytes: this.maxUploadBytes,
      busy: this.busy,
      disabled: this.formDisabled,
      receipt: this.diarised,
      sent: this.sent,
      on: this.#handlers,
    };
  }

  readonly #handlers: ReceiptViewContext['on'] = {
    text: (field, value) => this.#update({ [field]: value }, [field]),
    choose: (field, value) => this.#update({ [field]: value }, [field]),
    category: (id) => {
      this.#update({ categoryId: id, subCategoryId: '' }, ['categoryId', 'subCategoryId']);
      this.subLoaded = [];
      if (id) void this.#loadSubCategories(id);
    },
    subCategory: (id) => this.#update({ subCategoryId: id }, ['subCategoryId']),
    senderInput: (value) => this.#senderInput(value),
    file: (file) => {
      if (file) void this.#scan.choose(file);
    },
    replace: () => this.#replace(),
    remove: () => this.#remove(),
    cancelUpload: () => this.#scan.cancel(),
    addEnclosure: () => {
      this.#update({ enclosures: [...this.typed.enclosures, { description: '', count: 1 }] }, ['enclosures']);
      const index = this.typed.enclosures.length - 1;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#enclosure-${index}`)?.focus(),
      );
    },
    enclosure: (index, description, count) =>
      this.#update(
        { enclosures: this.typed.enclosures.map((e, i) => (i === index ? { description, count } : e)) },
        ['enclosures'],
      ),
    removeEnclosure: (index) =>
      this.#update({ enclosures: this.typed.enclosures.filter((_, i) => i !== index) }, ['enclosures']),
    submit: (event) => this.#onSubmit(event),
    another: () => this.reset(),
    send: () => void this.#openSend(),
  };
}

declare global {
  interface HTMLElementEventMap {
    'eo-before-diarise': CustomEvent<BeforeDiariseDetail>;
    'eo-receipt-diarised': CustomEvent<ReceiptDiarisedDetail>;
    'eo-receipt-upload': CustomEvent<ReceiptUploadDetail>;
    'eo-receipt-error': CustomEvent<ReceiptErrorDetail>;
  }
}
