import './define.js';

export { EoNotesheetEditor } from './eo-notesheet-editor.js';
export { NotesheetController, stateForError as notesheetStateForError, type Conflict } from './controller.js';
export { docToParagraphs, noteSchema, paragraphsToDoc, serializeParagraph } from './schema.js';
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
