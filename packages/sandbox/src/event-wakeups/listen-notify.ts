// Wake-ups by PostgreSQL LISTEN/NOTIFY: recordEvent notifies EVENTS_CHANNEL in the transaction that
// inserts an event, PostgreSQL delivers the notification when (and only if) it commits, and each instance
// keeps one dedicated connection that LISTENs and wakes its streams. LISTEN needs a session of its own,
// so this connection does not come from the query pool (nor from a transaction-mode PgBouncer).
// A slow fallback poll and a look after every reconnect cover notifications lost with a dropped
// connection; the events table stays the source of what each stream sends.
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { EVENTS_CHANNEL } from './channel.js';
import { Subscribers, type EventWakeups } from './source.js';

/** How often streams look at the table even without a notification. */
export const FALLBACK_POLL_MS = 2_000;
const RECONNECT_MS = 1_000;

export interface ListenNotifyOptions {
  log: FastifyBaseLogger;
  fallbackPollMs?: number;
}

/** Connects and LISTENs; rejects when the database cannot be reached at start. */
export async function listenNotifyWakeups(url: string, options: ListenNotifyOptions): Promise<EventWakeups> {
  const { log } = options;
  const subscribers = new Subscribers();
  let listening: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (client: pg.Client) => {
    if (listening !== client) return;
    listening = null;
    client.end().catch(() => undefined);
    if (!closed) reconnectLater();
  };
  const reconnectLater = () => {
    retry = setTimeout(() => {
      connect().catch((error: unknown) => {
        log.warn({ err: error }, 'event notifications: reconnecting failed');
        reconnectLater();
      });
    }, RECONNECT_MS);
    retry.unref();
  };
  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', () => subscribers.wakeAll());
    client.on('error', (error) => {
      log.warn({ err: error }, 'event notifications: connection lost');
      lost(client);
    });
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`listen ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await client.end();
      return;
    }
    listening = client;
    // Events committed while nothing listened are found by this look.
    subscribers.wakeAll();
  };

  await connect();
  const poll = setInterval(() => {
    if (subscribers.size > 0) subscribers.wakeAll();
  }, options.fallbackPollMs ?? FALLBACK_POLL_MS);
  poll.unref();

  return {
    subscribe: (wake) => subscribers.add(wake),
    async close() {
      closed = true;
      clearInterval(poll);
      clearTimeout(retry);
      const client = listening;
      listening = null;
      await client?.end();
    },
  };
}
