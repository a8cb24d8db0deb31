// Over 400 lines because the element class is the documented public surface (JSDoc for the manifest,
// show()/cancel(), events) and the form's behaviour (choosing, validating, sending once); the view is in
// view.ts, the focus trap in keyboard.ts, the search in recipient-search.ts, the errors in errors.ts.
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { newIdempotencyKey } from '@eoffice/sdk';
import '../eo-priority-badge/define.js';
import { today } from '../shared/dates.js';
import { dateProblemText, emptyDateEntry, parseIndianDate, type DateEntry } from '../shared/date-input.js';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { sendErrors, type SendErrors } from './errors.js';
import { keepTabInside } from './keyboard.js';
import { characters, COPIES_MAX, PRIORITIES, REMARKS_MAX } from './limits.js';
import { RecipientSearch } from './recipient-search.js';
import { sendDialogStyles } from './styles.js';
import { renderDialog, type SendViewContext } from './view.js';
import type {
  BeforeReceiptSendDetail,
  BeforeSendDetail,
  FileSentDetail,
  ReceiptSentDetail,
  Recipient,
  SendCancelDetail,
  SendDialogClient,
  SendField,
  SendMovement,
  SendPriority,
  SendRequest,
} from './types.js';

/** Debounce of the recipient search, in milliseconds. */
const SEARCH_DELAY = 250;

export { COPIES_MAX, REMARKS_MAX };

const FIELD_ORDER: readonly SendField[] = ['to', 'copyTo', 'remarks', 'priority', 'dueDate'];

/** The focused element, looking inside shadow roots, so focus can go back to a button in another component. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal dialog to send (mark) an e-Office file onward: one main recipient who becomes its
 * holder, optional copies for information (सूचनार्थ प्रति), remarks (टीप), priority (सामान्य /
 * तत्काल / अति तत्काल) and a due date. Recipients are searched by name, designation, marking or
 * section, in Hindi or English, through the SDK's recipient search.
 *
 * Open it with `show()`, which resolves with the main movement once the file is sent, or `null`
 * when the user cancels. Errors from the server (not the holder, a recipient refused, a due date in
 * the past) are shown next to the fields they concern; nothing typed is lost. A double click sends
 * once: the button is disabled while sending and a retry of the same request reuses its
 * Idempotency-Key.
 *
 * @fires eo-before-send - Cancelable, before anything is sent. `detail: { fileId, request }`; call `preventDefault()` and nothing is sent (the dialog stays open).
 * @fires eo-file-sent - The file was sent. `detail: { fileId, file, movements }` as `client.files.send` returned them.
 * @fires eo-before-receipt-send - Cancelable, before a receipt (`receipt-id`) is sent. `detail: { receiptId, request }`.
 * @fires eo-receipt-sent - The receipt was sent. `detail: { receiptId, receipt, movements }` as `client.receipts.send` returned them.
 * @fires eo-send-cancel - The user closed the dialog without sending (Cancel or Escape). `detail: { fileId }`.
 *
 * @csspart dialog - The `<dialog>` element (style `::backdrop` through `--eo-send-backdrop`).
 * @csspart form - The form inside the dialog.
 * @csspart title - The heading.
 * @csspart field - Each field with its label, hint and error.
 * @csspart input - Text, date and search inputs and the remarks box.
 * @csspart search - The two recipient search inputs (with `input`).
 * @csspart listbox - The list of matching posts.
 * @csspart option - One matching post; the active one also has `active-option`.
 * @csspart active-option - The option under the keyboard cursor.
 * @csspart chosen - The list of chosen recipients.
 * @csspart counter - The remarks character counter.
 * @csspart error - Each error message (per field and general).
 * @csspart actions - The Send and Cancel buttons' row.
 * @csspart button - Every button.
 * @csspart send-button - The Send button (with `button`).
 * @csspart cancel-button - The Cancel button (with `button`).
 *
 * @cssprop --eo-send-bg - Background of the dialog.
 * @cssprop --eo-send-fg - Text colour.
 * @cssprop --eo-send-muted - Hints, counter and section names.
 * @cssprop --eo-send-border - Borders of the dialog and inputs.
 * @cssprop --eo-send-accent - Send button and the active option outline.
 * @cssprop --eo-send-accent-fg - Text on the Send button.
 * @cssprop --eo-send-active-bg - Background of the active option.
 * @cssprop --eo-send-error-fg - Error text and invalid borders.
 * @cssprop --eo-send-focus - Focus ring colour.
 * @cssprop --eo-send-backdrop - Backdrop behind the modal dialog.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-radius - Corner radius (global token).
 * @cssprop --eo-focus-ring-width - Width of the focus outline (global token).
 * @cssprop --eo-color-* - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them.
 */
export class EoSendDialog extends EoElement {
  static override styles = [baseStyles, sendDialogStyles];

  /** Id of the file (`file_…`) to send. */
  @property({ attribute: 'file-id' }) fileId: string | undefined;

  /**
   * Id of a receipt (`rcpt_…`) to send instead of a file, through `client.receipts.send`; used when
   * `file-id` is not set (the "Diarise and send" of `<eo-receipt-form>`).
   */
  @property({ attribute: 'receipt-id' }) receiptId: string | undefined;

  /** File number shown under the title, e.g. `L-42011/27/2026-MW` (optional). */
  @property({ attribute: 'file-number' }) fileNumber: string | undefined;

  /** SDK client; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: SendDialogClient | undefined;

  /** Which of the user's posts sends, when they hold several (including on charge). */
  @property({ attribute: 'from-post-id' }) fromPostId: string | undefined;

  /** Milliseconds the recipient search waits after the last keystroke. */
  @property({ type: Number, attribute: 'search-delay' }) searchDelay = SEARCH_DELAY;

  /**
   * The file's priority now (`normal`, `immediate` or `most_immediate`), which the form proposes. A
   * portal that learns it after opening the dialog may set it late: the form follows it until the user
   * picks a priority, and a pick is never replaced. Until it is known (unset) the form proposes
   * `normal`.
   */
  @property() priority: SendPriority | undefined;

  /** IANA time zone in which "today" is the earliest due date; the server checks in IST. */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  @state() private to: Recipient | undefined;
  @state() private copies: Recipient[] = [];
  @state() private remarks = '';
  /** The priority the user picked in this form; undefined until they pick one. */
  @state() private chosenPriority: SendPriority | undefined;
  @state() private dueDate: DateEntry = emptyDateEntry;
  @state() private dueDateChecked = false;
  @state() private errors: SendErrors = { fields: {}, general: undefined };
  @state() private sending = false;

  @query('dialog') private dialog!: HTMLDialogElement | null;

  /** The main recipient's search box. */
  readonly toSearch = new RecipientSearch(this, this.#searchOptions());
  /** The copies' search box. */
  readonly copySearch = new RecipientSearch(this, this.#searchOptions());

  #resolve: ((movement: SendMovement | null) => void) | undefined;
  #opened: Promise<SendMovement | null> | undefined;
  #opener: HTMLElement | null = null;
  #formFileId: string | undefined;
  #key: { body: string; value: string } | undefined;
  /** Set synchronously on the first click so a second click in the same frame cannot send again. */
  #inFlight = false;

  #searchOptions() {
    return {
      client: () => this.#client(),
      delay: () => this.searchDelay,
      language: () => currentLocale(),
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A dialog removed from the page while open counts as cancelled, so `show()` always settles.
    if (this.#resolve) this.#settle(null);
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** The request the form would send now (without checking it). */
  get request(): SendRequest | undefined {
    if (!this.to) return undefined;
    const request: SendRequest = { to: this.to.post.id, priority: this.#priority };
    if (this.copies.length > 0) request.copyTo = this.copies.map((c) => c.post.id);
    const remarks = this.remarks.normalize('NFC').trim();
    if (remarks) request.remarks = remarks;
    if (this.dueDate.value) request.dueDate = this.dueDate.value;
    if (this.fromPostId) request.fromPostId = this.fromPostId;
    return request;
  }

  /**
   * Opens the dialog as a modal. Resolves with the main `send` movement once the file is sent, or
   * `null` when the user cancels. Calling it while open returns the same promise.
   */
  async show(): Promise<SendMovement | null> {
    if (this.#opened) return this.#opened;
    if (!this.isConnected) throw new Error('<eo-send-dialog> must be in the document before show().');
    this.#opener = deepActiveElement();
    // A cancelled form is kept for the same file (nothing typed is lost); a new file starts afresh.
    if (this.#formFileId !== this.#target) this.#resetForm();
    this.#formFileId = this.#target;
    this.#opened = new Promise((resolve) => {
      this.#resolve = resolve;
    });
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.#focusFirst();
    return this.#opened;
  }

  /** Closes the dialog as the Cancel button does. */
  cancel(): void {
    if (!this.#resolve || this.sending) return;
    this.dialog?.close();
    this.#cancelled();
  }

  /** What is sent: the file, else the receipt. */
  get #target(): string | undefined {
    return this.fileId ?? this.receiptId;
  }

  /** The user's pick, else the file's priority, else `normal`. */
  get #priority(): SendPriority {
    return (
      this.chosenPriority ?? (this.priority && PRIORITIES.includes(this.priority) ? this.priority : 'normal')
    );
  }

  #client(): SendDialogClient | undefined {
    return this.resolveClient(this.client);
  }

  #resetForm(): void {
    this.to = undefined;
    this.copies = [];
    this.remarks = '';
    this.chosenPriority = undefined;
    this.dueDate = emptyDateEntry;
    this.dueDateChecked = false;
    this.errors = { fields: {}, general: undefined };
    this.#key = undefined;
    this.toSearch.reset();
    this.copySearch.reset();
  }

  #focusFirst(): void {
    const root = this.renderRoot;
    const target = root.querySelector<HTMLElement>('#to-input, #to-change');
    target?.focus();
  }

  #settle(movement: SendMovement | null): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    this.#opened = undefined;
    this.toSearch.stop();
    this.copySearch.stop();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    resolve?.(movement);
  }

  #cancelled(): void {
    if (!this.#resolve) return;
    this.#settle(null);
    this.emit('eo-send-cancel', { fileId: this.fileId });
  }

  // ---- choosing recipients ------------------------------------------------------------------

  get #taken(): Set<string> {
    const ids = this.copies.map((c) => c.post.id);
    if (this.to) ids.push(this.to.post.id);
    return new Set(ids);
  }

  #chooseMain(recipient: Recipient): void {
    this.to = recipient;
    this.toSearch.reset();
    this.#clearError('to');
    // Focus the chosen post's Change button so keyboard users stay in place.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#to-change')?.focus());
  }

  #changeMain(): void {
    this.to = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#to-input')?.focus());
  }

  #addCopy(recipient: Recipient): void {
    if (this.copies.length >= COPIES_MAX) return;
    this.copies = [...this.copies, recipient];
    this.copySearch.reset();
    this.#clearError('copyTo');
  }

  #removeCopy(recipient: Recipient): void {
    this.copies = this.copies.filter((c) => c.post.id !== recipient.post.id);
    this.#clearError('copyTo');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#copy-input')?.focus());
  }

  #clearError(field: SendField): void {
    if (!this.errors.fields[field]) return;
    const fields = Object.fromEntries(
      Object.entries(this.errors.fields).filter(([key]) => key !== field),
    ) as SendErrors['fields'];
    this.errors = { ...this.errors, fields };
  }

  // ---- sending ------------------------------------------------------------------------------

  /** Checks the form as the contract would, so obvious mistakes never reach the server. */
  #validate(): SendErrors['fields'] {
    const fields: SendErrors['fields'] = {};
    if (!this.to) {
      fields.to = () =>
        msg('Choose the post to send the file to.', { desc: 'Field error: no main recipient' });
    }
    const over = characters(this.remarks.trim()) - REMARKS_MAX;
    if (over > 0) {
      fields.remarks = () =>
        msg(str`The remarks are ${over} characters too long.`, {
          desc: 'Field error: remarks over the limit by N characters',
        });
    }
    const due = parseIndianDate(this.dueDate.text, { min: today(this.timeZone) });
    if (due.problem === 'before-min') {
      fields.dueDate = () =>
        msg('The due date cannot be in the past.', {
          desc: 'Field error: due date before today',
        });
    } else if (due.problem) {
      const problem = due.problem;
      fields.dueDate = () => dateProblemText(problem);
    }
    return fields;
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#inFlight) return;
    const fields = this.#validate();
    if (Object.keys(fields).length > 0 || !this.#target) {
      this.errors = {
        fields,
        general: this.#target
          ? undefined
          : () => msg('No file to send.', { desc: 'The dialog has no file-id' }),
      };
      this.#focusFirstError();
      return;
    }
    const request = this.request as SendRequest;
    const fileId = this.fileId;
    const receiptId = fileId ? undefined : this.receiptId;
    const allowed = receiptId
      ? this.emit('eo-before-receipt-send', { receiptId, request }, { cancelable: true })
      : this.emit('eo-before-send', { fileId: fileId as string, request }, { cancelable: true });
    if (!allowed) return;
    const client = this.#client();
    if (!client || (receiptId && !client.receipts)) {
      this.errors = {
        fields: {},
        general: () =>
          msg('No connection to e-Office is set up on this page.', {
            desc: 'No SDK client configured',
          }),
      };
      return;
    }
    // The same request sent again (after a network error, say) carries the same key, so the server
    // answers with the first result instead of sending twice. A changed request gets a new key.
    const body = JSON.stringify(request);
    if (this.#key?.body !== body) this.#key = { body, value: newIdempotencyKey() };
    this.#inFlight = true;
    this.sending = true;
    this.errors = { fields: {}, general: undefined };
    try {
      const options = { idempotencyKey: this.#key.value, headers: { 'accept-language': currentLocale() } };
      const result =
        receiptId && client.receipts
          ? await client.receipts.send(receiptId, request, options)
          : await client.files.send(fileId as string, request, options);
      const main = result.movements.find((m) => m.kind === 'main') ?? result.movements[0] ?? null;
      this.#key = undefined;
      this.dialog?.close();
      this.#formFileId = undefined;
      this.#resetForm();
      this.#settle(main);
      if ('receipt' in result && receiptId)
        this.emit('eo-receipt-sent', { receiptId, receipt: result.receipt, movements: result.movements });
      else if ('file' in result)
        this.emit('eo-file-sent', {
          fileId: fileId as string,
          file: result.file,
          movements: result.movements,
        });
    } catch (error) {
      this.errors = sendErrors(error);
      this.#focusFirstError();
    } finally {
      this.#inFlight = false;
      this.sending = false;
    }
  }

  #focusFirstError(): void {
    void this.updateComplete.then(() => {
      const field = FIELD_ORDER.find((f) => this.errors.fields[f]);
      const target: Record<SendField, string> = {
        to: this.to ? '#to-change' : '#to-input',
        copyTo: '#copy-input',
        remarks: '#remarks',
        priority: 'input[name="priority"]:checked',
        dueDate: '#due-date',
      };
      const selector = field ? target[field] : '#general-error';
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    });
  }

  // ---- dialog behaviour ---------------------------------------------------------------------

  #onCancelEvent(event: Event): void {
    // Escape while the request is in flight would leave its outcome unknown to the user.
    if (this.sending) event.preventDefault();
  }

  #onClose(): void {
    // Closed by Escape or by the browser: the same as Cancel. A successful send settled already.
    this.#cancelled();
  }

  /** Keeps Tab inside the dialog (see keyboard.ts). */
  #onKeydown(event: KeyboardEvent): void {
    const dialog = this.dialog;
    if (!dialog) return;
    keepTabInside(
      event,
      dialog,
      this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null,
    );
  }

  override render() {
    return renderDialog(this.#viewContext());
  }

  #viewContext(): SendViewContext {
    return {
      to: this.to,
      copies: this.copies,
      remarks: this.remarks,
      priority: this.#priority,
      dueDate: this.dueDate,
      dueDateChecked: this.dueDateChecked,
      errors: this.errors,
      sending: this.sending,
      fileNumber: this.fileNumber,
      receipt: !this.fileId && Boolean(this.receiptId),
      timeZone: this.timeZone,
      toSearch: this.toSearch,
      copySearch: this.copySearch,
      taken: this.#taken,
      on: this.#handlers,
    };
  }

  readonly #handlers: SendViewContext['on'] = {
    chooseMain: (recipient) => this.#chooseMain(recipient),
    changeMain: () => this.#changeMain(),
    addCopy: (recipient) => this.#addCopy(recipient),
    removeCopy: (recipient) => this.#removeCopy(recipient),
    clearError: (field) => this.#clearError(field),
    remarks: (value) => (this.remarks = value),
    priority: (value) => (this.chosenPriority = value),
    dueDate: (entry, left) => {
      this.dueDate = entry;
      if (left) this.dueDateChecked = true;
    },
    submit: (event) => void this.#onSubmit(event),
    cancel: () => this.cancel(),
    cancelEvent: (event) => this.#onCancelEvent(event),
    close: () => this.#onClose(),
    keydown: (event) => this.#onKeydown(event),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-send-dialog': EoSendDialog;
  }
  interface HTMLElementEventMap {
    'eo-before-send': CustomEvent<BeforeSendDetail>;
    'eo-before-receipt-send': CustomEvent<BeforeReceiptSendDetail>;
    'eo-receipt-sent': CustomEvent<ReceiptSentDetail>;
    'eo-file-sent': CustomEvent<FileSentDetail>;
    'eo-send-cancel': CustomEvent<SendCancelDetail>;
  }
}
