/** What a key pressed on the timeline does: move the roving focus to a step, choose the active one, or nothing. */
export type StepKeyAction = { move: number } | { select: true } | undefined;

/**
 * The timeline's keyboard: arrows move one step (left and right only in the horizontal layout),
 * Page Up/Down ten, Home and End to the ends, Enter and Space choose the step.
 */
export function stepKeyAction(
  key: string,
  active: number,
  count: number,
  horizontal: boolean,
): StepKeyAction {
  if (count === 0) return undefined;
  let next = active;
  switch (key) {
    case 'ArrowDown':
      next += 1;
      break;
    case 'ArrowUp':
      next -= 1;
      break;
    case 'ArrowRight':
      if (!horizontal) return undefined;
      next += 1;
      break;
    case 'ArrowLeft':
      if (!horizontal) return undefined;
      next -= 1;
      break;
    case 'PageDown':
      next += 10;
      break;
    case 'PageUp':
      next -= 10;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    case 'Enter':
    case ' ':
      return { select: true };
    default:
      return undefined;
  }
  return { move: Math.max(0, Math.min(count - 1, next)) };
}
