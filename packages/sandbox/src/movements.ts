// The movement log of files and receipts: writing movements (with their events) and presenting them.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, MovementTable } from './db/schema.js';
import { recordEvent, usersOfPosts } from './events.js';
import type { IdGenerator } from './ids.js';
import { asEnum, MOVEMENT_ACTIONS, PRIORITIES, type Schemas } from './presenters/contract-enums.js';
import { unitSummary, type PostSummary } from './presenters/directory.js';

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

export type ItemInfo = Schemas['ItemRef'] & { subject: string };

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
 * the next main movement ended its holding, and which main movement is current. Read from the
 * movements_item_log index for just the span of the log the rows cover, so a page of a long history
 * costs a few index reads whatever its position.
 */
async function logPositions(db: Db, itemId: string, rows: Selectable<MovementTable>[], complete: boolean) {
  const firstSeq = Math.min(...rows.map((r) => r.seq));
  const lastSeq = Math.max(...rows.map((r) => r.seq));
  const { before } = await db
    .selectFrom('movements')
    .select((eb) => eb.fn.countAll<number>().as('before'))
    .where('item_id', '=', itemId)
    .where('seq', '<', firstSeq)
    .executeTakeFirstOrThrow();
  // Every movement of the span (whatever filters chose the rows), in order: sequence numbers count them
  // all. Rows read without filters are the span already.
  const span = complete
    ? [...rows].sort((a, b) => a.seq - b.seq)
    : await db
        .selectFrom('movements')
        .select(['seq', 'kind', 'sent_at'])
        .where('item_id', '=', itemId)
        .where('seq', '>=', firstSeq)
        .where('seq', '<=', lastSeq)
        .orderBy('seq')
        .execute();
  const nextMain = await db
    .selectFrom('movements')
    .select('sent_at')
    .where('item_id', '=', itemId)
    .where('kind', '=', 'main')
    .where('seq', '>', lastSeq)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  const sequenceOf = new Map<number, number>();
  const heldUntil = new Map<number, string>();
  let until = nextMain?.sent_at;
  for (let i = span.length - 1; i >= 0; i--) {
    const movement = span[i] as (typeof span)[number];
    sequenceOf.set(movement.seq, Number(before) + i + 1);
    if (movement.kind !== 'main') continue;
    if (until !== undefined) heldUntil.set(movement.seq, until);
    until = movement.sent_at;
  }
  const current = await currentMainMovement(db, itemId);
  return { sequenceOf, heldUntil, lastMainId: current?.id };
}

/**
 * Summaries of the posts a page of movements names, in three queries whatever their number (as
 * presenters/directory.ts `postSummary` gives them one by one: the holder is the first user by id).
 */
export async function postSummaries(db: Db, ids: (string | null)[]): Promise<Map<string, PostSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const posts = await db.selectFrom('posts').selectAll().where('id', 'in', wanted).execute();
  const units = new Map(
    (
      await db
        .selectFrom('units')
        .selectAll()
        .where('id', 'in', [...new Set(posts.map((p) => p.unit_id))])
        .execute()
    ).map((u) => [u.id, u]),
  );
  const holders = new Map<string, { name_en: string; name_hi: string }>();
  const held = await db
    .selectFrom('user_posts')
    .innerJoin('users', 'users.id', 'user_posts.user_id')
    .select(['user_posts.post_id', 'users.name_en', 'users.name_hi'])
    .where('user_posts.post_id', 'in', wanted)
    .where('users.kind', '=', 'user')
    .orderBy('users.id')
    .execute();
  for (const row of held) if (!holders.has(row.post_id)) holders.set(row.post_id, row);
  const out = new Map<string, PostSummary>();
  for (const post of posts) {
    const unit = units.get(post.unit_id);
    if (!unit) throw new Error(`post ${post.id}: unknown unit ${post.unit_id}`);
    const holder = holders.get(post.id);
    const designation = { en: post.designation_en, hi: post.designation_hi };
    out.set(post.id, {
      id: post.id,
      name: holder ? { en: holder.name_en, hi: holder.name_hi } : designation,
      designation,
      markingAbbreviation: post.marking,
      section: unitSummary(unit),
    });
  }
  for (const id of wanted) if (!out.has(id)) throw new Error(`movement names unknown post ${id}`);
  return out;
}

export type PresentedMovement = Schemas['Movement'];

/**
 * Movements of one item as the contract gives them. `complete` says the rows are every movement of
 * their span of the log (read without filters), so the span need not be read again.
 */
export async function presentMovements(
  db: Db,
  rows: Selectable<MovementTable>[],
  now: Date,
  { complete = false }: { complete?: boolean } = {},
): Promise<PresentedMovement[]> {
  const first = rows[0];
  if (!first) return [];
  const { sequenceOf, heldUntil, lastMainId } = await logPositions(db, first.item_id, rows, complete);
  const info = await itemInfo(db, first.item_type, first.item_id);
  const actorIds = [...new Set(rows.map((r) => r.actor_user_id))];
  const actors = new Map(
    (
      await db.selectFrom('users').select(['id', 'name_en', 'name_hi']).where('id', 'in', actorIds).execute()
    ).map((u) => [u.id, { id: u.id, name: { en: u.name_en, hi: u.name_hi } }]),
  );
  const posts = await postSummaries(
    db,
    rows.flatMap((r) => [r.from_post_id, r.to_post_id]),
  );
  const post = (id: string | null) => (id ? (posts.get(id) ?? null) : null);
  const out: PresentedMovement[] = [];
  for (const row of rows) {
    const data = JSON.parse(row.data) as {
      priority: string;
      dueDate: string | null;
      receivedAt?: string | null;
    };
    const by = actors.get(row.actor_user_id);
    if (!by) throw new Error(`movement ${row.id}: unknown actor ${row.actor_user_id}`);
    const until = row.kind === 'main' ? heldUntil.get(row.seq) : undefined;
    out.push({
      id: row.id,
      sequence: sequenceOf.get(row.seq) ?? 1,
      item: info,
      action: asEnum(row.action, MOVEMENT_ACTIONS, 'movement action'),
      kind: row.kind === 'copy' ? 'copy' : 'main',
      from: post(row.from_post_id),
      to: post(row.to_post_id),
      by,
      remarks: row.remarks,
      priority: asEnum(data.priority, PRIORITIES, 'movement priority'),
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

export async function presentMovementById(db: Db, id: string, now: Date): Promise<PresentedMovement> {
  const row = await db.selectFrom('movements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const [movement] = await presentMovements(db, [row], now);
  if (!movement) throw new Error(`movement ${id} vanished`);
  return movement;
}

/**
 * The current main movement of each of `items` (the one that put it with its holder), presented as
 * `presentMovements` presents it, for a page of items in three queries whatever their number: the
 * movements with their sequence numbers (counted on the movements_item index), their actors, and the
 * posts they name. Items without a main movement are absent from the answer.
 */
export async function presentCurrentMovements(
  db: Db,
  items: readonly ItemInfo[],
  now: Date,
): Promise<Map<string, PresentedMovement>> {
  const out = new Map<string, PresentedMovement>();
  if (items.length === 0) return out;
  const latest = sql.join(
    items.map(
      (item) => sql`(select l.seq from movements l where l.item_id = ${item.id} and l.kind = 'main'
        order by l.seq desc limit 1)`,
    ),
  );
  const { rows } = await sql<Selectable<MovementTable> & { sequence: number }>`
    select m.*, (select count(*) from movements c where c.item_id = m.item_id and c.seq <= m.seq) as sequence
    from movements m where m.seq in (${latest})`.execute(db);
  if (rows.length === 0) return out;
  const actorIds = [...new Set(rows.map((r) => r.actor_user_id))];
  const actors = new Map(
    (
      await db.selectFrom('users').select(['id', 'name_en', 'name_hi']).where('id', 'in', actorIds).execute()
    ).map((u) => [u.id, { id: u.id, name: { en: u.name_en, hi: u.name_hi } }]),
  );
  const posts = await postSummaries(
    db,
    rows.flatMap((r) => [r.from_post_id, r.to_post_id]),
  );
  const post = (id: string | null) => (id ? (posts.get(id) ?? null) : null);
  const infos = new Map(items.map((item) => [item.id, item]));
  for (const row of rows) {
    const data = JSON.parse(row.data) as {
      priority: string;
      dueDate: string | null;
      receivedAt?: string | null;
    };
    const by = actors.get(row.actor_user_id);
    if (!by) throw new Error(`movement ${row.id}: unknown actor ${row.actor_user_id}`);
    const info = infos.get(row.item_id) as ItemInfo;
    out.set(row.item_id, {
      id: row.id,
      sequence: Number(row.sequence),
      item: { type: info.type, id: info.id, number: info.number, subject: info.subject },
      action: asEnum(row.action, MOVEMENT_ACTIONS, 'movement action'),
      kind: 'main',
      from: post(row.from_post_id),
      to: post(row.to_post_id),
      by,
      remarks: row.remarks,
      priority: asEnum(data.priority, PRIORITIES, 'movement priority'),
      dueDate: data.dueDate,
      sentAt: row.sent_at,
      receivedAt: data.receivedAt === undefined ? row.sent_at : data.receivedAt,
      readAt: row.read_at,
      // The current holding has not ended: days held count to now.
      daysHeld: istDays(row.sent_at, now),
      current: true,
    });
  }
  return out;
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
