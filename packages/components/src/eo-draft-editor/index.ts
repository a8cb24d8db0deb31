/** `@eoffice/components/eo-draft-editor`: defines `<eo-draft-editor>` and exports its class and types. */
import './define.js';

export { EoDraftEditor } from './eo-draft-editor.js';
export type {
  Addressee,
  BeforeIssueDetail,
  DispatchEntry,
  DispatchMode,
  Draft,
  DraftApprovedDetail,
  DraftClient,
  DraftContent,
  DraftEditorState,
  DraftIssuedDetail,
  DraftSavedDetail,
  DraftSaveStatus,
  DraftStatus,
  DraftType,
  DraftVersion,
  DraftView,
  Letterhead,
  RegisterFilters,
} from './types.js';
