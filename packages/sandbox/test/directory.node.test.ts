import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, seedId, type Harness } from './helpers.js';

describe('directory and master data', () => {
  let h: Harness;
  let token: string;
  before(async () => {
    h = await harness();
    token = await h.login('sunita.verma');
  });
  after(() => h.close());

  it('lists and reads units with their path', async () => {
    const sections = await h.call('listUnits', { token, query: { kind: 'section' } });
    assert.equal(sections.statusCode, 200, sections.body);
    assert.equal((sections.json() as { items: unknown[] }).items.length, 3);
    const unit = await h.call('getUnit', { token, params: { unitId: seedId('unit', 'estt') } });
    const body = unit.json() as { path: { code: string }[] };
    assert.deepEqual(
      body.path.map((u) => u.code),
      ['LAB', 'LC', 'Estt.'],
    );
  });

  it('lists posts (vacant filter) and reads a post with its holder', async () => {
    const vacant = await h.call('listPosts', { token, query: { vacant: true } });
    assert.deepEqual(
      (vacant.json() as { items: { markingAbbreviation: string }[] }).items.map((p) => p.markingAbbreviation),
      ['ASST(ESTT)-LAB'],
    );
    const post = await h.call('getPost', { token, params: { postId: seedId('post', 'so-estt') } });
    assert.equal((post.json() as { holder: { name: { en: string } } }).holder.name.en, 'Sunita Verma');
    assert.equal((await h.call('getPost', { token, params: { postId: 'post_unknown1' } })).statusCode, 404);
  });

  it('lists users by unit and reads one', async () => {
    const users = await h.call('listUsers', { token, query: { unitId: seedId('unit', 'estt') } });
    assert.deepEqual(
      (users.json() as { items: { username: string }[] }).items.map((u) => u.username),
      ['anita.desai', 'rajesh.kumar', 'sunita.verma'],
    );
    const user = await h.call('getUser', { token, params: { userId: seedId('user', 'rajesh') } });
    assert.equal((user.json() as { username: string }).username, 'rajesh.kumar');
  });

  it('searches recipients by name, designation or marking, in Hindi too', async () => {
    const byName = await h.call('searchRecipients', { token, query: { q: 'राजेश' } });
    const items = (byName.json() as { items: { post: { markingAbbreviation: string }; matchedOn: string }[] })
      .items;
    assert.deepEqual(
      items.map((r) => [r.post.markingAbbreviation, r.matchedOn]),
      [['US(ESTT)-LAB', 'name']],
    );
    const byMarking = await h.call('searchRecipients', { token, query: { q: 'ds(estt' } });
    assert.equal(
      (byMarking.json() as { items: { matchedOn: string }[] }).items[0]?.matchedOn,
      'marking_abbreviation',
    );
  });

  it('lists receipt categories and file heads', async () => {
    const top = await h.call('listReceiptCategories', { token });
    assert.ok((top.json() as { items: { parentId: null }[] }).items.every((c) => c.parentId === null));
    const sub = await h.call('listReceiptCategories', { token, query: { parentId: 'cat_grievance' } });
    assert.equal((sub.json() as { items: unknown[] }).items.length, 2);
    const heads = await h.call('listFileHeads', { token, query: { basicHead: 'A' } });
    assert.ok((heads.json() as { items: { basicHead: string }[] }).items.every((x) => x.basicHead === 'A'));
  });
});
