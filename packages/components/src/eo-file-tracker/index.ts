import './define.js';

export { EoFileTracker } from './eo-file-tracker.js';
export { TrackerController, stateForError, type LiveChange, type TrackerSource } from './controller.js';
export { csvField, movementsToCsv } from './csv.js';
export {
  toTrackerItem,
  type Movement,
  type MovementSelectDetail,
  type PostSummary,
  type PublicTrackingResult,
  type TrackerClient,
  type TrackerErrorDetail,
  type TrackerItem,
  type TrackerLayout,
  type TrackerLoadedDetail,
  type TrackerState,
} from './types.js';
