// The draft editor's data: the drafts of a file, one draft with its versions, who holds the file, the
// letterhead from the directory, the dispatch register; and the writes (create, revise with If-Match,
// revert as a new revision, approve, issue). Render code reads `state`, `draft`, … and calls the methods.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PreconditionFailedError } from '@eoffice/sdk';
import { errorKind } from '../shared/error-kind.js';
import { caught } from './labels.js';
import type {
  CurrentUser,
  DispatchEntry,
  DispatchMode,
  Draft,
  DraftClient,
  DraftEditorState,
  DraftFile,
  DraftInput,
  DraftVersion,
  Letterhead,
  RegisterFilters,
} from './types.js';

/** A save refused because the draft changed meanwhile: both versions, for the user to choose. */
export interface DraftConflict {
  mine: DraftInput;
  theirs: Draft;
}

/** Where the controller reads its client and ids (the element's current properties). */
export interface DraftSource {
  client(): DraftClient | undefined;
  fileId(): string | undefined;
  draftId(): string | undefined;
}

export class DraftController implements ReactiveController {
  state: DraftEditorState = 'idle';
  error: unknown;
  drafts: Draft[] = [];
  draft: Draft | undefined;
  versions: DraftVersion[] = [];
  file: DraftFile | undefined;
  me: CurrentUser | undefined;
  letterhead: Letterhead | undefined;
  register: DispatchEntry[] = [];
  registerState: DraftEditorState = 'idle';
  conflict: DraftConflict | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #source: DraftSource;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, source: DraftSource) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Whether the signed-in user holds the draft's file (only the holder writes and approves). */
  get holds(): boolean {
    const holder = this.file?.currentHolder?.id;
    const me = this.me;
    if (!holder || !me) return false;
    return [...me.posts, ...me.delegations.map((d) => d.post)].some((p) => p.id === holder);
  }

  /** Whether one of the user's posts may dispatch for the central registry. */
  get dispatches(): boolean {
    return !!this.me?.roles.includes('cru_operator');
  }

  /** Loads what the ids name: a draft (with its versions), else the drafts of a file. */
  async load(): Promise<void> {
    const client = this.#source.client();
    const fileId = this.#source.fileId();
    const draftId = this.#source.draftId();
    if (!client || (!fileId && !draftId)) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const signal = abort.signal;
    this.state = 'loading';
    this.#host.requestUpdate();
    try {
      this.me = await client.auth.me({ signal });
      if (draftId) {
        const draft = await client.drafts.get(draftId, { signal });
        this.draft = draft;
        this.versions = await client.drafts.versions(draftId, {}, { signal }).toArray({ limit: 500 });
        // The central registry dispatches approved letters of files it is not on the route of: it
        // reads the draft, not the file.
        if (draft.status !== 'draft' && this.me.roles.includes('cru_operator')) this.file = undefined;
        else await this.#loadFile(client, draft.fileId, signal);
        await this.#loadLetterhead(client, draft, signal);
      } else if (fileId) {
        this.drafts = await client.drafts.list(fileId, {}, { signal }).toArray({ limit: 500 });
        await this.#loadFile(client, fileId, signal);
      }
      this.state = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.error = caught(error);
      this.state = errorKind(error);
    }
    this.#host.requestUpdate();
  }

  async #loadFile(client: DraftClient, fileId: string, signal: AbortSignal): Promise<void> {
    try {
      this.file = await client.files.get(fileId, { markRead: false }, { signal });
    } catch (error) {
      // The receipt clerk dispatches a file she cannot open: the draft still shows, without the holder.
      if (errorKind(error) !== 'not-found' && errorKind(error) !== 'forbidden') throw error;
      this.file = undefined;
    }
  }

  /** Department, office and section of the drafting section, from the directory. */
  async #loadLetterhead(client: DraftClient, draft: Draft, signal: AbortSignal): Promise<void> {
    if (!client.directory) return;
    try {
      const unit = await client.directory.unit(draft.createdBy.section.id, { signal });
      const names = [...unit.path, { name: unit.name, kind: unit.kind }];
      const lang = document.documentElement.lang.startsWith('hi') ? 'hi' : 'en';
      const department = names.find((u) => u.kind === 'department');
      const office = names.find((u) => u.kind === 'office');
      this.letterhead = {
        department: department?.name[lang] ?? unit.name[lang],
        office: office?.name[lang],
      };
    } catch {
      // The letterhead is a courtesy; a letter without one still reads.
      this.letterhead = undefined;
    }
  }

  /** Creates the draft (no id yet) or revises it with If-Match; a 412 becomes `conflict`. */
  async save(input: DraftInput, ifMatch?: string): Promise<{ draft: Draft; created: boolean } | undefined> {
    const client = this.#source.client();
    if (!client) return undefined;
    const current = this.draft;
    if (!current) {
      const fileId = this.#source.fileId();
      if (!fileId) return undefined;
      // A new draft has no earlier revision to revert from.
      const { reference, copyTo, replyToReceiptId, ...rest } = input;
      delete rest.revertedFrom;
      const draft = await client.drafts.create(fileId, {
        ...rest,
        ...(reference ? { reference } : {}),
        ...(copyTo && copyTo.length > 0 ? { copyTo } : {}),
        ...(replyToReceiptId ? { replyToReceiptId } : {}),
      });
      this.draft = draft;
      this.drafts = [draft, ...this.drafts];
      await this.#refreshVersions(client, draft.id);
      return { draft, created: true };
    }
    try {
      const draft = await client.drafts.revise(current.id, input, { ifMatch: ifMatch ?? current.etag });
      this.draft = draft;
      this.conflict = undefined;
      await this.#refreshVersions(client, draft.id);
      return { draft, created: false };
    } catch (error) {
      if (error instanceof PreconditionFailedError || (error as { status?: number }).status === 412) {
        this.conflict = { mine: input, theirs: await client.drafts.get(current.id) };
        this.#host.requestUpdate();
        return undefined;
      }
      throw error;
    }
  }

  /** Restores an earlier version's content as a new revision. */
  async revert(version: DraftVersion): Promise<Draft | undefined> {
    const { content } = version;
    const saved = await this.save({
      draftType: content.draftType,
      subject: content.subject,
      language: content.language,
      addressees: content.addressees,
      body: content.body,
      replyToReceiptId: content.replyToReceiptId ?? null,
      reference: content.reference ?? null,
      copyTo: content.copyTo ?? [],
      revertedFrom: version.revision,
    });
    return saved?.draft;
  }

  async approve(signatureId: string | undefined, remarks: string | undefined): Promise<Draft | undefined> {
    const client = this.#source.client();
    const current = this.draft;
    if (!client || !current) return undefined;
    const draft = await client.drafts.approve(
      current.id,
      { ...(signatureId ? { signatureId } : {}), ...(remarks ? { remarks } : {}) },
      { ifMatch: current.etag },
    );
    this.draft = draft;
    return draft;
  }

  async issue(mode: DispatchMode, remarks: string | undefined): Promise<Draft | undefined> {
    const client = this.#source.client();
    const current = this.draft;
    if (!client || !current) return undefined;
    const draft = await client.drafts.issue(current.id, { mode, ...(remarks ? { remarks } : {}) });
    this.draft = draft;
    return draft;
  }

  /** Takes the server's version after a conflict. */
  takeTheirs(): Draft | undefined {
    const theirs = this.conflict?.theirs;
    if (theirs) this.draft = theirs;
    this.conflict = undefined;
    return theirs;
  }

  async loadRegister(filters: RegisterFilters): Promise<void> {
    const client = this.#source.client();
    if (!client) return;
    this.registerState = 'loading';
    this.#host.requestUpdate();
    try {
      const query: Record<string, string> = {};
      for (const [key, value] of Object.entries(filters))
        if (typeof value === 'string' && value !== '') query[key] = value;
      this.register = await client.reports.dispatchRegister(query).toArray({ limit: 1000 });
      this.registerState = 'ready';
    } catch (error) {
      this.error = caught(error);
      this.registerState = errorKind(error);
    }
    this.#host.requestUpdate();
  }

  async #refreshVersions(client: DraftClient, draftId: string): Promise<void> {
    this.versions = await client.drafts.versions(draftId).toArray({ limit: 500 });
  }
}
