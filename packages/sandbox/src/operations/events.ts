// Server-Sent Events: the user's events from the events table, resumable by Last-Event-ID, plus
// single-use tickets for native EventSource (which cannot send an Authorization header). The table is
// what every stream sends; the wake-up source (services.wakeups) says when to look at it again.
import { redeemEventTicket, storeEventTicket } from '../event-tickets.js';
import { eventId, eventSeq } from '../events.js';
import { openEventStream } from '../plugins/event-stream.js';
import { ApiProblem } from '../problem.js';
import { requirePrincipal, type HandlerGroup, type Principal, type Services } from './context.js';

const TICKET_SECONDS = 60;
const RETENTION_MS = 24 * 60 * 60 * 1000;
const KEEP_ALIVE_MS = 15_000;
/** Reconnection delay given to clients whose stream ends because this instance shuts down. */
const DRAIN_RETRY_MS = 1000;

export async function principalFromTicket(services: Services, ticket: string): Promise<Principal> {
  const principal = await redeemEventTicket(services.db, ticket, services.clock().getTime());
  if (!principal) {
    throw new ApiProblem(401, 'auth.token_invalid', 'The event ticket is unknown, used or expired.');
  }
  return principal;
}

export const eventHandlers = {
  async createEventTicket(ctx) {
    const principal = requirePrincipal(ctx);
    const now = ctx.services.clock().getTime();
    const expiresAt = now + TICKET_SECONDS * 1000;
    const ticket = `tkt_${ctx.services.ids.secret(24)}`;
    await storeEventTicket(ctx.services.db, ticket, principal, expiresAt, now);
    return { status: 201, body: { ticket, expiresAt: new Date(expiresAt).toISOString() } };
  },

  async streamEvents(ctx) {
    const principal = requirePrincipal(ctx);
    const { db, clock } = ctx.services;
    const { reply, request } = ctx;
    const lastId =
      ctx.headers['last-event-id'] ??
      (typeof ctx.query.lastEventId === 'string' ? ctx.query.lastEventId : undefined);
    const types = Array.isArray(ctx.query.types) ? new Set(ctx.query.types as string[]) : null;

    let cursor = 0;
    let reset: string | null = null;
    const newest = await db
      .selectFrom('events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const newestSeq = Number(newest?.seq ?? 0);
    if (lastId) {
      const seq = eventSeq(lastId);
      const row =
        seq === null
          ? undefined
          : await db
              .selectFrom('events')
              .select(['seq', 'created_at'])
              .where('seq', '=', seq)
              .executeTakeFirst();
      if (!row) reset = 'unknown_event_id';
      else if (Date.parse(row.created_at) < clock().getTime() - RETENTION_MS) reset = 'retention_exceeded';
      cursor = row && !reset ? row.seq : newestSeq;
    } else {
      cursor = newestSeq;
    }

    let release: () => void = () => undefined;
    let unsubscribe: () => void = () => undefined;
    const stream = openEventStream(request, reply, {
      retryMs: 5000,
      onClose: () => {
        clearInterval(keepAlive);
        unsubscribe();
        release();
      },
    });
    const keepAlive = setInterval(() => stream.comment('keep-alive'), KEEP_ALIVE_MS);
    // A graceful shutdown ends the stream; the client reconnects (soon: the load balancer sends it to
    // another instance) with Last-Event-ID.
    release = ctx.services.drain.hold({ end: () => stream.end(DRAIN_RETRY_MS) });
    if (reset) {
      const id = eventId(newestSeq);
      stream.send({
        id,
        event: 'stream.reset',
        data: JSON.stringify({ id, type: 'stream.reset', occurredAt: clock().toISOString(), reason: reset }),
      });
    }

    const flush = async () => {
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('seq', '>', cursor)
        .orderBy('seq')
        .limit(500)
        .execute();
      for (const row of rows) {
        cursor = row.seq;
        if (!(JSON.parse(row.user_ids) as string[]).includes(principal.userId)) continue;
        if (types && !types.has(row.name)) continue;
        stream.send({ id: row.id, event: row.name, data: row.data });
      }
    };
    // One look at the table at a time; a wake-up during a look asks for one more after it.
    let looking = false;
    let again = false;
    const look = () => {
      if (stream.closed) return;
      if (looking) {
        again = true;
        return;
      }
      looking = true;
      flush()
        .catch((error: unknown) => request.log.error({ err: error }, 'event stream failed'))
        .finally(() => {
          looking = false;
          if (again) {
            again = false;
            look();
          }
        });
    };
    // The first look (the replay after Last-Event-ID) holds the turn: wake-ups during it come after.
    looking = true;
    unsubscribe = ctx.services.wakeups.subscribe(look);
    try {
      await flush();
    } finally {
      looking = false;
    }
    if (again) {
      again = false;
      look();
    }
    return { status: 200, sent: true };
  },
} satisfies HandlerGroup;
