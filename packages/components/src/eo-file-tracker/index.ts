/** `@eoffice/components/eo-file-tracker`: defines `<eo-file-tracker>` and exports its class and types. */
import './define.js';

export { EoFileTracker } from './eo-file-tracker.js';
export type {
  Movement,
  MovementSelectDetail,
  PostSummary,
  PublicTrackingResult,
  TrackerClient,
  TrackerErrorDetail,
  TrackerItem,
  TrackerLayout,
  TrackerLoadedDetail,
  TrackerState,
} from './types.js';
