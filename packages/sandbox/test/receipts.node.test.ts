import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, problemCode, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');

interface ReceiptBody {
  id: string;
  number: string;
  status: string;
  received: boolean;
  etag: string;
  trackingCode: string | null;
  currentHolder: { id: string } | null;
  correspondenceLabel: string | null;
}

describe('receipts', () => {
  let h: Harness;
  let ramesh: string;
  let sunita: string;
  let rajesh: string;
  let meera: string;

  before(async () => {
    h = await harness();
    ramesh = await h.login('ramesh.cru');
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    meera = await h.login('meera.joshi');
  });
  after(() => h.close());

  const diarise = async (extra: Record<string, unknown> = {}, token = ramesh) => {
    const response = await h.call('diariseReceipt', {
      token,
      body: {
        nature: 'physical',
        subject: 'वेतन भुगतान न होने की शिकायत',
        receivedDate: '2025-07-10',
        letterDate: '2025-07-01',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव', pincode: '462001' },
        categoryId: 'cat_grievance',
        subCategoryId: 'cat_grvwages1',
        ...extra,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as ReceiptBody;
  };
  const send = (id: string, to: string, token = ramesh) =>
    h.call('sendReceipt', { token, params: { receiptId: id }, body: { to } });

  it('diarises with a receipt number, checks dates, categories and attachments', async () => {
    const receipt = await diarise();
    assert.match(receipt.number, /^1\/2025\/CR$/);
    assert.equal(receipt.status, 'diarised');
    assert.equal(receipt.received, true);
    const dates = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'Bad dates',
        receivedDate: '2025-07-10',
        letterDate: '2025-07-12',
        deliveryMode: 'by_hand',
        sender: { name: 'X' },
      },
    });
    assert.equal(problemCode(dates), 'receipt.dates_invalid');
    const future = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'Future',
        receivedDate: '2030-01-01',
        deliveryMode: 'by_hand',
        sender: { name: 'X' },
      },
    });
    assert.equal(problemCode(future), 'receipt.dates_invalid');
    const electronic = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'electronic',
        subject: 'No PDF',
        receivedDate: '2025-07-10',
        deliveryMode: 'email',
        sender: { name: 'X' },
      },
    });
    assert.equal(problemCode(electronic), 'receipt.attachment_required');
    const category = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'Bad category',
        receivedDate: '2025-07-10',
        deliveryMode: 'by_hand',
        sender: { name: 'X' },
        categoryId: 'cat_grievance',
        subCategoryId: 'cat_estleave1',
      },
    });
    assert.equal(problemCode(category), 'category.invalid');
    const fixed = await h.call('updateReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: { receivedDate: '2025-07-09' },
      headers: { 'if-match': receipt.etag },
    });
    assert.equal(problemCode(fixed), 'request.unknown_field');
    const edited = await h.call('updateReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: { subject: 'Edited subject', vip: true },
      headers: { 'if-match': receipt.etag },
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.headers.etag, '"v2"');
  });

  it('requires a physical receipt to be received before anything else', async () => {
    const receipt = await diarise();
    assert.equal((await send(receipt.id, SO)).statusCode, 200);
    const inbox = await h.call('listReceipts', { token: sunita, query: { folder: 'inbox' } });
    const listed = (inbox.json() as { items: ReceiptBody[] }).items.find((r) => r.id === receipt.id);
    assert.equal(listed?.received, false);
    assert.equal(problemCode(await send(receipt.id, US, sunita)), 'receipt.not_received');
    const received = await h.call('receiveReceipt', {
      token: sunita,
      params: { receiptId: receipt.id },
      body: { remarks: 'मूल पत्र प्राप्त' },
    });
    assert.equal(received.statusCode, 200, received.body);
    assert.equal(
      problemCode(
        await h.call('receiveReceipt', { token: sunita, params: { receiptId: receipt.id }, body: {} }),
      ),
      'receipt.already_received',
    );
    assert.equal(problemCode(await send(receipt.id, US)), 'receipt.not_with_you');
    assert.equal((await send(receipt.id, US, sunita)).statusCode, 200);
    assert.equal(
      (await h.call('getReceipt', { token: meera, params: { receiptId: receipt.id } })).statusCode,
      404,
    );
  });

  it('pulls back until opened', async () => {
    const receipt = await diarise();
    await send(receipt.id, SO);
    assert.equal(
      problemCode(
        await h.call('pullBackReceipt', { token: sunita, params: { receiptId: receipt.id }, body: {} }),
      ),
      'movement.not_sender',
    );
    const pulled = await h.call('pullBackReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: { remarks: 'Wrong section' },
    });
    assert.equal(pulled.statusCode, 200, pulled.body);
    assert.equal(
      problemCode(
        await h.call('pullBackReceipt', { token: ramesh, params: { receiptId: receipt.id }, body: {} }),
      ),
      'movement.none_to_pull_back',
    );
    await send(receipt.id, SO);
    await h.call('getReceipt', { token: sunita, params: { receiptId: receipt.id } });
    assert.equal(
      problemCode(
        await h.call('pullBackReceipt', { token: ramesh, params: { receiptId: receipt.id }, body: {} }),
      ),
      'movement.already_opened',
    );
    const movements = await h.call('listReceiptMovements', {
      token: sunita,
      params: { receiptId: receipt.id },
    });
    assert.deepEqual(
      (movements.json() as { items: { action: string }[] }).items.map((m) => m.action),
      ['create', 'send', 'pull_back', 'send'],
    );
  });

  it('sends several at once, all or nothing, never mixing natures', async () => {
    const a = await diarise();
    const b = await diarise();
    const both = await h.call('sendReceipts', { token: ramesh, body: { receiptIds: [a.id, b.id], to: SO } });
    assert.equal(both.statusCode, 200, both.body);
    assert.equal((both.json() as { items: unknown[] }).items.length, 2);
    const c = await diarise();
    const failing = await h.call('sendReceipts', {
      token: ramesh,
      body: { receiptIds: [c.id, a.id], to: US },
    });
    assert.equal(failing.statusCode, 403);
    assert.equal((failing.json() as { errors: { pointer: string }[] }).errors[0]?.pointer, '/receiptIds/1');
    const still = await h.call('getReceipt', { token: ramesh, params: { receiptId: c.id } });
    assert.equal((still.json() as ReceiptBody).status, 'diarised');
  });

  it('puts a receipt into a new file as C/1, then the file carries it', async () => {
    const receipt = await diarise();
    await send(receipt.id, SO);
    const early = await h.call('putReceiptInFile', {
      token: sunita,
      params: { receiptId: receipt.id },
      body: {
        newFile: {
          numbering: { scheme: 'non_sfs', fileNumber: 'PUT/1' },
          nature: 'electronic',
          subject: 'Wage complaint file',
        },
      },
    });
    assert.equal(problemCode(early), 'receipt.not_received');
    await h.call('receiveReceipt', { token: sunita, params: { receiptId: receipt.id }, body: {} });
    const put = await h.call('putReceiptInFile', {
      token: sunita,
      params: { receiptId: receipt.id },
      body: {
        newFile: {
          numbering: { scheme: 'non_sfs', fileNumber: 'PUT/1' },
          nature: 'electronic',
          subject: 'Wage complaint file',
        },
        remarks: 'Put up',
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    const result = put.json() as {
      receipt: ReceiptBody;
      file: { id: string };
      correspondence: { label: string };
    };
    assert.equal(result.correspondence.label, 'C/1');
    assert.equal(result.receipt.status, 'put_in_file');
    assert.equal(result.receipt.currentHolder, null);
    assert.equal(problemCode(await send(receipt.id, US, sunita)), 'receipt.in_file');
    const correspondence = await h.call('listCorrespondence', {
      token: sunita,
      params: { fileId: result.file.id },
    });
    assert.deepEqual(
      (correspondence.json() as { items: { label: string }[] }).items.map((c) => c.label),
      ['C/1'],
    );
    const note = await h.call('createNote', {
      token: sunita,
      params: { fileId: result.file.id },
      body: { paragraphs: [{ html: 'See <a data-ref="C/1">C/1</a>' }] },
    });
    assert.equal(note.statusCode, 201, note.body);
  });

  it('closes and reopens by the closing post', async () => {
    const receipt = await diarise();
    const closed = await h.call('closeReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: { remarks: 'Filed for record' },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(
      problemCode(
        await h.call('closeReceipt', {
          token: ramesh,
          params: { receiptId: receipt.id },
          body: { remarks: 'again' },
        }),
      ),
      'receipt.closed',
    );
    const closedFolder = await h.call('listReceipts', { token: ramesh, query: { folder: 'closed' } });
    assert.ok((closedFolder.json() as { items: ReceiptBody[] }).items.some((r) => r.id === receipt.id));
    const reopened = await h.call('reopenReceipt', {
      token: ramesh,
      params: { receiptId: receipt.id },
      body: {},
    });
    assert.equal((reopened.json() as { receipt: ReceiptBody }).receipt.status, 'diarised');
    assert.equal(
      problemCode(
        await h.call('reopenReceipt', { token: ramesh, params: { receiptId: receipt.id }, body: {} }),
      ),
      'receipt.not_closed',
    );
    void rajesh;
  });

  it('looks up earlier senders of the caller’s posts, newest first, each once', async () => {
    await diarise({ sender: { name: 'सचिव, श्रमिक कल्याण मंडल', organisation: 'श्रमिक कल्याण मंडल' } });
    await diarise({ sender: { name: 'Ramesh Patil', address: 'Plot 14, MIDC Butibori, Nagpur' } });
    await diarise({ sender: { name: 'Ramesh Patil', address: 'Plot 14, MIDC Butibori, Nagpur' } });
    const look = async (query: Record<string, string | number>, token = ramesh) => {
      const response = await h.call('listReceiptSenders', { token, query });
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { items: { name: string; address?: string }[]; nextCursor: string | null };
    };
    const byAddress = await look({ q: 'butibori' });
    assert.deepEqual(
      byAddress.items.map((s) => s.name),
      ['Ramesh Patil'],
    );
    const byOrganisation = await look({ q: 'कल्याण मंडल' });
    assert.equal(byOrganisation.items[0]?.name, 'सचिव, श्रमिक कल्याण मंडल');
    const all = await look({});
    assert.equal(all.items[0]?.name, 'Ramesh Patil', 'the newest sender comes first');
    const names = all.items.map((s) => s.name);
    assert.equal(new Set(names).size, names.length, 'no sender twice');
    const paged = await look({ limit: 1 });
    assert.equal(paged.items.length, 1);
    assert.ok(paged.nextCursor);
    // Someone whose posts diarised nothing has no earlier senders.
    assert.deepEqual((await look({}, meera)).items, []);
  });

  it('tracks a receipt publicly', async () => {
    const receipt = await diarise();
    const tracked = await h.call('trackPublic', {
      query: { number: receipt.number, code: String(receipt.trackingCode) },
    });
    assert.equal(tracked.statusCode, 200, tracked.body);
    assert.equal((tracked.json() as { status: string }).status, 'received');
  });
});
