/** Where the roving focus goes, or what a key does to the focused row. */
export type GridKeyAction =
  { row: number; column: number } | { open: true } | { toggle: true } | { selectAll: true } | undefined;

/**
 * The inbox grid's keyboard: Up/Down one row (Up from the first row reaches the header row, row -1,
 * whose sort buttons Enter and Space press), Page Up/Down a page of rows, Home/End the first and last
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
  const inHeader = row < 0;
  switch (event.key) {
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowUp':
      // The header row is above the first row; Up stops there.
      return { row: Math.max(-1, row - 1), column };
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
      return inHeader ? undefined : { open: true };
    case ' ':
      return inHeader ? undefined : { toggle: true };
    case 'a':
    case 'A':
      return event.ctrlKey || event.metaKey ? { selectAll: true } : undefined;
    default:
      return undefined;
  }
  return {
    // Left and Right stay in the header row; every other key lands on a row of items.
    row:
      inHeader && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')
        ? -1
        : Math.max(0, Math.min(size.rows - 1, row)),
    column: Math.max(0, Math.min(size.columns - 1, column)),
  };
}
