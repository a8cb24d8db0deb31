import type { EventName, Schemas, StreamEvent } from '@eoffice/sdk';

/** One step in the route of a file or receipt, as the API returns it. */
export type Movement = Schemas['Movement'];
/** A post as it appears on a movement. */
export type PostSummary = Schemas['PostSummary'];
/** What anyone with the number and tracking code may know (public tracking). */
export type PublicTrackingResult = Schemas['PublicTrackingResult'];
/** Action of a movement: `send`, `return`, `pull_back`, `park` … */
export type MovementAction = Schemas['MovementAction'];

/**
 * The file (नस्ती) or receipt (आवती) a tracker shows: its number and subject, and where known its
 * status, priority, holder and due date. A `File`, a `Receipt` or a movement's `item` reference all
 * fit after `toTrackerItem()`.
 */
export interface TrackerItem {
  type: 'file' | 'receipt';
  id?: string;
  number: string;
  subject?: string;
  status?: Schemas['FileStatus'] | Schemas['ReceiptStatus'];
  priority?: Schemas['Priority'];
  currentHolder?: PostSummary | null;
  dueDate?: string | null;
  nature?: Schemas['Nature'];
}

/** What the tracker is showing, or why it shows nothing. */
export type TrackerState =
  'idle' | 'loading' | 'ready' | 'empty' | 'not-found' | 'forbidden' | 'offline' | 'error';

/** Layouts of the timeline. */
export type TrackerLayout = 'vertical' | 'compact' | 'horizontal';

/** Call options the tracker passes to the SDK. */
export interface TrackerCallOptions {
  signal?: AbortSignal;
}

interface MovementReader<T> {
  get(id: string, query?: { markRead?: boolean }, options?: TrackerCallOptions): Promise<T>;
  movements(
    id: string,
    query?: Record<string, unknown>,
    options?: TrackerCallOptions,
  ): { toArray(options?: { limit?: number }): Promise<Movement[]> };
  list?(
    query?: { q?: string; limit?: number },
    options?: TrackerCallOptions,
  ): { toArray(options?: { limit?: number }): Promise<T[]> };
}

/**
 * The part of an `EOfficeClient` the tracker uses. An SDK client fits; so does a small fake in tests
 * or stories that implements only these methods.
 */
export interface TrackerClient {
  files: MovementReader<Schemas['File']>;
  receipts: MovementReader<Schemas['Receipt']>;
  track?(
    query: { number: string; code: string },
    options?: TrackerCallOptions,
  ): Promise<PublicTrackingResult>;
  events?: {
    subscribe(options?: { types?: EventName[]; signal?: AbortSignal }): AsyncIterable<StreamEvent>;
  };
}

/** A file or receipt from the API as a `TrackerItem`. */
export function toTrackerItem(
  value: Schemas['File'] | Schemas['Receipt'],
  type: 'file' | 'receipt',
): TrackerItem {
  return {
    type,
    id: value.id,
    number: value.number,
    subject: value.subject,
    status: value.status,
    priority: value.priority,
    currentHolder: value.currentHolder,
    dueDate: 'dueDate' in value ? value.dueDate : (value.lastMovement?.dueDate ?? null),
    nature: value.nature,
  };
}

/** `detail` of `eo-movement-select`. */
export interface MovementSelectDetail {
  movement: Movement;
}
/** `detail` of `eo-tracker-loaded`. */
export interface TrackerLoadedDetail {
  item: TrackerItem | undefined;
  movements: Movement[];
}
/** `detail` of `eo-tracker-error`. */
export interface TrackerErrorDetail {
  error: unknown;
  state: TrackerState;
}
