// The inbox's side of the folder lists: counts per folder, and the filters and sorts an inbox offers
// (overdue, date range, category, priority on receipts; subject, number, due date and priority order).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, PASSWORD, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');

interface Item {
  id: string;
  number: string;
  subject: string;
}

describe('inbox folders', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;
  let ramesh: string;
  const files: Item[] = [];
  const receipts: Item[] = [];

  const list = async (
    operationId: 'listFiles' | 'listReceipts',
    token: string,
    query: Record<string, string | number | boolean>,
  ) => {
    const response = await h.call(operationId, { token, query: { limit: 100, ...query } });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { items: Item[] }).items;
  };
  const numbers = (items: Item[]) => items.map((i) => i.number);

  // Tokens live 15 minutes: after moving the clock on, sign in again.
  const login = async (username: string) => {
    const response = await h.call('login', { body: { username, password: PASSWORD } });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { accessToken: string }).accessToken;
  };
  const signIn = async () => {
    sunita = await login('sunita.verma');
    rajesh = await login('rajesh.kumar');
    ramesh = await login('ramesh.cru');
  };

  before(async () => {
    h = await harness();
    await signIn();
    const specs = [
      {
        subject: 'Zonal transfers of Inspectors',
        category: 'Establishment',
        priority: 'normal',
        dueDate: '2025-07-15',
      },
      {
        subject: 'Annual leave calendar',
        category: 'Policy',
        priority: 'most_immediate',
        dueDate: '2025-07-30',
      },
      {
        subject: 'Medical reimbursement claim',
        category: 'establishment',
        priority: 'immediate',
        dueDate: null,
      },
    ];
    for (const [index, spec] of specs.entries()) {
      const created = await h.call('createFile', {
        token: sunita,
        body: {
          numbering: { scheme: 'non_sfs', fileNumber: `INBOX/${index + 1}/2025` },
          nature: 'electronic',
          subject: spec.subject,
          category: spec.category,
          priority: spec.priority,
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      const file = created.json() as Item;
      files.push(file);
      const sent = await h.call('sendFile', {
        token: sunita,
        params: { fileId: file.id },
        body: { to: US, ...(spec.dueDate ? { dueDate: spec.dueDate } : {}) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      h.now.value = new Date(h.now.value.getTime() + 86_400_000);
      await signIn();
    }
    for (const [index, priority] of (['normal', 'most_immediate'] as const).entries()) {
      const diarised = await h.call('diariseReceipt', {
        token: ramesh,
        body: {
          nature: 'physical',
          subject: index === 0 ? 'वेतन भुगतान न होने की शिकायत' : 'अवकाश स्वीकृति हेतु आवेदन',
          receivedDate: '2025-07-10',
          letterDate: '2025-07-01',
          deliveryMode: 'speed_post',
          sender: { name: 'रमेश यादव', pincode: '462001' },
          priority,
          ...(index === 0
            ? { categoryId: 'cat_grievance', subCategoryId: 'cat_grvwages1' }
            : { categoryId: 'cat_establish', subCategoryId: 'cat_estleave1' }),
        },
      });
      assert.equal(diarised.statusCode, 201, diarised.body);
      const receipt = diarised.json() as Item;
      receipts.push(receipt);
      const sent = await h.call('sendReceipt', {
        token: ramesh,
        params: { receiptId: receipt.id },
        body: { to: SO, ...(index === 0 ? { dueDate: '2025-07-18' } : {}) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
    }
    // Now 2025-07-20 (IST): the first file (due 15 July) and the first receipt (due 18 July) are overdue.
    h.now.value = new Date('2025-07-20T05:30:00Z');
    await signIn();
  });
  after(() => h.close());

  it('counts each folder and the unopened items of the inbox', async () => {
    const response = await h.call('getFolderCounts', { token: rajesh });
    assert.equal(response.statusCode, 200, response.body);
    const counts = response.json() as { files: Record<string, number>; receipts: Record<string, number> };
    assert.equal(counts.files.inbox, (await list('listFiles', rajesh, { folder: 'inbox' })).length);
    assert.ok(counts.files.inbox >= 3);
    assert.equal(counts.files.inboxUnread, counts.files.inbox);
    await h.call('getFile', { token: rajesh, params: { fileId: files[0]?.id ?? '' } });
    const after = (await h.call('getFolderCounts', { token: rajesh })).json() as typeof counts;
    assert.equal(after.files.inboxUnread, counts.files.inboxUnread - 1);
    const sunitas = (await h.call('getFolderCounts', { token: sunita })).json() as typeof counts;
    assert.equal(sunitas.files.sent, 3);
    assert.equal(sunitas.files.created, (await list('listFiles', sunita, { folder: 'created' })).length);
    assert.equal(sunitas.receipts.inbox, (await list('listReceipts', sunita, { folder: 'inbox' })).length);
    assert.ok(sunitas.receipts.inbox >= 2);
    const other = await h.call('getFolderCounts', { token: rajesh, query: { postId: SO } });
    assert.equal(
      (other.json() as typeof counts).files.inbox,
      0,
      'a post the caller does not hold counts nothing',
    );
  });

  it('filters files by overdue, received date range and category', async () => {
    const ours = (items: Item[]) =>
      numbers(items)
        .filter((n) => n.startsWith('INBOX/'))
        .sort();
    assert.deepEqual(ours(await list('listFiles', rajesh, { overdue: true })), ['INBOX/1/2025']);
    assert.deepEqual(ours(await list('listFiles', rajesh, { overdue: false })), [
      'INBOX/2/2025',
      'INBOX/3/2025',
    ]);
    assert.deepEqual(ours(await list('listFiles', rajesh, { category: 'ESTABLISHMENT' })), [
      'INBOX/1/2025',
      'INBOX/3/2025',
    ]);
    // Sent on 14, 15 and 16 July (IST).
    assert.deepEqual(ours(await list('listFiles', rajesh, { from: '2025-07-15', to: '2025-07-15' })), [
      'INBOX/2/2025',
    ]);
    assert.deepEqual(
      ours(await list('listFiles', rajesh, { dateField: 'dueDate', from: '2025-07-20', to: '2025-08-31' })),
      ['INBOX/2/2025'],
    );
  });

  it('sorts files by subject, due date and priority', async () => {
    const ours = (items: Item[]) => numbers(items).filter((n) => n.startsWith('INBOX/'));
    assert.deepEqual(ours(await list('listFiles', rajesh, { sort: 'subject' })), [
      'INBOX/2/2025',
      'INBOX/3/2025',
      'INBOX/1/2025',
    ]);
    assert.deepEqual(ours(await list('listFiles', rajesh, { sort: '-subject' })), [
      'INBOX/1/2025',
      'INBOX/3/2025',
      'INBOX/2/2025',
    ]);
    assert.deepEqual(ours(await list('listFiles', rajesh, { sort: 'dueDate' })), [
      'INBOX/1/2025',
      'INBOX/2/2025',
      'INBOX/3/2025',
    ]);
    assert.deepEqual(ours(await list('listFiles', rajesh, { sort: 'priority' })), [
      'INBOX/1/2025',
      'INBOX/3/2025',
      'INBOX/2/2025',
    ]);
    assert.deepEqual(ours(await list('listFiles', rajesh, { sort: '-number' })), [
      'INBOX/3/2025',
      'INBOX/2/2025',
      'INBOX/1/2025',
    ]);
  });

  it('filters receipts by priority, overdue and category name in Hindi or English, and sorts them', async () => {
    const [grievance, leave] = receipts as [Item, Item];
    const ids = (items: Item[]) =>
      items.map((i) => i.id).filter((id) => id === grievance.id || id === leave.id);
    assert.deepEqual(ids(await list('listReceipts', sunita, { priority: 'most_immediate' })), [leave.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { overdue: true })), [grievance.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { category: 'शिकायत' })), [grievance.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { category: 'leave' })), [leave.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { sort: '-priority' })), [
      leave.id,
      grievance.id,
    ]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { sort: 'dueDate' })), [grievance.id, leave.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { sort: 'number' })), [grievance.id, leave.id]);
    assert.deepEqual(ids(await list('listReceipts', sunita, { sort: '-number' })), [leave.id, grievance.id]);
  });
});
