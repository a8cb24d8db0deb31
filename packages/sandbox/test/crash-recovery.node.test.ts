// Exactly once across crashes (issue 16 #3): the sandbox CLI on a database (a SQLite file, or a
// PostgreSQL database in the second pass) gets a burst of
// idempotent writes, is killed with SIGKILL at a random point, restarted, and every write is retried
// with its key. Each write must exist once, and every answer to a key must be the first answer.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connect.js';
import { freshDatabase } from './database.js';
import { spawnSandbox } from './sandbox-process.js';

const WRITES = 40;
/** Kill cycles: until two of them interrupted writes, at most MAX_CYCLES. */
const MAX_CYCLES = 6;
const RUN = `crash-${process.pid}`;

interface Sandbox {
  child: ChildProcess;
  url: string;
}

function start(db: string, seed: boolean): Promise<Sandbox> {
  const child = spawnSandbox(db, 0, {
    seed,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/[^\s"]+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited (${code}) before listening: ${output}`)));
  });
}

function stop(sandbox: Sandbox, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (sandbox.child.exitCode !== null || sandbox.child.signalCode !== null) return resolve();
    sandbox.child.once('exit', () => resolve());
    sandbox.child.kill(signal);
  });
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sunita.verma', password: 'Demo@1234' }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Write `i`: a new file with its own number and subject, under its own key. */
async function write(url: string, token: string, i: number): Promise<{ status: number; id: string } | null> {
  try {
    const response = await fetch(`${url}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `${RUN}-write-${i}`,
      },
      body: JSON.stringify({
        numbering: { scheme: 'non_sfs', fileNumber: `CRASH/${i}/${process.pid}` },
        nature: 'electronic',
        subject: `${RUN} write ${i}`,
      }),
    });
    const body = (await response.json()) as { id?: string; code?: string };
    return { status: response.status, id: body.id ?? body.code ?? '' };
  } catch {
    return null; // the server died under the request: no answer
  }
}

describe('crash recovery', () => {
  it('applies every idempotent write exactly once across SIGKILLs and answers retries with the first answer', async () => {
    const database = await freshDatabase({ persistent: true });
    const db = database.location;
    const first = new Map<number, { status: number; id: string }>();
    const record = (i: number, answer: { status: number; id: string } | null) => {
      if (!answer) return;
      assert.equal(answer.status, 201, `write ${i} answered ${answer.status} ${answer.id}`);
      const earlier = first.get(i);
      if (earlier) assert.deepEqual(answer, earlier, `write ${i} got another answer on retry`);
      else first.set(i, answer);
    };
    let sandbox: Sandbox | null = null;
    try {
      sandbox = await start(db, true);
      let interruptedCycles = 0;
      let interrupted = 0;
      for (let cycle = 0; cycle < MAX_CYCLES && interruptedCycles < 2; cycle++) {
        const url = sandbox.url;
        const token = await login(url);
        let answered = 0;
        let unanswered = 0;
        let firstAnswer: () => void = () => undefined;
        const started = new Promise<void>((resolve) => (firstAnswer = resolve));
        const burst = Promise.all(
          Array.from({ length: WRITES }, (_, i) =>
            write(url, token, i).then((answer) => {
              if (answer) answered++;
              else unanswered++;
              firstAnswer();
              record(i, answer);
            }),
          ),
        );
        // Kill at a random point while the burst is being served: a few milliseconds after it started
        // answering, when some writes are done, some under way and some not begun.
        await started;
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 15)));
        await stop(sandbox, 'SIGKILL');
        await burst;
        if (unanswered > 0) interruptedCycles++;
        interrupted += unanswered;
        assert.equal(answered + unanswered, WRITES);
        sandbox = await start(db, false);
      }
      assert.ok(interrupted > 0, 'no kill landed during the burst');
      const token = await login(sandbox.url);
      for (let i = 0; i < WRITES; i++) record(i, await write(sandbox.url, token, i));
      await stop(sandbox, 'SIGTERM');
      assert.equal(first.size, WRITES);

      const reader = await openDatabase(db);
      try {
        for (let i = 0; i < WRITES; i++) {
          const rows = await reader
            .selectFrom('files')
            .select('id')
            .where(sql<string>`json_extract(data, '$.subject')`, '=', `${RUN} write ${i}`)
            .execute();
          assert.deepEqual(
            rows.map((r) => r.id),
            [first.get(i)?.id],
            `write ${i} applied ${rows.length} times`,
          );
        }
        const stuck = await reader
          .selectFrom('idempotency_keys')
          .select('idempotency_key')
          .where('state', '=', 'running')
          .execute();
        assert.equal(stuck.length, 0);
      } finally {
        await reader.destroy();
      }
    } finally {
      // A failed assertion must not leave the server running.
      if (sandbox) await stop(sandbox, 'SIGKILL');
      await database.drop();
    }
  });
});
