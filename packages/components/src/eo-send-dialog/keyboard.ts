/**
 * Keeps Tab inside a modal dialog: from the last control to the first and back (Shift+Tab). Only the
 * checked radio of a group is a tab stop, as browsers treat them.
 */
export function keepTabInside(event: KeyboardEvent, dialog: HTMLElement, active: Element | null): void {
  if (event.key !== 'Tab') return;
  const focusable = [
    ...dialog.querySelectorAll<HTMLElement>('input, textarea, button, [tabindex]:not([tabindex="-1"])'),
  ].filter((el) => !(el as HTMLInputElement).disabled && el.getClientRects().length > 0);
  const radios = focusable.filter((el) => (el as HTMLInputElement).type === 'radio');
  const stops = focusable.filter((el) => !radios.includes(el) || (el as HTMLInputElement).checked);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (event.shiftKey && (active === first || !active)) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}
