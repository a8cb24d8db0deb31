/** Where the roving focus goes, or what a key does to the focused row. */
export type GridKeyAction =
  { row: number; column: number } | { open: true } | { toggle: true } | { selectAll: true } | undefined;

/**
 * The inbox grid's keyboard: Up/Down one row, Page Up/Down a page of rows, Home/End the first and last
 * row (the list is read row by row), Left/Right between the cells of a row, Enter opens the row's item,
 * Space selects or unselects it, Ctrl+A selects every row shown.
 */
export function gridKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  position: { row: number; column: number },
  size: { rows: number; columns: number; page: number },
): GridKeyAction {
  if (size.rows === 0) return undefined;
  let { row, column } = position;
  switch (event.key) {
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowRight':
      column += 1;
      break;
    case 'ArrowLeft':
      column -= 1;
      break;
    case 'PageDown':
      row += size.page;
      break;
    case 'PageUp':
      row -= size.page;
      break;
    case 'Home':
      row = 0;
      break;
    case 'End':
      row = size.rows - 1;
      break;
    case 'Enter':
      return { open: true };
    case ' ':
      return { toggle: true };
    case 'a':
    case 'A':
      return event.ctrlKey || event.metaKey ? { selectAll: true } : undefined;
    default:
      return undefined;
  }
  return {
    row: Math.max(0, Math.min(size.rows - 1, row)),
    column: Math.max(0, Math.min(size.columns - 1, column)),
  };
}
