// The instance's drain state during a graceful shutdown: from the moment it starts, readiness answers 503
// (the load balancer stops sending traffic), new requests are refused, and the long-lived event streams
// are ended so their clients reconnect elsewhere with Last-Event-ID. Requests already running finish.

/** Something long-lived that a shutdown must end (an event stream). */
export interface Endable {
  end(): void;
}

export class Drain {
  #draining = false;
  readonly #held = new Set<Endable>();

  /** True from the start of a graceful shutdown. */
  get draining(): boolean {
    return this.#draining;
  }

  /** Open streams held now (for tests and logs). */
  get held(): number {
    return this.#held.size;
  }

  /**
   * Registers a stream to end when draining starts (at once if it already has); returns the function
   * that forgets it when the stream ends by itself.
   */
  hold(stream: Endable): () => void {
    if (this.#draining) {
      stream.end();
      return () => undefined;
    }
    this.#held.add(stream);
    return () => {
      this.#held.delete(stream);
    };
  }

  /** Marks the instance not ready and ends every held stream. Idempotent. */
  start(): void {
    if (this.#draining) return;
    this.#draining = true;
    const held = [...this.#held];
    this.#held.clear();
    for (const stream of held) stream.end();
  }
}
