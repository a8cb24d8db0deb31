// Debounced saving: a burst of typing becomes one request once the user pauses, one save runs at a time,
// and a change made while a save is in flight is saved right after it.

export interface AutosaveOptions {
  /** Pause after the last change before saving, in ms (read at every change). */
  delay(): number;
  /** Saves the current text; rejects to leave the change pending. */
  save(): Promise<void>;
  /** Whether saving must wait (IME composition in progress, a conflict to resolve …). */
  blocked?(): boolean;
}

export class Autosave {
  readonly #options: AutosaveOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #dirty = false;
  /** Pause before retrying a failed save; doubles up to a minute, back to normal after a success. */
  #retry = 0;
  #suspended = false;

  constructor(options: AutosaveOptions) {
    this.#options = options;
  }

  /** True while a change has not been handed to `save` yet. */
  get dirty(): boolean {
    return this.#dirty;
  }

  /** Notes a change; saves after the pause. */
  schedule(): void {
    this.#dirty = true;
    this.#arm(this.#options.delay());
  }

  /** Saves now if anything is pending and waits for it (before confirm, on page hide). */
  async flush(): Promise<void> {
    this.#clear();
    if (this.#running) await this.#running.catch(() => undefined);
    if (this.#dirty && !this.#options.blocked?.()) await this.#run();
  }

  /** Forgets pending changes (after discard or when the source changes). */
  cancel(): void {
    this.#clear();
    this.#dirty = false;
  }

  /** Stops timed saves (the element left the page); `flush()` still saves. */
  suspend(): void {
    this.#suspended = true;
    this.#clear();
  }

  /** Resumes timed saves, saving what is pending after the pause. */
  resume(): void {
    this.#suspended = false;
    if (this.#dirty) this.#arm(this.#options.delay());
  }

  #arm(delay: number): void {
    this.#clear();
    if (this.#suspended) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#options.blocked?.()) {
        // Try again later; the text is safe on this device meanwhile.
        this.#arm(this.#options.delay());
        return;
      }
      if (this.#running) {
        this.#arm(this.#options.delay());
        return;
      }
      void this.#run().catch(() => {
        // Offline or the server is down: try again later (also on the browser's `online` event).
        this.#retry = Math.min(Math.max(this.#retry * 2, this.#options.delay() * 4), 60_000);
        this.#arm(this.#retry);
      });
    }, delay);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #run(): Promise<void> {
    this.#dirty = false;
    const running = this.#options.save();
    this.#running = running;
    try {
      await running;
      this.#retry = 0;
    } catch (error) {
      this.#dirty = true;
      throw error;
    } finally {
      if (this.#running === running) this.#running = undefined;
    }
  }
}
