import type { Schemas } from '@eoffice/sdk';

/** A draft for approval (मसौदा) as the API returns it. */
export type Draft = Schemas['Draft'];
/** The content of one revision. */
export type DraftContent = Schemas['DraftContent'];
/** One revision in the draft's history. */
export type DraftVersion = Schemas['DraftVersion'];
/** A line of the dispatch register (प्रेषण पंजी). */
export type DispatchEntry = Schemas['DispatchEntry'];
export type DraftType = Schemas['DraftType'];
export type DraftStatus = Schemas['DraftStatus'];
export type DispatchMode = Schemas['DispatchMode'];
export type Addressee = Schemas['Addressee'];
export type CurrentUser = Schemas['CurrentUser'];
export type DraftFile = Schemas['File'];
export type Unit = Schemas['Unit'];
/** What `createDraft` and `reviseDraft` take. */
export type DraftInput = Schemas['ReviseDraftRequest'];

/** The letterhead block: department, office and address (from the directory, or set by the page). */
export interface Letterhead {
  department: string;
  office?: string | undefined;
  address?: string | undefined;
}

/** Call options the editor passes to the SDK. */
export interface DraftCallOptions {
  signal?: AbortSignal;
  ifMatch?: string;
}

interface Listing<T> {
  toArray(options?: { limit?: number }): Promise<T[]>;
}

/** Filters of the dispatch register view. */
export interface RegisterFilters {
  from?: string | undefined;
  to?: string | undefined;
  mode?: DispatchMode | undefined;
  unitId?: string | undefined;
}

/**
 * The part of an `EOfficeClient` the draft editor uses. An SDK client fits; so does a small scripted
 * object in stories and UI tests.
 */
export interface DraftClient {
  auth: { me(options?: DraftCallOptions): Promise<CurrentUser> };
  files: { get(id: string, query?: { markRead?: boolean }, options?: DraftCallOptions): Promise<DraftFile> };
  drafts: {
    list(fileId: string, query?: Record<string, unknown>, options?: DraftCallOptions): Listing<Draft>;
    get(draftId: string, options?: DraftCallOptions): Promise<Draft>;
    create(fileId: string, body: Schemas['CreateDraftRequest'], options?: DraftCallOptions): Promise<Draft>;
    revise(
      draftId: string,
      body: DraftInput,
      options: DraftCallOptions & { ifMatch: string },
    ): Promise<Draft>;
    versions(
      draftId: string,
      query?: Record<string, unknown>,
      options?: DraftCallOptions,
    ): Listing<DraftVersion>;
    approve(
      draftId: string,
      body: Schemas['ApproveDraftRequest'],
      options?: DraftCallOptions,
    ): Promise<Draft>;
    issue(draftId: string, body: Schemas['IssueDraftRequest'], options?: DraftCallOptions): Promise<Draft>;
  };
  reports: {
    dispatchRegister(query?: Record<string, unknown>, options?: DraftCallOptions): Listing<DispatchEntry>;
  };
  directory?: { unit(unitId: string, options?: DraftCallOptions): Promise<Unit> };
}

/** What the element shows: the drafts of a file, one draft, or the dispatch register. */
export type DraftView = 'list' | 'draft' | 'register';

/** What the element shows, or why it shows nothing. */
export type DraftEditorState = 'idle' | 'loading' | 'ready' | 'not-found' | 'forbidden' | 'offline' | 'error';

/** Where the open draft's edits stand (as the notesheet's yellow note). */
export type DraftSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'conflict' | 'error';

/** `detail` of `eo-draft-saved`. */
export interface DraftSavedDetail {
  draft: Draft;
  /** True when the save created the draft. */
  created: boolean;
}
/** `detail` of `eo-draft-approved`. */
export interface DraftApprovedDetail {
  draft: Draft;
  /** The approval's signature, or null for an unsigned approval. */
  signatureId: string | null;
}
/** `detail` of `eo-before-issue` (cancelable). */
export interface BeforeIssueDetail {
  draft: Draft;
  mode: DispatchMode;
  remarks: string | undefined;
}
/** `detail` of `eo-draft-issued`. */
export interface DraftIssuedDetail {
  draft: Draft;
  dispatchNumber: string;
}
