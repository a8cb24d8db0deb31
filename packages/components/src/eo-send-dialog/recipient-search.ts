import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Recipient, SendDialogClient } from './types.js';

/** The contract's shortest query (`q`, minLength 2). */
export const MIN_QUERY = 2;
/** Results offered at once; the search ranks the best first. */
export const MAX_RESULTS = 10;

export type SearchState = 'idle' | 'too-short' | 'loading' | 'ready' | 'error';

export interface RecipientSearchOptions {
  /** The client to search with, read at search time (it may be set after the dialog). */
  client: () => SendDialogClient | undefined;
  /** Milliseconds to wait after the last keystroke before asking the server. */
  delay: () => number;
  /** Interface language for server messages. */
  language: () => string;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Debounced recipient search for one combobox: the typed text, the matches, and which one is
 * active. A newer query aborts the request of an older one so results never arrive out of order.
 */
export class RecipientSearch implements ReactiveController {
  query = '';
  results: Recipient[] = [];
  state: SearchState = 'idle';
  error: unknown;
  /** Index in `results` of the option under aria-activedescendant, or -1. */
  active = -1;
  /** Whether the listbox is shown. */
  expanded = false;

  readonly #host: ReactiveControllerHost;
  readonly #options: RecipientSearchOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #request: AbortController | undefined;
  #pending: Promise<void> = Promise.resolve();

  constructor(host: ReactiveControllerHost, options: RecipientSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Settles when the search started by the latest keystroke has finished (for hosts and tests). */
  get settled(): Promise<void> {
    return this.#pending;
  }

  /** Takes the text the user typed and searches once they pause. */
  input(query: string): void {
    this.query = query;
    this.stop();
    this.active = -1;
    const text = query.trim();
    if (text.length === 0) {
      this.state = 'idle';
      this.results = [];
      this.expanded = false;
    } else if ([...text].length < MIN_QUERY) {
      this.state = 'too-short';
      this.results = [];
      this.expanded = true;
    } else {
      this.state = 'loading';
      this.expanded = true;
      this.#pending = new Promise<void>((resolve) => {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          void this.#search(text).finally(resolve);
        }, this.#options.delay());
      });
    }
    this.#host.requestUpdate();
  }

  /** Moves the active option by `step` (wrapping), opening the list if it was closed. */
  move(step: number): void {
    if (!this.expanded) {
      this.expanded = this.state !== 'idle';
      this.#host.requestUpdate();
      if (this.active >= 0) return;
    }
    const count = this.results.length;
    if (count === 0) return;
    this.active = this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
    this.#host.requestUpdate();
  }

  /** Makes the option at `index` active (Home, End, hover). */
  activate(index: number): void {
    if (index < 0 || index >= this.results.length) return;
    this.active = index;
    this.#host.requestUpdate();
  }

  /** Closes the list and forgets the typed text (after a choice). */
  reset(): void {
    this.stop();
    this.query = '';
    this.results = [];
    this.state = 'idle';
    this.active = -1;
    this.expanded = false;
    this.#host.requestUpdate();
  }

  /** Closes the list, keeping the text (Escape, focus leaving). */
  collapse(): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.active = -1;
    this.#host.requestUpdate();
  }

  /** Cancels a waiting or running search. */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#request?.abort();
    this.#request = undefined;
  }

  async #search(text: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    try {
      const client = this.#options.client();
      if (!client) throw new Error('No e-Office client: set the `client` property or call configure().');
      const results = await client.directory
        .searchRecipients(
          { q: text, limit: MAX_RESULTS },
          { signal: request.signal, headers: { 'accept-language': this.#options.language() } },
        )
        .toArray({ limit: MAX_RESULTS });
      if (request.signal.aborted) return;
      this.results = results;
      this.error = undefined;
      this.state = 'ready';
      this.active = results.length > 0 ? 0 : -1;
    } catch (error) {
      if (request.signal.aborted || isAbort(error)) return;
      this.results = [];
      this.error = error;
      this.state = 'error';
      this.active = -1;
    } finally {
      if (this.#request === request) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }
}
