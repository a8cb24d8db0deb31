// Two sandbox instances on one database, written to at once (on PostgreSQL in the second pass of
// scripts/test-node.mjs, where requests on a pool really run side by side): running numbers stay unique
// and gapless in commit order, an idempotent request sent to both runs once, and of two sends of one
// file with the same version one wins.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, onPostgres, type TestDatabase } from './database.js';
import { harness, seedId, type Harness } from './helpers.js';

/** Leaves a database-specific test out of the other database's pass (it is not a skipped test there). */
function noTest(_name: string, _body: () => Promise<void>): void {}

describe('two instances on one database', () => {
  let database: TestDatabase;
  let a: Harness;
  let b: Harness;

  before(async () => {
    database = await freshDatabase({ persistent: true });
    // One token key, as instances behind one address share theirs: a token from A is good on B.
    const tokenKey = randomBytes(32);
    a = await harness({ db: database.location, tokenKey });
    b = await harness({ db: database.location, tokenKey, directory: false });
  });

  after(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  const diarise = (h: Harness, token: string, subject: string) =>
    h.call('diariseReceipt', {
      token,
      body: {
        nature: 'physical',
        subject,
        receivedDate: '2025-07-10',
        deliveryMode: 'by_hand',
        sender: { name: 'रमेश यादव' },
      },
    });

  it('numbers receipts and files uniquely and without gaps when both instances create at once', async () => {
    const ramesh = await a.login('ramesh.cru');
    const sunita = await a.login('sunita.verma');
    const receipts = await Promise.all(
      Array.from({ length: 16 }, (_, i) => diarise(i % 2 ? b : a, ramesh, `समवर्ती ${i}`)),
    );
    const files = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        (i % 2 ? b : a).call('createFile', {
          token: sunita,
          body: {
            numbering: { scheme: 'sfs', basicHead: 'A', primaryHead: '12011' },
            nature: 'electronic',
            subject: `Concurrent ${i}`,
          },
        }),
      ),
    );
    for (const response of [...receipts, ...files]) assert.equal(response.statusCode, 201, response.body);
    const running = (numbers: string[], pattern: RegExp) =>
      numbers.map((n) => Number(pattern.exec(n)?.[1])).sort((x, y) => x - y);
    const diary = running(
      receipts.map((r) => (r.json() as { number: string }).number),
      /\/(\d+)\/\d{4}$/,
    );
    assert.deepEqual(
      diary,
      Array.from({ length: 16 }, (_, i) => (diary[0] as number) + i),
      diary.join(),
    );
    const fileNumbers = files.map((r) => (r.json() as { number: string }).number);
    assert.equal(new Set(fileNumbers).size, 16, fileNumbers.join());
    const computer = files.map((r) => (r.json() as { computerNumber: number }).computerNumber).sort();
    assert.deepEqual(
      computer,
      Array.from({ length: 16 }, (_, i) => (computer[0] as number) + i),
    );
  });

  // PostgreSQL only: two SQLite connections that both upgrade a read transaction to a write deadlock
  // (SQLITE_BUSY), which is why a SQLite file serves one instance.
  (onPostgres ? it : noTest)(
    'runs an idempotent request sent to both instances at once only once, and both get its answer',
    async () => {
      const sunita = await a.login('sunita.verma');
      const created = await a.call('createFile', {
        token: sunita,
        body: {
          numbering: { scheme: 'non_sfs', fileNumber: 'TWICE/1/2025' },
          nature: 'electronic',
          subject: 'Twice',
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const file = created.json() as { id: string };
      const send = (h: Harness) =>
        h.call('sendFile', {
          token: sunita,
          params: { fileId: file.id },
          headers: { 'idempotency-key': 'both-instances-0001' },
          body: { to: seedId('post', 'us-estt') },
        });
      const [first, second] = await Promise.all([send(a), send(b)]);
      assert.equal(first.statusCode, second.statusCode, `${first.body}\n${second.body}`);
      assert.equal(first.statusCode < 300, true, first.body);
      assert.equal(first.body, second.body);
      const moved = await a.app.services.db
        .selectFrom('movements')
        .select('id')
        .where('item_id', '=', file.id)
        .where('action', '=', 'send')
        .execute();
      assert.equal(moved.length, 1);
    },
  );

  it('moves files crossing between two officers at the same moment, through both instances, without a failure', async () => {
    // A send from A to B and one from B to A change the same two rows of what each holds pending (the
    // review's summaries): written in opposite orders, PostgreSQL would deadlock them.
    const sunita = await a.login('sunita.verma');
    const rajesh = await b.login('rajesh.kumar');
    const create = async (h: Harness, token: string, i: number) => {
      const response = await h.call('createFile', {
        token,
        body: {
          numbering: { scheme: 'non_sfs', fileNumber: `CROSS/${i}/2025` },
          nature: 'electronic',
          subject: `Crossing ${i}`,
        },
      });
      assert.equal(response.statusCode, 201, response.body);
      return (response.json() as { id: string }).id;
    };
    const mine = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => create(a, sunita, i)));
    const theirs = await Promise.all([6, 7, 8, 9, 10, 11].map((i) => create(b, rajesh, i)));
    for (let round = 0; round < 3; round++) {
      const [from, to] = round % 2 === 0 ? [sunita, rajesh] : [rajesh, sunita];
      const answers = await Promise.all([
        ...mine.map((fileId, i) =>
          (i % 2 ? b : a).call('sendFile', {
            token: from,
            params: { fileId },
            body: { to: seedId('post', round % 2 === 0 ? 'us-estt' : 'so-estt') },
          }),
        ),
        ...theirs.map((fileId, i) =>
          (i % 2 ? a : b).call('sendFile', {
            token: to,
            params: { fileId },
            body: { to: seedId('post', round % 2 === 0 ? 'so-estt' : 'us-estt') },
          }),
        ),
      ]);
      for (const answer of answers) assert.equal(answer.statusCode, 200, answer.body);
    }
  });

  it('lets exactly one of two simultaneous sends of a file win, one on each instance', async () => {
    const sunita = await a.login('sunita.verma');
    const created = await a.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: 'RACE/1/2025' },
        nature: 'electronic',
        subject: 'Race',
      },
    });
    const file = created.json() as { id: string };
    const send = (h: Harness, to: string) =>
      h.call('sendFile', {
        token: sunita,
        params: { fileId: file.id },
        body: { to: seedId('post', to) },
      });
    const answers = await Promise.all([send(a, 'us-estt'), send(b, 'ds-estt')]);
    const statuses = answers.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [200, 409], answers.map((r) => r.body).join('\n'));
  });
});
