// Over 400 lines because the element class is the documented public surface (about 90 lines of JSDoc the
// manifest is generated from, 12 properties, form association, methods, 7 events) and the wiring of its
// parts: data in controller.ts, autosave in autosave.ts, the editor in editor.ts, the toolbar and its
// keyboard in toolbar.ts, lazily loaded parts in lazy-parts.ts, the view in view.ts.
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale, targetLocale, uiLocaleFor, type UiLocale } from '../shared/localization.js';
import type { LocalizedText } from '../shared/localized-text.js';
import { Autosave } from '../shared/editing-core/autosave.js';
import { adoptContentStyles } from '../shared/editing-core/content-styles.js';
import { NotesheetController, paragraphsOf, sameParagraphs } from './controller.js';
import type { NoteEditor } from '../shared/editing-core/editor.js';
import { looksHindi, paragraphsToHtml } from '../shared/editing-core/schema.js';
import { LazyParts } from './lazy-parts.js';
import { clockTime, dateTimeIn, noteBodies } from './view.js';
import { notesheetStyles } from './styles.js';
import { renderNotes, renderState, renderYellowOrReason, type NotesheetViewContext } from './view.js';
import type { Panel, Toolbar } from '../shared/editing-core/toolbar.js';
import type {
  CorrespondenceItem,
  Note,
  NoteConfirmedDetail,
  NoteDiscardedDetail,
  NoteSavedDetail,
  NotesheetClient,
  NotesheetErrorDetail,
  NotesheetState,
  ReferenceOpenDetail,
  SendRequestDetail,
} from './types.js';
import type * as EditingModule from '../shared/editing-core/editing.js';
import { parseInertHtml } from '../shared/inert-html.js';
import type * as SignStepModule from './sign-step.js';

/** The editor and its toolbar, loaded with import() when the note first becomes editable (see editing.ts). */
type Editing = typeof EditingModule;

/** Pause after typing before the yellow note is saved, in ms. */
const AUTOSAVE_DELAY = 1500;

/** The send dialog another module provides; used by tag name only. */
interface SendDialogElement extends HTMLElement {
  show(): Promise<unknown>;
}

/** The interface language each failure was first shown in (its server words are in that language). */
const errorLocales = new WeakMap<object, UiLocale>();

/**
 * The notesheet (नोटशीट) of an e-Office file: confirmed (green) notes with paragraph (अनुच्छेद) numbers
 * running across the whole notesheet, author, designation, time in IST and signature, and below them the
 * signed-in user's draft (yellow) note in a rich-text editor — bold, italic, underline, lists, simple
 * tables (rows × columns; Tab between cells; add or delete rows and columns), references to
 * correspondence (C/1 …) and earlier paragraphs, undo/redo — saved automatically (with a copy on this
 * device), confirmed (turned green), discarded, or confirmed and sent.
 *
 * Server mode: set `file-id` (with `.client`, or a page-wide client from `configure()`). Plain data:
 * set `.notes` (and `.correspondence`) to show a notesheet with no server. The editor is shown only to
 * the current holder of the file, never with `readonly`.
 *
 * The editing core (ProseMirror's view, commands and history, and the toolbar) is loaded with `import()`
 * when the note first becomes editable, so people who only read the green notes never download it.
 * Meanwhile the draft note says "Loading the editor…"; if the load fails (the network dropped) an alert
 * offers "Try again", and the text of the note is kept. `await el.updateComplete` also waits for that
 * load and the update after it, so the editor is ready once it resolves.
 *
 * Form-associated: in a `<form>` its value is the yellow note as HTML (one `<div class="eo-para">` per
 * paragraph); `required` makes an empty note invalid.
 *
 * @slot editor - Filled by the element itself with the editable area (light DOM, so selection and IME work).
 *
 * @fires eo-note-saved - The yellow note was saved on the server. `detail: { note }`.
 * @fires eo-note-confirmed - The yellow note turned green. `detail: { note, send }`.
 * @fires eo-note-discarded - The yellow note was discarded. `detail: { noteId }`.
 * @fires eo-reference-open - A reference was activated. `detail: { kind, label, targetId }`.
 * @fires eo-send-request - "Confirm and send" finished but `<eo-send-dialog>` is not defined on the page. `detail: { fileId, note }`.
 *
 * "Confirm and send" opens `<eo-send-dialog>` by tag name (its `eo-before-send`, `eo-file-sent` and
 * `eo-send-cancel` events bubble out of this element); after a send the notesheet reloads, read-only.
 * The package entry and the CDN bundle define it; a page importing only this element imports
 * `@eoffice/components/eo-send-dialog` too, or handles `eo-send-request` itself. (Not imported here:
 * every reader of the notesheet would load it, and most never send.)
 *
 * With `sign-before-send`, "confirm and send" first shows `<eo-signature-widget>` (mode `sign`, the
 * confirmed note, the same client; its events bubble out too); the send dialog opens once it fires
 * `eo-signed`, and the note shows its signature badge. On `eo-sign-cancel` or `eo-sign-error` the note
 * stays green and unsent, with a message and a "send without signing" button. The widget is used by tag
 * name too (pkijs makes it large): define it with `@eoffice/components/eo-signature-widget`; without it
 * the note is sent unsigned and a message says so.
 * @fires eo-notesheet-loaded - Server mode finished loading. `detail: null`.
 * @fires eo-notesheet-error - Loading failed. `detail: { error, state }`.
 *
 * @csspart notesheet - The whole notesheet.
 * @csspart heading - The file number and subject.
 * @csspart notes - The list of green notes.
 * @csspart note - One green note.
 * @csspart paragraph - One numbered paragraph of a green note.
 * @csspart signoff - Author, designation, time and signature of a note.
 * @csspart signature - The signature badge.
 * @csspart reference - A reference link in a green note.
 * @csspart yellow - The draft note: toolbar, editor, status and actions.
 * @csspart toolbar - The formatting toolbar.
 * @csspart button - Every button.
 * @csspart picker - The reference picker.
 * @csspart save-status - The save status (a polite live region).
 * @csspart conflict - Both versions after a conflicting save.
 * @csspart actions - Confirm, confirm and send, discard, print.
 * @csspart sign - Signing before sending (`sign-before-send`): the widget, a message, "send without signing".
 * @csspart status - Loading and error messages.
 * @csspart announcer - The polite live region for confirm and discard.
 *
 * @cssprop --eo-notesheet-bg - Background.
 * @cssprop --eo-notesheet-fg - Text colour.
 * @cssprop --eo-notesheet-muted - Secondary text (times, status).
 * @cssprop --eo-notesheet-border - Lines.
 * @cssprop --eo-notesheet-accent - Buttons, links, pressed toolbar buttons.
 * @cssprop --eo-notesheet-green-bg - Background of a green note.
 * @cssprop --eo-notesheet-green-border - Edge of a green note; verified badge.
 * @cssprop --eo-notesheet-yellow-bg - Background of the draft note.
 * @cssprop --eo-notesheet-yellow-border - Edge of the draft note.
 * @cssprop --eo-notesheet-error-fg - Errors, conflicts, unverified signatures.
 * @cssprop --eo-notesheet-focus - Focus ring colour.
 * @cssprop --eo-notesheet-gap - Space between notes.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-radius - Corner radius (global token).
 * @cssprop --eo-focus-ring-width - Width of the focus outline (global token).
 * @cssprop --eo-color-* - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them.
 */
export class EoNotesheetEditor extends EoElement {
  static override styles = [baseStyles, notesheetStyles];
  static formAssociated = true;
  /**
   * Loads the editing core (editing.ts). A seam for tests and stories, which replace it (or override it
   * in a subclass) to show a slow or failed load; not public API.
   * @internal
   */
  static loadEditing = (): Promise<Editing> => import('../shared/editing-core/editing.js');

  /** SDK client for server mode; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: NotesheetClient | undefined;

  /** Id of the file (`file_…`) whose notesheet is shown. */
  @property({ attribute: 'file-id' }) fileId: string | undefined;

  /** Notes to show with no server (plain-data mode); green ones in order, a yellow one in the editor. */
  @property({ attribute: false }) notes: Note[] | undefined;

  /** Correspondence of the file (plain-data mode), for the reference picker. */
  @property({ attribute: false }) correspondence: CorrespondenceItem[] | undefined;

  /** Shows the notesheet only, even to the holder of the file. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Disables the editor (also set by a disabled `<fieldset>`). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** In a form: an empty yellow note is invalid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Form field name. */
  @property({ reflect: true }) name: string | undefined;

  /** Language of the note text (`hi` or `en`); from the note's text or `<html lang>` when unset. */
  @property({ attribute: 'content-lang' }) contentLang: string | undefined;

  /** IANA time zone for times. */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  /** Pause after typing before saving, in ms. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = AUTOSAVE_DELAY;

  /**
   * "Confirm and send" signs the confirmed note with `<eo-signature-widget>` before the send dialog
   * opens. Cancelling or a failed signature leaves the note green and unsent, with a button to send it
   * unsigned. The widget is used by tag name: when the page has not defined it, the note is sent
   * unsigned and a message says so.
   */
  @property({ type: Boolean, attribute: 'sign-before-send' }) signBeforeSend = false;

  /** The reference picker or the table chooser, when one is open. */
  @state() private panel: Panel | undefined;
  /** The sign-before-send step, loaded with import() when a note is first to be signed (sign-step.ts). */
  #signStep: SignStepModule.SignBeforeSend | undefined;
  @state() private askDiscard = false;
  @state() private busy = false;
  /** Worded at render time (see LocalizedText), so it follows a language switch. */
  @state() private actionError: LocalizedText | undefined;
  @state() private sending = false;

  readonly #internals: ElementInternals;
  readonly #mount: HTMLDivElement;
  #editor: NoteEditor | undefined;
  /** What the editor holds while it is not mounted (before connection, after a move). */
  #paragraphs: string[] = [];
  /** The text loaded from the server, for a form reset. */
  #initial: string[] = [];
  #formDisabled = false;
  /** The editing core once loaded; the toolbar exists from then on, the editor while connected. */
  #editing: Editing | undefined;
  #loadingEditing: Promise<void> | undefined;
  #toolbar: Toolbar | undefined;
  /** Why the editing core did not load (shown with "Try again"); no new attempt until then. */
  @state() private editingError: unknown;
  readonly #rendered = new WeakMap<Note, HTMLElement[]>();
  /** Tables, their styles, the conflict and discard prompts and the reference picker, loaded when needed. */
  readonly #parts = new LazyParts({
    requestUpdate: () => this.requestUpdate(),
    failed: (error) => (this.actionError = this.#errorText(error)),
    tablesLoaded: (tables) => this.#editor?.enableTables(tables.support),
    styleRoots: () => [this.getRootNode(), this.renderRoot],
  });

  readonly #autosave = new Autosave({
    delay: () => this.autosaveDelay,
    save: () => this.#controller.save(this.paragraphs),
    blocked: () => !!this.#editor?.composing || !!this.#controller.conflict,
  });

  readonly #controller = new NotesheetController(this, {
    content: (paragraphs) => {
      this.#initial = paragraphs;
      this.#setParagraphs(paragraphs);
      if (this.#controller.restored) this.#autosave.schedule();
    },
    current: () => this.paragraphs,
    loaded: () => {
      this.emit('eo-notesheet-loaded', null);
      void this.#controller.verifySignatures();
    },
    failed: (error, state) => this.emit('eo-notesheet-error', { error, state }),
    saved: (note) => this.emit('eo-note-saved', { note }),
  });

  constructor() {
    super();
    this.#internals = this.attachInternals();
    this.#mount = document.createElement('div');
    this.#mount.slot = 'editor';
    this.#mount.className = 'eo-notesheet-editable';
  }

  // ---- public API -----------------------------------------------------------------------------

  /** The yellow note's paragraphs as the API takes them (NFC, blank ones left out). */
  get paragraphs(): string[] {
    return this.#editor ? this.#editor.paragraphs : this.#paragraphs;
  }

  /** The yellow note as HTML: one `<div class="eo-para">` per paragraph (the form value). */
  get value(): string {
    return paragraphsToHtml(this.paragraphs);
  }

  set value(html: string) {
    const holder = parseInertHtml(html).body;
    const paras = [...holder.querySelectorAll(':scope > div.eo-para')].map((d) => d.innerHTML);
    this.#setParagraphs(paras.length > 0 ? paras : html ? [html] : []);
    this.#changed();
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

  /** The state shown now. */
  get currentState(): NotesheetState {
    if (this.#serverMode) return this.#controller.state;
    return this.notes ? 'ready' : 'idle';
  }

  /** The save status of the yellow note. */
  get saveStatus() {
    return this.#controller.saveStatus;
  }

  /** Green notes shown, in notesheet order. */
  get greenNotes(): readonly Note[] {
    if (this.#serverMode) return this.#controller.greens;
    return (this.notes ?? [])
      .filter((n) => n.status === 'green')
      .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
  }

  /** The user's yellow note as last saved, if any. */
  get yellowNote(): Note | undefined {
    if (this.#serverMode) return this.#controller.yellow;
    return this.notes?.find((n) => n.status === 'yellow');
  }

  /** Whether the editor is shown and editable. */
  get editable(): boolean {
    if (this.readonly || this.disabled || this.#formDisabled) return false;
    if (this.#serverMode) return this.#controller.state === 'ready' && this.#controller.holds && !this.busy;
    return this.notes !== undefined;
  }

  /** The editable element (light DOM), e.g. to focus it. */
  get editableElement(): HTMLElement {
    return this.#mount;
  }

  /** Saves pending changes now. */
  async save(): Promise<void> {
    await this.#autosave.flush().catch(() => undefined);
  }

  /** Loads the notesheet again. */
  async refresh(): Promise<void> {
    await this.#autosave.flush().catch(() => undefined);
    await this.#controller.reload();
  }

  /** Confirms the yellow note (turns it green); with `send`, opens the send dialog afterwards. */
  async confirm(options: { send?: boolean } = {}): Promise<Note | undefined> {
    return this.#confirm(options.send ?? false);
  }

  /** Discards the yellow note without asking (the discard button asks first). */
  async discard(): Promise<void> {
    this.askDiscard = false;
    this.busy = true;
    this.actionError = undefined;
    this.#autosave.cancel();
    try {
      const noteId = await this.#controller.discard();
      this.announce(() => msg('The draft note was discarded.', { id: 'notesheet.discarded' }));
      this.emit('eo-note-discarded', { noteId });
    } catch (error) {
      this.actionError = this.#errorText(error);
    } finally {
      this.busy = false;
    }
  }

  /** Resolves a save conflict: keep this window's text (overwriting) or take the saved version. */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    await this.#controller.resolve(choice);
  }

  // ---- form-associated callbacks ----------------------------------------------------------------

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#editor?.refresh();
    this.requestUpdate();
  }

  formResetCallback(): void {
    this.#setParagraphs(this.#initial);
    this.#changed();
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    adoptContentStyles(this.getRootNode());
    if (this.#mount.parentNode !== this) this.append(this.#mount);
    this.#createEditor();
    this.#loadEditing();
    this.#parts.adoptTableStyles();
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('pagehide', this.#onPageHide);
    this.#autosave.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('pagehide', this.#onPageHide);
    if (this.#editor) {
      this.#paragraphs = this.#editor.paragraphs;
      this.#editor.destroy();
      this.#editor = undefined;
    }
    // The text is on this device already; send what is pending if the connection allows.
    this.#autosave.suspend();
    void this.#autosave.flush().catch(() => undefined);
  }

  readonly #onOnline = (): void => {
    if (this.#controller.saveStatus === 'offline') this.#autosave.schedule();
  };

  readonly #onPageHide = (): void => {
    void this.#autosave.flush().catch(() => undefined);
  };

  get #serverMode(): boolean {
    return !!this.fileId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.#controller.conflict) void this.#parts.loadPrompts();
    if ((changed.has('fileId') || changed.has('client')) && this.fileId) {
      this.#autosave.cancel();
      void this.#controller.load(this.fileId, this.resolveClient(this.client));
    }
    if (changed.has('notes') && !this.#serverMode) {
      const paragraphs = paragraphsOf(this.notes?.find((n) => n.status === 'yellow'));
      this.#initial = paragraphs;
      this.#setParagraphs(paragraphs);
    }
  }

  protected override updated(): void {
    // Any table shown needs the table styles; one in the editor (loaded, restored, pasted) also needs
    // the table tools to edit it. Every editor change updates the element.
    const editingTable = !!this.#editor && !!this.#mount.querySelector('table');
    if (!this.#parts.tableStylesRequested && (editingTable || this.renderRoot.querySelector('table')))
      this.#parts.loadTableStyles();
    if (!this.#parts.tablesRequested && editingTable) void this.#parts.loadTables();
    // In server mode the note becomes editable only once the notesheet is loaded and the user holds it.
    this.#loadEditing();
    this.#editor?.refresh();
    this.#mount.hidden = !this.editable || !this.#editor;
    this.#updateForm();
  }

  /**
   * `await el.updateComplete` also waits for an editing core that is loading and the update after it,
   * so hosts (and tests) find a working editor. Each pass waits for one load, which settles; a failed
   * one is retried only from "Try again", so this ends.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loadingEditing) {
      await this.#loadingEditing;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Starts loading the editing core once the note is editable on the page; after a failure, only "Try again" does. */
  #loadEditing(): void {
    if (this.#editing || this.#loadingEditing || this.editingError || !this.isConnected || !this.editable)
      return;
    this.#loadingEditing = (this.constructor as typeof EoNotesheetEditor)
      .loadEditing()
      .then(
        (editing) => {
          this.#editing = editing;
          this.#toolbar = new editing.Toolbar(
            this,
            () => this.#editor,
            () => this.#parts.tables?.tableTools,
          );
          this.#createEditor();
        },
        (error: unknown) => {
          // The text stays in #paragraphs (and on this device); nothing is lost.
          this.editingError = error ?? new Error('The editor could not be loaded.');
        },
      )
      .finally(() => {
        this.#loadingEditing = undefined;
        this.requestUpdate();
      });
  }

  readonly #retryEditing = (): void => {
    this.editingError = undefined;
    this.#loadEditing();
  };

  /** Mounts the editor with the text held meanwhile, once the editing core is loaded and while connected. */
  #createEditor(): void {
    const editing = this.#editing;
    if (!editing || this.#editor || !this.isConnected) return;
    this.#editor = new editing.NoteEditor({
      mount: this.#mount,
      paragraphs: this.#paragraphs,
      attributes: () => this.#editableAttributes(),
      editable: () => this.editable,
      changed: () => this.#changed(),
      selected: () => this.requestUpdate(),
      composed: () => this.#changed(),
    });
    if (this.#parts.tables) this.#editor.enableTables(this.#parts.tables.support);
  }

  // ---- editing ----------------------------------------------------------------------------------

  #setParagraphs(paragraphs: string[]): void {
    this.#paragraphs = paragraphs;
    this.#editor?.setParagraphs(paragraphs);
    this.#updateForm();
    this.requestUpdate();
  }

  /** Opens a panel (loading its chunk the first time) or closes it. */
  readonly #toggle = async (panel: Panel): Promise<void> => {
    const opening = this.panel !== panel;
    this.panel = undefined;
    if (!opening) return;
    if (!(await (panel === 'reference' ? this.#parts.loadReferences() : this.#parts.loadTables()))) return;
    this.panel = panel;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#table-chooser input')?.focus();
  };

  /** Escape in a panel: close it and give the focus back to its tool. */
  #closePanel(): void {
    const tool = this.panel;
    this.panel = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-tool="${tool}"]`)?.focus(),
    );
  }

  /** After every change: a copy on this device now, the server after a pause. */
  #changed(): void {
    this.#updateForm();
    if (!this.#serverMode || this.#controller.state !== 'ready') return;
    if (this.#editor?.composing) return;
    const paragraphs = this.paragraphs;
    const saved = paragraphsOf(this.#controller.yellow);
    if (sameParagraphs(paragraphs, saved) && !this.#controller.conflict && !this.#controller.restored) return;
    void this.#controller.keepLocal(paragraphs);
    if (!this.#controller.conflict && this.#controller.saveStatus !== 'saving') {
      this.#controller.saveStatus = 'pending';
    }
    this.#autosave.schedule();
    this.requestUpdate();
  }

  #updateForm(): void {
    const paragraphs = this.paragraphs;
    this.#internals.setFormValue(paragraphs.length > 0 ? paragraphsToHtml(paragraphs) : '');
    if (this.required && paragraphs.length === 0) {
      this.#internals.setValidity(
        { valueMissing: true },
        msg('Write the note before submitting.', { id: 'notesheet.required' }),
        this.#mount,
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  #contentLang(): string {
    if (this.contentLang) return this.contentLang;
    const text = this.#editor?.doc.textContent ?? this.#paragraphs.join(' ');
    if (text.trim()) return looksHindi(text) ? 'hi' : 'en';
    return uiLocaleFor(document.documentElement.lang);
  }

  #editableAttributes(): Record<string, string> {
    return {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': msg('Draft note (yellow) — paragraphs are numbered', {
        id: 'notesheet.editor.label',
      }),
      lang: this.#contentLang(),
      class: 'eo-notesheet-editable',
      style: `counter-reset: eo-para ${this.#lastParagraph}`,
      spellcheck: 'true',
    };
  }

  get #lastParagraph(): number {
    let last = 0;
    for (const note of this.greenNotes) for (const p of note.paragraphs) last = Math.max(last, p.number ?? 0);
    return last;
  }

  // ---- actions ----------------------------------------------------------------------------------

  async #confirm(send: boolean): Promise<Note | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.actionError = undefined;
    this.#signStep?.reset();
    try {
      await this.#autosave.flush().catch(() => undefined);
      const c = this.#controller;
      if (c.conflict) {
        this.actionError = () =>
          msg('Choose a version of the note first.', { id: 'notesheet.confirm.conflict' });
        return undefined;
      }
      if (!c.yellow || !sameParagraphs(this.paragraphs, paragraphsOf(c.yellow))) {
        const empty = this.paragraphs.length === 0;
        this.actionError = () =>
          empty
            ? msg('Write the note before confirming it.', { id: 'notesheet.confirm.empty' })
            : msg('The note is not saved yet, so it cannot be confirmed. Try again when it is saved.', {
                id: 'notesheet.confirm.unsaved',
              });
        return undefined;
      }
      const note = await c.confirm();
      const numbers = note.paragraphs.map((p) => p.number ?? 0);
      const first = Math.min(...numbers);
      const last = Math.max(...numbers);
      this.announce(() =>
        first === last
          ? msg(str`The note was confirmed as paragraph ${first}.`, { id: 'notesheet.confirmed.one' })
          : msg(str`The note was confirmed as paragraphs ${first}–${last}.`, {
              id: 'notesheet.confirmed.many',
            }),
      );
      this.emit('eo-note-confirmed', { note, send });
      if (send) void (this.signBeforeSend ? this.#signThenSend(note) : this.#openSend(note));
      return note;
    } catch (error) {
      this.actionError = this.#errorText(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  async #openSend(note: Note): Promise<void> {
    const fileId = this.fileId ?? note.fileId;
    if (!customElements.get('eo-send-dialog')) {
      this.emit('eo-send-request', { fileId, note });
      return;
    }
    this.sending = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<SendDialogElement>('eo-send-dialog');
    if (!dialog) return;
    try {
      await dialog.show();
    } catch (error) {
      console.warn('@eoffice/components: the send dialog could not open', error);
      this.emit('eo-send-request', { fileId, note });
    } finally {
      this.sending = false;
    }
  }

  /** Shows `<eo-signature-widget>` for the confirmed note; the send dialog follows a signature. */
  async #signThenSend(note: Note): Promise<void> {
    try {
      const { SignBeforeSend } = await import('./sign-step.js');
      this.#signStep ??= new SignBeforeSend({
        requestUpdate: () => this.requestUpdate(),
        updated: () => this.updateComplete,
        renderRoot: this.renderRoot,
        client: () => this.#controller.client,
        signed: (noteId, signatureId) => this.#controller.signed(noteId, signatureId),
        send: (signed) => this.#openSend(signed),
      });
    } catch (error) {
      this.actionError = this.#errorText(error);
      return;
    }
    await this.#signStep.start(note);
  }

  /** After the dialog sent the file it is no longer with this user: reload (now read-only). */
  readonly #onFileSent = (): void => {
    void this.#controller.reload();
  };

  /**
   * What to say about a failed request. The server's words (problem detail) are in the language the
   * request asked for, so they are shown only while that language is in force.
   */
  #errorText(error: unknown): LocalizedText {
    const problem = (error as { problem?: { detail?: string; title?: string } } | null)?.problem;
    const detail = problem?.detail ?? problem?.title;
    // The language in force when the failure was first shown: a save error is worded on each render.
    let asked = targetLocale();
    if (error && typeof error === 'object') {
      asked = errorLocales.get(error) ?? asked;
      errorLocales.set(error, asked);
    }
    return () =>
      detail && currentLocale() === asked
        ? msg(str`The request failed: ${detail}`, { id: 'notesheet.error.detail' })
        : msg('The request failed.', { id: 'notesheet.error.generic' });
  }

  // ---- references -------------------------------------------------------------------------------

  get #correspondence(): CorrespondenceItem[] {
    return this.#serverMode ? this.#controller.correspondence : (this.correspondence ?? []);
  }

  #onReferenceClick(event: MouseEvent): void {
    const link = (event.target as HTMLElement).closest?.('a[data-ref]');
    if (!link) return;
    event.preventDefault();
    const label = link.getAttribute('data-ref') ?? '';
    void this.#parts
      .loadReferences()
      .then(
        (refs) =>
          refs &&
          this.emit('eo-reference-open', refs.referenceTarget(label, this.greenNotes, this.#correspondence)),
      );
  }

  #insertReference(ref: string, text: string): void {
    this.panel = undefined;
    this.#toolbar?.insertReference(ref, text);
  }

  // ---- rendering --------------------------------------------------------------------------------

  #viewContext(): NotesheetViewContext {
    return {
      controller: this.#controller,
      readonly: this.readonly,
      editable: this.editable,
      serverMode: this.#serverMode,
      busy: this.busy,
      actionError: this.actionError?.(),
      askDiscard: this.askDiscard,
      editingError: this.editingError,
      panel: this.panel,
      greenNotes: this.greenNotes,
      paragraphs: this.paragraphs,
      correspondence: this.#correspondence,
      lastParagraph: this.#lastParagraph,
      editor: this.#editor,
      toolbar: this.#toolbar,
      prompts: this.#parts.prompts,
      references: this.#parts.references,
      tables: this.#parts.tables,
      bodies: (note) => noteBodies(this.#rendered, note),
      dateTime: (value) => dateTimeIn(value, this.timeZone),
      time: (date) => clockTime(date, this.timeZone),
      errorText: (error) => this.#errorText(error)(),
      on: this.#handlers,
    };
  }

  readonly #handlers: NotesheetViewContext['on'] = {
    confirm: (send) => this.#confirm(send),
    discard: () => this.discard(),
    askToDiscard: () => void this.#askToDiscard(),
    keepNote: () => (this.askDiscard = false),
    resolveConflict: (choice) => this.resolveConflict(choice),
    toggle: (panel) => this.#toggle(panel),
    closePanel: () => this.#closePanel(),
    insertReference: (ref, text) => this.#insertReference(ref, text),
    insertTable: (rows, columns) => {
      this.panel = undefined;
      this.#editor?.run(this.#parts.tables?.insertTable(rows, columns) ?? (() => false));
    },
    retryEditing: () => this.#retryEditing(),
  };

  override render() {
    const state = this.currentState;
    const file = this.#controller.file;
    const ctx = this.#viewContext();
    return html`<div part="notesheet" @click=${this.#onReferenceClick}>
      <h2 part="heading">
        ${
          file
            ? msg(str`Notesheet — ${file.number}`, {
                id: 'notesheet.heading.file',
                desc: 'Heading with the file number, e.g. "Notesheet — A-43020/12/2026-Estt."',
              })
            : msg('Notesheet', { id: 'notesheet.heading' })
        }
      </h2>
      ${file ? html`<p class="muted" lang=${ifDefined(looksHindi(file.subject) ? 'hi' : undefined)}>${file.subject}</p>` : nothing}
      ${state === 'ready' ? renderNotes(ctx) : renderState(ctx, state)} ${this.#signStep?.render() ?? nothing}
      ${state === 'ready' ? renderYellowOrReason(ctx) : nothing} ${this.renderAnnouncer()}
      ${
        this.sending
          ? html`<eo-send-dialog
              .fileId=${this.fileId ?? this.#controller.file?.id}
              .priority=${this.#controller.file?.priority}
              .client=${this.#controller.client as never}
              @eo-file-sent=${this.#onFileSent}
            ></eo-send-dialog>`
          : nothing
      }
    </div>`;
  }

  readonly #askToDiscard = async (): Promise<void> => {
    if (!(await this.#parts.loadPrompts())) return;
    this.askDiscard = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.discard-prompt .keep')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-notesheet-editor': EoNotesheetEditor;
  }
  interface HTMLElementEventMap {
    'eo-note-saved': CustomEvent<NoteSavedDetail>;
    'eo-note-confirmed': CustomEvent<NoteConfirmedDetail>;
    'eo-note-discarded': CustomEvent<NoteDiscardedDetail>;
    'eo-reference-open': CustomEvent<ReferenceOpenDetail>;
    'eo-send-request': CustomEvent<SendRequestDetail>;
    'eo-notesheet-loaded': CustomEvent<null>;
    'eo-notesheet-error': CustomEvent<NotesheetErrorDetail>;
  }
}
