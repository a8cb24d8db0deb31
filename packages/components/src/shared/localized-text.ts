/**
 * Text worded when something happens (an error, a status, an announcement) but shown later, possibly
 * after the page switched language. An element stores the function, not its result: the function
 * calls `msg()` with the parameters it captured (a code, a number, a name), and the element calls it
 * when it renders, so the words are always those of the language in force.
 *
 * ```ts
 * this.actionError = () => msg(str`The note was confirmed as paragraph ${first}.`);
 * // render: ${textOf(this.actionError)}
 * ```
 */
export type LocalizedText = () => string;

/** The words of `text` in the interface language in force now; '' for none. */
export function textOf(text: string | LocalizedText | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'function' ? text() : text;
}
