// Anonymous public tracking: status only, never names, posts, subjects or remarks. Rate limited per
// client address so tracking codes cannot be guessed.
import { ApiProblem, notFound } from '../problem.js';
import type { HandlerGroup, Services } from './context.js';

const WINDOW_MS = 10 * 60 * 1000;
const MAX_REQUESTS = 30;
/** Per app (keyed by its services) so test apps do not share counters. */
const hits = new WeakMap<Services, Map<string, number[]>>();

const LABELS: Record<string, { en: string; hi: string }> = {
  received: { en: 'Received', hi: 'प्राप्त' },
  under_process: { en: 'Under process', hi: 'प्रक्रियाधीन' },
  on_hold: { en: 'On hold', hi: 'रोका गया' },
  disposed: { en: 'Disposed', hi: 'निपटाया गया' },
};

function publicStatus(type: 'file' | 'receipt', status: string): string {
  if (status === 'closed') return 'disposed';
  if (type === 'file') return status === 'parked' ? 'on_hold' : 'under_process';
  return status === 'diarised' ? 'received' : 'under_process';
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace('-', '');
}

export const trackingHandlers = {
  async trackPublic({ query, request, services }) {
    const now = services.clock().getTime();
    let perApp = hits.get(services);
    if (!perApp) hits.set(services, (perApp = new Map()));
    const recent = (perApp.get(request.ip) ?? []).filter((t) => t > now - WINDOW_MS);
    if (recent.length >= MAX_REQUESTS) {
      const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? now) + WINDOW_MS - now) / 1000));
      throw new ApiProblem(429, 'auth.rate_limited', 'Too many tracking requests.', undefined, {
        'retry-after': String(retryAfter),
      });
    }
    perApp.set(request.ip, [...recent, now]);
    const number = String(query.number);
    const code = normaliseCode(String(query.code));
    for (const [table, type] of [
      ['files', 'file'],
      ['receipts', 'receipt'],
    ] as const) {
      const row = await services.db
        .selectFrom(table)
        .select(['number', 'status', 'tracking_code', 'created_at', 'updated_at'])
        .where('number', '=', number)
        .executeTakeFirst();
      if (row && normaliseCode(row.tracking_code) === code) {
        const status = publicStatus(type, row.status);
        return {
          status: 200,
          body: {
            type,
            number: row.number,
            status,
            statusLabel: LABELS[status],
            registeredOn: row.created_at.slice(0, 10),
            lastUpdatedOn: row.updated_at.slice(0, 10),
          },
        };
      }
    }
    throw notFound('No item with that number and tracking code');
  },
} satisfies HandlerGroup;
