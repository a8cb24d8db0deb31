import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { buildTestApp, freshDatabase } from './database.js';
import { DEMO_PASSWORD } from '../src/seed/data.js';
import { insertDirectory, replaySteps, SeedError } from '../src/seed/run.js';
import { fixture } from './fixture.js';

describe('demo seed', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildTestApp({ seed: true, validateResponses: true });
  });
  after(() => app.close());

  it('replays the whole history through the API and lets the demo users log in', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'santosh.patel', password: DEMO_PASSWORD },
    });
    assert.equal(login.statusCode, 200, login.body);
    const token = (login.json() as { accessToken: string }).accessToken;
    const created = await app.inject({
      method: 'GET',
      url: '/api/v1/files?folder=created',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(created.statusCode, 200, created.body);
    assert.ok((created.json() as { items: unknown[] }).items.length > 0);
    const movements = await app.services.db.selectFrom('movements').select('id').execute();
    assert.ok(movements.length > 50);
  });

  it('lets the Labour portal client diarise an electronic receipt with its scanned letter', async () => {
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload:
        'grant_type=client_credentials&client_id=cli_labourportal&client_secret=labour-portal-sandbox-secret' +
        '&scope=receipts%3Awrite%20attachments%3Awrite',
    });
    assert.equal(token.statusCode, 200, token.body);
    const authorization = `Bearer ${(token.json() as { access_token: string }).access_token}`;
    const pdf = [
      '%PDF-1.7',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'avedan.pdf');
    const request = new Request('http://portal.invalid/', { method: 'POST', body: form });
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      headers: { authorization, 'content-type': request.headers.get('content-type') ?? '' },
      payload: Buffer.from(await request.arrayBuffer()),
    });
    assert.equal(upload.statusCode, 201, upload.body);
    const receipt = await app.inject({
      method: 'POST',
      url: '/api/v1/receipts',
      headers: { authorization },
      payload: {
        nature: 'electronic',
        subject: 'न्यूनतम वेतन के भुगतान की शिकायत',
        receivedDate: '2026-11-20',
        deliveryMode: 'email',
        sender: { name: 'रमेश साहू' },
        attachmentIds: [(upload.json() as { id: string }).id],
      },
    });
    assert.equal(receipt.statusCode, 201, receipt.body);
    assert.equal((receipt.json() as { attachments: unknown[] }).attachments.length, 1);
  });

  it('seeds a database file once: a restart with --seed keeps what users did since', async () => {
    const database = await freshDatabase({ persistent: true });
    const db = database.location;
    try {
      const first = await buildApp({ db, seed: true });
      const count = async (a: FastifyInstance) =>
        (await a.services.db.selectFrom('movements').select('id').execute()).length;
      const seeded = await count(first);
      const login = await first.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'sunita.verma', password: DEMO_PASSWORD },
      });
      const token = (login.json() as { accessToken: string }).accessToken;
      const created = await first.inject({
        method: 'POST',
        url: '/api/v1/files',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          numbering: { scheme: 'non_sfs', fileNumber: 'RESTART/1' },
          nature: 'electronic',
          subject: 'पुनः आरंभ',
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      await first.close();

      const second = await buildApp({ db, seed: true });
      try {
        assert.equal(
          await count(second),
          seeded + 1,
          'the new file’s creation is kept and nothing is seeded twice',
        );
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });

  it('produces the same ids on every run', async () => {
    const other = await buildTestApp({ seed: true });
    try {
      const ids = async (a: FastifyInstance) =>
        (await a.services.db.selectFrom('files').select('id').orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(await ids(other), await ids(app));
    } finally {
      await other.close();
    }
  });
});

describe('seed runner', () => {
  it('names the failing step', async () => {
    const app = await buildTestApp({});
    try {
      await insertDirectory(app, fixture, new Date('2025-07-14T05:30:00Z'));
      await assert.rejects(
        replaySteps(app, [
          {
            at: '2025-07-14T05:30:00Z',
            actor: 'sunita.verma',
            operationId: 'createFile',
            body: {
              numbering: { scheme: 'non_sfs', fileNumber: 'S/1' },
              nature: 'electronic',
              subject: 'Seeded file',
            },
            saveAs: 'f1',
          },
          {
            at: '2025-07-14T06:30:00Z',
            actor: 'sunita.verma',
            operationId: 'sendFile',
            pathParams: { fileId: '$ref:f1.id' },
            body: { to: '$ref:post:us-estt' },
          },
          {
            at: '2025-07-14T07:30:00Z',
            actor: 'sunita.verma',
            operationId: 'sendFile',
            pathParams: { fileId: '$ref:f1.id' },
            body: { to: '$ref:post:ds-estt' },
          },
        ]),
        (error: unknown) =>
          error instanceof SeedError &&
          /seed step 3 \(sendFile by sunita\.verma/.test(error.message) &&
          /file\.not_with_you/.test(error.message),
      );
    } finally {
      await app.close();
    }
  });
});
