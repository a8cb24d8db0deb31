/**
 * Registers a custom element unless the tag is already taken. Two portal scripts (or two copies of
 * our bundle) on one page must not throw "has already been used with this registry".
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`<${tag}> is already defined by another copy of @eoffice/components; keeping the first.`);
  }
}
