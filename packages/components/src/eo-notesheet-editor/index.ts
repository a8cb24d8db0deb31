/** `@eoffice/components/eo-notesheet-editor`: defines `<eo-notesheet-editor>` and exports its class and types. */
import './define.js';

export { EoNotesheetEditor } from './eo-notesheet-editor.js';
export type {
  CorrespondenceItem,
  Note,
  NoteConfirmedDetail,
  NoteDiscardedDetail,
  NoteParagraph,
  NoteReference,
  NoteSavedDetail,
  NotesheetClient,
  NotesheetErrorDetail,
  NotesheetState,
  ReferenceOpenDetail,
  SaveStatus,
  SendRequestDetail,
  SignatureState as NoteSignatureState,
} from './types.js';
