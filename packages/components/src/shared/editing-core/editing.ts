// The editing core of the yellow note — the ProseMirror view with its commands, history, paste cleaning
// and the formatting toolbar — loaded with import() only when the note becomes editable. Most people who
// open a notesheet only read its green notes (they do not hold the file), and green notes render through
// the schema alone (schema.ts), so they never download this.
export { NoteEditor } from './editor.js';
export { Toolbar } from './toolbar.js';
