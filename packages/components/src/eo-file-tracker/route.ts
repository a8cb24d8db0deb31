import type { Movement, TrackerItem } from './types.js';

/** Where the item stands: moving, parked, closed, or (a receipt) put in a file. */
export type Phase = 'active' | 'parked' | 'closed' | 'in-file';

/** The route as the tracker shows it, derived from the movements and the item. */
export interface Route {
  /** Movements in route order (by sequence). */
  rows: Movement[];
  /** Index in `rows` of the movement that made the present holder hold the item, or -1. */
  current: number;
  phase: Phase;
}

/** The route before anything is shown. */
export const EMPTY_ROUTE: Route = { rows: [], current: -1, phase: 'active' };

/** `hi` for free text written in Devanagari, so screen readers and fonts treat it as Hindi. */
export function langOf(text: string): 'hi' | undefined {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : undefined;
}

function inRouteOrder(movements: readonly Movement[]): Movement[] {
  for (let i = 1; i < movements.length; i++) {
    const a = movements[i - 1] as Movement;
    const b = movements[i] as Movement;
    if (a.sequence > b.sequence) {
      return [...movements].sort((x, y) => x.sequence - y.sequence || x.sentAt.localeCompare(y.sentAt));
    }
  }
  return movements as Movement[];
}

function phaseOf(rows: readonly Movement[], item: TrackerItem | undefined): Phase {
  for (let i = rows.length - 1; i >= 0; i--) {
    const m = rows[i] as Movement;
    if (m.kind !== 'main') continue;
    if (m.action === 'close') return 'closed';
    if (m.action === 'park') return 'parked';
    if (m.action === 'put_in_file') return 'in-file';
    return 'active';
  }
  if (item?.status === 'closed') return 'closed';
  if (item?.status === 'parked') return 'parked';
  if (item?.status === 'put_in_file') return 'in-file';
  return 'active';
}

/** Orders the movements by route and finds the present holder's step and the phase. */
export function routeOf(movements: readonly Movement[], item: TrackerItem | undefined): Route {
  const rows = inRouteOrder(movements);
  let current = -1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if ((rows[i] as Movement).current) {
      current = i;
      break;
    }
  }
  return { rows, current, phase: phaseOf(rows, item) };
}
