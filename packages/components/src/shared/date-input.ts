/**
 * A date field in the Indian order, day-month-year (`15-01-2028`), in both languages. A browser's
 * `<input type="date">` follows the browser's own locale, so an officer on an English (US) browser
 * sees month/day/year; this field always reads DD-MM-YYYY, accepts `-`, `/` or `.` between the parts
 * and Devanagari digits (१५-०१-२०२८), and says what is wrong in the interface language.
 *
 * It is a render function, not an element, so the field sits in the host element's own shadow root
 * beside its label and error (ARIA references cannot cross shadow roots). The host keeps the typed
 * text and the `DateEntry` it last received:
 *
 * ```ts
 * @state() private due: DateEntry = emptyDateEntry;
 * render() {
 *   return renderDateInput({
 *     id: 'due-date',
 *     label: msg('Due date'),
 *     entry: this.due,
 *     min: today(),
 *     onInput: (entry) => (this.due = entry),
 *   });
 * }
 * // on submit: this.due.problem ? show dateProblemText(this.due.problem, …) : send this.due.value
 * ```
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** Why the text is not an acceptable date. */
export type DateProblem = 'format' | 'no-such-day' | 'before-min' | 'after-max';

/** What the user typed and what it means. */
export interface DateEntry {
  /** The text as typed. */
  text: string;
  /** The date as `YYYY-MM-DD` when the text is a valid date within the bounds; else undefined. */
  value: string | undefined;
  /** Why the text is not accepted; undefined for a valid date or an empty field. */
  problem: DateProblem | undefined;
}

/** An empty field. */
export const emptyDateEntry: DateEntry = { text: '', value: undefined, problem: undefined };

/** Earliest and latest acceptable dates, as `YYYY-MM-DD`. */
export interface DateBounds {
  min?: string | undefined;
  max?: string | undefined;
}

const DEVANAGARI_ZERO = 0x0966;

/** Devanagari digits (०-९) as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (d) => String((d.codePointAt(0) ?? DEVANAGARI_ZERO) - DEVANAGARI_ZERO));
}

/**
 * Reads `DD-MM-YYYY` (also with `/` or `.`, one-digit day or month, Devanagari digits) within the
 * bounds. An empty text is no date and no problem: whether the field is required is the host's call.
 */
export function parseIndianDate(text: string, bounds: DateBounds = {}): DateEntry {
  const trimmed = asciiDigits(text.trim());
  if (trimmed === '') return { text, value: undefined, problem: undefined };
  const match = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(trimmed);
  if (!match) return { text, value: undefined, problem: 'format' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { text, value: undefined, problem: 'no-such-day' };
  }
  const value = date.toISOString().slice(0, 10);
  if (bounds.min && value < bounds.min) return { text, value: undefined, problem: 'before-min' };
  if (bounds.max && value > bounds.max) return { text, value: undefined, problem: 'after-max' };
  return { text, value, problem: undefined };
}

/** `YYYY-MM-DD` as the field shows it: `DD-MM-YYYY`, with Devanagari digits on request. */
export function formatIndianDate(value: string, digits: 'latn' | 'deva' = 'latn'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${value}`);
  const text = `${match[3]}-${match[2]}-${match[1]}`;
  return digits === 'deva'
    ? text.replace(/\d/g, (d) => String.fromCodePoint(DEVANAGARI_ZERO + Number(d)))
    : text;
}

/** An entry for a date already chosen (`YYYY-MM-DD`), e.g. a saved due date shown for editing. */
export function dateEntryOf(value: string | undefined, digits: 'latn' | 'deva' = 'latn'): DateEntry {
  return value ? { text: formatIndianDate(value, digits), value, problem: undefined } : emptyDateEntry;
}

/** What is wrong, in the interface language in force (call it when rendering). */
export function dateProblemText(problem: DateProblem, bounds: DateBounds = {}): string {
  switch (problem) {
    case 'format':
      return msg('Write the date as day-month-year, for example 15-01-2028.', {
        desc: 'Date field error: not DD-MM-YYYY',
      });
    case 'no-such-day':
      return msg('There is no such date. Check the day and the month.', {
        desc: 'Date field error: e.g. 31-02-2028',
      });
    case 'before-min': {
      const min = bounds.min ? formatIndianDate(bounds.min) : '';
      return msg(str`The date cannot be before ${min}.`, { desc: 'Date field error: too early' });
    }
    case 'after-max': {
      const max = bounds.max ? formatIndianDate(bounds.max) : '';
      return msg(str`The date cannot be after ${max}.`, { desc: 'Date field error: too late' });
    }
    default:
      return String(problem);
  }
}

/** What `renderDateInput()` draws from. */
export interface DateInputOptions extends DateBounds {
  /** Id of the `<input>`; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  /** The visible label (text or a template, e.g. with an "(optional)" span). */
  label: string | TemplateResult;
  /** The entry the host holds (start with `emptyDateEntry` or `dateEntryOf(value)`). */
  entry: DateEntry;
  /**
   * An error to show instead of the entry's own problem (e.g. the server's), already worded in the
   * interface language. The entry's problem is shown once `showProblem` is true.
   */
  error?: string | undefined;
  /** Show the entry's own problem (set after the field was left or the form submitted). */
  showProblem?: boolean | undefined;
  disabled?: boolean | undefined;
  /** Called on every keystroke with the parsed entry. */
  onInput(entry: DateEntry): void;
  /** Called when the user leaves a changed field (the `change` event), e.g. to start showing problems. */
  onChange?: ((entry: DateEntry) => void) | undefined;
}

/**
 * A labelled text field for a date in day-month-year order, with a hint ("day-month-year, e.g.
 * 15-01-2028") and an error line tied to it by `aria-describedby`, `aria-invalid` when the error
 * shows. Parts: `field`, `input`, `hint`, `error`. Style the classes `field`, `hint` and `error` in
 * the host's styles.
 */
export function renderDateInput(options: DateInputOptions): TemplateResult {
  const bounds = { min: options.min, max: options.max };
  const own =
    options.showProblem && options.entry.problem ? dateProblemText(options.entry.problem, bounds) : '';
  const error = options.error || own;
  const read = (event: Event): DateEntry => parseIndianDate((event.target as HTMLInputElement).value, bounds);
  const example = formatIndianDate('2028-01-15');
  return html`<div part="field" class="field date-field">
    <label for=${options.id}>${options.label}</label>
    <p id=${`${options.id}-hint`} part="hint" class="hint">
      ${msg(str`Day-month-year, for example ${example}`, { desc: 'Hint under a date field (DD-MM-YYYY)' })}
    </p>
    <input
      id=${options.id}
      part="input"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      spellcheck="false"
      size="10"
      maxlength="14"
      aria-describedby=${`${options.id}-hint ${options.id}-error`}
      aria-invalid=${error ? 'true' : 'false'}
      ?disabled=${options.disabled ?? false}
      .value=${options.entry.text}
      @input=${(event: Event) => options.onInput(read(event))}
      @change=${options.onChange ? (event: Event) => options.onChange?.(read(event)) : nothing}
    />
    <p id=${`${options.id}-error`} part="error" class="error">${error}</p>
  </div>`;
}
