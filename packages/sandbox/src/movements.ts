// The movement log of files and receipts: writing movements (with their events) and presenting them.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, MovementTable } from './db/schema.js';
import { recordEvent, usersOfPosts } from './events.js';
import type { IdGenerator } from './ids.js';
import { postSummary, type PostSummary } from './presenters/directory.js';

type Db = Kysely<Database>;

export interface MovementInput {
  itemType: 'file' | 'receipt';
  itemId: string;
  action: string;
  kind: 'main' | 'copy';
  fromPostId: string | null;
  toPostId: string | null;
  actorUserId: string;
  remarks?: string | null;
  priority?: string;
  dueDate?: string | null;
  /** Opened at once (actions on your own item, e.g. create or park). */
  read?: boolean;
}

export async function recordMovement(
  trx: Db,
  ids: IdGenerator,
  at: Date,
  input: MovementInput,
): Promise<string> {
  const id = ids.next('mov');
  await trx
    .insertInto('movements')
    .values({
      id,
      item_type: input.itemType,
      item_id: input.itemId,
      action: input.action,
      kind: input.kind,
      from_post_id: input.fromPostId,
      to_post_id: input.toPostId,
      actor_user_id: input.actorUserId,
      remarks: input.remarks?.normalize('NFC') ?? null,
      sent_at: at.toISOString(),
      read_at: input.read ? at.toISOString() : null,
      pulled_back_at: null,
      data: JSON.stringify({ priority: input.priority ?? 'normal', dueDate: input.dueDate ?? null }),
    })
    .execute();
  if (input.toPostId && input.toPostId !== input.fromPostId) {
    const recipients = await usersOfPosts(trx, [input.toPostId]);
    const movement = await presentMovementById(trx, id, at);
    await recordEvent(trx, 'movement.created', recipients, { direction: 'incoming', movement }, at);
    const senders = (await usersOfPosts(trx, [input.fromPostId])).filter((id) => !recipients.includes(id));
    await recordEvent(trx, 'movement.created', senders, { direction: 'outgoing', movement }, at);
    // Everyone on the item's route may read its movements, so their open trackers follow it too.
    const routeRows = await trx
      .selectFrom('movements')
      .select(['from_post_id', 'to_post_id'])
      .where('item_id', '=', input.itemId)
      .execute();
    const routePosts = [...new Set(routeRows.flatMap((r) => [r.from_post_id, r.to_post_id]))].filter(
      (post): post is string => typeof post === 'string',
    );
    const watchers = (await usersOfPosts(trx, routePosts)).filter(
      (id) => !recipients.includes(id) && !senders.includes(id),
    );
    await recordEvent(trx, 'movement.created', watchers, { direction: 'route', movement }, at);
  }
  return id;
}

const IST_OFFSET_MS = 330 * 60 * 1000;

/** Whole IST calendar days between two instants. */
export function istDays(from: string, to: Date): number {
  const day = (ms: number) => Math.floor((ms + IST_OFFSET_MS) / 86_400_000);
  return Math.max(0, day(to.getTime()) - day(Date.parse(from)));
}

export interface ItemInfo {
  type: 'file' | 'receipt';
  id: string;
  number: string;
  subject: string;
}

export async function itemInfo(db: Db, type: 'file' | 'receipt', id: string): Promise<ItemInfo> {
  const table = type === 'file' ? 'files' : 'receipts';
  const row = await db
    .selectFrom(table)
    .select(['number', 'data'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { type, id, number: row.number, subject: (JSON.parse(row.data) as { subject: string }).subject };
}

/**
 * What presenting movements needs from the rest of their item's log: each one's sequence number, when
 * the next main movement ended its holding, and which main movement is current. Computed in SQL for
 * just the rows shown, so a file with a long history is as quick to show as a new one.
 */
async function logPositions(db: Db, itemId: string, rows: Selectable<MovementTable>[]) {
  // Counting from the page's first movement keeps each count short however long the log is.
  const firstSeq = Math.min(...rows.map((r) => r.seq));
  const numbered = await sql<{ id: string; sequence: number; until: string | null }>`
    select m.id,
      (select count(*) from movements c where c.item_id = ${itemId} and c.seq < ${firstSeq})
        + (select count(*) from movements c
           where c.item_id = ${itemId} and c.seq >= ${firstSeq} and c.seq <= m.seq) as sequence,
      (select n.sent_at from movements n
        where n.item_id = ${itemId} and n.kind = 'main' and n.seq > m.seq
        order by n.seq limit 1) as until
    from movements m
    where m.id in (${sql.join(rows.map((r) => r.id))})`.execute(db);
  const current = await currentMainMovement(db, itemId);
  return {
    sequenceOf: new Map(numbered.rows.map((r) => [r.id, Number(r.sequence)])),
    heldUntil: new Map(numbered.rows.flatMap((r) => (r.until ? [[r.id, r.until] as const] : []))),
    lastMainId: current?.id,
  };
}

export async function presentMovements(db: Db, rows: Selectable<MovementTable>[], now: Date) {
  const first = rows[0];
  if (!first) return [];
  const { sequenceOf, heldUntil, lastMainId } = await logPositions(db, first.item_id, rows);
  const info = await itemInfo(db, first.item_type, first.item_id);
  const actorIds = [...new Set(rows.map((r) => r.actor_user_id))];
  const actors = new Map(
    (
      await db.selectFrom('users').select(['id', 'name_en', 'name_hi']).where('id', 'in', actorIds).execute()
    ).map((u) => [u.id, { id: u.id, name: { en: u.name_en, hi: u.name_hi } }]),
  );
  const posts = new Map<string, PostSummary>();
  const post = async (id: string | null) => {
    if (!id) return null;
    let summary = posts.get(id);
    if (!summary) {
      summary = await postSummary(db, id);
      posts.set(id, summary);
    }
    return summary;
  };
  const out = [];
  for (const row of rows) {
    const data = JSON.parse(row.data) as {
      priority: string;
      dueDate: string | null;
      receivedAt?: string | null;
    };
    const by = actors.get(row.actor_user_id);
    if (!by) throw new Error(`movement ${row.id}: unknown actor ${row.actor_user_id}`);
    const until = row.kind === 'main' ? heldUntil.get(row.id) : undefined;
    out.push({
      id: row.id,
      sequence: sequenceOf.get(row.id) ?? 1,
      item: info,
      action: row.action,
      kind: row.kind === 'copy' ? 'copy' : 'main',
      from: await post(row.from_post_id),
      to: await post(row.to_post_id),
      by,
      remarks: row.remarks,
      priority: data.priority,
      dueDate: data.dueDate,
      sentAt: row.sent_at,
      receivedAt: data.receivedAt === undefined ? row.sent_at : data.receivedAt,
      readAt: row.read_at,
      daysHeld: istDays(row.sent_at, until ? new Date(until) : now),
      current: row.kind === 'main' && lastMainId === row.id,
    });
  }
  return out;
}

export type PresentedMovement = Awaited<ReturnType<typeof presentMovements>>[number];

export async function presentMovementById(db: Db, id: string, now: Date): Promise<PresentedMovement> {
  const row = await db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const [movement] = await presentMovements(db, [row], now);
  if (!movement) throw new Error(`movement ${id} vanished`);
  return movement;
}

/** The latest main movement of an item (the one that put it with its current holder). */
export async function currentMainMovement(db: Db, itemId: string) {
  return db
    .selectFrom('movements')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('kind', '=', 'main')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The latest main movement that handed the item to another post (send or return). After the recipient
 * acted on it (parked, closed, filed), it tells "already opened" apart from "nothing was sent".
 */
export async function lastMainHandOver(db: Db, itemId: string) {
  return db
    .selectFrom('movements')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('kind', '=', 'main')
    .where('action', 'in', ['send', 'return'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The holder opening a file or receipt marks its current movement read — which ends the sender's
 * chance to pull it back — and tells the sender through the events stream. Only the first opening
 * counts: the update is conditional on `read_at` still being empty.
 */
export async function markOpenedByHolder(
  db: Db,
  item: {
    type: 'file' | 'receipt';
    id: string;
    number: string;
    subject: string;
    holderPostId: string | null;
  },
  viewerPostIds: readonly string[],
  now: Date,
): Promise<void> {
  if (!item.holderPostId || !viewerPostIds.includes(item.holderPostId)) return;
  const current = await currentMainMovement(db, item.id);
  if (!current || current.read_at !== null || current.to_post_id !== item.holderPostId) return;
  await db.transaction().execute(async (trx) => {
    const opened = await trx
      .updateTable('movements')
      .set({ read_at: now.toISOString() })
      .where('id', '=', current.id)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    if (Number(opened.numUpdatedRows) !== 1) return;
    await recordEvent(
      trx,
      'movement.opened',
      await usersOfPosts(trx, [current.from_post_id]),
      {
        movementId: current.id,
        item: { type: item.type, id: item.id, number: item.number, subject: item.subject },
        readAt: now.toISOString(),
      },
      now,
    );
  });
}
