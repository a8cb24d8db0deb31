// The SDK against the real sandbox (in-process, in-memory, seeded with the demo Labour Department):
// resource methods, errors, retries that must not act twice, token refresh, pagination and events.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { freshDatabase, type TestDatabase } from '../../sandbox/test/database.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
  createClient,
  type EOfficeClient,
  type Session,
} from '../src/index.js';

const PASSWORD = 'Demo@1234';
let sandbox: RunningSandbox;

const as = (username: string, extra: Partial<Parameters<typeof createClient>[0]> = {}): EOfficeClient =>
  createClient({
    baseUrl: sandbox.url,
    auth: { username, password: PASSWORD },
    retry: { backoffLimit: 10 },
    ...extra,
  });

async function postOf(client: EOfficeClient, marking: string): Promise<string> {
  const [recipient] = await client.directory.searchRecipients({ q: marking }).toArray({ limit: 1 });
  assert.ok(recipient, `no recipient ${marking}`);
  return recipient.post.id;
}

/** A fresh file created and held by sunita.verma (SO(ESTT)-LAB). */
async function newFile(client: EOfficeClient, subject = 'अर्जित अवकाश स्वीकृति') {
  return client.files.create({
    numbering: { scheme: 'non_sfs', fileNumber: `TEST/${Math.random().toString(36).slice(2, 10)}` },
    nature: 'electronic',
    subject,
  });
}

let database: TestDatabase | undefined;

before(async () => {
  // SQLite in memory, or a PostgreSQL database of its own in the PostgreSQL pass of test-node.mjs.
  database = await freshDatabase();
  sandbox = await startSandbox({ db: database.location, seed: true, logger: false });
});
after(async () => {
  await sandbox?.close();
  await database?.drop();
});

describe('SDK against the sandbox', () => {
  it('runs the README quick start as an integrator would, from Node', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['examples/integrator-node/quick-start.mjs'],
      {
        env: { ...process.env, EOFFICE_API_URL: sandbox.url },
      },
    );
    assert.match(stdout, /^create /m);
    assert.match(stdout, /^send SO\(ESTT\)-LAB → US\(ESTT\)-LAB कृपया अवलोकन करें$/m);
  });

  it('a send retried after the connection dropped creates exactly one movement', async () => {
    let dropped = 0;
    // The server acts on the first request, then the response is lost on the way back.
    const faulty: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const response = await fetch(input, init);
      if (url.endsWith('/send') && dropped === 0) {
        dropped++;
        await response.arrayBuffer();
        throw new TypeError('fetch failed: connection reset after the request was sent');
      }
      return response;
    };
    const client = as('sunita.verma', { fetch: faulty });
    const file = await newFile(client);
    const to = await postOf(client, 'US(ESTT)');
    const result = await client.files.send(file.id, { to, remarks: 'कृपया अवलोकन करें' });
    assert.equal(dropped, 1);
    assert.equal(result.file.currentHolder?.id, to);
    const sends = (await client.files.movements(file.id).toArray()).filter((m) => m.action === 'send');
    assert.equal(sends.length, 1);
  });

  it('refreshes an expired token once for concurrent calls and reports the new session', async () => {
    const login = as('sunita.verma');
    const session = (await login.auth.login({ username: 'sunita.verma', password: PASSWORD })) as Session;
    const refreshed: Session[] = [];
    const client = createClient({
      baseUrl: sandbox.url,
      auth: { session: { accessToken: 'expired-or-revoked', refreshToken: session.refreshToken } },
      onTokenRefresh: (s) => refreshed.push(s),
    });
    const [me, files] = await Promise.all([
      client.auth.me(),
      client.files.list({ folder: 'created' }).toArray({ limit: 3 }),
    ]);
    assert.equal(me.user.username, 'sunita.verma');
    assert.ok(files.length > 0);
    assert.equal(refreshed.length, 1);
    assert.notEqual(refreshed[0]?.refreshToken, session.refreshToken, 'refresh tokens rotate');
  });

  it('maps the server’s problems to typed errors', async () => {
    const sunita = as('sunita.verma');
    await assert.rejects(sunita.files.get('file_doesnotexist1'), NotFoundError);

    const file = await newFile(sunita);
    const to = await postOf(sunita, 'US(ESTT)');
    await sunita.files.send(file.id, { to });
    const again = await sunita.files.send(file.id, { to }).catch((e: unknown) => e);
    assert.ok(again instanceof ForbiddenError || again instanceof ConflictError, String(again));
    assert.equal((again as ForbiddenError).code, 'file.not_with_you');

    const fresh = await newFile(sunita);
    await sunita.files.update(fresh.id, { subject: 'पहला संशोधन' }, { ifMatch: fresh.etag });
    const stale = await sunita.files
      .update(fresh.id, { subject: 'दूसरा' }, { ifMatch: fresh.etag })
      .catch((e: unknown) => e);
    assert.ok(stale instanceof PreconditionFailedError);
    assert.equal(stale.code, 'precondition.failed');

    const unknown = await sunita.api
      .post('/files', { body: { ...{ subject: 'x', nature: 'electronic' }, colour: 'red' } as never })
      .catch((e: unknown) => e);
    assert.ok(unknown instanceof ValidationError);
    assert.ok(unknown.errors.length > 0);
  });

  it('pages through a list without repeats', async () => {
    const client = as('sunita.verma');
    const all = await client.files.list({ folder: 'created' }).toArray();
    const paged = await client.files.list({ folder: 'created', limit: 2 }).toArray();
    assert.ok(all.length > 2, `${all.length} files`);
    assert.deepEqual(
      paged.map((f) => f.id),
      all.map((f) => f.id),
    );
    assert.equal(new Set(paged.map((f) => f.id)).size, paged.length);
  });

  it('delivers a movement to the recipient’s event stream', async () => {
    const sunita = as('sunita.verma');
    const rajesh = as('rajesh.tiwari');
    const controller = new AbortController();
    const received = (async () => {
      for await (const event of rajesh.events.subscribe({
        types: ['movement.created'],
        signal: controller.signal,
      })) {
        if (event.type === 'movement.created') return event;
      }
      return undefined;
    })();
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the stream open
    const file = await newFile(sunita, 'लाइव अनुवर्तन');
    await sunita.files.send(file.id, { to: await postOf(sunita, 'US(ESTT)') });
    const event = await received;
    controller.abort();
    assert.ok(event && event.type === 'movement.created');
    assert.equal(event.movement.item.id, file.id);
  });

  it('tracks a file publicly: status only', async () => {
    const sunita = as('sunita.verma');
    const file = await newFile(sunita);
    assert.ok(file.trackingCode);
    const anonymous = createClient({ baseUrl: sandbox.url });
    const status = await anonymous.track({ number: file.number, code: file.trackingCode });
    assert.equal(status.number, file.number);
    assert.ok(!JSON.stringify(status).includes('सुनीता'));
  });
});
