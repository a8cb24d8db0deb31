// A receipt put in a file travels with the file: whoever the file reaches can read the receipt on its
// correspondence side (getReceipt, listReceiptMovements), and nobody else can.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from './database.js';
import { DEMO_PASSWORD } from '../src/seed/data.js';
import { harness, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');

describe('receipts in a file', () => {
  let h: Harness;
  let ramesh: string;
  let sunita: string;
  let rajesh: string;
  let meera: string;
  let receiptId: string;
  let fileId: string;

  before(async () => {
    h = await harness();
    ramesh = await h.login('ramesh.cru');
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    meera = await h.login('meera.joshi');
    const diarised = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'वेतन भुगतान न होने की शिकायत',
        receivedDate: '2025-07-10',
        letterDate: '2025-07-01',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव', pincode: '462001' },
        categoryId: 'cat_grievance',
        subCategoryId: 'cat_grvwages1',
      },
    });
    assert.equal(diarised.statusCode, 201, diarised.body);
    receiptId = (diarised.json() as { id: string }).id;
    await h.call('sendReceipt', { token: ramesh, params: { receiptId }, body: { to: SO } });
    await h.call('receiveReceipt', { token: sunita, params: { receiptId }, body: {} });
    const put = await h.call('putReceiptInFile', {
      token: sunita,
      params: { receiptId },
      body: {
        newFile: {
          numbering: { scheme: 'non_sfs', fileNumber: 'RIF/1/2025' },
          nature: 'physical',
          subject: 'Wage complaint',
          classification: 'secret',
        },
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    fileId = (put.json() as { file: { id: string } }).file.id;
  });
  after(() => h.close());

  it('is 404 to a post the file has not reached', async () => {
    assert.equal((await h.call('getReceipt', { token: rajesh, params: { receiptId } })).statusCode, 404);
    assert.equal((await h.call('getReceipt', { token: meera, params: { receiptId } })).statusCode, 404);
  });

  it('is readable by the file’s holder once the file reaches them, with its movements', async () => {
    const sent = await h.call('sendFile', { token: sunita, params: { fileId }, body: { to: US } });
    assert.equal(sent.statusCode, 200, sent.body);
    const correspondence = await h.call('listCorrespondence', { token: rajesh, params: { fileId } });
    assert.equal(correspondence.statusCode, 200, correspondence.body);
    const receipt = await h.call('getReceipt', { token: rajesh, params: { receiptId } });
    assert.equal(receipt.statusCode, 200, receipt.body);
    assert.equal((receipt.json() as { status: string }).status, 'put_in_file');
    const movements = await h.call('listReceiptMovements', { token: rajesh, params: { receiptId } });
    assert.equal(movements.statusCode, 200, movements.body);
  });

  it('stays 404 to others: a secret file shows its correspondence to its route only', async () => {
    assert.equal((await h.call('getReceipt', { token: meera, params: { receiptId } })).statusCode, 404);
  });
});

describe('receipts in files of the demo seed', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp({ seed: true, validateResponses: true });
  });
  after(() => app.close());

  it('are readable by each file’s current holder', async () => {
    const { db } = app.services;
    const receipts = (await db.selectFrom('receipts').select(['id', 'data']).execute())
      .map((row) => ({ id: row.id, fileId: (JSON.parse(row.data) as { fileId?: string | null }).fileId }))
      .filter((row): row is { id: string; fileId: string } => typeof row.fileId === 'string');
    assert.ok(receipts.length >= 10, `${receipts.length} receipts in files`);
    const tokens = new Map<string, string>();
    const failures: string[] = [];
    let checked = 0;
    for (const receipt of receipts) {
      const file = await db
        .selectFrom('files')
        .select('holder_post_id')
        .where('id', '=', receipt.fileId)
        .executeTakeFirstOrThrow();
      if (!file.holder_post_id) continue; // a closed file has no holder
      const holder = await db
        .selectFrom('user_posts')
        .innerJoin('users', 'users.id', 'user_posts.user_id')
        .select('users.username')
        .where('user_posts.post_id', '=', file.holder_post_id)
        .where('users.kind', '=', 'user')
        .where('users.active', '=', 1)
        .executeTakeFirst();
      if (!holder) continue; // a vacant post
      let token = tokens.get(holder.username);
      if (!token) {
        const login = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: holder.username, password: DEMO_PASSWORD },
        });
        assert.equal(login.statusCode, 200, login.body);
        token = (login.json() as { accessToken: string }).accessToken;
        tokens.set(holder.username, token);
      }
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/receipts/${receipt.id}?markRead=false`,
        headers: { authorization: `Bearer ${token}` },
      });
      checked += 1;
      if (response.statusCode !== 200)
        failures.push(`${receipt.id} ${holder.username} ${response.statusCode}`);
    }
    assert.ok(checked >= 10, `${checked} receipts checked`);
    assert.deepEqual(failures, []);
  });
});
