// Styles of the editable area. It lives in the light DOM (see editor.ts), so these rules are adopted
// into the element's root (the document or an enclosing shadow root) once, scoped by class names.

const CSS = `
.eo-notesheet-editable {
  outline: none;
  white-space: pre-wrap;
  counter-reset: eo-para var(--eo-notesheet-first-para, 0);
}
.eo-notesheet-editable:focus-visible {
  outline: 3px solid var(--eo-notesheet-focus, var(--_c-focus, #b35c00));
  outline-offset: 2px;
}
.eo-notesheet-editable .eo-para {
  position: relative;
  padding-inline-start: 3em;
  margin-block: 0.25em;
  counter-increment: eo-para;
}
.eo-notesheet-editable .eo-para::before {
  content: counter(eo-para) ".";
  position: absolute;
  inset-inline-start: 0;
  font-weight: 600;
  font-variant-numeric: tabular-nums;
}
.eo-notesheet-editable ul,
.eo-notesheet-editable ol {
  margin-block: 0.25em;
  padding-inline-start: 1.5em;
}
.eo-notesheet-editable a.eo-ref {
  color: var(--eo-notesheet-accent, var(--_c-accent, #0b5394));
  text-decoration: underline;
  cursor: default;
}
.eo-notesheet-editable[contenteditable='false'] {
  opacity: 0.85;
}
@media print {
  .eo-notesheet-editable { border: none !important; }
}
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the editable area's styles to `root` once. */
export function adoptContentStyles(root: Node): void {
  const target = root instanceof ShadowRoot || root instanceof Document ? root : undefined;
  if (!target || adopted.has(target)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  adopted.add(target);
}
