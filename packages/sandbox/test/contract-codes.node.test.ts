// The problem codes the sandbox answers are the contract's: the ones the contract names for a situation
// (pull back after opening, a bad value inside a new file) and, as a whole, the same set both ways.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contractEventTypes, contractProblemCodes } from './contract-problem-codes.js';
import { harness, problemCode, seedId, type Harness } from './helpers.js';

const CODE_AREAS =
  /^(request|auth|resource|conflict|idempotency|precondition|recipient|category|receipt|file|movement|note|draft|attachment|signature|certificate|esign|server)\./;
const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');

describe('problem codes in the contract’s terms', () => {
  let h: Harness;
  let ramesh: string;
  let sunita: string;
  let rajesh: string;

  before(async () => {
    h = await harness();
    ramesh = await h.login('ramesh.cru');
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
  });
  after(() => h.close());

  const diarise = async () => {
    const response = await h.call('diariseReceipt', {
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
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string };
  };

  it('answers movement.already_opened when the recipient opened the file and then acted on it', async () => {
    const created = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: 'CODES/1/2025' },
        nature: 'electronic',
        subject: 'Leave rules',
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const fileId = (created.json() as { id: string }).id;
    assert.equal(
      (await h.call('sendFile', { token: sunita, params: { fileId }, body: { to: US } })).statusCode,
      200,
    );
    assert.equal((await h.call('getFile', { token: rajesh, params: { fileId } })).statusCode, 200);
    const parked = await h.call('parkFile', {
      token: rajesh,
      params: { fileId },
      body: { remarks: 'प्रतीक्षा' },
    });
    assert.equal(parked.statusCode, 200, parked.body);
    assert.equal(
      problemCode(await h.call('pullBackFile', { token: sunita, params: { fileId }, body: {} })),
      'movement.already_opened',
    );
  });

  it('answers movement.already_opened when the recipient opened the receipt and then closed it', async () => {
    const { id: receiptId } = await diarise();
    assert.equal(
      (await h.call('sendReceipt', { token: ramesh, params: { receiptId }, body: { to: SO } })).statusCode,
      200,
    );
    assert.equal((await h.call('getReceipt', { token: sunita, params: { receiptId } })).statusCode, 200);
    await h.call('receiveReceipt', { token: sunita, params: { receiptId }, body: {} });
    const closed = await h.call('closeReceipt', {
      token: sunita,
      params: { receiptId },
      body: { remarks: 'Filed' },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(
      problemCode(await h.call('pullBackReceipt', { token: ramesh, params: { receiptId }, body: {} })),
      'movement.already_opened',
    );
  });

  it('answers request.validation with the subject’s pointer for an invalid newFile.subject', async () => {
    const { id: receiptId } = await diarise();
    const response = await h.call('putReceiptInFile', {
      token: ramesh,
      params: { receiptId },
      body: {
        newFile: {
          numbering: { scheme: 'non_sfs', fileNumber: 'CODES/2/2025' },
          nature: 'electronic',
          subject: 'x',
        },
      },
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(problemCode(response), 'request.validation');
    const pointers = (response.json() as { errors: { pointer: string }[] }).errors.map((e) => e.pointer);
    assert.ok(pointers.includes('/newFile/subject'), pointers.join(', '));
  });

  it('still answers request.unknown_field for a member neither form defines', async () => {
    const { id: receiptId } = await diarise();
    const response = await h.call('putReceiptInFile', {
      token: ramesh,
      params: { receiptId },
      body: { fileId: 'file_abcdefgh', colour: 'red' },
    });
    assert.equal(problemCode(response), 'request.unknown_field');
  });
});

describe('every problem code', () => {
  const sourceRoot = new URL('../src/', import.meta.url).pathname;
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'generated') return [];
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });
  // A code is a quoted dotted `area.reason` string; event types and file names look alike and are not codes.
  const notCodes = new Set([...contractEventTypes(), 'attachment.pdf']);
  const emitted = new Set<string>();
  for (const path of sources(sourceRoot)) {
    for (const match of readFileSync(path, 'utf8').matchAll(/'([a-z]+\.[a-z_]+)'/g)) {
      const code = match[1] as string;
      if (CODE_AREAS.test(code) && !notCodes.has(code)) emitted.add(code);
    }
  }
  const contract = new Set(contractProblemCodes());

  it('the sandbox can emit is listed in the contract', () => {
    const missing = [...emitted].filter((code) => !contract.has(code)).sort();
    assert.deepEqual(missing, []);
  });

  it('the contract lists is one the sandbox can emit', () => {
    assert.ok(emitted.size > 50, `${emitted.size} codes found in the sources`);
    const unused = [...contract].filter((code) => !emitted.has(code)).sort();
    assert.deepEqual(unused, []);
  });
});
