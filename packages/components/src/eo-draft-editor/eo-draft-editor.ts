// Over 400 lines because the element class is the documented public surface (JSDoc the manifest is
// generated from, its properties and events) and the wiring of its parts: data in controller.ts, the
// letter in letter-view.ts, the panels in views.ts, the body format in draft-body.ts, the comparison in
// word-diff.ts; the editing core is shared with the notesheet (shared/editing-core/, loaded lazily).
import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { renderStateView } from '../shared/state-view.js';
import type { DateEntry } from '../shared/date-input.js';
import { errorKind as errorKindOf } from '../shared/error-kind.js';
import type { Autosave } from '../shared/editing-core/autosave.js';
import type * as ComposeModule from './compose.js';
import type { NoteEditor } from '../shared/editing-core/editor.js';
import type { Toolbar } from '../shared/editing-core/toolbar.js';
import type * as EditingModule from '../shared/editing-core/editing.js';
import type * as TablesModule from '../shared/editing-core/tables.js';
import { DraftController } from './controller.js';
import { bodyToParagraphs, paragraphsToBody } from './draft-body.js';
import { caught, draftStatusLabel, draftTypeLabel, languageLabel, ruleMessage } from './labels.js';
import { renderLetter, type ParagraphRenderer } from './letter-view.js';
import { adoptPrintPage, draftEditorStyles } from './styles.js';
import { renderDraftList, renderRule, renderVoided, type DateOptions } from './views.js';
import type * as PanelsModule from './panels.js';
import type {
  BeforeIssueDetail,
  DispatchEntry,
  DispatchMode,
  Draft,
  DraftApprovedDetail,
  DraftClient,
  DraftContent,
  DraftEditorState,
  DraftInput,
  DraftIssuedDetail,
  DraftSavedDetail,
  DraftSaveStatus,
  DraftVersion,
  Letterhead,
  RegisterFilters,
} from './types.js';

type Editing = typeof EditingModule;
/** The writer's parts: fields, autosave, local copy (compose.ts), loaded with the editing core. */
type Compose = typeof ComposeModule;
/** Versions and comparison, the register and CSV, the conflict view: loaded on first use (panels.ts). */
type Panels = typeof PanelsModule;

/**
 * Drafts for approval (मसौदा) of an e-Office file, from writing to dispatch: the drafts of a file as a
 * list (subject, type, language, version, status, who holds it); one draft as an office letter
 * (letterhead, number and date lines, addressee, subject, reference, body, signature block, copy-to)
 * that prints on A4; writing and revising with the notesheet's editing core (ProseMirror in the light
 * DOM, IME-safe keys, paste from Word cleaned, tables, NFC; autosave with If-Match and a copy on this
 * device; a stale save shows both versions); the versions with a word-by-word comparison that keeps
 * Hindi letters whole, and revert as a new revision; approval by the holder, optionally signed first
 * with `<eo-signature-widget>` (the signed version is locked; a later revision voids the approval and
 * says so); issue with a dispatch mode and the number the server gives; and the dispatch register
 * (`view="register"`) with filters and CSV export.
 *
 * Server mode: `file-id` (the drafts of a file; "New draft" composes one, as a reply when `reply-to`
 * names a receipt) or `draft-id` (one draft), with `.client` or a page-wide client from `configure()`.
 * Plain data: `.drafts`, `.draft` (with `.versions`, `.letterhead`) or `.register` render with no server
 * and nothing to save. Rules the server enforces (only the holder revises, only an approved draft is
 * issued, only an authorised post issues) are shown in the interface language beside the button that
 * met them.
 *
 * The editing core is the notesheet editor's (`shared/editing-core/`), loaded with `import()` only when
 * a draft becomes editable; a reader of an approved or issued letter never downloads it.
 *
 * @slot editor - Filled by the element itself with the editable body (light DOM, so selection and IME work).
 * @slot signature - Filled by the element with `<eo-signature-widget>` when the approver signs.
 *
 * @fires eo-draft-saved - A draft was created or revised. `detail: { draft, created }`.
 * @fires eo-draft-approved - The draft was approved. `detail: { draft, signatureId }`.
 * @fires eo-before-issue - Cancelable, before the draft is issued. `detail: { draft, mode, remarks }`.
 * @fires eo-draft-issued - The draft was issued. `detail: { draft, dispatchNumber }`.
 *
 * @csspart letter - The letter.
 * @csspart letterhead - Its letterhead block.
 * @csspart addressee - The addressee block.
 * @csspart body - The body of the letter.
 * @csspart signature-block - The signature block.
 * @csspart copy-to - The copy-to list.
 * @csspart list - The drafts of the file.
 * @csspart versions - The versions.
 * @csspart comparison - The word-by-word comparison.
 * @csspart approval - Approval.
 * @csspart approved - The line saying who approved which version.
 * @csspart voided - The notice of a lapsed approval.
 * @csspart issue - Issue.
 * @csspart dispatch - The dispatch line (number, date, mode).
 * @csspart register - The dispatch register.
 * @csspart rule - A rule the server enforced, beside its cause.
 * @csspart conflict - Both versions after a stale save.
 * @csspart toolbar - The formatting toolbar.
 * @csspart button - Every button.
 * @csspart status - State boxes (loading, errors).
 * @csspart announcer - The polite live region.
 * @csspart alert-announcer - The assertive live region.
 *
 * @cssprop --eo-draft-editor-bg - Background.
 * @cssprop --eo-draft-editor-paper - Background of the letter.
 * @cssprop --eo-draft-editor-fg - Text colour.
 * @cssprop --eo-draft-editor-muted - Secondary text.
 * @cssprop --eo-draft-editor-border - Borders.
 * @cssprop --eo-draft-editor-accent - Buttons and links.
 * @cssprop --eo-draft-editor-added - Added words in a comparison; approved and issued lines.
 * @cssprop --eo-draft-editor-added-bg - Background of added words.
 * @cssprop --eo-draft-editor-removed - Removed words; rules and a lapsed approval.
 * @cssprop --eo-draft-editor-removed-bg - Background of removed words.
 * @cssprop --eo-draft-editor-focus - Focus ring colour.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 */
export class EoDraftEditor extends EoElement {
  static override styles = [baseStyles, draftEditorStyles];

  /** Loads the shared editing core; a seam for tests and stories. */
  static loadEditing = (): Promise<Editing> => import('../shared/editing-core/editing.js');

  /** The file whose drafts are listed (and on which "New draft" composes). */
  @property({ attribute: 'file-id' }) fileId: string | undefined;
  /** The draft to open. */
  @property({ attribute: 'draft-id' }) draftId: string | undefined;
  /** `list`, `draft` or `register`; by default `draft` with a `draft-id`, else `list`. */
  @property() view: 'list' | 'draft' | 'register' | undefined;
  /** For a new draft: the receipt it replies to (in the file's correspondence). */
  @property({ attribute: 'reply-to' }) replyTo: string | undefined;
  /** Never edit, approve or issue; only read. */
  @property({ type: Boolean }) readonly = false;
  /** Pause after the last change before the draft is saved as a new version, in ms. */
  @property({ type: Number, attribute: 'autosave-delay' }) autosaveDelay = 20000;
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';
  @property() digits: 'latn' | 'deva' = 'latn';
  /** The SDK client (else the page-wide one from `configure()`). */
  @property({ attribute: false }) client: DraftClient | undefined;
  /** Plain data: the drafts of a file. */
  @property({ attribute: false }) drafts: Draft[] | undefined;
  /** Plain data: the draft shown. */
  @property({ attribute: false }) draft: Draft | undefined;
  /** Plain data: the draft's versions. */
  @property({ attribute: false }) versions: DraftVersion[] | undefined;
  /** Plain data: the dispatch register's lines. */
  @property({ attribute: false }) register: DispatchEntry[] | undefined;
  /** The letterhead; from the directory in server mode unless set. */
  @property({ attribute: false }) letterhead: Letterhead | undefined;

  @state() private composing = false;
  @state() private revising = false;
  @state() private saveStatus: DraftSaveStatus = 'idle';
  @state() private form: DraftContent | undefined;
  @state() private left = 0;
  @state() private right = 0;
  @state() private signFirst = true;
  @state() private mode: DispatchMode = 'speed_post';
  @state() private issueRemarks = '';
  @state() private busy = false;
  @state() private errors: Partial<Record<'save' | 'approve' | 'issue' | 'revert' | 'panels', unknown>> = {};
  @state() private showVersions = false;
  @state() private tableChooser = false;
  @state() private filters: RegisterFilters = {};
  // Typed here, not imported: the date field's module loads with the register's panel.
  @state() private registerDates: { from: DateEntry; to: DateEntry } = {
    from: { text: '', value: undefined, problem: undefined },
    to: { text: '', value: undefined, problem: undefined },
  };
  @state() private editingError: unknown;

  readonly #data = new DraftController(this, {
    client: () => this.#client(),
    fileId: () => this.fileId,
    draftId: () => this.draftId,
  });
  #editing: Editing | undefined;
  /** The table tools (prosemirror-tables), loaded when a table is first inserted or edited. */
  #tables: typeof TablesModule | undefined;
  #loadingTables: Promise<void> | undefined;
  #panels: Panels | undefined;
  #renderParagraph: ParagraphRenderer | undefined;
  #loadingReader: Promise<void> | undefined;
  #loadingPanels: Promise<Panels | undefined> | undefined;
  #editor: NoteEditor | undefined;
  #toolbar: Toolbar | undefined;
  #loadingEditing: Promise<void> | undefined;
  readonly #mount = document.createElement('div');
  /** `<eo-signature-widget>` in the light DOM while the approver signs, keyed by draft and revision. */
  #signer: (HTMLElement & { dataset: DOMStringMap }) | undefined;
  #compose: Compose | undefined;
  /** Saves after a pause in typing; made when the writer's parts have loaded. */
  #autosave: Autosave | undefined;

  constructor() {
    super();
    this.#mount.slot = 'editor';
    this.#mount.className = 'eo-notesheet-editable eo-draft-editable';
  }

  /** What the element shows, or why it shows nothing (`ready` in plain-data mode). */
  get currentState(): DraftEditorState {
    return this.#plain ? 'ready' : this.#data.state;
  }

  /** The draft shown (loaded, saved or set), if any. */
  get currentDraft(): Draft | undefined {
    return this.#currentDraft;
  }

  /** Where the writer's changes stand. */
  get saveState(): DraftSaveStatus {
    return this.saveStatus;
  }

  /** The editable body (light DOM), for focusing it or typing into it. */
  get editableElement(): HTMLElement {
    return this.#mount;
  }

  /** Whether the editor is mounted and the body can be typed into. */
  get editorReady(): boolean {
    return !!this.#editor;
  }

  /** Fetches again what the element shows (the register after an issue elsewhere on the page, say). */
  async reload(): Promise<void> {
    if (this.#plain) return;
    if (this.#view === 'register') await this.#data.loadRegister(this.filters);
    else await this.#data.load().then(() => this.#afterLoad());
  }

  /** Saves pending changes now (as the Save button does) and waits for the save. */
  async save(): Promise<void> {
    await this.#saveClick();
  }

  #client(): DraftClient | undefined {
    return this.resolveClient(this.client);
  }

  /** Whether this element works from plain data (no server). */
  get #plain(): boolean {
    return this.drafts !== undefined || this.draft !== undefined || this.register !== undefined;
  }

  get #view(): 'list' | 'draft' | 'register' {
    if (this.view) return this.view;
    if (this.register !== undefined) return 'register';
    return this.draftId || this.draft || this.composing || this.#data.draft ? 'draft' : 'list';
  }

  get #currentDraft(): Draft | undefined {
    return this.#plain ? this.draft : this.#data.draft;
  }

  get #editable(): boolean {
    if (this.readonly || this.#plain) return false;
    const draft = this.#currentDraft;
    if (this.composing && !draft) return true;
    if (!draft || !this.#data.holds) return false;
    if (draft.status === 'draft') return true;
    return draft.status === 'approved' && this.revising;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#mount.isConnected) this.append(this.#mount);
    adoptPrintPage(this.getRootNode());
    // @page applies only from the document; inside a shadow root the page box comes from there.
    if (!(this.getRootNode() instanceof Document)) adoptPrintPage(document);
  }

  override disconnectedCallback(): void {
    void this.#autosave?.flush();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('fileId') || changed.has('draftId') || changed.has('client')) && !this.#plain) {
      if (this.#view === 'register') void this.#data.loadRegister(this.filters);
      else void this.#data.load().then(() => this.#afterLoad());
    }
    if (changed.has('view') && this.view === 'register' && !this.#plain)
      void this.#data.loadRegister(this.filters);
    if (changed.has('draft') || changed.has('versions')) this.#pickComparison();
  }

  protected override updated(): void {
    if (this.#editable) this.#startEditing();
    else if (this.#editor) this.#stopEditing();
    this.#editor?.refresh();
    this.#placeSigner();
  }

  /** Whether the approver signs before approving, through `<eo-signature-widget>` (if the page defines it). */
  get #signing(): boolean {
    const draft = this.#currentDraft;
    return (
      !!draft &&
      draft.status === 'draft' &&
      this.signFirst &&
      this.#canAct &&
      this.#data.holds &&
      !this.revising &&
      !!customElements.get('eo-signature-widget')
    );
  }

  get #canAct(): boolean {
    return !this.readonly && !this.#plain;
  }

  /**
   * Puts the signature widget in the light DOM (slot `signature`) for the current revision: a revision
   * changes the signing payload, so the widget is made anew for it.
   */
  #placeSigner(): void {
    const draft = this.#currentDraft;
    const key = draft ? `${draft.id}@${draft.revision}` : '';
    if (this.#signer && (!this.#signing || this.#signer.dataset['key'] !== key)) {
      this.#signer.remove();
      this.#signer = undefined;
    }
    if (!this.#signing || this.#signer || !draft) return;
    const widget = document.createElement('eo-signature-widget') as HTMLElement & {
      targetType: string;
      targetId: string;
      client: unknown;
    };
    widget.slot = 'signature';
    widget.dataset['key'] = key;
    widget.targetType = 'draft';
    widget.targetId = draft.id;
    widget.client = this.#client();
    widget.addEventListener('eo-signed', (event) => {
      void this.#approve((event as CustomEvent<{ signature: { id: string } }>).detail.signature.id);
    });
    this.#signer = widget;
    this.append(widget);
  }

  #afterLoad(): void {
    const draft = this.#data.draft;
    if (draft) this.form = structuredClone(draft.content);
    this.#pickComparison();
  }

  #pickComparison(): void {
    const versions = this.#versions;
    const last = versions[versions.length - 1];
    if (!last) return;
    this.right = last.revision;
    this.left = versions[versions.length - 2]?.revision ?? last.revision;
  }

  get #versions(): readonly DraftVersion[] {
    return (this.#plain ? this.versions : this.#data.versions) ?? [];
  }

  // ---- editing ----------------------------------------------------------------------------------

  #startEditing(): void {
    if (this.#editor || this.editingError) return;
    this.form ??= this.#newContent();
    if (!this.#editing) {
      if (this.#loadingEditing) return;
      this.#loadingEditing = Promise.all([EoDraftEditor.loadEditing(), import('./compose.js')]).then(
        ([editing, compose]) => {
          this.#editing = editing;
          this.#compose = compose;
          compose.adoptContentStyles(this.getRootNode());
          this.#adoptStyles(compose.formStyles);
          this.#adoptStyles(compose.composeStyles);
          this.#autosave = new compose.Autosave({
            delay: () => this.autosaveDelay,
            save: () => this.#saveNow(),
            blocked: () => !!this.#editor?.composing || !!this.#data.conflict,
          });
          this.#toolbar = new editing.Toolbar(
            this,
            () => this.#editor,
            () => this.#tables?.tableTools,
            ['table'],
          );
          this.requestUpdate();
        },
        (error: unknown) => {
          this.editingError = error ?? new Error('The editor could not be loaded.');
          this.#loadingEditing = undefined;
        },
      );
      return;
    }
    const form = this.form;
    this.#editor = new this.#editing.NoteEditor({
      mount: this.#mount,
      paragraphs: bodyToParagraphs(form.body),
      attributes: () => ({
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': msg('Body of the letter', { id: 'draft.field.body' }),
        lang: this.form?.language === 'en' ? 'en' : 'hi',
      }),
      editable: () => this.#editable,
      changed: () => this.#changed(),
      selected: () => this.requestUpdate(),
      composed: () => this.#autosave?.schedule(),
    });
    // A letter that already has a table needs the table tools to edit it (Tab between cells …).
    if (this.#tables) this.#editor.enableTables(this.#tables.support);
    else if (form.body.includes('<table')) void this.#loadTables();
    void this.#restoreLocal();
  }

  /** Loads the shared table tools once and turns them on in the editor; a failure shows as an error. */
  #loadTables(): Promise<void> {
    this.#loadingTables ??= import('../shared/editing-core/tables.js').then(
      (tables) => {
        this.#tables = tables;
        this.#editor?.enableTables(tables.support);
        tables.adoptTableStyles(this.getRootNode());
        if (this.shadowRoot) tables.adoptTableStyles(this.shadowRoot);
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#loadingTables = undefined;
        this.editingError = error;
      },
    );
    return this.#loadingTables;
  }

  #stopEditing(): void {
    this.#editor?.destroy();
    this.#editor = undefined;
    this.#mount.replaceChildren();
  }

  #newContent(): DraftContent {
    return {
      draftType: 'letter',
      subject: '',
      language: currentLocale() === 'hi' ? 'hi' : 'en',
      addressees: [],
      body: '',
      replyToReceiptId: this.replyTo ?? null,
      reference: null,
      copyTo: [],
    };
  }

  readonly #setField = <K extends keyof DraftContent>(key: K, value: DraftContent[K]): void => {
    this.form = { ...(this.form ?? this.#newContent()), [key]: value };
    this.#changed();
  };

  /** The text changed: keep a copy on this device now, save to the server after the pause. */
  #changed(): void {
    this.saveStatus = 'pending';
    void this.#writeLocal();
    this.#autosave?.schedule();
  }

  #localKey(): string | undefined {
    const user = this.#data.me?.user.id;
    const id = this.#data.draft?.id ?? (this.fileId ? `new:${this.fileId}` : undefined);
    return user && id && this.#compose ? this.#compose.localKey(`draft:${id}`, user) : undefined;
  }

  async #writeLocal(): Promise<void> {
    const key = this.#localKey();
    const input = this.#input();
    if (!key || !input || !this.#compose) return;
    await this.#compose
      .writeLocal({
        key,
        fileId: this.#data.draft?.fileId ?? this.fileId ?? '',
        userId: this.#data.me?.user.id ?? '',
        paragraphs: [JSON.stringify(input)],
        savedAt: Date.now(),
        noteId: this.#data.draft?.id,
        baseEtag: this.#data.draft?.etag,
        synced: false,
      })
      .catch(() => undefined);
  }

  /** A copy on this device newer than the server's version (a reload before the save) comes back. */
  async #restoreLocal(): Promise<void> {
    const key = this.#localKey();
    if (!key || !this.#compose) return;
    const copy = await this.#compose.readLocal(key).catch(() => undefined);
    if (!copy || copy.synced || copy.baseEtag !== this.#data.draft?.etag) return;
    const input = JSON.parse(copy.paragraphs[0] ?? 'null') as DraftInput | null;
    if (!input) return;
    this.form = { ...input, replyToReceiptId: input.replyToReceiptId ?? null };
    this.#editor?.setParagraphs(bodyToParagraphs(input.body));
    this.saveStatus = 'pending';
    this.#autosave?.schedule();
  }

  /** What the form and the editor hold, as the API takes it; undefined while incomplete. */
  #input(): DraftInput | undefined {
    const form = this.form;
    if (!form || !this.#compose) return undefined;
    return this.#compose.toInput(form, this.#editor ? paragraphsToBody(this.#editor.paragraphs) : form.body);
  }

  async #saveNow(ifMatch?: string): Promise<void> {
    const input = this.#input();
    if (!input) {
      this.saveStatus = 'idle';
      return;
    }
    this.saveStatus = 'saving';
    try {
      const saved = await this.#data.save(input, ifMatch);
      if (!saved) {
        this.saveStatus = this.#data.conflict ? 'conflict' : 'error';
        return;
      }
      this.errors = { ...this.errors, save: undefined };
      this.saveStatus = 'saved';
      this.composing = false;
      this.revising = false;
      const key = this.#localKey();
      if (key) void this.#compose?.deleteLocal(key).catch(() => undefined);
      this.#pickComparison();
      this.emit('eo-draft-saved', { draft: saved.draft, created: saved.created });
      const revision = saved.draft.revision;
      this.announce(() => msg(str`Saved as v${revision}.`, { id: 'draft.saved' }));
    } catch (error) {
      this.errors = { ...this.errors, save: caught(error) };
      this.saveStatus = (error as { name?: string }).name === 'NetworkError' ? 'offline' : 'error';
      this.announce(
        () => msg('The draft was not saved; it is kept on this device.', { id: 'draft.save_failed' }),
        'assertive',
      );
      throw error;
    }
  }

  async #saveClick(): Promise<void> {
    await this.#autosave?.flush().catch(() => undefined);
    if (this.saveStatus === 'pending' || this.saveStatus === 'idle')
      await this.#saveNow().catch(() => undefined);
  }

  // ---- approval, issue, revert ---------------------------------------------------------------------

  async #approve(signatureId?: string): Promise<void> {
    this.busy = true;
    try {
      const draft = await this.#data.approve(signatureId, undefined);
      if (draft) {
        this.errors = { ...this.errors, approve: undefined };
        this.emit('eo-draft-approved', { draft, signatureId: draft.approval?.signatureId ?? null });
        const revision = draft.revision;
        this.announce(() => msg(str`v${revision} approved.`, { id: 'draft.approved' }));
      }
    } catch (error) {
      this.errors = { ...this.errors, approve: caught(error) };
    } finally {
      this.busy = false;
    }
  }

  async #issue(): Promise<void> {
    const draft = this.#currentDraft;
    if (!draft) return;
    const remarks = this.issueRemarks.trim() || undefined;
    if (!this.emit('eo-before-issue', { draft, mode: this.mode, remarks }, { cancelable: true })) return;
    this.busy = true;
    try {
      const issued = await this.#data.issue(this.mode, remarks);
      if (issued?.dispatch) {
        this.errors = { ...this.errors, issue: undefined };
        this.emit('eo-draft-issued', { draft: issued, dispatchNumber: issued.dispatch.dispatchNumber });
        const number = issued.dispatch.dispatchNumber;
        this.announce(() => msg(str`Issued as ${number}.`, { id: 'draft.issued' }));
      }
    } catch (error) {
      this.errors = { ...this.errors, issue: caught(error) };
    } finally {
      this.busy = false;
    }
  }

  async #revert(version: DraftVersion): Promise<void> {
    try {
      const draft = await this.#data.revert(version);
      if (!draft) return;
      this.errors = { ...this.errors, revert: undefined };
      this.form = structuredClone(draft.content);
      this.#editor?.setParagraphs(bodyToParagraphs(draft.content.body));
      this.#pickComparison();
      this.emit('eo-draft-saved', { draft, created: false });
      const [from, to] = [version.revision, draft.revision];
      this.announce(() => msg(str`v${from} restored as v${to}.`, { id: 'draft.reverted' }));
    } catch (error) {
      this.errors = { ...this.errors, revert: caught(error) };
    }
  }

  #exportCsv(panels: Panels): void {
    const entries = (this.#plain ? this.register : this.#data.register) ?? [];
    const text =
      panels.BOM + panels.registerToCsv(entries, { locale: currentLocale(), timeZone: this.timeZone });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'dispatch-register.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Adds a lazily loaded part's styles to the shadow root (Lit set the element's own at creation). */
  #adoptStyles(styles: CSSResult): void {
    const root = this.shadowRoot;
    const sheet = styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Loads the rarer panels once; a failure shows as an error and a later use retries. */
  #loadPanels(): Promise<Panels | undefined> {
    this.#loadingPanels ??= import('./panels.js').then(
      (panels) => {
        this.#panels = panels;
        this.#adoptStyles(panels.formStyles);
        this.#adoptStyles(panels.panelStyles);
        this.requestUpdate();
        return panels;
      },
      (error: unknown) => {
        this.#loadingPanels = undefined;
        this.errors = { ...this.errors, panels: error };
        return undefined;
      },
    );
    return this.#loadingPanels;
  }

  /** The letter's paragraph renderer when loaded; starts loading it otherwise ("Opening…" meanwhile). */
  #readerOrLoad(): ParagraphRenderer | undefined {
    if (!this.#renderParagraph && !this.#loadingReader && !this.errors.panels)
      this.#loadingReader = import('../shared/editing-core/schema.js').then(
        (schema) => {
          this.#renderParagraph = schema.renderParagraph;
          this.#loadingReader = undefined;
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#loadingReader = undefined;
          this.errors = { ...this.errors, panels: error };
        },
      );
    return this.#renderParagraph;
  }

  /** Also waits for the letter's renderer when a letter is waiting for it, so the letter is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#loadingReader) {
      await this.#loadingReader;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The panels when loaded; starts loading them otherwise (the caller shows "Loading…" meanwhile). */
  #panelsOrLoad(): Panels | undefined {
    if (!this.#panels && !this.errors.panels) void this.#loadPanels();
    return this.#panels;
  }

  #loadingView() {
    return this.errors.panels
      ? renderStateView({
          state: errorKindOf(this.errors.panels),
          title: msg('This part could not be loaded.', { id: 'draft.panels.failed' }),
          retry: () => {
            this.errors = { ...this.errors, panels: undefined };
            void this.#loadPanels();
          },
        })
      : renderStateView({ state: 'loading', title: msg('Loading…', { id: 'draft.loading' }) });
  }

  // ---- render ---------------------------------------------------------------------------------

  get #dates(): DateOptions {
    return { timeZone: this.timeZone, digits: this.digits };
  }

  override render() {
    return html`${this.#renderMain()}${this.renderAnnouncer()}`;
  }

  #renderMain() {
    const view = this.#view;
    if (view === 'register') return this.#renderRegister();
    if (!this.#plain) {
      const s = this.#data.state;
      if (s === 'loading' || s === 'idle')
        return this.fileId || this.draftId
          ? renderStateView({ state: 'loading', title: msg('Loading…', { id: 'draft.loading' }) })
          : nothing;
      if (s !== 'ready')
        return renderStateView({
          state: s,
          title: msg('The drafts could not be shown.', { id: 'draft.failed' }),
          detail: ruleMessage(this.#data.error),
          retry: () => void this.#data.load(),
        });
    }
    return view === 'list' ? this.#renderList() : this.#renderDraft();
  }

  #renderList() {
    const drafts = (this.#plain ? this.drafts : this.#data.drafts) ?? [];
    const holder = this.#data.file?.currentHolder;
    const locale = currentLocale();
    return html`<section class="drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">${msg('Drafts for approval', { id: 'draft.list.heading' })}</h2>
      ${renderDraftList(
        drafts,
        holder ? `${holder.name[locale]} (${holder.markingAbbreviation})` : undefined,
        (draft) => this.#open(draft),
        this.#dates,
      )}
      ${
        !this.#plain && !this.readonly && this.#data.holds
          ? html`<button type="button" part="button" data-action="new" @click=${() => this.#startNew()}>
              ${msg('New draft', { id: 'draft.new' })}
            </button>`
          : nothing
      }
    </section>`;
  }

  #open(draft: Draft): void {
    if (this.#plain) {
      this.draft = draft;
      this.view = 'draft';
      return;
    }
    this.draftId = draft.id;
  }

  #startNew(): void {
    this.#data.draft = undefined;
    this.form = this.#newContent();
    this.composing = true;
  }

  #renderDraft() {
    const draft = this.#currentDraft;
    const editable = this.#editable;
    const content = (editable ? this.form : draft?.content) ?? this.form;
    if (!content) return nothing;
    const locale = currentLocale();
    return html`<div class="draft">
      <header class="summary">
        <h2>
          ${
            draft
              ? html`${draftTypeLabel(draft.content.draftType, !!draft.content.replyToReceiptId)}:
                ${draft.content.subject}`
              : msg('New draft', { id: 'draft.new' })
          }
        </h2>
        ${
          draft
            ? html`<p class="meta">
                <span class="status ${draft.status}">${draftStatusLabel(draft.status)}</span>
                ${msg(str`v${draft.revision}`, { id: 'draft.version.short' })} ·
                ${languageLabel(draft.content.language)}
                ${
                  this.#data.file?.currentHolder
                    ? html`· ${msg('With', { id: 'draft.list.holder' })}
                      ${this.#data.file.currentHolder.name[locale]}`
                    : nothing
                }
              </p>`
            : nothing
        }
      </header>
      ${
        this.#data.conflict
          ? (this.#panelsOrLoad()?.renderConflict ?? (() => this.#loadingView()))(
              this.#data.conflict.theirs,
              {
                ...this.#data.conflict.mine,
                replyToReceiptId: this.#data.conflict.mine.replyToReceiptId ?? null,
              },
              () => void this.#saveNow(this.#data.conflict?.theirs.etag).catch(() => undefined),
              () => {
                const theirs = this.#data.takeTheirs();
                if (theirs) {
                  this.form = structuredClone(theirs.content);
                  this.#editor?.setParagraphs(bodyToParagraphs(theirs.content.body));
                }
                this.saveStatus = 'saved';
              },
            )
          : nothing
      }
      ${draft ? renderVoided(draft) : nothing}
      ${editable && this.#compose ? this.#compose.renderEditFields(content, this.#setField) : nothing}
      ${renderLetter({
        letterhead: this.letterhead ?? this.#data.letterhead,
        draft,
        content,
        timeZone: this.timeZone,
        digits: this.digits,
        renderParagraph: editable ? undefined : this.#readerOrLoad(),
        ...(editable && this.#compose
          ? { editing: this.#compose.editingParts(content, this.#setField, this.#editingBody()) }
          : {}),
      })}
      ${
        editable
          ? html`<div class="actions">
              <button
                type="button"
                part="button primary"
                class="primary"
                data-action="save"
                @click=${() => void this.#saveClick()}
              >
                ${
                  draft
                    ? msg(str`Save as v${draft.revision + 1}`, { id: 'draft.save_as' })
                    : msg('Save draft', { id: 'draft.save' })
                }
              </button>
              <span class="save-status" role="status"
                >${this.#compose?.saveStatusText(this.saveStatus) ?? ''}</span
              >
              ${renderRule(this.errors.save, 'save-rule')}
            </div>`
          : nothing
      }
      ${
        draft &&
        !editable &&
        draft.status === 'approved' &&
        this.#data.holds &&
        !this.readonly &&
        !this.#plain
          ? html`<button
              type="button"
              part="button"
              data-action="revise"
              @click=${() => (this.revising = true)}
            >
              ${msg('Revise (the approval will lapse)', { id: 'draft.revise_after_approval' })}
            </button>`
          : nothing
      }
      ${draft ? this.#renderPanels(draft) : nothing}
    </div>`;
  }

  /** The editable body's place in the letter: the toolbar, the editor's loading or failure, the slot. */
  #editingBody() {
    const tables = this.#tables;
    return html`${
        this.#toolbar?.render({
          open: this.tableChooser ? 'table' : undefined,
          toggle: () => {
            this.tableChooser = !this.tableChooser;
            if (this.tableChooser) void this.#loadTables();
          },
        }) ?? nothing
      }
      ${
        this.tableChooser && tables
          ? tables.renderTableChooser(
              (rows, columns) => {
                this.tableChooser = false;
                this.#editor?.run(tables.insertTable(rows, columns));
              },
              () => (this.tableChooser = false),
            )
          : nothing
      }
      ${
        this.editingError
          ? renderStateView({
              state: 'error',
              title: msg('The editor could not be loaded; the text is kept.', {
                id: 'draft.editor.failed',
              }),
              retry: () => {
                this.editingError = undefined;
              },
            })
          : this.#editing
            ? nothing
            : renderStateView({
                state: 'loading',
                title: msg('Loading the editor…', { id: 'draft.editor.loading' }),
              })
      } <slot name="editor"></slot>`;
  }

  #renderPanels(draft: Draft) {
    const acting = this.#canAct;
    const canIssue = acting && draft.status === 'approved' && (this.#data.holds || this.#data.dispatches);
    const panels = this.showVersions ? this.#panelsOrLoad() : undefined;
    return html`<button
        type="button"
        part="button"
        class="versions-toggle"
        data-action="versions"
        aria-expanded=${String(this.showVersions)}
        @click=${() => (this.showVersions = !this.showVersions)}
      >
        ${msg(str`Versions (${this.#versions.length})`, { id: 'draft.versions.toggle' })}
      </button>
      ${
        !this.showVersions
          ? nothing
          : !panels
            ? this.#loadingView()
            : panels.renderVersions({
                versions: this.#versions,
                current: draft.revision,
                left: this.left,
                right: this.right,
                canRevert: acting && this.#data.holds && draft.status !== 'issued',
                choose: (side, revision) => {
                  if (side === 'left') this.left = revision;
                  else this.right = revision;
                },
                revert: (v) => void this.#revert(v),
                error: this.errors.revert,
                dates: this.#dates,
              })
      }
      ${(this.#panelsOrLoad()?.renderApproval ?? (() => this.#loadingView()))({
        draft,
        canApprove: acting && this.#data.holds && !this.revising,
        sign: this.signFirst,
        signingWidget: !!customElements.get('eo-signature-widget'),
        setSign: (sign) => (this.signFirst = sign),
        approve: () => void this.#approve(),
        error: this.errors.approve,
        busy: this.busy,
        dates: this.#dates,
      })}
      ${
        canIssue || draft.dispatch || this.errors.issue
          ? (this.#panelsOrLoad()?.renderIssue ?? (() => this.#loadingView()))({
              draft,
              mode: this.mode,
              remarks: this.issueRemarks,
              setMode: (mode) => (this.mode = mode),
              setRemarks: (remarks) => (this.issueRemarks = remarks),
              issue: () => void this.#issue(),
              error: this.errors.issue,
              busy: this.busy,
              dates: this.#dates,
            })
          : nothing
      }`;
  }

  #renderRegister() {
    const entries = (this.#plain ? this.register : this.#data.register) ?? [];
    const s = this.#plain ? 'ready' : this.#data.registerState;
    if (s !== 'ready' && s !== 'idle' && s !== 'loading')
      return renderStateView({
        state: s,
        title: msg('The dispatch register could not be shown.', { id: 'draft.register.failed' }),
        detail: ruleMessage(this.#data.error),
        retry: () => void this.#data.loadRegister(this.filters),
      });
    const panels = this.#panelsOrLoad();
    if (!panels) return this.#loadingView();
    return panels.renderRegister({
      entries,
      filters: this.filters,
      setFilter: (name, value) => (this.filters = { ...this.filters, [name]: value || undefined }),
      dateEntries: this.registerDates,
      setDateEntry: (name, entry) => {
        this.registerDates = { ...this.registerDates, [name]: entry };
        this.filters = { ...this.filters, [name]: entry.value };
      },
      search: () => void this.#data.loadRegister(this.filters),
      exportCsv: () => this.#exportCsv(panels),
      dates: this.#dates,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-draft-editor': EoDraftEditor;
  }
  interface HTMLElementEventMap {
    'eo-draft-saved': CustomEvent<DraftSavedDetail>;
    'eo-draft-approved': CustomEvent<DraftApprovedDetail>;
    'eo-before-issue': CustomEvent<BeforeIssueDetail>;
    'eo-draft-issued': CustomEvent<DraftIssuedDetail>;
  }
}
