// The slow reference of what is pending where: every main movement loaded into JavaScript and walked
// item by item. reports-sql.node.test.ts checks the SQL reports against it.
import type { Kysely, Selectable } from 'kysely';
import type { Database, ItemTable, MovementTable } from '../../src/db/schema.js';

type Db = Kysely<Database>;

export interface Holding {
  type: 'file' | 'receipt';
  row: Selectable<ItemTable>;
  nature: 'electronic' | 'physical';
  holderPostId: string;
  /** The main movement that brought the item to its holder. */
  movement: Selectable<MovementTable>;
  /**
   * When the holder received it: for a physical receipt, when the paper was acknowledged (until then,
   * when it was sent — it is already waiting in the holder's inbox).
   */
  since: string;
}

interface MovementData {
  dueDate?: string | null;
  receivedAt?: string | null;
}

export function movementData(movement: Selectable<MovementTable>): MovementData {
  return JSON.parse(movement.data) as MovementData;
}

/** Main movements of every item, oldest first, keyed by item. */
export async function mainMovementsByItem(db: Db): Promise<Map<string, Selectable<MovementTable>[]>> {
  const rows = await db
    .selectFrom('movements')
    .selectAll()
    .where('kind', '=', 'main')
    .orderBy('seq')
    .execute();
  const byItem = new Map<string, Selectable<MovementTable>[]>();
  for (const row of rows) {
    const list = byItem.get(row.item_id) ?? [];
    list.push(row);
    byItem.set(row.item_id, list);
  }
  return byItem;
}

/**
 * The movement that put the item with `holder`: the latest main movement into that post from
 * elsewhere (or its creation). The holder's own actions — receive, park, activate, reopen — do not
 * restart the clock.
 */
export function arrival(
  movements: readonly Selectable<MovementTable>[],
  holder: string,
): Selectable<MovementTable> | null {
  for (let i = movements.length - 1; i >= 0; i--) {
    const m = movements[i] as Selectable<MovementTable>;
    if (m.to_post_id === holder && m.from_post_id !== holder) return m;
  }
  return movements[movements.length - 1] ?? null;
}

/**
 * Items pending as main recipient: files neither closed nor parked (parked files leave pendency),
 * receipts neither closed nor put in a file. Copies never appear: they hold nothing.
 */
export async function pendingHoldings(
  db: Db,
  byItem: Map<string, Selectable<MovementTable>[]>,
): Promise<Holding[]> {
  const out: Holding[] = [];
  const files = await db
    .selectFrom('files')
    .selectAll()
    .where('holder_post_id', 'is not', null)
    .where('status', 'not in', ['closed', 'parked'])
    .execute();
  const receipts = await db
    .selectFrom('receipts')
    .selectAll()
    .where('holder_post_id', 'is not', null)
    .where('status', 'not in', ['closed', 'put_in_file'])
    .execute();
  for (const [type, rows] of [
    ['file', files],
    ['receipt', receipts],
  ] as const) {
    for (const row of rows) {
      const holderPostId = row.holder_post_id as string;
      const movement = arrival(byItem.get(row.id) ?? [], holderPostId);
      if (!movement) continue;
      const data = JSON.parse(row.data) as { nature: 'electronic' | 'physical' };
      const receivedAt = movementData(movement).receivedAt;
      out.push({
        type,
        row,
        nature: data.nature,
        holderPostId,
        movement,
        since: typeof receivedAt === 'string' ? receivedAt : movement.sent_at,
      });
    }
  }
  return out;
}
