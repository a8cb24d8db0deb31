// The table styles of the notesheet, adopted into the document or shadow root that shows a table.
/**
 * Table borders in the editable area (light DOM) and in green notes and conflict versions (shadow
 * root). Loaded with import() when a table is first shown, apart from the table tools (tables.ts), so
 * a reader of a green table does not download ProseMirror's editing code for its borders.
 */
const TABLE_CSS = `
:is(.eo-notesheet-editable, .paragraph, .conflict-versions) table {
  border-collapse: collapse;
  margin-block: 0.25em;
}
:is(.eo-notesheet-editable, .paragraph, .conflict-versions) :is(td, th) {
  border: 1px solid var(--eo-notesheet-border, var(--_c-border, #c5ccd4));
  padding: 0.2em 0.5em;
  min-inline-size: 3em;
  vertical-align: top;
  text-align: start;
}
.eo-notesheet-editable .selectedCell {
  background: color-mix(in srgb, var(--eo-notesheet-accent, var(--_c-accent, #0b5394)) 20%, transparent);
}
@media (forced-colors: active) {
  :is(.eo-notesheet-editable, .paragraph, .conflict-versions) :is(td, th) {
    border-color: CanvasText;
  }
}
`;
let sheet: CSSStyleSheet | undefined;

/** Adds the table styles to a document or shadow root once. */
export function adoptTableStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TABLE_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
