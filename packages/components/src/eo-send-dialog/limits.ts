import type { SendPriority } from './types.js';

/** The contract's limit on remarks (`Remarks.maxLength`), counted in characters (code points). */
export const REMARKS_MAX = 2000;
/** The contract's limit on copies (`SendRequest.copyTo.maxItems`). */
export const COPIES_MAX = 20;
/** The priority markings offered, in order. */
export const PRIORITIES: readonly SendPriority[] = ['normal', 'immediate', 'most_immediate'];

/** Characters as the contract counts them (code points of the NFC text). */
export function characters(text: string): number {
  return [...text.normalize('NFC')].length;
}
