// Exactly once across crashes (issue 16 #3): the sandbox CLI on a database file gets a burst of
// idempotent writes, is killed with SIGKILL at a random point, restarted, and every write is retried
// with its key. Each write must exist once, and every answer to a key must be the first answer.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import SQLite from 'better-sqlite3';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const WRITES = 24;
const KILLS = 3;
const RUN = `crash-${process.pid}`;

interface Sandbox {
  child: ChildProcess;
  url: string;
}

function start(db: string, seed: boolean): Promise<Sandbox> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CLI, '--db', db, '--port', '0', ...(seed ? ['--seed'] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'info' } },
  );
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
    const dir = mkdtempSync(join(tmpdir(), 'eoffice-crash-'));
    const db = join(dir, 'sandbox.db');
    const first = new Map<number, { status: number; id: string }>();
    const record = (i: number, answer: { status: number; id: string } | null) => {
      if (!answer) return;
      assert.equal(answer.status, 201, `write ${i} answered ${answer.status} ${answer.id}`);
      const earlier = first.get(i);
      if (earlier) assert.deepEqual(answer, earlier, `write ${i} got another answer on retry`);
      else first.set(i, answer);
    };
    try {
      let sandbox = await start(db, true);
      for (let cycle = 0; cycle < KILLS; cycle++) {
        const token = await login(sandbox.url);
        let answered = 0;
        const burst = Promise.all(
          Array.from({ length: WRITES }, (_, i) =>
            write(sandbox.url, token, i).then((answer) => {
              answered++;
              record(i, answer);
            }),
          ),
        );
        // Kill somewhere in the burst: after a random number of this cycle's answers.
        const killAfter = Math.floor(Math.random() * WRITES * 0.6);
        let settled = false;
        void burst.then(() => (settled = true));
        while (answered < killAfter && !settled) await new Promise((resolve) => setTimeout(resolve, 2));
        await stop(sandbox, 'SIGKILL');
        await burst;
        sandbox = await start(db, false);
      }
      const token = await login(sandbox.url);
      for (let i = 0; i < WRITES; i++) record(i, await write(sandbox.url, token, i));
      await stop(sandbox, 'SIGTERM');
      assert.equal(first.size, WRITES);

      const sqlite = new SQLite(db, { readonly: true });
      try {
        for (let i = 0; i < WRITES; i++) {
          const rows = sqlite
            .prepare(`select id from files where json_extract(data, '$.subject') = ?`)
            .all(`${RUN} write ${i}`) as { id: string }[];
          assert.deepEqual(
            rows.map((r) => r.id),
            [first.get(i)?.id],
            `write ${i} applied ${rows.length} times`,
          );
        }
        const stuck = sqlite
          .prepare(`select count(*) as n from idempotency_keys where state = 'running'`)
          .get() as {
          n: number;
        };
        assert.equal(stuck.n, 0);
      } finally {
        sqlite.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
