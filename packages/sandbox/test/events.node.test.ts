import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type RunningSandbox } from '../src/index.js';
import { freshDatabase, type TestDatabase } from './database.js';
import { insertDirectory, seedId } from '../src/seed/run.js';
import { fixture, PASSWORD } from './fixture.js';

interface SseEvent {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/** Reads events from a stream until `count` arrived, then aborts the connection. */
async function readEvents(url: string, headers: Record<string, string>, count: number): Promise<SseEvent[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers, signal: controller.signal });
  assert.equal(response.status, 200);
  assert.match(String(response.headers.get('content-type')), /^text\/event-stream/);
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const events: SseEvent[] = [];
  let buffer = '';
  const timeout = setTimeout(() => controller.abort(), 5000);
  try {
    while (events.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((l) => !l.startsWith(':'))
            .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
        );
        if (fields.event)
          events.push({
            id: fields.id ?? '',
            event: fields.event,
            data: JSON.parse(fields.data ?? '{}') as Record<string, unknown>,
          });
      }
    }
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return events;
}

// Calls the operations 'createEventTicket' and 'streamEvents' by URL (the contract-coverage marker).
describe('event stream', () => {
  let sandbox: RunningSandbox;
  let database: TestDatabase;
  const tokens: Record<string, string> = {};
  const api = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      body: (response.status === 204 ? null : await response.json()) as Record<string, unknown>,
    };
  };

  before(async () => {
    database = await freshDatabase();
    sandbox = await startSandbox({ validateResponses: true, db: database.location });
    await insertDirectory(sandbox.app, fixture, new Date());
    for (const username of ['sunita.verma', 'rajesh.kumar']) {
      const response = await fetch(`${sandbox.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      tokens[username] = ((await response.json()) as { accessToken: string }).accessToken;
    }
  });
  after(async () => {
    await sandbox.close();
    await database.drop();
  });

  it('delivers movement events live, resumes after Last-Event-ID, and resets on unknown ids', async () => {
    const sunita = tokens['sunita.verma'] ?? '';
    const rajesh = tokens['rajesh.kumar'] ?? '';
    const ticket = await api('POST', '/events/tickets', rajesh);
    assert.equal(ticket.status, 201);
    const live = readEvents(`${sandbox.url}/events?ticket=${String(ticket.body.ticket)}`, {}, 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const file = await api('POST', '/files', sunita, {
      numbering: { scheme: 'non_sfs', fileNumber: 'EVT/1' },
      nature: 'electronic',
      subject: 'Events test file',
    });
    const sent = await api('POST', `/files/${String(file.body.id)}/send`, sunita, {
      to: seedId('post', 'us-estt'),
    });
    assert.equal(sent.status, 200);
    await api('GET', `/files/${String(file.body.id)}`, rajesh);
    const events = await live;
    assert.deepEqual(
      events.map((e) => e.event),
      ['movement.created'],
    );
    assert.equal(events[0]?.data.direction, 'incoming');
    assert.match(events[0]?.id ?? '', /^evt_\d+$/);

    const used = await fetch(`${sandbox.url}/events?ticket=${String(ticket.body.ticket)}`);
    assert.equal(used.status, 401);

    const outgoing = await readEvents(
      `${sandbox.url}/events?lastEventId=evt_000000000000`,
      { authorization: `Bearer ${sunita}` },
      1,
    );
    assert.equal(outgoing[0]?.event, 'stream.reset');
    const first = events[0]?.id ?? '';
    // The sender's stream: the outgoing copy of the same movement, then the recipient opening it.
    const replay = await readEvents(
      `${sandbox.url}/events?types=movement.opened`,
      { authorization: `Bearer ${sunita}`, 'last-event-id': first },
      1,
    );
    assert.equal(replay[0]?.event, 'movement.opened');
    const all = await readEvents(
      `${sandbox.url}/events?lastEventId=${first}`,
      { authorization: `Bearer ${sunita}` },
      2,
    );
    assert.deepEqual(
      all.map((e) => [e.event, e.data.direction]),
      [
        ['movement.created', 'outgoing'],
        ['movement.opened', undefined],
      ],
    );
  });
});
