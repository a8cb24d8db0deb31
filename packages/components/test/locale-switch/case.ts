/**
 * One row of the language-switch table: an element brought into one state it can show. The test
 * (locale-switch.test.ts) mounts it in English, switches to Hindi and back, mounts it afresh in
 * Hindi, and compares every visible and announced string.
 *
 * `mount()` runs with the page already in the language under test, must bring the element into the
 * same state each time (fixed data and clock: the two Hindi renders are compared word for word), and
 * returns the element and, if the state is held by a pending call, a `release()` that lets it go.
 */
export interface SwitchCase {
  /** The tag, e.g. `eo-file-tracker`: every tag in the custom-elements manifest needs a row. */
  element: string;
  /** The state shown, e.g. `error: file not with you`. */
  state: string;
  mount(): Promise<Mounted>;
}

export interface Mounted {
  el: HTMLElement;
  /** Lets a held call finish (a state held on purpose, like `loading`). */
  release?: () => void;
}
