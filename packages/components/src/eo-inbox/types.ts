import type { EventName, Schemas, StreamEvent } from '@eoffice/sdk';
import type { ErrorKind } from '../shared/error-kind.js';

/** The folders of an e-Office inbox. Receipts have no `parked` folder (only files are parked). */
export type InboxFolder = 'inbox' | 'created' | 'sent' | 'parked' | 'closed';

/** Which items the inbox lists: files, receipts or both together. */
export type InboxKind = 'files' | 'receipts' | 'all';

/** A sortable column. */
export type InboxSortKey = 'number' | 'subject' | 'movedAt' | 'dueDate' | 'priority';

/** A column and its direction: `-movedAt` is the newest first. */
export type InboxSort = InboxSortKey | `-${InboxSortKey}`;

/** Priority marking (सामान्य / तत्काल / अति तत्काल). */
export type InboxPriority = Schemas['Priority'];

/** The sender of the latest movement: the post's marking and the officer's name, in both languages. */
export interface InboxSender {
  name: { en: string; hi: string };
  markingAbbreviation: string;
}

/**
 * One row of the inbox: a file (नस्ती) or receipt (आवती) reduced to what the columns show. A `File`
 * or a `Receipt` from the SDK becomes one through `toInboxItem()`; stories and tests write them by hand.
 */
export interface InboxItem {
  type: 'file' | 'receipt';
  id: string;
  number: string;
  /** Subject as written (Hindi or English). */
  subject: string;
  /** Sender of the latest movement; `null` for an item nobody sent (created here). */
  from: InboxSender | null;
  /** When the item reached its holder (the latest movement), RFC 3339. */
  receivedAt: string;
  /** Due date of the current movement (`YYYY-MM-DD`). */
  dueDate: string | null;
  priority: InboxPriority;
  /** The latest movement is not opened yet (bold in the inbox; "pull back" possible in sent). */
  unread: boolean;
  /** Category (files' free-text category, receipts' main category) in the interface language. */
  category?: string | null;
  status?: string;
}

/** The filters and sort the inbox asks the server for (or applies itself in plain-data mode). */
export interface InboxQuery {
  folder: InboxFolder;
  kind: InboxKind;
  sort: InboxSort;
  q?: string | undefined;
  priority?: InboxPriority | undefined;
  overdue?: boolean | undefined;
  /** Inclusive date range (IST calendar days) on the received date. */
  from?: string | undefined;
  to?: string | undefined;
  category?: string | undefined;
}

/** What the inbox shows, or why it shows nothing. */
export type InboxState = 'loading' | 'ready' | 'empty' | ErrorKind;

/** Bulk actions on the selected items. */
export type InboxAction = 'send' | 'park' | 'close' | 'pull-back';

/** How one item of a bulk action ended. */
export interface InboxActionResult {
  id: string;
  number: string;
  ok: boolean;
  /** The server's reason when it failed, in the interface language. */
  message?: string | undefined;
}

/** Counts shown beside each folder (files plus receipts as listed), and the unopened in the inbox. */
export type InboxCounts = Partial<Record<InboxFolder | 'inboxUnread', number>>;

/** Call options the inbox passes to the SDK. */
export interface InboxCallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

interface PageSource<T> {
  list(
    query?: Record<string, unknown>,
    options?: InboxCallOptions,
  ): { pages(): AsyncGenerator<{ items: T[]; nextCursor: string | null }, void, undefined> };
  get(id: string, query?: { markRead?: boolean }, options?: InboxCallOptions): Promise<T>;
  pullBack(id: string, body?: Schemas['ActionRequest'], options?: InboxCallOptions): Promise<unknown>;
  close(id: string, body: Schemas['CloseRequest'], options?: InboxCallOptions): Promise<unknown>;
}

/**
 * The part of an `EOfficeClient` the inbox uses. An SDK client fits; so does a small scripted client
 * in tests or stories that implements only these methods.
 */
export interface InboxClient {
  files: PageSource<Schemas['File']> & {
    park(id: string, body: Schemas['ParkFileRequest'], options?: InboxCallOptions): Promise<unknown>;
  };
  receipts: PageSource<Schemas['Receipt']> & {
    sendMany(body: Schemas['SendReceiptsRequest'], options?: InboxCallOptions): Promise<unknown>;
  };
  folders?: {
    counts(query?: { postId?: string }, options?: InboxCallOptions): Promise<Schemas['FolderCounts']>;
  };
  auth?: {
    me(
      options?: InboxCallOptions,
    ): Promise<{ posts: { id: string }[]; delegations?: { post: { id: string } }[] }>;
  };
  events?: {
    subscribe(options?: { types?: EventName[]; signal?: AbortSignal }): AsyncIterable<StreamEvent>;
  };
}

export type { ItemOpenDetail } from '../shared/item-open.js';
/** `detail` of `eo-selection-change`. */
export interface SelectionChangeDetail {
  items: InboxItem[];
}
/** `detail` of `eo-inbox-loaded`: the first page of the current folder and filters. */
export interface InboxLoadedDetail {
  items: InboxItem[];
  query: InboxQuery;
}
/** `detail` of `eo-inbox-error`. */
export interface InboxErrorDetail {
  error: unknown;
  state: InboxState;
}
/** `detail` of `eo-inbox-action`: a bulk action finished, with one result per item. */
export interface InboxActionDetail {
  action: InboxAction;
  results: InboxActionResult[];
}
