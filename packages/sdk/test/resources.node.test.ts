// Every resource method of the SDK, called against the real sandbox (in-process, in-memory, seeded with
// the demo Labour Department). Clients are wrapped so each call is recorded by its method name
// (`files.send`); the last test fails when a resource method of the client was never called here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { freshDatabase, type TestDatabase } from '../../sandbox/test/database.js';
import { loadCms, signDigest } from '@eoffice/signing';
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

/**
 * A browser-like signer: a non-extractable WebCrypto key certified through
 * `signatures.issueSandboxCertificate`, signing the digest of a payload the server handed out.
 */
async function sandboxSigner(client: EOfficeClient) {
  const { generateSigningKeyPair, SoftwareSigner, fromBase64 } = await loadCms();
  const keys = await generateSigningKeyPair();
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const issued = await client.signatures.issueSandboxCertificate({
    publicKey: Buffer.from(spki).toString('base64'),
  });
  const signer = SoftwareSigner.fromKey({
    privateKey: keys.privateKey,
    certificate: fromBase64(issued.certificate),
    chain: issued.chain.map(fromBase64),
  });
  const sign = async (payload: { digest: { hex: string }; canonicalBytes: string }) => {
    const cms = await signDigest(signer, {
      digestHex: payload.digest.hex,
      bytes: fromBase64(payload.canonicalBytes),
    });
    return {
      cms: Buffer.from(cms).toString('base64'),
      method: 'sandbox_key' as const,
      digest: payload.digest.hex,
    };
  };
  return { issued, sign };
}

const uniqueNumber = () => `SDK/${Math.random().toString(36).slice(2, 10)}`;

let database: TestDatabase | undefined;

before(async () => {
  // SQLite in memory, or a PostgreSQL database of its own in the PostgreSQL pass of test-node.mjs.
  database = await freshDatabase();
  sandbox = await startSandbox({
    db: database.location,
    seed: true,
    logger: false,
    enableTestEndpoints: true,
  });
});
after(async () => {
  await sandbox?.close();
  await database?.drop();
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
    const senders = await cru.receipts.senders({ q: 'रमेश यादव' }).toArray();
    assert.deepEqual(
      senders.map((s) => s.name),
      ['रमेश यादव'],
      'the sender diarised twice is offered once',
    );

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
    const counts = await sunita.folders.counts();
    assert.equal(counts.files.created, inbox.length);
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

describe('SDK resource methods for drafts, signatures, attachments and reports', () => {
  it('notes: sign a green note with the sandbox key and verify it', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'हस्ताक्षरित टिप्पणी',
    });
    const note = await sunita.notes.create(file.id, { paragraphs: [{ html: 'स्वीकृति हेतु प्रस्तुत।' }] });
    await sunita.notes.confirm(note.id);
    const payload = await sunita.notes.signingPayload(note.id);
    assert.equal(payload.target.id, note.id);
    const { sign } = await sandboxSigner(sunita);
    const signature = await sunita.notes.submitSignature(note.id, await sign(payload));
    assert.equal(signature.verification.valid, true);
    assert.equal((await sunita.signatures.get(signature.id)).id, signature.id);
    const verification = await sunita.signatures.verify(signature.id);
    assert.deepEqual(
      verification.steps.map((step) => step.status),
      ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    );
  });

  it('drafts: create, revise, versions, sign, approve, issue; the dispatch register lists it', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'अवकाश स्वीकृति आदेश',
    });
    const draft = await sunita.drafts.create(file.id, {
      draftType: 'office_order',
      subject: 'अर्जित अवकाश की स्वीकृति',
      language: 'hi',
      addressees: [{ name: 'श्री मुकेश साहू', designation: 'सहायक ग्रेड-2' }],
      body: '<p>श्री मुकेश साहू को 10 दिवस का अर्जित अवकाश स्वीकृत किया जाता है।</p>',
    });
    const read = await sunita.drafts.get(draft.id);
    const revised = await sunita.drafts.revise(
      draft.id,
      { ...read.content, body: '<p>श्री मुकेश साहू, सहायक ग्रेड-2 को 10 दिवस का अर्जित अवकाश स्वीकृत।</p>' },
      { ifMatch: read.etag },
    );
    assert.equal(revised.revision, 2);
    assert.deepEqual(
      (await sunita.drafts.versions(draft.id).toArray()).map((v) => v.revision).sort(),
      [1, 2],
    );
    assert.ok((await sunita.drafts.list(file.id).toArray()).some((d) => d.id === draft.id));
    const { sign } = await sandboxSigner(sunita);
    const signature = await sunita.drafts.submitSignature(
      draft.id,
      await sign(await sunita.drafts.signingPayload(draft.id)),
    );
    const approved = await sunita.drafts.approve(draft.id, { signatureId: signature.id });
    assert.equal(approved.status, 'approved');
    const issued = await sunita.drafts.issue(draft.id, { mode: 'by_hand' });
    assert.equal(issued.status, 'issued');
    const dispatchNumber = issued.dispatch?.dispatchNumber;
    assert.ok(dispatchNumber);
    const register = await sunita.reports.dispatchRegister().toArray();
    assert.ok(register.some((entry) => entry.dispatchNumber === dispatchNumber));
  });

  it('certificates: register, list, deactivate', async () => {
    const sunita = as('sunita.verma');
    const { issued } = await sandboxSigner(sunita);
    const registered = await sunita.certificates.register({ certificate: issued.certificate, label: 'टोकन' });
    assert.equal(registered.status, 'active');
    assert.ok((await sunita.certificates.list().toArray()).some((c) => c.id === registered.id));
    const inactive = await sunita.certificates.deactivate(registered.id, { reason: 'टोकन खो गया' });
    assert.equal(inactive.status, 'inactive');
  });

  it('eSign: start, read the simulated OTP, complete, get', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'ई-हस्ताक्षर परीक्षण',
    });
    const note = await sunita.notes.create(file.id, { paragraphs: [{ html: 'अनुमोदनार्थ।' }] });
    await sunita.notes.confirm(note.id);
    const transaction = await sunita.esign.start({ target: { type: 'note', id: note.id }, consent: true });
    const { otp } = await sunita.esign.simulatedOtp(transaction.id);
    const done = await sunita.esign.complete(transaction.id, { otp });
    assert.equal(done.signature.method, 'esign');
    assert.equal((await sunita.esign.get(transaction.id)).status, 'completed');
  });

  it('attachments: upload a PDF, read its metadata, download the same bytes', async () => {
    const cru = as('priya.singh');
    const pdf = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF',
    );
    const uploaded = await cru.attachments.upload(new File([pdf], 'शिकायत.pdf', { type: 'application/pdf' }));
    const meta = await cru.attachments.get(uploaded.id);
    assert.equal(meta.sha256, uploaded.sha256);
    const blob = await cru.attachments.download(uploaded.id);
    assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), pdf);
  });

  it('attachments: a scanned PNG goes through a per-call fetch and comes back as image/png', async () => {
    const cru = as('priya.singh');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const seen: string[] = [];
    const fetchForThisCall: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.method : String(init?.method));
      return fetch(input, init);
    };
    const uploaded = await cru.attachments.upload(
      new File([png], 'पत्र.png', { type: 'image/png' }),
      {},
      { fetch: fetchForThisCall },
    );
    assert.deepEqual(seen, ['POST'], 'the upload, and only it, used the given fetch');
    assert.equal(uploaded.mediaType, 'image/png');
    const blob = await cru.attachments.download(uploaded.id);
    assert.equal(blob.type, 'image/png');
  });

  it('reports: summary, pendency, files pending with others', async () => {
    const sunita = as('sunita.verma');
    const file = await sunita.files.create({
      numbering: { scheme: 'non_sfs', fileNumber: uniqueNumber() },
      nature: 'electronic',
      subject: 'लंबित प्रकरण परीक्षण',
    });
    await sunita.files.send(file.id, { to: await postOf(sunita, 'US(ESTT)') });

    const withOthers = await sunita.reports.pendingWithOthers().toArray();
    const mine = withOthers.find((item) => item.file.id === file.id);
    assert.ok(mine, 'the file just sent is pending with the Under Secretary');
    assert.equal(mine.daysPending, 0);

    const pendency = await sunita.reports.pendency({ groupBy: 'user' }).toArray();
    assert.ok(pendency.length > 0);
    for (const row of pendency) {
      const { total, days0to7, days8to15, days16to30, over30Days } = row.files;
      assert.equal(days0to7 + days8to15 + days16to30 + over30Days, total, 'buckets add up');
    }

    const month = new Date().toISOString().slice(0, 7);
    const summary = await sunita.reports.summary({ from: month, to: month });
    assert.ok(summary.totals.files.created >= 1, 'this month’s new file is counted');

    const review = await sunita.reports.review({ period: 'week', periods: 2 });
    assert.equal(review.trend.length, 2);
    assert.ok(
      review.trend[1]?.created !== undefined && review.trend[1].created >= 1,
      'this week’s file is created',
    );
    const us = await postOf(sunita, 'US(ESTT)');
    const held = await sunita.reports.pendingItems({ postId: us }).toArray();
    assert.ok(
      held.some((row) => row.item.id === file.id),
      'the file is pending with the Under Secretary',
    );
    const page = await sunita.reports.pendingItemsPage({ postId: us, limit: 1 });
    assert.equal(page.total, held.length);
    assert.equal(page.items.length, 1);
  });
});

describe('coverage', () => {
  it('called every resource method of the client', () => {
    const all = resourceMethods(createClient({ baseUrl: 'http://localhost/api/v1' }));
    const missing = all.filter((name) => !called.has(name));
    assert.deepEqual(missing, [], `resource methods without a sandbox test: ${missing.join(', ')}`);
  });
});
