// The SQLite functions our SQL uses answer the same on both databases: on SQLite they are its own, on
// PostgreSQL the definitions of src/db/postgres.ts. The same expectations run in each pass.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../src/db/connect.js';
import type { Database } from '../src/db/schema.js';
import { freshDatabase, type TestDatabase } from './database.js';

const DOC = JSON.stringify({
  s: 'नस्ती',
  n: 42,
  r: 1.5,
  t: true,
  f: false,
  z: null,
  o: { a: 'b' },
  l: [1, 'x'],
  sender: { name: 'रमेश' },
});

describe('SQLite functions on both databases', () => {
  let database: TestDatabase;
  let db: Kysely<Database>;

  before(async () => {
    database = await freshDatabase();
    db = await openDatabase(database.location);
  });

  after(async () => {
    await db.destroy();
    await database.drop();
  });

  const one = async (expression: ReturnType<typeof sql>) =>
    (await sql<{ v: unknown }>`select ${expression} as v`.execute(db)).rows[0]?.v;

  it('json_extract gives strings unquoted, JSON null and missing paths as null, objects as JSON', async () => {
    assert.equal(await one(sql`json_extract(${DOC}, '$.s')`), 'नस्ती');
    assert.equal(await one(sql`json_extract(${DOC}, '$.sender.name')`), 'रमेश');
    assert.equal(await one(sql`json_extract(${DOC}, '$.z')`), null);
    assert.equal(await one(sql`json_extract(${DOC}, '$.missing')`), null);
    assert.deepEqual(JSON.parse(String(await one(sql`json_extract(${DOC}, '$.o')`))), { a: 'b' });
    assert.deepEqual(JSON.parse(String(await one(sql`json_extract(${DOC}, '$.l')`))), [1, 'x']);
    // Numbers and booleans compare as text on PostgreSQL: queries cast or use json_type for them.
    assert.equal(String(await one(sql`json_extract(${DOC}, '$.n')`)), '42');
    assert.equal(String(await one(sql`json_extract(${DOC}, '$.t')`)), '1');
    assert.equal(String(await one(sql`json_extract(${DOC}, '$.f')`)), '0');
    assert.equal(await one(sql`cast(json_extract(${DOC}, '$.n') as text)`), '42');
  });

  it('json_type names types as SQLite does, null for a missing path', async () => {
    const types = await Promise.all(
      ['s', 'n', 'r', 't', 'f', 'z', 'o', 'l', 'missing'].map((key) =>
        one(sql`json_type(${DOC}, ${`$.${key}`})`),
      ),
    );
    assert.deepEqual(types, ['text', 'integer', 'real', 'true', 'false', 'null', 'object', 'array', null]);
  });

  it('json_array makes a JSON array of texts', async () => {
    assert.deepEqual(JSON.parse(String(await one(sql`json_array('a', 'ब', ${'c"d'})`))), ['a', 'ब', 'c"d']);
  });

  it('strftime and date shift an ISO instant by a modifier (IST months and days)', async () => {
    assert.equal(await one(sql`strftime('%Y-%m', '2025-07-31T19:00:00.000Z', '+330 minutes')`), '2025-08');
    assert.equal(await one(sql`strftime('%Y-%m', '2025-07-31T18:00:00.000Z', '+330 minutes')`), '2025-07');
    assert.equal(await one(sql`date('2025-07-13T18:30:00.000Z', '+330 minutes')`), '2025-07-14');
    assert.equal(await one(sql`date('2025-07-13T18:29:59.999Z', '+330 minutes')`), '2025-07-13');
    assert.equal(await one(sql`date(${null}, '+330 minutes')`), null);
  });

  it('orders text bytewise, as SQLite does', async () => {
    const { rows } = await sql<{ v: string }>`
      select v from (select 'b' as v union all select 'B' union all select 'a' union all select '_') t
      order by v`.execute(db);
    assert.deepEqual(
      rows.map((r) => r.v),
      ['B', '_', 'a', 'b'],
    );
  });
});
