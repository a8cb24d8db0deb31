import type { Schemas } from '@eoffice/sdk';

/** A note of the notesheet (green or yellow), as the API returns it. */
export type Note = Schemas['Note'];
/** One numbered paragraph (अनुच्छेद) of a note. */
export type NoteParagraph = Schemas['NoteParagraph'];
/** A reference the server resolved in a note body. */
export type NoteReference = Schemas['NoteReference'];
/** A paper on the correspondence side of the file (C/1, C/2 …). */
export type CorrespondenceItem = Schemas['CorrespondenceItem'];
/** The signed-in user with posts and delegations. */
export type CurrentUser = Schemas['CurrentUser'];
/** The file whose notesheet is shown. */
export type NoteFile = Schemas['File'];
/** Result of verifying a signature. */
export type VerificationResult = Schemas['VerificationResult'];

/** Call options the editor passes to the SDK. */
export interface NotesheetCallOptions {
  signal?: AbortSignal;
  ifMatch?: string;
}

interface Listing<T> {
  toArray(options?: { limit?: number }): Promise<T[]>;
}

/**
 * The part of an `EOfficeClient` the notesheet editor uses. An SDK client fits; so does a small
 * scripted object in stories and UI tests.
 */
export interface NotesheetClient {
  auth: { me(options?: NotesheetCallOptions): Promise<CurrentUser> };
  files: {
    get(id: string, query?: { markRead?: boolean }, options?: NotesheetCallOptions): Promise<NoteFile>;
    correspondence(
      id: string,
      query?: Record<string, unknown>,
      options?: NotesheetCallOptions,
    ): Listing<CorrespondenceItem>;
  };
  notes: {
    list(fileId: string, query?: Record<string, unknown>, options?: NotesheetCallOptions): Listing<Note>;
    get(noteId: string, options?: NotesheetCallOptions): Promise<Note>;
    create(
      fileId: string,
      body: { paragraphs: { html: string }[] },
      options?: NotesheetCallOptions,
    ): Promise<Note>;
    update(
      noteId: string,
      body: { paragraphs: { html: string }[] },
      options: NotesheetCallOptions & { ifMatch: string },
    ): Promise<Note>;
    discard(noteId: string, options: NotesheetCallOptions & { ifMatch: string }): Promise<unknown>;
    confirm(noteId: string, options?: NotesheetCallOptions): Promise<Note>;
  };
  signatures?: {
    verify(signatureId: string, options?: NotesheetCallOptions): Promise<VerificationResult>;
  };
}

/** What the editor shows, or why it shows nothing. */
export type NotesheetState = 'idle' | 'loading' | 'ready' | 'not-found' | 'forbidden' | 'offline' | 'error';

/**
 * Where the yellow note stands: `idle` (nothing typed yet), `pending` (a save is scheduled),
 * `saving`, `saved`, `offline` (kept on this device, will retry), `conflict` (changed elsewhere,
 * the user must choose), `error` (the server refused; the text is kept on this device).
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

/** Verification state of a green note's signature. */
export type SignatureState = 'unknown' | 'checking' | 'verified' | 'not-verified';

/** `detail` of `eo-reference-open`. */
export interface ReferenceOpenDetail {
  kind: 'correspondence' | 'paragraph';
  /** `C/2` or `para:4`. */
  label: string;
  /** The receipt, draft or note behind the reference, when known. */
  targetId: string | undefined;
}
/** `detail` of `eo-note-saved`. */
export interface NoteSavedDetail {
  note: Note;
}
/** `detail` of `eo-note-confirmed`. */
export interface NoteConfirmedDetail {
  note: Note;
  /** True when the user chose "confirm and send". */
  send: boolean;
}
/** `detail` of `eo-note-discarded`. */
export interface NoteDiscardedDetail {
  noteId: string | undefined;
}
/** `detail` of `eo-send-request`: confirm-and-send finished but no send dialog is available. */
export interface SendRequestDetail {
  fileId: string;
  note: Note;
}
/** `detail` of `eo-notesheet-error`. */
export interface NotesheetErrorDetail {
  error: unknown;
  state: NotesheetState;
}
