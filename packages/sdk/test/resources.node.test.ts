// Every resource method of the SDK, called against the real sandbox (in-process, in-memory, seeded with
// the demo Labour Department). Clients are wrapped so each call is recorded by its method name
// (`files.send`); the last test fails when a resource method of the client was never called here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { createClient, ConflictError, type EOfficeClient } from '../src/index.js';

const PASSWORD = 'Demo@1234';
let sandbox: RunningSandbox;
const called = new Set<string>();

/** Every `group.method` (and top-level method) of a client's resource layer, `api` excluded. */
function resourceMethods(client: EOfficeClient): string[] {
  const names: string[] = [];
  for (const [group, value] of Object.entries(client)) {
    if (group === 'api' || group === 'baseUrl') continue;
    if (typeof value === 'function') names.push(group);
    else
      for (const [name, fn] of Object.entries(value as object))
        if (typeof fn === 'function') names.push(`${group}.${name}`);
  }
  return names.sort();
}

/** The same client with each resource method recording its name when called. */
function recorded(client: EOfficeClient): EOfficeClient {
  const wrap =
    (name: string, fn: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      called.add(name);
      return fn(...args);
    };
  const copy: Record<string, unknown> = { ...client };
  for (const [group, value] of Object.entries(client)) {
    if (group === 'api' || group === 'baseUrl') continue;
    if (typeof value === 'function') copy[group] = wrap(group, value as (...args: unknown[]) => unknown);
    else
      copy[group] = Object.fromEntries(
        Object.entries(value as Record<string, (...args: unknown[]) => unknown>).map(([name, fn]) => [
          name,
          wrap(`${group}.${name}`, fn),
        ]),
      );
  }
  return copy as unknown as EOfficeClient;
}

const as = (username: string): EOfficeClient =>
  recorded(createClient({ baseUrl: sandbox.url, auth: { username, password: PASSWORD } }));

async function postOf(client: EOfficeClient, marking: string): Promise<string> {
  const [recipient] = await client.directory.searchRecipients({ q: marking }).toArray({ limit: 1 });
  assert.ok(recipient, `no recipient ${marking}`);
  return recipient.post.id;
}

const uniqueNumber = () => `SDK/${Math.random().toString(36).slice(2, 10)}`;

before(async () => {
  sandbox = await startSandbox({ db: ':memory:', seed: true, logger: false });
});
after(async () => {
  await sandbox?.close();
});

describe('SDK resource methods against the sandbox', () => {
  it('auth: login, me, refresh, logout', async () => {
    const client = as('sunita.verma');
    const session = await client.auth.login({ username: 'sunita.verma', password: PASSWORD });
    assert.ok(session.accessToken && session.refreshToken);
    const me = await client.auth.me();
    assert.equal(me.user.username, 'sunita.verma');
    const renewed = await client.auth.refresh({ refreshToken: session.refreshToken });
    assert.notEqual(renewed.refreshToken, session.refreshToken);
    await client.auth.logout({ refreshToken: renewed.refreshToken });
    // The revoked refresh token no longer works.
    await assert.rejects(client.auth.refresh({ refreshToken: renewed.refreshToken }));
  });

  it('service clients: create, list, revoke (administrator)', async () => {
    const admin = as('kavita.sharma');
    const created = await admin.serviceClients.create({
      name: { en: 'District portal', hi: 'जिला पोर्टल' },
      scopes: ['reports:read'],
    });
    assert.ok(created.clientSecret, 'the secret is shown once, at creation');
    const listed = await admin.serviceClients.list().toArray();
    assert.ok(listed.some((c) => c.id === created.client.id));
    await admin.serviceClients.revoke(created.client.id);
    const after = await admin.serviceClients.list().toArray();
    const revoked = after.find((c) => c.id === created.client.id);
    assert.ok(!revoked || revoked.revokedAt, 'revoked: listed as revoked or no longer listed');
  });

  it('directory and master data', async () => {
    const client = as('sunita.verma');
    const units = await client.directory.units().toArray();
    const [firstUnit] = units;
    assert.ok(firstUnit && units.length > 3);
    const unit = await client.directory.unit(firstUnit.id);
    assert.equal(unit.id, firstUnit.id);
    const posts = await client.directory.posts({ unitId: firstUnit.id }).toArray();
    const anyPost = posts[0] ?? (await client.directory.posts().toArray({ limit: 1 }))[0];
    assert.ok(anyPost);
    assert.equal((await client.directory.post(anyPost.id)).id, anyPost.id);
    const users = await client.directory.users({ q: 'सुनीता' }).toArray();
    const sunita = users.find((u) => u.username === 'sunita.verma');
    assert.ok(sunita);
    assert.equal((await client.directory.user(sunita.id)).username, 'sunita.verma');
    const recipients = await client.directory.searchRecipients({ q: 'अवर सचिव' }).toArray({ limit: 5 });
    assert.ok(recipients.length > 0);
    const categories = await client.master.receiptCategories().toArray();
    assert.ok(categories.length > 0);
    const heads = await client.master.fileHeads().toArray();
    assert.ok(heads.length > 0);
  });

  it('receipts: diarise, get, update, send, pull back, send many, receive, put in file, close, reopen', async () => {
    const cru = as('priya.singh');
    const sunita = as('sunita.verma');
    const so = await postOf(cru, 'SO(ESTT)');
    const diarise = (subject: string) =>
      cru.receipts.diarise({
        nature: 'physical',
        subject,
        receivedDate: '2025-07-10',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव', pincode: '462001' },
      });
    const first = await diarise('वेतन भुगतान न होने की शिकायत');
    const read = await cru.receipts.get(first.id);
    assert.equal(read.subject, 'वेतन भुगतान न होने की शिकायत');
    const updated = await cru.receipts.update(first.id, { remarks: 'मूल पत्र संलग्न' }, { ifMatch: read.etag });
    assert.notEqual(updated.etag, read.etag);
    await cru.receipts.send(first.id, { to: so });
    const pulled = await cru.receipts.pullBack(first.id, {});
    assert.equal(pulled.receipt.currentHolder?.id !== so, true);
    const second = await diarise('भविष्य निधि अंशदान जमा न होना');
    const many = await cru.receipts.sendMany({ receiptIds: [first.id, second.id], to: so });
    assert.equal(many.items.length, 2);
    const listed = await cru.receipts.list({ folder: 'sent' }).toArray();
    assert.ok(listed.some((r) => r.id === second.id));

    const received = await sunita.receipts.receive(first.id, {});
    assert.equal(received.receipt.received, true);
    const put = await sunita.receipts.putInFile(first.id, {
      newFile: {
        numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
        nature: 'electronic',
        subject: 'वेतन शिकायत',
      },
    });
    assert.equal(put.correspondence.label, 'C/1');
    await sunita.receipts.receive(second.id, {});
    const closed = await sunita.receipts.close(second.id, { remarks: 'निराकृत' });
    assert.equal(closed.receipt.status, 'closed');
    const reopened = await sunita.receipts.reopen(second.id, {});
    assert.notEqual(reopened.receipt.status, 'closed');
    const movements = await sunita.receipts.movements(first.id).toArray();
    assert.deepEqual(movements.map((m) => m.action).slice(0, 2), ['create', 'send']);
  });

  it('files: create, update, send, return, pull back, park, activate, close, reopen, links', async () => {
    const sunita = as('sunita.verma');
    const rajesh = as('rajesh.tiwari');
    const us = await postOf(sunita, 'US(ESTT)');
    const create = () =>
      sunita.files.create({
        numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
        nature: 'electronic',
        subject: 'अर्जित अवकाश स्वीकृति',
      });
    const file = await create();
    const other = await create();
    const got = await sunita.files.get(file.id);
    const renamed = await sunita.files.update(
      file.id,
      { subject: 'अर्जित अवकाश स्वीकृति — संशोधित' },
      { ifMatch: got.etag },
    );
    assert.match(renamed.subject, /संशोधित/);
    const link = await sunita.files.link(file.id, { fileId: other.id });
    assert.ok(link);
    assert.deepEqual(
      (await sunita.files.links(file.id).toArray()).map((l) => l.file.id),
      [other.id],
    );
    await sunita.files.unlink(file.id, other.id);
    assert.equal((await sunita.files.links(file.id).toArray()).length, 0);

    await sunita.files.send(file.id, { to: us, remarks: 'कृपया अवलोकन करें' });
    await sunita.files.pullBack(file.id, {});
    await sunita.files.send(file.id, { to: us });
    const returned = await rajesh.files.return(file.id, { remarks: 'स्पष्ट करें' });
    assert.ok(returned.file);
    const parked = await sunita.files.park(file.id, { remarks: 'न्यायालय के निर्णय की प्रतीक्षा' });
    assert.equal(parked.file.status, 'parked');
    await sunita.files.activate(file.id, {});
    const closed = await sunita.files.close(file.id, { remarks: 'कार्यवाही पूर्ण' });
    assert.equal(closed.file.status, 'closed');
    const reopened = await sunita.files.reopen(file.id, {});
    assert.notEqual(reopened.file.status, 'closed');
    const inbox = await sunita.files.list({ folder: 'created' }).toArray();
    assert.ok(inbox.some((f) => f.id === file.id));
    const actions = (await sunita.files.movements(file.id).toArray()).map((m) => m.action);
    for (const action of ['send', 'pull_back', 'return', 'park', 'activate', 'close', 'reopen'] as const)
      assert.ok(actions.includes(action), `${action} in ${actions.join(',')}`);
    assert.deepEqual(await sunita.files.correspondence(file.id).toArray(), []);
  });

  it('notes: create, get, update, discard, confirm, list', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'टिप्पणी परीक्षण',
    });
    const throwaway = await sunita.notes.create(file.id, { paragraphs: [{ html: 'पहला प्रारूप' }] });
    await sunita.notes.discard(throwaway.id, { ifMatch: throwaway.etag });
    const note = await sunita.notes.create(file.id, { paragraphs: [{ html: 'प्रस्ताव अवलोकनार्थ प्रस्तुत है।' }] });
    const read = await sunita.notes.get(note.id);
    const edited = await sunita.notes.update(
      note.id,
      { paragraphs: [{ html: 'प्रस्ताव <b>अनुमोदनार्थ</b> प्रस्तुत है।' }] },
      { ifMatch: read.etag },
    );
    const green = await sunita.notes.confirm(edited.id);
    assert.equal(green.status, 'green');
    const sheet = await sunita.notes.list(file.id).toArray();
    assert.deepEqual(
      sheet.map((n) => n.id),
      [note.id],
    );
    assert.equal(sheet[0]?.paragraphs[0]?.number, 1);
  });

  it('events: a ticket and a subscription', async () => {
    const sunita = as('sunita.verma');
    const ticket = await sunita.events.ticket();
    assert.ok(ticket.ticket);
    const controller = new AbortController();
    const statuses: string[] = [];
    const first = (async () => {
      for await (const event of sunita.events.subscribe({
        signal: controller.signal,
        onStatusChange: (s) => statuses.push(s),
      }))
        return event;
      return undefined;
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'घटना परीक्षण',
    });
    await sunita.files.send(file.id, { to: await postOf(sunita, 'US(ESTT)') });
    const event = await first;
    controller.abort();
    assert.ok(event);
    assert.ok(statuses.includes('open'));
  });

  it('public tracking', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'सार्वजनिक अनुवर्तन',
    });
    const anonymous = recorded(createClient({ baseUrl: sandbox.url }));
    assert.ok(file.trackingCode, 'the creator is on the route and sees the tracking code');
    const status = await anonymous.track({ number: file.number, code: file.trackingCode });
    assert.equal(status.number, file.number);
    const conflict = await sunita.files.activate(file.id, {}).catch((e: unknown) => e);
    assert.ok(conflict instanceof ConflictError, String(conflict));
  });
});

describe('coverage', () => {
  it('called every resource method of the client', () => {
    const all = resourceMethods(createClient({ baseUrl: 'http://localhost/api/v1' }));
    const missing = all.filter((name) => !called.has(name));
    assert.deepEqual(missing, [], `resource methods without a sandbox test: ${missing.join(', ')}`);
  });
});
