// The editing core the notesheet and draft editors share — the ProseMirror view with its commands,
// history, paste cleaning and the formatting toolbar — loaded with import() only when a text becomes
// editable. Both editors import() this one module, so a page with both downloads it once; readers (green
// notes, an approved or issued letter) render through the schema alone (schema.ts) and never download it.
export { NoteEditor } from './editor.js';
export { Toolbar } from './toolbar.js';
