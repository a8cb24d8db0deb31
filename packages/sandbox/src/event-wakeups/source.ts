// What the event stream needs to learn that new events may be in the events table: a wake-up. The table
// stays the one source of what to send (and of Last-Event-ID replays); a wake-up only says "look now".
// Two implementations: polling.ts (one process on SQLite) and listen-notify.ts (PostgreSQL, where
// events committed by any instance wake the streams of every instance).

export interface EventWakeups {
  /** Calls `wake` whenever events may have been committed; returns the function that unsubscribes. */
  subscribe(wake: () => void): () => void;
  /** Stops waking (the app closes). */
  close(): Promise<void>;
}

/** The subscribers of a wake-up source, woken together. */
export class Subscribers {
  readonly #wakes = new Set<() => void>();

  get size(): number {
    return this.#wakes.size;
  }

  add(wake: () => void): () => void {
    this.#wakes.add(wake);
    return () => {
      this.#wakes.delete(wake);
    };
  }

  wakeAll(): void {
    for (const wake of [...this.#wakes]) wake();
  }
}
