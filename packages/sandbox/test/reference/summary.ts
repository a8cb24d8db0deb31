// The slow reference of the departmental summary: every main movement in JavaScript, counted one by
// one. reports-sql.node.test.ts checks the SQL summary gives exactly the same cells.
import type { Selectable } from 'kysely';
import type { MovementTable } from '../../src/db/schema.js';
import { istMonth } from '../../src/reports/aging.js';
import { type Org } from '../../src/reports/org.js';
import { emptyCell, postOffices, type ActivityCounts, type SummaryCell } from '../../src/reports/summary.js';
import { movementData } from './holdings.js';

type Activity = keyof ActivityCounts;

export interface SummaryInput {
  org: Org;
  unitId: string;
  months: string[];
  /** Main movements of all items, oldest first. */
  movements: Selectable<MovementTable>[];
  natureOf: Map<string, 'electronic' | 'physical'>;
}

/** Cells keyed `officeId month`. */
export function summarise(input: SummaryInput): Map<string, SummaryCell> {
  const { org, unitId, months, movements, natureOf } = input;
  const officeOfPost = postOffices(org, unitId);
  const wanted = new Set(months);
  const reportingOfficeOf = (postId: string | null) => (postId ? (officeOfPost.get(postId) ?? null) : null);
  const cells = new Map<string, SummaryCell>();
  const count = (postId: string | null, at: string, item: Selectable<MovementTable>, activity: Activity) => {
    const office = reportingOfficeOf(postId);
    const month = istMonth(at);
    if (!office || !wanted.has(month)) return;
    const key = `${office} ${month}`;
    const cell = cells.get(key) ?? emptyCell();
    cells.set(key, cell);
    cell[item.item_type === 'file' ? 'files' : 'receipts'][activity] += 1;
    cell.share[natureOf.get(item.item_id) ?? 'physical'] += 1;
  };
  for (const m of movements) {
    switch (m.action) {
      case 'create':
        count(m.to_post_id, m.sent_at, m, 'created');
        break;
      case 'send':
      case 'return': {
        count(m.from_post_id, m.sent_at, m, 'forwarded');
        // A pulled-back movement never reached anyone; a physical receipt is received when its paper is.
        if (m.pulled_back_at) break;
        const receivedAt = movementData(m).receivedAt;
        const physicalReceipt = m.item_type === 'receipt' && natureOf.get(m.item_id) === 'physical';
        if (typeof receivedAt === 'string') count(m.to_post_id, receivedAt, m, 'received');
        else if (!physicalReceipt) count(m.to_post_id, m.sent_at, m, 'received');
        break;
      }
      case 'close':
      case 'put_in_file':
        count(m.from_post_id ?? m.to_post_id, m.sent_at, m, 'disposed');
        break;
    }
  }
  return cells;
}
