// Over 400 lines because it is the one data controller of the notesheet: loading, saving with ETags,
// conflicts, the copy on this device and signature checks share its state and request lifecycle.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConflictError, NotFoundError, PreconditionFailedError } from '@eoffice/sdk';
import { INDIA_TIME_ZONE, today } from '../shared/dates.js';
import { errorKind } from '../shared/error-kind.js';
import {
  deleteLocal,
  localKey,
  readLocal,
  writeLocal,
  type LocalCopy,
} from '../shared/editing-core/local-store.js';
import type {
  CorrespondenceItem,
  CurrentUser,
  Note,
  NoteFile,
  NotesheetClient,
  NotesheetState,
  SaveStatus,
  SignatureState,
} from './types.js';

/** Upper bound of notes or correspondence fetched for one file; far beyond any real file. */
const MAX_ITEMS = 10_000;

export interface NotesheetCallbacks {
  /** The yellow note's text was replaced from elsewhere (load, restore, "use saved version"). */
  content(paragraphs: string[]): void;
  /** The editor's paragraphs now. */
  current(): string[];
  loaded(): void;
  failed(error: unknown, state: NotesheetState): void;
  saved(note: Note): void;
}

/** The yellow note changed elsewhere: both versions, until the user picks one. */
export interface Conflict {
  mine: string[];
  /** The version on the server, or undefined when it was confirmed or discarded elsewhere. */
  theirs: Note | undefined;
}

export function stateForError(error: unknown): NotesheetState {
  return errorKind(error);
}

function isOffline(error: unknown): boolean {
  return errorKind(error) === 'offline';
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

export function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((html, i) => html === b[i]);
}

export function paragraphsOf(note: Note | undefined): string[] {
  return note ? note.paragraphs.map((p) => p.html) : [];
}

const body = (paragraphs: readonly string[]) => ({ paragraphs: paragraphs.map((html) => ({ html })) });

/**
 * Everything `<eo-notesheet-editor>` fetches and saves: the file, the signed-in user, the notesheet,
 * the correspondence, the user's yellow note (with its ETag) and its copy on this device.
 */
export class NotesheetController implements ReactiveController {
  state: NotesheetState = 'idle';
  error: unknown;
  file: NoteFile | undefined;
  me: CurrentUser | undefined;
  /** The instant taken as now when checking delegations; a seam for tests. */
  now: () => Date = () => new Date();
  /** Confirmed notes in notesheet order. */
  greens: Note[] = [];
  yellow: Note | undefined;
  correspondence: CorrespondenceItem[] = [];
  saveStatus: SaveStatus = 'idle';
  savedAt: Date | undefined;
  saveError: unknown;
  conflict: Conflict | undefined;
  /** The text was restored from this device on load. */
  restored = false;
  signatures = new Map<string, SignatureState>();

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: NotesheetCallbacks;
  #client: NotesheetClient | undefined;
  #fileId: string | undefined;
  #request: AbortController | undefined;
  /** The last local write, awaited before the copy is forgotten. */
  #localQueue: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, callbacks: NotesheetCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#fileId && this.#client && this.state !== 'ready' && !this.#request) void this.reload();
  }

  hostDisconnected(): void {
    this.#request?.abort();
    this.#request = undefined;
  }

  get fileId(): string | undefined {
    return this.#fileId;
  }

  get client(): NotesheetClient | undefined {
    return this.#client;
  }

  /** Highest confirmed paragraph number (the yellow note's paragraphs continue after it). */
  get lastParagraph(): number {
    let last = 0;
    for (const note of this.greens) for (const p of note.paragraphs) last = Math.max(last, p.number ?? 0);
    return last;
  }

  /** Whether the signed-in user holds the file through one of their posts (or a delegated one). */
  get holds(): boolean {
    const holder = this.file?.currentHolder?.id;
    if (!holder || !this.me) return false;
    if (this.file?.status === 'closed' || this.file?.status === 'parked') return false;
    // The day in India: a delegation from 2 January holds from 00:00 IST, i.e. 18:30 UTC on the 1st.
    const day = today(INDIA_TIME_ZONE, this.now());
    return (
      this.me.posts.some((p) => p.id === holder) ||
      this.me.delegations.some((d) => d.post.id === holder && d.from <= day && day <= d.to)
    );
  }

  get #key(): string | undefined {
    const user = this.me?.user.id;
    return this.#fileId && user ? localKey(this.#fileId, user) : undefined;
  }

  reload(): Promise<void> {
    return this.#fileId ? this.load(this.#fileId, this.#client) : Promise.resolve();
  }

  async load(fileId: string, client: NotesheetClient | undefined): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const { signal } = request;
    this.#fileId = fileId;
    this.#client = client;
    this.state = 'loading';
    this.error = undefined;
    this.conflict = undefined;
    this.restored = false;
    this.saveStatus = 'idle';
    this.#host.requestUpdate();
    try {
      if (!client) throw new Error('No e-Office client: set the `client` property or call configure().');
      const [me, file, notes, correspondence] = await Promise.all([
        client.auth.me({ signal }),
        client.files.get(fileId, { markRead: false }, { signal }),
        client.notes.list(fileId, {}, { signal }).toArray({ limit: MAX_ITEMS }),
        client.files.correspondence(fileId, {}, { signal }).toArray({ limit: MAX_ITEMS }),
      ]);
      if (signal.aborted) return;
      this.me = me;
      this.file = file;
      this.correspondence = correspondence;
      this.greens = notes
        .filter((n) => n.status === 'green')
        .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
      this.yellow = notes.find((n) => n.status === 'yellow' && n.author.id === me.user.id);
      this.signatures = new Map(
        this.greens.filter((n) => n.signatureId).map((n) => [n.signatureId as string, 'unknown']),
      );
      this.savedAt = this.yellow ? new Date(this.yellow.updatedAt) : undefined;
      this.saveStatus = this.yellow ? 'saved' : 'idle';
      await this.#reconcile();
      if (signal.aborted) return;
      this.state = 'ready';
      this.#callbacks.loaded();
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.error = error;
      this.state = stateForError(error);
      this.#callbacks.failed(error, this.state);
    } finally {
      if (this.#request === request) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Compares the copy on this device with the server's yellow note and decides what the editor shows. */
  async #reconcile(): Promise<void> {
    const server = paragraphsOf(this.yellow);
    const key = this.#key;
    const local = key ? await readLocal(key).catch(() => undefined) : undefined;
    if (!local || local.synced || local.paragraphs.length === 0 || sameParagraphs(local.paragraphs, server)) {
      this.#callbacks.content(server);
      return;
    }
    const yellow = this.yellow;
    if (!yellow || local.baseEtag === yellow.etag) {
      // Typed here after the server's last version (or never reached the server): the local text wins.
      this.restored = true;
      this.saveStatus = 'pending';
      this.#callbacks.content(local.paragraphs);
      return;
    }
    // Both changed: never pick silently.
    this.conflict = { mine: local.paragraphs, theirs: yellow };
    this.saveStatus = 'conflict';
    this.#callbacks.content(local.paragraphs);
  }

  /** Writes the editor's text to this device (on every change). */
  keepLocal(paragraphs: string[], synced = false): Promise<void> {
    const key = this.#key;
    const fileId = this.#fileId;
    const userId = this.me?.user.id;
    if (!key || !fileId || !userId) return Promise.resolve();
    const copy: LocalCopy = {
      key,
      fileId,
      userId,
      paragraphs,
      savedAt: Date.now(),
      noteId: this.yellow?.id,
      baseEtag: this.yellow?.etag,
      synced,
    };
    // Queued in the store at once (a reload reads after it); the store writes only the newest copy.
    this.#localQueue = writeLocal(copy).catch((error: unknown) =>
      console.warn('@eoffice/components: could not keep the note on this device', error),
    );
    return this.#localQueue;
  }

  /** Saves the yellow note (create or update with If-Match). Rejects when it should be retried. */
  async save(paragraphs: string[]): Promise<void> {
    const client = this.#client;
    const fileId = this.#fileId;
    if (!client || !fileId || this.state !== 'ready' || this.conflict) return;
    if (paragraphs.length === 0) {
      // The API refuses a note with no paragraph; the (empty) text stays on this device.
      this.saveStatus = this.yellow ? 'pending' : 'idle';
      this.#host.requestUpdate();
      return;
    }
    const yellow = this.yellow;
    this.saveStatus = 'saving';
    this.saveError = undefined;
    this.#host.requestUpdate();
    try {
      const note = yellow
        ? await client.notes.update(yellow.id, body(paragraphs), { ifMatch: yellow.etag })
        : await client.notes.create(fileId, body(paragraphs));
      this.#stored(note);
    } catch (error) {
      await this.#failedSave(error, paragraphs);
      // Offline: reject so the autosave keeps the change pending and retries.
      if ((this.saveStatus as SaveStatus) === 'offline') throw error;
    } finally {
      this.#host.requestUpdate();
    }
  }

  #stored(note: Note): void {
    this.yellow = note;
    this.saveStatus = 'saved';
    this.savedAt = new Date();
    this.restored = false;
    const current = this.#callbacks.current();
    void this.keepLocal(current, sameParagraphs(current, paragraphsOf(note)));
    this.#callbacks.saved(note);
  }

  async #failedSave(error: unknown, paragraphs: string[]): Promise<void> {
    const status = statusOf(error);
    if (error instanceof PreconditionFailedError || status === 412) {
      await this.#enterConflict(paragraphs, this.yellow?.id);
    } else if ((error instanceof ConflictError || status === 409) && codeOf(error) === 'note.draft_exists') {
      // Another tab started the yellow note first.
      const client = this.#client;
      const fileId = this.#fileId;
      const [theirs] =
        client && fileId ? await client.notes.list(fileId, { status: 'yellow' }).toArray({ limit: 1 }) : [];
      this.conflict = { mine: paragraphs, theirs };
      this.saveStatus = 'conflict';
    } else if ((error instanceof NotFoundError || status === 404) && this.yellow) {
      // Confirmed or discarded in another tab.
      this.conflict = { mine: paragraphs, theirs: undefined };
      this.saveStatus = 'conflict';
    } else if (isOffline(error)) {
      this.saveStatus = 'offline';
    } else {
      this.saveStatus = 'error';
      this.saveError = error;
    }
  }

  async #enterConflict(mine: string[], noteId: string | undefined): Promise<void> {
    let theirs: Note | undefined;
    try {
      theirs = noteId && this.#client ? await this.#client.notes.get(noteId) : undefined;
    } catch (error) {
      if (!(error instanceof NotFoundError || statusOf(error) === 404)) {
        this.saveStatus = isOffline(error) ? 'offline' : 'error';
        this.saveError = error;
        return;
      }
    }
    this.conflict = { mine, theirs: theirs?.status === 'yellow' ? theirs : undefined };
    this.saveStatus = 'conflict';
  }

  /** Resolves a conflict: `mine` overwrites the server's version (the user chose so), `theirs` replaces the text. */
  async resolve(choice: 'mine' | 'theirs'): Promise<void> {
    const conflict = this.conflict;
    if (!conflict || !this.#client || !this.#fileId) return;
    this.saveStatus = 'saving';
    this.#host.requestUpdate();
    try {
      if (choice === 'theirs') {
        this.conflict = undefined;
        this.yellow = conflict.theirs;
        const paragraphs = paragraphsOf(conflict.theirs);
        this.#callbacks.content(paragraphs);
        this.saveStatus = conflict.theirs ? 'saved' : 'idle';
        this.savedAt = conflict.theirs ? new Date(conflict.theirs.updatedAt) : undefined;
        await this.keepLocal(paragraphs, true);
        return;
      }
      const mine = this.#callbacks.current();
      const note = conflict.theirs
        ? await this.#client.notes.update(conflict.theirs.id, body(mine), { ifMatch: conflict.theirs.etag })
        : await this.#client.notes.create(this.#fileId, body(mine));
      this.conflict = undefined;
      this.#stored(note);
    } catch (error) {
      this.conflict = undefined;
      await this.#failedSave(error, this.#callbacks.current());
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Confirms the yellow note (it turns green). The caller saves pending text first. */
  async confirm(): Promise<Note> {
    const yellow = this.yellow;
    if (!this.#client || !yellow) throw new Error('There is no saved note to confirm.');
    try {
      const note = await this.#client.notes.confirm(yellow.id, { ifMatch: yellow.etag });
      this.yellow = undefined;
      this.greens = [...this.greens.filter((n) => n.id !== note.id), note].sort(
        (a, b) => (a.sequence ?? 0) - (b.sequence ?? 0),
      );
      if (note.signatureId) this.signatures.set(note.signatureId, 'unknown');
      this.saveStatus = 'idle';
      this.savedAt = undefined;
      await this.#forget();
      this.#callbacks.content([]);
      return note;
    } catch (error) {
      if (error instanceof PreconditionFailedError || statusOf(error) === 412) {
        await this.#enterConflict(this.#callbacks.current(), yellow.id);
      }
      throw error;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** A green note was signed (by the signature widget): show its badge and verify it. */
  signed(noteId: string, signatureId: string): void {
    this.greens = this.greens.map((n) => (n.id === noteId ? { ...n, signatureId } : n));
    this.signatures.set(signatureId, 'unknown');
    void this.verifySignatures();
  }

  /** Discards the yellow note on the server and on this device. */
  async discard(): Promise<string | undefined> {
    const yellow = this.yellow;
    try {
      if (this.#client && yellow) await this.#client.notes.discard(yellow.id, { ifMatch: yellow.etag });
      this.yellow = undefined;
      this.conflict = undefined;
      this.saveStatus = 'idle';
      this.savedAt = undefined;
      this.restored = false;
      await this.#forget();
      this.#callbacks.content([]);
      return yellow?.id;
    } catch (error) {
      if (error instanceof PreconditionFailedError || statusOf(error) === 412) {
        await this.#enterConflict(this.#callbacks.current(), yellow?.id);
      }
      throw error;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async #forget(): Promise<void> {
    const key = this.#key;
    await this.#localQueue;
    if (key) await deleteLocal(key).catch(() => undefined);
  }

  /** Verifies signatures shown (lazily, once each). */
  async verifySignatures(): Promise<void> {
    const signatures = this.#client?.signatures;
    if (!signatures) return;
    const pending = [...this.signatures].filter(([, state]) => state === 'unknown').map(([id]) => id);
    for (const id of pending) this.signatures.set(id, 'checking');
    if (pending.length > 0) this.#host.requestUpdate();
    await Promise.all(
      pending.map(async (id) => {
        try {
          const result = await signatures.verify(id);
          this.signatures.set(id, result.valid ? 'verified' : 'not-verified');
        } catch {
          // Unknown is shown as "signed": the signature exists, its check could not be made.
          this.signatures.set(id, 'unknown');
        }
      }),
    );
    this.#host.requestUpdate();
  }
}
