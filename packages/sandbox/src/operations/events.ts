// Server-Sent Events: the user's events from the events table, resumable by Last-Event-ID, plus
// single-use tickets for native EventSource (which cannot send an Authorization header).
import { eventId, eventSeq } from '../events.js';
import { openEventStream } from '../plugins/event-stream.js';
import { ApiProblem } from '../problem.js';
import { requirePrincipal, type HandlerGroup, type Principal, type Services } from './context.js';

const TICKET_SECONDS = 60;
const RETENTION_MS = 24 * 60 * 60 * 1000;
const KEEP_ALIVE_MS = 15_000;
/** New events are found by polling the table; cheap on SQLite and needs no cross-request bus. */
const POLL_MS = 200;

const tickets = new WeakMap<Services, Map<string, { principal: Principal; expiresAt: number }>>();

function ticketsOf(services: Services) {
  let map = tickets.get(services);
  if (!map) tickets.set(services, (map = new Map()));
  return map;
}

export async function principalFromTicket(services: Services, ticket: string): Promise<Principal> {
  const map = ticketsOf(services);
  const entry = map.get(ticket);
  map.delete(ticket);
  if (!entry || entry.expiresAt <= services.clock().getTime()) {
    throw new ApiProblem(401, 'auth.token_invalid', 'The event ticket is unknown, used or expired.');
  }
  return entry.principal;
}

export const eventHandlers = {
  async createEventTicket(ctx) {
    const principal = requirePrincipal(ctx);
    const expiresAt = ctx.services.clock().getTime() + TICKET_SECONDS * 1000;
    const ticket = `tkt_${ctx.services.ids.secret(24)}`;
    ticketsOf(ctx.services).set(ticket, { principal, expiresAt });
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

    const timers: NodeJS.Timeout[] = [];
    let release: () => void = () => undefined;
    const stream = openEventStream(request, reply, {
      retryMs: 5000,
      onClose: () => {
        timers.forEach((timer) => clearInterval(timer));
        release();
      },
    });
    // A graceful shutdown ends the stream; the client reconnects to another instance with Last-Event-ID.
    release = ctx.services.drain.hold(stream);
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
    await flush();
    if (stream.closed) return { status: 200, sent: true };
    timers.push(
      setInterval(() => {
        if (!stream.closed)
          flush().catch((error: unknown) => request.log.error({ err: error }, 'event stream failed'));
      }, POLL_MS),
      setInterval(() => stream.comment('keep-alive'), KEEP_ALIVE_MS),
    );
    return { status: 200, sent: true };
  },
} satisfies HandlerGroup;
