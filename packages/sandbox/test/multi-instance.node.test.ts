// Two sandbox processes on different ports over one PostgreSQL database, as a load balancer would run
// them (the PostgreSQL pass of scripts/test-node.mjs; a SQLite file serves one instance). Seeded once by
// the first. Sends of one file through both at once make one movement; diary numbers from both are unique
// and consecutive; a stream on B sees a send made through A; killing A mid-burst loses nothing, and
// retries through B with the same Idempotency-Key get the first answer; a rate limit counts both.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { seedId } from '../src/seed/run.js';
import { freshDatabase, onPostgres, type TestDatabase } from './database.js';
import { spawnSandbox } from './sandbox-process.js';

/** Leaves a database-specific test out of the other database's pass (it is not a skipped test there). */
function noTest(_name: string, _body: () => Promise<void>): void {}
const pgIt = onPostgres ? it : noTest;

const PASSWORD = 'Demo@1234';
const US_ESTT = seedId('post', 'us_estt');

/** A port free now on loopback (the kernel's pick), for a child process to listen on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function startInstance(
  db: string,
  port: number,
  tokenSecret: string,
  seed: boolean,
): Promise<Instance> {
  const child = spawnSandbox(db, port, {
    seed,
    env: { ...process.env, LOG_LEVEL: 'warn', EOFFICE_SANDBOX_TOKEN_KEY: tokenSecret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}/api/v1`;
  // Wait for readiness as a load balancer would: until /ready answers 200 (or the process ends).
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited: ${output.join('')}`);
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (ready === 200) return { url, child, output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.headers ?? {}),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
  };
}

// A broken drain would hang rather than fail: the suite's timeout turns that into a failure.
describe('two sandbox processes over one PostgreSQL database', { timeout: 300_000 }, () => {
  let database: TestDatabase;
  let a: Instance;
  let b: Instance;
  let sunita: string;
  let priya: string;
  let rajesh: string;

  before(async () => {
    if (!onPostgres) return;
    database = await freshDatabase({ persistent: true });
    const secret = randomBytes(32).toString('hex');
    a = await startInstance(database.location, await freePort(), secret, true);
    b = await startInstance(database.location, await freePort(), secret, false);
    const login = async (username: string) => {
      const answer = await call(a.url, 'POST', '/auth/login', { body: { username, password: PASSWORD } });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.accessToken as string;
    };
    sunita = await login('sunita.verma');
    priya = await login('priya.singh');
    rajesh = await login('rajesh.tiwari');
  });

  after(async () => {
    if (!onPostgres) return;
    for (const instance of [a, b]) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.kill('SIGTERM');
        await once(instance.child, 'exit');
      }
    }
    await database.drop();
  });

  const createFile = async (number: string) => {
    const created = await call(a.url, 'POST', '/files', {
      token: sunita,
      body: { numbering: { scheme: 'non_sfs', fileNumber: number }, nature: 'electronic', subject: number },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.id as string;
  };
  const sends = async (fileId: string) => {
    const admin = new pg.Client({ connectionString: database.location });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: string }>(
        "select count(*) as n from movements where item_id = $1 and action = 'send'",
        [fileId],
      );
      return Number(rows[0]?.n);
    } finally {
      await admin.end();
    }
  };

  pgIt('accepts a token from either instance and reports both ready', async () => {
    const me = await call(b.url, 'GET', '/auth/me', { token: sunita });
    assert.equal(me.status, 200, JSON.stringify(me.body));
    const ready = await call(b.url, 'GET', '/ready');
    assert.equal(ready.body.database, 'postgres');
  });

  pgIt('makes one movement of two sends of one file with the same If-Match, one through each', async () => {
    const fileId = await createFile('MULTI/IFMATCH/2025');
    const file = await call(a.url, 'GET', `/files/${fileId}`, { token: sunita });
    const etag = file.headers.get('etag');
    assert.ok(etag);
    const send = (instance: Instance) =>
      call(instance.url, 'POST', `/files/${fileId}/send`, {
        token: sunita,
        headers: { 'if-match': etag },
        body: { to: US_ESTT },
      });
    const answers = await Promise.all([send(a), send(b)]);
    const statuses = answers.map((answer) => answer.status).sort();
    assert.equal(statuses[0], 200, JSON.stringify(answers.map((answer) => answer.body)));
    assert.ok(
      [409, 412].includes(statuses[1] as number),
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    assert.equal(await sends(fileId), 1);
  });

  pgIt(
    'makes one movement of two sends of one file with the same Idempotency-Key, and both get its answer',
    async () => {
      const fileId = await createFile('MULTI/IDEM/2025');
      const send = (instance: Instance) =>
        call(instance.url, 'POST', `/files/${fileId}/send`, {
          token: sunita,
          headers: { 'idempotency-key': `multi-${fileId}` },
          body: { to: US_ESTT },
        });
      let answers: Answer[] = await Promise.all([send(a), send(b)]);
      // The one that found the first still running is told so (409 idempotency.in_progress); its retry replays.
      while (answers.some((answer) => answer.body.code === 'idempotency.in_progress')) {
        answers = await Promise.all(
          answers.map((answer, i) => (answer.status === 409 ? send(i ? b : a) : answer)),
        );
      }
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [200, 200],
      );
      assert.deepEqual(answers[0]?.body, answers[1]?.body);
      assert.equal(await sends(fileId), 1);
    },
  );

  pgIt('numbers receipts diarised through both instances at once uniquely and consecutively', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(i % 2 ? b.url : a.url, 'POST', '/receipts', {
          token: priya,
          body: {
            nature: 'physical',
            subject: `दो सर्वरों से आवती ${i}`,
            receivedDate: '2025-07-10',
            deliveryMode: 'by_hand',
            sender: { name: 'रमेश यादव' },
          },
        }),
      ),
    );
    for (const answer of answers) assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const diary = answers
      .map((answer) => Number(/\/(\d+)\/\d{4}(\/|$)/.exec(String(answer.body.number))?.[1]))
      .sort((x, y) => x - y);
    assert.deepEqual(
      diary,
      Array.from({ length: 12 }, (_, i) => (diary[0] as number) + i),
      diary.join(),
    );
  });

  pgIt('delivers a send made through A to a stream on B', async () => {
    const fileId = await createFile('MULTI/STREAM/2025');
    const controller = new AbortController();
    const stream = await fetch(`${b.url}/events?types=movement.created`, {
      headers: { authorization: `Bearer ${rajesh}` },
      signal: controller.signal,
    });
    assert.equal(stream.status, 200);
    assert.ok(stream.body);
    const reader = stream.body.getReader();
    let text = '';
    while (!text.includes('retry:')) text += new TextDecoder().decode((await reader.read()).value);
    const sent = await call(a.url, 'POST', `/files/${fileId}/send`, { token: sunita, body: { to: US_ESTT } });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    while (!text.includes(fileId)) {
      const { value, done } = await reader.read();
      assert.equal(done, false, 'the stream ended before the event came');
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    assert.match(text, /event: movement\.created/);
  });

  pgIt('counts a rate limit through both instances together', async () => {
    const statuses: number[] = [];
    // Public tracking allows 30 requests per address in 10 minutes.
    for (let i = 0; i < 31; i++) {
      const answer = await call(i % 2 ? b.url : a.url, 'GET', '/public/track?number=NOPE%2F1&code=ABCD-EFGH');
      statuses.push(answer.status);
    }
    assert.deepEqual(
      statuses.slice(0, 30),
      Array.from({ length: 30 }, () => 404),
    );
    assert.equal(statuses[30], 429);
  });

  pgIt(
    'loses nothing when A is killed mid-burst: retries through B get the first answer or run once',
    async () => {
      const burst = Array.from({ length: 16 }, (_, i) => ({
        key: `burst-${i}-${randomBytes(4).toString('hex')}`,
        body: {
          nature: 'physical',
          subject: `आवती क्रम ${i} ${randomBytes(3).toString('hex')}`,
          receivedDate: '2025-07-10',
          deliveryMode: 'by_hand',
          sender: { name: 'सीता देवी' },
        },
      }));
      const diarise = (instance: Instance, request: (typeof burst)[number]) =>
        call(instance.url, 'POST', '/receipts', {
          token: priya,
          headers: { 'idempotency-key': request.key },
          body: request.body,
        });
      const first = burst.map((request) => diarise(a, request).catch(() => null));
      // Kill A once a few answers came back, with the rest in flight or not yet run.
      await Promise.race([Promise.all(first.slice(0, 3)), once(a.child, 'exit')]);
      a.child.kill('SIGKILL');
      await once(a.child, 'exit');
      const answeredByA = await Promise.all(first);
      assert.ok(
        answeredByA.some((answer) => answer?.status === 201),
        'A answered some before it died',
      );

      const retried: Answer[] = [];
      for (const request of burst) {
        let answer = await diarise(b, request);
        // A transaction of the dead instance holds its key until PostgreSQL notices the closed connection.
        while (answer.status === 409 && answer.body.code === 'idempotency.in_progress') {
          await new Promise((resolve) => setTimeout(resolve, 200));
          answer = await diarise(b, request);
        }
        retried.push(answer);
      }
      for (const [i, answer] of retried.entries()) {
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        const original = answeredByA[i];
        if (original?.status === 201) {
          assert.equal(answer.headers.get('idempotency-replayed'), 'true');
          assert.deepEqual(answer.body, original.body);
        }
      }
      const admin = new pg.Client({ connectionString: database.location });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ subject: string; n: string }>(
          `select data::jsonb ->> 'subject' as subject, count(*) as n from receipts
         where data::jsonb ->> 'subject' = any($1) group by 1`,
          [burst.map((request) => request.body.subject)],
        );
        assert.equal(rows.length, burst.length, 'every request of the burst made its receipt');
        assert.ok(
          rows.every((row) => Number(row.n) === 1),
          'no receipt twice',
        );
      } finally {
        await admin.end();
      }
    },
  );

  pgIt(
    'drains B on SIGTERM: its stream ends, a request in flight finishes, new connections are refused, it exits 0',
    async () => {
      const controller = new AbortController();
      const stream = await fetch(`${b.url}/events`, {
        headers: { authorization: `Bearer ${rajesh}` },
        signal: controller.signal,
      });
      assert.equal(stream.status, 200);
      assert.ok(stream.body);
      const reader = stream.body.getReader();
      let text = '';
      while (!text.includes('retry:')) text += new TextDecoder().decode((await reader.read()).value);

      // A diary entry whose body is only half sent when the signal comes.
      const body = JSON.stringify({
        nature: 'physical',
        subject: 'बंद होते सर्वर पर आवती',
        receivedDate: '2025-07-10',
        deliveryMode: 'by_hand',
        sender: { name: 'रमेश यादव' },
      });
      const inFlight = httpRequest(`${b.url}/receipts`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${priya}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        inFlight.on('response', (response: IncomingMessage) => {
          let received = '';
          response.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text: received }));
        });
        inFlight.on('error', reject);
      });
      // "100 Continue" says the server has parsed the request's headers: it is in flight from then on.
      const continued = once(inFlight, 'continue');
      inFlight.flushHeaders();
      await continued;
      inFlight.write(body.slice(0, 20));
      const exited = once(b.child, 'exit');
      b.child.kill('SIGTERM');
      for (;;) {
        const { done } = await reader.read();
        if (done) break;
      }
      await assert.rejects(fetch(`${b.url}/health`), TypeError);
      inFlight.end(body.slice(20));
      const { status, text: answer } = await answered;
      assert.equal(status, 201, answer);
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0, b.output.join(''));
    },
  );
});
