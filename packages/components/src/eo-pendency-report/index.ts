/** `@eoffice/components/eo-pendency-report`: defines `<eo-pendency-report>` and exports its class and types. */
import './define.js';

export { EoPendencyReport } from './eo-pendency-report.js';
export type {
  AgeBucket,
  DrillDetail,
  ItemOpenDetail,
  PendencyErrorDetail,
  PendencyReview,
  PendingItem,
  PendingItemList,
  ReportClient,
  ReportState,
  ReviewRow,
} from './types.js';
