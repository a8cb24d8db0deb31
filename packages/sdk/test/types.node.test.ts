// Type tests: `npm run typecheck` fails if a wrong path, parameter or body compiles. The runtime
// part only checks that the calls are well-formed against a scripted fetch.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createClient } from '../src/index.js';

it('the typed core and resources accept what the contract allows and nothing else', async () => {
  const fetch = (async () =>
    new Response('{"items":[],"nextCursor":null}', {
      headers: { 'content-type': 'application/json' },
    })) as typeof globalThis.fetch;
  const client = createClient({ baseUrl: 'http://sandbox.test/api/v1', auth: 't', fetch });

  const ok = await client.api.get('/files/{fileId}/movements', {
    path: { fileId: 'file_abcdefgh' },
    query: { limit: 5 },
  });
  assert.equal(ok.status, 200);

  // The same calls, well-formed, compile.
  const valid = async () => {
    await client.notes.update(
      'note_abcdefgh',
      { paragraphs: [{ html: '<p>अनुमोदनार्थ प्रस्तुत।</p>' }] },
      { ifMatch: '"v2"' },
    );
    await client.files.send('file_abcdefgh', {
      to: 'post_abcdefgh',
      priority: 'most_immediate',
      copyTo: ['post_bcdefghi'],
    });
    await client.receipts.putInFile('rcpt_abcdefgh', { fileId: 'file_abcdefgh' });
    await client.files.create({
      numbering: { scheme: 'sfs', basicHead: 'A', primaryHead: '12011' },
      nature: 'electronic',
      subject: 'स्थापना',
    });
  };
  assert.equal(typeof valid, 'function');

  const invalid = async () => {
    // @ts-expect-error — no such path in the contract
    await client.api.get('/files/{fileId}/moves', { path: { fileId: 'x' } });
    // @ts-expect-error — the path parameter is required
    await client.api.get('/files/{fileId}');
    // @ts-expect-error — the path parameter has another name
    await client.api.get('/files/{fileId}', { path: { id: 'x' } });
    // @ts-expect-error — GET is the only method on movements
    await client.api.post('/files/{fileId}/movements', { path: { fileId: 'x' } });
    // @ts-expect-error — limit is a number
    await client.api.get('/files', { query: { limit: 'ten' } });
    // @ts-expect-error — `to` is required in a send
    await client.files.send('file_abcdefgh', { remarks: 'कृपया अवलोकन करें' });
    // @ts-expect-error — priority is one of normal, immediate, most_immediate
    await client.files.send('file_abcdefgh', { to: 'post_abcdefgh', priority: 'urgent' });
    // @ts-expect-error — unknown body member
    await client.files.park('file_abcdefgh', { remarks: 'x', colour: 'red' });
    // @ts-expect-error — updating a note needs If-Match
    await client.notes.update('note_abcdefgh', { paragraphs: [{ html: '<p>अनुमोदनार्थ प्रस्तुत।</p>' }] });
    // @ts-expect-error — discarding takes no body: the second argument is the options with If-Match
    await client.notes.discard('note_abcdefgh', {}, { ifMatch: 'v1' });
    // @ts-expect-error — folder is an enum
    client.files.list({ folder: 'desk' });
  };
  assert.equal(typeof invalid, 'function');
});
