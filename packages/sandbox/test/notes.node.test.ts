import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, problemCode, seedId, type Harness } from './helpers.js';

const US = seedId('post', 'us-estt');

interface NoteBody {
  id: string;
  status: string;
  sequence: number | null;
  etag: string;
  locked: boolean;
  paragraphs: { number: number | null; html: string }[];
  references: { kind: string; label: string; targetId: string }[];
}

describe('notes', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;
  let meera: string;
  let fileId: string;

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    meera = await h.login('meera.joshi');
    const file = await h.call('createFile', {
      token: sunita,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: 'NOTES/1' },
        nature: 'electronic',
        subject: 'Notesheet test file',
      },
    });
    fileId = (file.json() as { id: string }).id;
  });
  after(() => h.close());

  const createNote = (html: string[], token = sunita) =>
    h.call('createNote', { token, params: { fileId }, body: { paragraphs: html.map((x) => ({ html: x })) } });

  it('creates a sanitised yellow note visible only to its author', async () => {
    const created = await createNote([
      '<p onclick="x()">प्रस्ताव <b lang="hi">देखें</b><script>alert(1)</script></p><img src=x>',
    ]);
    assert.equal(created.statusCode, 201, created.body);
    const note = created.json() as NoteBody;
    assert.equal(note.status, 'yellow');
    assert.equal(note.paragraphs[0]?.number, null);
    assert.equal(note.paragraphs[0]?.html, 'प्रस्ताव <b lang="hi">देखें</b>');
    assert.equal(created.headers.etag, '"v1"');
    assert.equal((await h.call('getNote', { token: rajesh, params: { noteId: note.id } })).statusCode, 404);
    const list = await h.call('listNotes', { token: rajesh, params: { fileId } });
    assert.deepEqual((list.json() as { items: NoteBody[] }).items, []);
    assert.equal(problemCode(await createNote(['second'])), 'note.draft_exists');
    const own = await h.call('getNote', { token: sunita, params: { noteId: note.id } });
    assert.equal(own.statusCode, 200);
  });

  it('edits with If-Match, confirms into a numbered green note that never changes', async () => {
    const list = await h.call('listNotes', { token: sunita, params: { fileId } });
    const note = (list.json() as { items: NoteBody[] }).items[0];
    assert.ok(note);
    const noIfMatch = await h.call('updateNote', {
      token: sunita,
      params: { noteId: note.id },
      body: { paragraphs: [{ html: 'x' }] },
    });
    assert.equal(noIfMatch.statusCode, 428);
    const updated = await h.call('updateNote', {
      token: sunita,
      params: { noteId: note.id },
      body: { paragraphs: [{ html: 'First para' }, { html: 'Second para' }] },
      headers: { 'if-match': note.etag },
    });
    assert.equal(updated.statusCode, 200, updated.body);
    const stale = await h.call('updateNote', {
      token: sunita,
      params: { noteId: note.id },
      body: { paragraphs: [{ html: 'x' }] },
      headers: { 'if-match': note.etag },
    });
    assert.equal(stale.statusCode, 412);
    const confirmed = await h.call('confirmNote', { token: sunita, params: { noteId: note.id } });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const green = confirmed.json() as NoteBody;
    assert.equal(green.status, 'green');
    assert.equal(green.sequence, 1);
    assert.deepEqual(
      green.paragraphs.map((p) => p.number),
      [1, 2],
    );
    const change = await h.call('updateNote', {
      token: sunita,
      params: { noteId: note.id },
      body: { paragraphs: [{ html: 'x' }] },
      headers: { 'if-match': green.etag },
    });
    assert.equal(problemCode(change), 'note.not_draft');
    const discard = await h.call('discardNote', {
      token: sunita,
      params: { noteId: note.id },
      headers: { 'if-match': green.etag },
    });
    assert.equal(problemCode(discard), 'note.not_draft');
    assert.equal(
      problemCode(await h.call('confirmNote', { token: sunita, params: { noteId: note.id } })),
      'note.not_draft',
    );
  });

  it('resolves paragraph references and rejects unknown ones', async () => {
    const bad = await createNote(['See <a data-ref="para:9">para 9</a> and <a data-ref="C/4">C/4</a>']);
    assert.equal(bad.statusCode, 422);
    assert.equal(problemCode(bad), 'note.reference_invalid');
    const good = await createNote(['As proposed at <a data-ref="para:2" href="javascript:x">para 2</a>']);
    assert.equal(good.statusCode, 201, good.body);
    const note = good.json() as NoteBody;
    assert.equal(note.references[0]?.label, 'para:2');
    assert.equal(note.paragraphs[0]?.html, 'As proposed at <a data-ref="para:2">para 2</a>');
    const confirmed = await h.call('confirmNote', {
      token: sunita,
      params: { noteId: note.id },
      headers: { 'if-match': note.etag },
    });
    assert.deepEqual(
      (confirmed.json() as NoteBody).paragraphs.map((p) => p.number),
      [3],
    );
  });

  it('keeps simple tables in a paragraph, with no attributes, and stores them in a stable form', async () => {
    const stored =
      'Rates:<table><tbody><tr><th>श्रेणी</th><th>दर</th></tr><tr><td>अकुशल</td><td>₹ 412<br>प्रति दिन</td></tr></tbody></table>';
    const created = await createNote([
      stored,
      '<table onclick="x()" border="1" style="width:9em"><tr><td style="color:red" colspan="2" onmouseover="y()">a</td></tr></table>',
    ]);
    assert.equal(created.statusCode, 201, created.body);
    const note = created.json() as NoteBody;
    // Unchanged when sent in the stored form; the implied <tbody> is written out, every attribute dropped.
    assert.equal(note.paragraphs[0]?.html, stored);
    assert.equal(note.paragraphs[1]?.html, '<table><tbody><tr><td>a</td></tr></tbody></table>');
    const read = await h.call('getNote', { token: sunita, params: { noteId: note.id } });
    assert.deepEqual(
      (read.json() as NoteBody).paragraphs.map((p) => p.html),
      note.paragraphs.map((p) => p.html),
    );
    const discarded = await h.call('discardNote', {
      token: sunita,
      params: { noteId: note.id },
      headers: { 'if-match': note.etag },
    });
    assert.equal(discarded.statusCode, 204);
  });

  it('discards a yellow note and locks green notes once the file moves on', async () => {
    const created = await createNote(['To be discarded']);
    const note = created.json() as NoteBody;
    const discarded = await h.call('discardNote', {
      token: sunita,
      params: { noteId: note.id },
      headers: { 'if-match': note.etag },
    });
    assert.equal(discarded.statusCode, 204);
    assert.equal((await h.call('getNote', { token: sunita, params: { noteId: note.id } })).statusCode, 404);

    const sent = await h.call('sendFile', { token: sunita, params: { fileId }, body: { to: US } });
    assert.equal(sent.statusCode, 200);
    const list = await h.call('listNotes', { token: rajesh, params: { fileId } });
    const body = list.json() as { items: NoteBody[]; lastParagraphNumber: number };
    assert.equal(body.lastParagraphNumber, 3);
    assert.ok(body.items.every((n) => n.locked && n.status === 'green'));
    assert.equal(problemCode(await createNote(['Not mine any more'])), 'file.not_with_you');
    assert.equal((await h.call('listNotes', { token: meera, params: { fileId } })).statusCode, 404);
  });
});
