import type { Schemas } from '@eoffice/sdk';

/** The weekly review of one unit, as `client.reports.review()` returns it. */
export type PendencyReview = Schemas['PendencyReview'];
/** One row of the review: a unit below the reviewed one, or an officer's post. */
export type ReviewRow = Schemas['ReviewRow'];
/** One pending file or receipt. */
export type PendingItem = Schemas['PendingItem'];
/** One page of pending items. */
export type PendingItemList = Schemas['PendingItemList'];
/** One of the four age buckets. */
export type AgeBucket = 'days0to7' | 'days8to15' | 'days16to30' | 'over30Days';
export const BUCKETS: readonly AgeBucket[] = ['days0to7', 'days8to15', 'days16to30', 'over30Days'];

/** What the report shows: the standard states, `ready` with a review. */
export type ReportState = 'loading' | 'empty' | 'ready' | 'not-found' | 'forbidden' | 'offline' | 'error';

/** Which pending items the item list shows: a unit's or a post's, optionally one bucket or overdue only. */
export interface ItemsQuery {
  unitId?: string;
  postId?: string;
  bucket?: AgeBucket;
  overdue?: boolean;
  /** Shown above the list. */
  title: string;
}

/** The part of the SDK client the report uses (`reports:read` scope). */
export interface ReportClient {
  reports: {
    review(
      query?: { unitId?: string; period?: 'week' | 'month'; periods?: number },
      options?: { signal?: AbortSignal },
    ): Promise<PendencyReview>;
    pendingItemsPage(
      query?: {
        unitId?: string;
        postId?: string;
        bucket?: AgeBucket;
        overdue?: boolean;
        limit?: number;
        cursor?: string;
      },
      options?: { signal?: AbortSignal },
    ): Promise<PendingItemList>;
  };
}

/** `eo-pendency-drill`: the user went down (or up) a level. */
export interface DrillDetail {
  /** A unit's review, or an officer's (post's) or unit's list of pending items. */
  level: 'unit' | 'items';
  unitId?: string;
  postId?: string;
  bucket?: AgeBucket;
  overdue?: boolean;
}

export type { ItemOpenDetail } from '../shared/item-open.js';

/** `eo-pendency-error`: loading failed. */
export interface PendencyErrorDetail {
  error: unknown;
  state: ReportState;
}

declare global {
  interface HTMLElementEventMap {
    'eo-pendency-drill': CustomEvent<DrillDetail>;
    'eo-pendency-loaded': CustomEvent<{ review: PendencyReview }>;
    'eo-pendency-error': CustomEvent<PendencyErrorDetail>;
  }
}
