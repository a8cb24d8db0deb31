// Wake-ups by a timer: every stream looks at the events table every `intervalMs`. Cheap on SQLite, where
// every writer is this process, and the fallback wherever a notification may be missed.
import { Subscribers, type EventWakeups } from './source.js';

/** The event stream's polling interval on SQLite. */
export const POLL_MS = 200;

export function pollingWakeups(intervalMs = POLL_MS): EventWakeups {
  const subscribers = new Subscribers();
  let timer: NodeJS.Timeout | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  return {
    subscribe(wake) {
      const unsubscribe = subscribers.add(wake);
      // One timer for every stream of the process, running only while a stream is open.
      timer ??= setInterval(() => subscribers.wakeAll(), intervalMs);
      return () => {
        unsubscribe();
        if (subscribers.size === 0) stop();
      };
    },
    async close() {
      stop();
    },
  };
}
