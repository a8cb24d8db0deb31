import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');
const DS = seedId('post', 'ds-estt');
const SO_ADMN = seedId('post', 'so-admn');

interface FileBody {
  id: string;
  number: string;
  status: string;
  etag: string;
  trackingCode: string | null;
  currentHolder: { id: string } | null;
  counts: { linkedFiles: number };
}

describe('files', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;
  let anita: string;
  let meera: string;
  let serial = 0;

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    anita = await h.login('anita.desai');
    meera = await h.login('meera.joshi');
  });
  after(() => h.close());

  const create = async (token = sunita, extra: Record<string, unknown> = {}) => {
    serial += 1;
    const response = await h.call('createFile', {
      token,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: `TEST/${serial}/2025` },
        nature: 'electronic',
        subject: 'Leave rules for contract staff',
        ...extra,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as FileBody;
  };
  const send = (id: string, to: string, token = sunita, extra: Record<string, unknown> = {}) =>
    h.call('sendFile', { token, params: { fileId: id }, body: { to, ...extra } });

  it('creates SFS and free-form files with a computer number, create movement and tracking code', async () => {
    const sfs = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'sfs', basicHead: 'A', primaryHead: '12011' },
        nature: 'electronic',
        subject: 'Recruitment rules for Assistants',
        priority: 'immediate',
      },
    });
    assert.equal(sfs.statusCode, 201, sfs.body);
    const file = sfs.json() as FileBody & { computerNumber: number };
    assert.equal(file.number, 'A-12011/1/2025-Estt.');
    assert.equal(file.status, 'created');
    assert.equal(file.currentHolder?.id, SO);
    assert.match(String(file.trackingCode), /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(sfs.headers.etag, '"v1"');
    assert.equal(sfs.headers.location, `/api/v1/files/${file.id}`);
    const next = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'sfs', basicHead: 'A', primaryHead: '12011' },
        nature: 'electronic',
        subject: 'Recruitment rules again',
      },
    });
    assert.equal((next.json() as FileBody).number, 'A-12011/2/2025-Estt.');
  });

  it('refuses a taken number, an unknown head and a non-section', async () => {
    const first = await create();
    const again = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: first.number },
        nature: 'electronic',
        subject: 'Duplicate number',
      },
    });
    assert.equal(again.statusCode, 409);
    assert.equal(problemCode(again), 'file.number_taken');
    const head = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'sfs', basicHead: 'Q', primaryHead: '1' },
        nature: 'electronic',
        subject: 'Unknown head',
      },
    });
    assert.equal(problemCode(head), 'file.head_invalid');
    const section = await create(sunita, {}).then(() =>
      h.call('createFile', {
        token: sunita,
        body: {
          numbering: { scheme: 'non_sfs', fileNumber: 'X/99' },
          nature: 'electronic',
          subject: 'Bad section',
          sectionId: seedId('unit', 'lc'),
        },
      }),
    );
    assert.equal(problemCode(section), 'file.section_invalid');
  });

  it('hides files from users off the route and outside the section (404), shows them to the section', async () => {
    const file = await create();
    const stranger = await h.call('getFile', { token: meera, params: { fileId: file.id } });
    assert.equal(stranger.statusCode, 404);
    assert.equal(problemCode(stranger), 'resource.not_found');
    const colleague = await h.call('getFile', { token: rajesh, params: { fileId: file.id } });
    assert.equal(colleague.statusCode, 200);
    assert.equal(
      (colleague.json() as FileBody).trackingCode,
      null,
      'section-only viewers do not see the code',
    );
    const confidential = await create(sunita, { classification: 'confidential' });
    const hidden = await h.call('getFile', { token: rajesh, params: { fileId: confidential.id } });
    assert.equal(hidden.statusCode, 404);
  });

  it('sends to a post; only the holder acts; recipients are checked', async () => {
    const file = await create();
    assert.equal(problemCode(await send(file.id, SO)), 'recipient.self');
    assert.equal(problemCode(await send(file.id, US, sunita, { copyTo: [US] })), 'recipient.duplicate');
    assert.equal(problemCode(await send(file.id, 'post_doesnotexist')), 'recipient.invalid');
    assert.equal(
      problemCode(await send(file.id, US, sunita, { dueDate: '2020-01-01' })),
      'request.validation',
    );
    const sent = await send(file.id, US, sunita, { remarks: 'कृपया देखें', copyTo: [DS] });
    assert.equal(sent.statusCode, 200, sent.body);
    const result = sent.json() as {
      file: FileBody;
      movements: { action: string; kind: string; to: { id: string } }[];
    };
    assert.equal(result.file.currentHolder?.id, US);
    assert.equal(result.file.status, 'in_movement');
    assert.deepEqual(
      result.movements.map((m) => [m.action, m.kind, m.to.id]),
      [
        ['send', 'main', US],
        ['copy', 'copy', DS],
      ],
    );
    const again = await send(file.id, DS);
    assert.equal(again.statusCode, 403);
    assert.equal(problemCode(again), 'file.not_with_you');
    const copyHolder = await h.call('sendFile', {
      token: anita,
      params: { fileId: file.id },
      body: { to: SO },
    });
    assert.equal(problemCode(copyHolder), 'file.not_with_you');
  });

  it('lets exactly one of two simultaneous sends win', async () => {
    const file = await create();
    const [a, b] = await Promise.all([send(file.id, US), send(file.id, DS)]);
    const statuses = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(statuses, [200, 409], `${a.body} ${b.body}`);
    const loser = a.statusCode === 409 ? a : b;
    assert.equal(problemCode(loser), 'conflict.concurrent_update');
    const movements = await h.call('listFileMovements', { token: sunita, params: { fileId: file.id } });
    assert.equal((movements.json() as { items: unknown[] }).items.length, 2, 'create + one send');
  });

  it('numbers movements across pages, sorts and filters, and marks only the holding movement current', async () => {
    const file = await create();
    const day = 86_400_000;
    const start = h.now.value;
    // Access tokens are short-lived against the moved clock, so sign in again on each day.
    const signIn = async (username: string) => {
      const response = await h.call('login', { body: { username, password: PASSWORD } });
      return (response.json() as { accessToken: string }).accessToken;
    };
    try {
      // create (day 0) → send to US (day 0) → return to SO (day 2) → send to US (day 5).
      assert.equal((await send(file.id, US)).statusCode, 200);
      h.now.value = new Date(start.getTime() + 2 * day);
      const returned = await h.call('returnFile', {
        token: await signIn('rajesh.kumar'),
        params: { fileId: file.id },
        body: {},
      });
      assert.equal(returned.statusCode, 200, returned.body);
      h.now.value = new Date(start.getTime() + 5 * day);
      assert.equal((await send(file.id, US, await signIn('sunita.verma'))).statusCode, 200);
      h.now.value = new Date(start.getTime() + 6 * day);
      const viewer = await signIn('sunita.verma');

      interface Movement {
        sequence: number;
        action: string;
        current: boolean;
        daysHeld: number;
      }
      const list = async (query: Record<string, string | number>) => {
        const response = await h.call('listFileMovements', {
          token: viewer,
          params: { fileId: file.id },
          query,
        });
        assert.equal(response.statusCode, 200, response.body);
        return response.json() as { items: Movement[]; nextCursor: string | null };
      };
      const first = await list({ limit: 2 });
      assert.ok(first.nextCursor);
      const second = await list({ limit: 2, cursor: first.nextCursor });
      const all = [...first.items, ...second.items];
      assert.deepEqual(
        all.map((m) => [m.sequence, m.action, m.current]),
        [
          [1, 'create', false],
          [2, 'send', false],
          [3, 'return', false],
          [4, 'send', true],
        ],
      );
      assert.deepEqual(
        all.map((m) => m.daysHeld),
        [0, 2, 3, 1],
        'each main movement is held until the next one; the current one until now',
      );
      const newestFirst = await list({ sort: '-sequence', limit: 3 });
      assert.deepEqual(
        newestFirst.items.map((m) => m.sequence),
        [4, 3, 2],
      );
      const sends = await list({ action: 'send' });
      assert.deepEqual(
        sends.items.map((m) => m.sequence),
        [2, 4],
        'a filtered page keeps the numbers of the whole log',
      );
    } finally {
      h.now.value = start;
    }
  });

  it('honours If-Match on sendFile and requires it on updateFile', async () => {
    const file = await create();
    const missing = await h.call('updateFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { subject: 'A new subject' },
    });
    assert.equal(missing.statusCode, 428);
    assert.equal(problemCode(missing), 'precondition.required');
    const updated = await h.call('updateFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { subject: 'A new subject' },
      headers: { 'if-match': '"v1"' },
    });
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.headers.etag, '"v2"');
    const stale = await h.call('updateFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { subject: 'Another' },
      headers: { 'if-match': '"v1"' },
    });
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.headers.etag, '"v2"');
    const staleSend = await h.call('sendFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { to: US },
      headers: { 'if-match': '"v1"' },
    });
    assert.equal(problemCode(staleSend), 'precondition.failed');
    const unknown = await h.call('updateFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { number: 'X' },
      headers: { 'if-match': '"v2"' },
    });
    assert.equal(problemCode(unknown), 'request.unknown_field');
  });

  it('pulls back only while unopened, only by the sender', async () => {
    const file = await create();
    assert.equal(
      problemCode(await h.call('pullBackFile', { token: sunita, params: { fileId: file.id }, body: {} })),
      'movement.none_to_pull_back',
    );
    await send(file.id, US);
    assert.equal(
      problemCode(await h.call('pullBackFile', { token: rajesh, params: { fileId: file.id }, body: {} })),
      'movement.not_sender',
    );
    const peek = await h.call('getFile', {
      token: rajesh,
      params: { fileId: file.id },
      query: { markRead: false },
    });
    assert.equal(peek.statusCode, 200);
    const pulled = await h.call('pullBackFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { remarks: 'Wrong recipient' },
    });
    assert.equal(pulled.statusCode, 200, pulled.body);
    assert.equal((pulled.json() as { file: FileBody }).file.currentHolder?.id, SO);

    await send(file.id, US);
    const opened = await h.call('getFile', { token: rajesh, params: { fileId: file.id } });
    assert.equal(opened.statusCode, 200);
    assert.equal(
      problemCode(await h.call('pullBackFile', { token: sunita, params: { fileId: file.id }, body: {} })),
      'movement.already_opened',
    );
  });

  it('returns to the previous sender', async () => {
    const file = await create();
    assert.equal(
      problemCode(await h.call('returnFile', { token: sunita, params: { fileId: file.id }, body: {} })),
      'file.no_previous_sender',
    );
    await send(file.id, US);
    const back = await h.call('returnFile', {
      token: rajesh,
      params: { fileId: file.id },
      body: { remarks: 'Please revise' },
    });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal((back.json() as { file: FileBody }).file.currentHolder?.id, SO);
  });

  it('parks (out of the inbox), activates, closes by the creator only, reopens', async () => {
    const file = await create();
    const parked = await h.call('parkFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { remarks: 'Awaiting court order' },
    });
    assert.equal(parked.statusCode, 200, parked.body);
    assert.equal(problemCode(await send(file.id, US)), 'file.parked');
    assert.equal(
      problemCode(
        await h.call('parkFile', { token: sunita, params: { fileId: file.id }, body: { remarks: 'again' } }),
      ),
      'file.parked',
    );
    const parkedList = await h.call('listFiles', { token: sunita, query: { folder: 'parked' } });
    assert.ok((parkedList.json() as { items: FileBody[] }).items.some((f) => f.id === file.id));
    const inbox = await h.call('listFiles', { token: sunita, query: { folder: 'inbox', limit: 100 } });
    assert.ok(!(inbox.json() as { items: FileBody[] }).items.some((f) => f.id === file.id));
    const active = await h.call('activateFile', { token: sunita, params: { fileId: file.id }, body: {} });
    assert.equal((active.json() as { file: FileBody }).file.status, 'created');
    assert.equal(
      problemCode(await h.call('activateFile', { token: sunita, params: { fileId: file.id }, body: {} })),
      'file.not_parked',
    );

    await send(file.id, US);
    assert.equal(
      problemCode(
        await h.call('closeFile', { token: rajesh, params: { fileId: file.id }, body: { remarks: 'Done' } }),
      ),
      'file.not_creator',
    );
    assert.equal(
      problemCode(
        await h.call('closeFile', { token: sunita, params: { fileId: file.id }, body: { remarks: 'Done' } }),
      ),
      'file.not_with_you',
    );
    await h.call('returnFile', { token: rajesh, params: { fileId: file.id }, body: {} });
    const closed = await h.call('closeFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { remarks: 'Matter disposed' },
    });
    assert.equal((closed.json() as { file: FileBody }).file.status, 'closed');
    assert.equal(problemCode(await send(file.id, US)), 'file.closed');
    assert.equal(
      problemCode(await h.call('reopenFile', { token: rajesh, params: { fileId: file.id }, body: {} })),
      'file.not_creator',
    );
    const reopened = await h.call('reopenFile', {
      token: sunita,
      params: { fileId: file.id },
      body: { remarks: 'New facts' },
    });
    assert.equal((reopened.json() as { file: FileBody }).file.status, 'in_movement');
    assert.equal(
      problemCode(await h.call('reopenFile', { token: sunita, params: { fileId: file.id }, body: {} })),
      'file.not_closed',
    );
  });

  it('links and unlinks files both ways', async () => {
    const a = await create();
    const b = await create();
    assert.equal(
      problemCode(
        await h.call('linkFile', { token: sunita, params: { fileId: a.id }, body: { fileId: a.id } }),
      ),
      'file.link_self',
    );
    const linked = await h.call('linkFile', {
      token: sunita,
      params: { fileId: a.id },
      body: { fileId: b.id, remarks: 'Same matter' },
    });
    assert.equal(linked.statusCode, 201, linked.body);
    assert.equal(
      problemCode(
        await h.call('linkFile', { token: sunita, params: { fileId: a.id }, body: { fileId: b.id } }),
      ),
      'file.link_exists',
    );
    const list = await h.call('listLinkedFiles', { token: sunita, params: { fileId: b.id } });
    assert.deepEqual(
      (list.json() as { items: { file: { id: string } }[] }).items.map((l) => l.file.id),
      [a.id],
    );
    const removed = await h.call('unlinkFile', {
      token: sunita,
      params: { fileId: a.id, linkedFileId: b.id },
    });
    assert.equal(removed.statusCode, 204);
    assert.equal(
      (await h.call('unlinkFile', { token: sunita, params: { fileId: a.id, linkedFileId: b.id } }))
        .statusCode,
      404,
    );
  });

  it('lists movements and an empty correspondence', async () => {
    const file = await create();
    await send(file.id, US, sunita, { copyTo: [DS] });
    const copies = await h.call('listFileMovements', {
      token: anita,
      params: { fileId: file.id },
      query: { kind: 'copy' },
    });
    assert.equal(copies.statusCode, 200, copies.body);
    assert.deepEqual(
      (copies.json() as { items: { action: string }[] }).items.map((m) => m.action),
      ['copy'],
    );
    const page = await h.call('listFileMovements', {
      token: sunita,
      params: { fileId: file.id },
      query: { limit: 1 },
    });
    const first = page.json() as { items: unknown[]; nextCursor: string };
    assert.equal(first.items.length, 1);
    const second = await h.call('listFileMovements', {
      token: sunita,
      params: { fileId: file.id },
      query: { limit: 1, cursor: first.nextCursor },
    });
    assert.equal(second.statusCode, 200);
    const mismatch = await h.call('listFileMovements', {
      token: sunita,
      params: { fileId: file.id },
      query: { limit: 1, cursor: first.nextCursor, kind: 'main' },
    });
    assert.equal(mismatch.statusCode, 400);
    const correspondence = await h.call('listCorrespondence', { token: sunita, params: { fileId: file.id } });
    assert.deepEqual(correspondence.json(), { items: [], nextCursor: null });
  });

  it('lists folders: inbox, created, sent', async () => {
    const file = await create();
    await send(file.id, US);
    const ids = async (token: string, folder: string) =>
      (
        (await h.call('listFiles', { token, query: { folder, limit: 100 } })).json() as { items: FileBody[] }
      ).items.map((f) => f.id);
    assert.ok((await ids(rajesh, 'inbox')).includes(file.id));
    assert.ok((await ids(sunita, 'sent')).includes(file.id));
    assert.ok((await ids(sunita, 'created')).includes(file.id));
    assert.ok(!(await ids(sunita, 'inbox')).includes(file.id));
  });

  it('tracks publicly by number and code, revealing status only', async () => {
    const file = await create();
    const code = String(file.trackingCode);
    const found = await h.call('trackPublic', {
      query: { number: file.number, code: code.replace('-', '').toLowerCase() },
    });
    assert.equal(found.statusCode, 200, found.body);
    const body = found.json() as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), [
      'lastUpdatedOn',
      'number',
      'registeredOn',
      'status',
      'statusLabel',
      'type',
    ]);
    assert.equal(body.status, 'under_process');
    const wrong = await h.call('trackPublic', { query: { number: file.number, code: 'ZZZZ-ZZZZ' } });
    const unknown = await h.call('trackPublic', { query: { number: 'NOPE/1', code: code } });
    assert.equal(wrong.statusCode, 404);
    assert.deepEqual(
      { ...(wrong.json() as object), requestId: null },
      {
        ...(unknown.json() as object),
        requestId: null,
        instance: (wrong.json() as { instance: string }).instance,
      },
    );
  });

  it('replays an idempotent create and refuses a reused key with another body', async () => {
    serial += 1;
    const body = {
      numbering: { scheme: 'non_sfs', fileNumber: `IDEM/${serial}` },
      nature: 'physical',
      subject: 'Idempotent create',
    };
    const headers = { 'idempotency-key': 'key-0001-abcdef' };
    const first = await h.call('createFile', { token: sunita, body, headers });
    const second = await h.call('createFile', { token: sunita, body, headers });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotency-replayed'], 'true');
    assert.equal((second.json() as FileBody).id, (first.json() as FileBody).id);
    const reused = await h.call('createFile', {
      token: sunita,
      body: { ...body, subject: 'Different' },
      headers,
    });
    assert.equal(reused.statusCode, 422);
    assert.equal(problemCode(reused), 'idempotency.key_reused');
    void meera;
    void SO_ADMN;
  });
});
