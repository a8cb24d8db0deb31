import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bucketOf } from '../src/reports/aging.js';
import { insertDirectory } from '../src/seed/run.js';
import type { SeedData } from '../src/seed/types.js';
import { fixture } from './fixture.js';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

/** The test department plus a report viewer, a dealing assistant and a district office. */
const department: SeedData = {
  ...fixture,
  units: [
    ...fixture.units,
    {
      key: 'dlo',
      kind: 'office',
      parentKey: 'lc',
      code: 'DLO-SEH',
      name: { en: 'District Labour Office, Sehore', hi: 'जिला श्रम कार्यालय, सीहोर' },
    },
  ],
  posts: [
    ...fixture.posts,
    {
      key: 'lc-head',
      unitKey: 'lc',
      designation: { en: 'Labour Commissioner', hi: 'श्रम आयुक्त' },
      marking: 'LC-IND',
      roles: ['officer', 'report_viewer'],
    },
    {
      key: 'asst-estt',
      unitKey: 'estt',
      designation: { en: 'Assistant Grade-2', hi: 'सहायक ग्रेड-2' },
      marking: 'AG2(ESTT)-LAB',
    },
    {
      key: 'alo',
      unitKey: 'dlo',
      designation: { en: 'Assistant Labour Officer', hi: 'सहायक श्रम अधिकारी' },
      marking: 'ALO-SEH',
    },
  ],
  users: [
    ...fixture.users,
    {
      key: 'sanjay',
      username: 'sanjay.shukla',
      password: PASSWORD,
      name: { en: 'Sanjay Kumar Shukla', hi: 'संजय कुमार शुक्ला' },
      email: 'sanjay@labour.example.gov.in',
      postKeys: ['lc-head'],
    },
    {
      key: 'mukesh',
      username: 'mukesh.sahu',
      password: PASSWORD,
      name: { en: 'Mukesh Sahu', hi: 'मुकेश साहू' },
      email: 'mukesh@labour.example.gov.in',
      postKeys: ['asst-estt'],
    },
    {
      key: 'hemant',
      username: 'hemant.thakur',
      password: PASSWORD,
      name: { en: 'Hemant Singh Thakur', hi: 'हेमंत सिंह ठाकुर' },
      email: 'hemant@labour.example.gov.in',
      postKeys: ['alo'],
    },
  ],
};

const post = (key: string) => seedId('post', key);
const unit = (key: string) => seedId('unit', key);
const user = (key: string) => seedId('user', key);

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF', 'latin1');

interface Buckets {
  total: number;
  days0to7: number;
  days8to15: number;
  days16to30: number;
  over30Days: number;
}
interface PendencyRow {
  group: { type: string; id: string; name: { en: string; hi: string }; designation?: unknown };
  files: Buckets;
  receipts: Buckets;
}
interface PendingItem {
  file: { id: string; number: string };
  holder: { id: string };
  sentBy: { id: string };
  pendingSince: string;
  daysPending: number;
  dueDate: string | null;
  overdue: boolean;
  priority: string;
}
interface Counts {
  created: number;
  received: number;
  forwarded: number;
  disposed: number;
}
interface SummaryRow {
  office: { id: string };
  month: string;
  files: Counts;
  receipts: Counts;
  share: { electronic: number; physical: number; electronicPercent: number };
}

const buckets = (days0to7: number, days8to15: number, days16to30: number, over30Days: number): Buckets => ({
  total: days0to7 + days8to15 + days16to30 + over30Days,
  days0to7,
  days8to15,
  days16to30,
  over30Days,
});

describe('reports', () => {
  let h: Harness;
  const files: Record<string, string> = {};
  /** Tokens last 15 minutes and the clock jumps days, so every step logs in afresh. */
  const as = async (username: string) => {
    const response = await h.call('login', { body: { username, password: PASSWORD } });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { accessToken: string }).accessToken;
  };
  /** Sets the clock to 11:00 IST on an IST date. */
  const on = (date: string) => {
    h.now.value = new Date(`${date}T05:30:00Z`);
  };
  const ok = async (operationId: string, options: Parameters<Harness['call']>[1]) => {
    const response = await h.call(operationId, options);
    assert.ok(response.statusCode < 300, `${operationId}: ${response.body}`);
    return response.json() as { id: string; etag: string };
  };
  const create = async (name: string, who: string, nature: 'electronic' | 'physical') => {
    const file = await ok('createFile', {
      token: await as(who),
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: `RPT/${name}/2025` },
        nature,
        subject: `नस्ती ${name}`,
      },
    });
    files[name] = file.id;
    return file.id;
  };
  const sendFile = async (name: string, who: string, to: string, extra: Record<string, unknown> = {}) =>
    ok('sendFile', { token: await as(who), params: { fileId: files[name] ?? '' }, body: { to, ...extra } });
  const diarise = async (nature: 'electronic' | 'physical', receivedDate: string, attachmentIds?: string[]) =>
    (
      await ok('diariseReceipt', {
        token: await as('ramesh.cru'),
        body: {
          nature,
          subject: 'वेतन भुगतान न होने की शिकायत',
          receivedDate,
          deliveryMode: nature === 'electronic' ? 'email' : 'speed_post',
          sender: { name: 'रमेश यादव' },
          ...(attachmentIds ? { attachmentIds } : {}),
        },
      })
    ).id;

  before(async () => {
    h = await harness({ directory: false });
    await insertDirectory(h.app, department, h.now.value);
    on('2025-06-01');
    await create('F1', 'sunita.verma', 'electronic');
    await sendFile('F1', 'sunita.verma', post('us-estt'));
    await create('F2', 'sunita.verma', 'physical');
    on('2025-06-20');
    await create('F4', 'sunita.verma', 'electronic');
    await sendFile('F4', 'sunita.verma', post('ds-estt'), { dueDate: '2025-06-25' });
    on('2025-07-01');
    await create('F3', 'sunita.verma', 'electronic');
    await sendFile('F3', 'sunita.verma', post('us-estt'));
    await create('F6', 'sunita.verma', 'physical');
    await ok('closeFile', {
      token: await as('sunita.verma'),
      params: { fileId: files.F6 ?? '' },
      body: { remarks: 'आवश्यक कार्यवाही पूर्ण, नस्ती बंद की जाए।' },
    });
    const r2 = await diarise('physical', '2025-06-30');
    on('2025-07-02');
    await ok('parkFile', {
      token: await as('rajesh.kumar'),
      params: { fileId: files.F3 ?? '' },
      body: { remarks: 'न्यायालय के निर्णय तक रखी जाए।' },
    });
    await ok('sendReceipt', {
      token: await as('ramesh.cru'),
      params: { receiptId: r2 },
      body: { to: post('so-estt') },
    });
    on('2025-07-05');
    await diarise('physical', '2025-07-04');
    on('2025-07-08');
    await ok('receiveReceipt', { token: await as('sunita.verma'), params: { receiptId: r2 }, body: {} });
    on('2025-07-10');
    await sendFile('F2', 'sunita.verma', post('us-estt'));
    on('2025-07-12');
    await create('F8', 'mukesh.sahu', 'electronic');
    await sendFile('F8', 'mukesh.sahu', post('so-estt'));
    on('2025-07-14');
    await create('F5', 'sunita.verma', 'electronic');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'scan.pdf');
    const request = new Request('http://test.invalid/', { method: 'POST', body: form });
    const scan = await ok('uploadAttachment', {
      token: await as('ramesh.cru'),
      payload: Buffer.from(await request.arrayBuffer()),
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    });
    await diarise('electronic', '2025-07-14', [scan.id]);
  });
  after(() => h.close());

  it('puts ages into the 0–7, 8–15, 16–30 and over-30-day buckets at their edges', () => {
    assert.deepEqual([0, 7, 8, 15, 16, 30, 31, 400].map(bucketOf), [
      'days0to7',
      'days0to7',
      'days8to15',
      'days8to15',
      'days16to30',
      'days16to30',
      'over30Days',
      'over30Days',
    ]);
  });

  it('ages pendency per section from when the holder received each item, without parked files', async () => {
    const response = await h.call('getPendency', {
      token: await as('sanjay.shukla'),
      query: { unitId: unit('lc'), groupBy: 'section' },
    });
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json() as { asOf: string; groupBy: string; items: PendencyRow[] };
    assert.equal(report.asOf, '2025-07-14T05:30:00.000Z');
    assert.equal(report.groupBy, 'section');
    const row = (key: string) => report.items.find((r) => r.group.id === unit(key));
    // Estt.: F1 since 1 June (43 days), F4 since 20 June (24), F2 since 10 July (4), F5 today, F8 since
    // 12 July; F3 is parked. The physical receipt counts from its receipt on 8 July, not its sending.
    assert.deepEqual(row('estt')?.files, buckets(3, 0, 1, 1));
    assert.deepEqual(row('estt')?.receipts, buckets(1, 0, 0, 0));
    assert.deepEqual(row('cr')?.receipts, buckets(1, 1, 0, 0));
    assert.deepEqual(row('admn')?.files, buckets(0, 0, 0, 0));
    assert.equal(row('estt')?.group.name.hi, 'स्थापना अनुभाग');
    // Sorted by total, largest first.
    assert.deepEqual(
      report.items.slice(0, 2).map((r) => r.group.id),
      [unit('estt'), unit('cr')],
    );
  });

  it('groups pendency by user and by office', async () => {
    const token = await as('sanjay.shukla');
    const byUser = await h.call('getPendency', { token, query: { unitId: unit('lc'), groupBy: 'user' } });
    assert.equal(byUser.statusCode, 200, byUser.body);
    const users = (byUser.json() as { items: PendencyRow[] }).items;
    const of = (key: string) => users.find((r) => r.group.id === user(key));
    assert.deepEqual(of('rajesh')?.files, buckets(1, 0, 0, 1));
    assert.deepEqual(of('anita')?.files, buckets(0, 0, 1, 0));
    assert.deepEqual(of('sunita')?.files, buckets(2, 0, 0, 0));
    assert.deepEqual(of('sunita')?.receipts, buckets(1, 0, 0, 0));
    assert.deepEqual(of('ramesh')?.receipts, buckets(1, 1, 0, 0));
    assert.deepEqual(of('rajesh')?.group.designation, { en: 'Under Secretary', hi: 'अवर सचिव' });
    const byOffice = await h.call('getPendency', { token, query: { groupBy: 'office', sort: 'name' } });
    assert.equal(byOffice.statusCode, 200, byOffice.body);
    const offices = (byOffice.json() as { items: PendencyRow[] }).items;
    assert.deepEqual(
      offices.map((r) => r.group.id),
      [unit('dlo'), unit('lc')],
    );
    assert.deepEqual(offices[1]?.files, buckets(3, 0, 1, 1));
    assert.deepEqual(offices[1]?.receipts, buckets(2, 1, 0, 0));
    assert.deepEqual(offices[0]?.files, buckets(0, 0, 0, 0));
    const over30 = await h.call('getPendency', {
      token,
      query: { unitId: unit('lc'), groupBy: 'user', sort: '-over30Days', limit: 1 },
    });
    const page = over30.json() as { items: PendencyRow[]; nextCursor: string | null };
    assert.equal(page.items[0]?.group.id, user('rajesh'));
    assert.notEqual(page.nextCursor, null);
  });

  it('counts a parked file again, with its original age, once it is activated', async () => {
    const token = await as('rajesh.kumar');
    const activated = await h.call('activateFile', { token, params: { fileId: files.F3 ?? '' }, body: {} });
    assert.equal(activated.statusCode, 200, activated.body);
    const pendency = await h.call('getPendency', { token, query: { groupBy: 'user' } });
    const mine = (pendency.json() as { items: PendencyRow[] }).items.find(
      (r) => r.group.id === user('rajesh'),
    );
    // With him since 1 July: 13 days; parking and activating do not restart the clock.
    assert.deepEqual(mine?.files, buckets(1, 1, 0, 1));
    await ok('parkFile', { token, params: { fileId: files.F3 ?? '' }, body: { remarks: 'पुनः रखी गई।' } });
  });

  it('shows others only their own section, and refuses a wider unit, an unknown unit and missing scope', async () => {
    const sunita = await as('sunita.verma');
    const own = await h.call('getPendency', { token: sunita, query: { groupBy: 'section' } });
    assert.equal(own.statusCode, 200, own.body);
    assert.deepEqual(
      (own.json() as { items: PendencyRow[] }).items.map((r) => r.group.id),
      [unit('estt')],
    );
    const wider = await h.call('getPendency', { token: sunita, query: { unitId: unit('lc') } });
    assert.equal(wider.statusCode, 403);
    assert.equal(problemCode(wider), 'auth.role_required');
    const otherSection = await h.call('getDepartmentSummary', {
      token: sunita,
      query: { from: '2025-07', to: '2025-07', unitId: unit('cr') },
    });
    assert.equal(problemCode(otherSection), 'auth.role_required');
    const unknown = await h.call('getPendency', {
      token: await as('sanjay.shukla'),
      query: { unitId: 'unit_doesnotexist1' },
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(problemCode(unknown), 'resource.not_found');
    const narrow = await h.call('login', {
      body: { username: 'sanjay.shukla', password: PASSWORD, scope: 'files:read' },
    });
    const narrowToken = (narrow.json() as { accessToken: string }).accessToken;
    for (const operationId of ['getPendency', 'listFilesPendingWithOthers']) {
      const refused = await h.call(operationId, { token: narrowToken });
      assert.equal(refused.statusCode, 403, operationId);
      assert.equal(problemCode(refused), 'auth.insufficient_scope');
    }
    const client = await h.call('issueClientToken', {
      payload:
        'grant_type=client_credentials&client_id=cli_labportal1&client_secret=portal-secret-0123456789abcdef&scope=reports%3Aread',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const clientToken = (client.json() as { access_token: string }).access_token;
    const viaClient = await h.call('getPendency', { token: clientToken });
    assert.equal(problemCode(viaClient), 'auth.role_required');
    const bad = await h.call('getPendency', { token: sunita, query: { groupBy: 'district' } });
    assert.equal(problemCode(bad), 'request.validation');
  });

  it('lists my files pending with others, with days, due dates and filters', async () => {
    const token = await as('sunita.verma');
    const response = await h.call('listFilesPendingWithOthers', { token });
    assert.equal(response.statusCode, 200, response.body);
    const items = (response.json() as { items: PendingItem[] }).items;
    assert.deepEqual(
      items.map((i) => [i.file.id, i.holder.id, i.daysPending, i.overdue]),
      [
        [files.F1, post('us-estt'), 43, false],
        [files.F4, post('ds-estt'), 24, true],
        [files.F2, post('us-estt'), 4, false],
      ],
    );
    assert.equal(items[1]?.dueDate, '2025-06-25');
    assert.equal(items[1]?.sentBy.id, post('so-estt'));
    assert.equal(items[0]?.pendingSince, '2025-06-01T05:30:00.000Z');
    const old = await h.call('listFilesPendingWithOthers', { token, query: { minDays: 10 } });
    assert.deepEqual(
      (old.json() as { items: PendingItem[] }).items.map((i) => i.file.id),
      [files.F1, files.F4],
    );
    const overdue = await h.call('listFilesPendingWithOthers', { token, query: { overdue: true } });
    assert.deepEqual(
      (overdue.json() as { items: PendingItem[] }).items.map((i) => i.file.id),
      [files.F4],
    );
    const byDue = await h.call('listFilesPendingWithOthers', { token, query: { sort: 'dueDate', limit: 1 } });
    const first = byDue.json() as { items: PendingItem[]; nextCursor: string | null };
    assert.equal(first.items[0]?.file.id, files.F4);
    assert.notEqual(first.nextCursor, null);
    const bad = await h.call('listFilesPendingWithOthers', { token, query: { minDays: -1 } });
    assert.equal(problemCode(bad), 'request.validation');
  });

  it('shows the whole section to supervisors only', async () => {
    const mukesh = await as('mukesh.sahu');
    const own = await h.call('listFilesPendingWithOthers', { token: mukesh });
    assert.deepEqual(
      (own.json() as { items: PendingItem[] }).items.map((i) => [i.file.id, i.holder.id, i.daysPending]),
      [[files.F8, post('so-estt'), 2]],
    );
    const refused = await h.call('listFilesPendingWithOthers', {
      token: mukesh,
      query: { scope: 'section' },
    });
    assert.equal(refused.statusCode, 403);
    assert.equal(problemCode(refused), 'auth.role_required');
    const section = await h.call('listFilesPendingWithOthers', {
      token: await as('sunita.verma'),
      query: { scope: 'section' },
    });
    assert.equal(section.statusCode, 200, section.body);
    // The assistant's file now with the Section Officer joins the list; the parked F3 stays out.
    assert.deepEqual(
      (section.json() as { items: PendingItem[] }).items.map((i) => i.file.id),
      [files.F1, files.F4, files.F2, files.F8],
    );
  });

  it('summarises created, received, forwarded and disposed per office and IST month', async () => {
    const response = await h.call('getDepartmentSummary', {
      token: await as('sanjay.shukla'),
      query: { from: '2025-06', to: '2025-07', unitId: unit('lc') },
    });
    assert.equal(response.statusCode, 200, response.body);
    const summary = response.json() as {
      unit: { id: string };
      rows: SummaryRow[];
      totals: Omit<SummaryRow, 'office' | 'month'>;
    };
    assert.equal(summary.unit.id, unit('lc'));
    assert.deepEqual(
      summary.rows.map((r) => [r.office.id, r.month]),
      [
        [unit('lc'), '2025-06'],
        [unit('lc'), '2025-07'],
        [unit('dlo'), '2025-06'],
        [unit('dlo'), '2025-07'],
      ],
    );
    const [june, july, dloJune] = summary.rows;
    assert.deepEqual(june?.files, { created: 3, received: 2, forwarded: 2, disposed: 0 });
    assert.deepEqual(june?.receipts, { created: 0, received: 0, forwarded: 0, disposed: 0 });
    assert.deepEqual(june?.share, { electronic: 6, physical: 1, electronicPercent: 85.7 });
    // July: F3, F5, F6, F8 created; F2, F3, F8 sent; F6 closed. The physical receipt is received on
    // 8 July, when its paper was; the receipt diarised on 14 July is electronic.
    assert.deepEqual(july?.files, { created: 4, received: 3, forwarded: 3, disposed: 1 });
    assert.deepEqual(july?.receipts, { created: 3, received: 1, forwarded: 1, disposed: 0 });
    assert.deepEqual(july?.share, { electronic: 8, physical: 8, electronicPercent: 50 });
    assert.deepEqual(dloJune?.share, { electronic: 0, physical: 0, electronicPercent: 0 });
    assert.deepEqual(summary.totals.files, { created: 7, received: 5, forwarded: 5, disposed: 1 });
    assert.deepEqual(summary.totals.share, { electronic: 14, physical: 9, electronicPercent: 60.9 });
  });

  it('gives a section its own summary and validates the months', async () => {
    const token = await as('sunita.verma');
    const own = await h.call('getDepartmentSummary', { token, query: { from: '2025-07', to: '2025-07' } });
    assert.equal(own.statusCode, 200, own.body);
    const rows = (own.json() as { unit: { id: string }; rows: SummaryRow[] }).rows;
    assert.equal((own.json() as { unit: { id: string } }).unit.id, unit('estt'));
    assert.deepEqual(
      rows.map((r) => [r.office.id, r.files.created, r.receipts.received]),
      [[unit('estt'), 4, 1]],
    );
    const backwards = await h.call('getDepartmentSummary', {
      token,
      query: { from: '2025-07', to: '2025-06' },
    });
    assert.equal(backwards.statusCode, 400);
    assert.equal(problemCode(backwards), 'request.validation');
    const tooLong = await h.call('getDepartmentSummary', {
      token,
      query: { from: '2023-01', to: '2025-01' },
    });
    assert.equal(problemCode(tooLong), 'request.validation');
    const longest = await h.call('getDepartmentSummary', {
      token,
      query: { from: '2023-02', to: '2025-01' },
    });
    assert.equal((longest.json() as { rows: unknown[] }).rows.length, 24);
    const malformed = await h.call('getDepartmentSummary', {
      token,
      query: { from: '2025-13', to: '2025-12' },
    });
    assert.equal(problemCode(malformed), 'request.validation');
    const missing = await h.call('getDepartmentSummary', { token, query: { from: '2025-07' } });
    assert.equal(problemCode(missing), 'request.validation');
  });
});
