// Anonymous public tracking: status only, never names, posts, subjects or remarks. Rate limited per
// client address (plugins/rate-limits.ts) so tracking codes cannot be guessed.
import type { Schemas } from '../presenters/contract-enums.js';
import { ApiProblem } from '../problem.js';
import type { HandlerGroup } from './context.js';

type PublicStatus = Schemas['PublicTrackingStatus'];

const LABELS: Record<PublicStatus, Schemas['LocalizedText']> = {
  received: { en: 'Received', hi: 'प्राप्त' },
  under_process: { en: 'Under process', hi: 'प्रक्रियाधीन' },
  on_hold: { en: 'On hold', hi: 'रोका गया' },
  disposed: { en: 'Disposed', hi: 'निपटाया गया' },
};

function publicStatus(type: 'file' | 'receipt', status: string): PublicStatus {
  if (status === 'closed') return 'disposed';
  if (type === 'file') return status === 'parked' ? 'on_hold' : 'under_process';
  return status === 'diarised' ? 'received' : 'under_process';
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace('-', '');
}

export const trackingHandlers = {
  async trackPublic({ query, services }) {
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
    throw new ApiProblem(404, 'resource.not_found', 'No file or receipt has that number and tracking code.');
  },
} satisfies HandlerGroup;
