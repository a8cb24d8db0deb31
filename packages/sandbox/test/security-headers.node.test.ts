import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SECURITY_HEADERS } from '../src/plugins/security-headers.js';
import { harness, type Harness } from './helpers.js';

describe('security headers and the language of problems', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  it('sends the security headers on answers and on problems alike', async () => {
    const ok = await h.call('login', { body: { username: 'sunita.verma', password: 'Demo@1234' } });
    const refused = await h.call('getCurrentUser');
    const noRoute = await h.app.inject({ method: 'GET', url: '/api/v1/no/such/route' });
    for (const response of [ok, refused, noRoute]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        assert.equal(response.headers[name], value, name);
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
    }
    assert.equal(refused.statusCode, 401);
  });

  it('words a problem’s title and detail in the language the client asked for', async () => {
    const body = { username: 'sunita.verma', password: 'not-her-password' };
    const hindi = await h.call('login', { body, headers: { 'accept-language': 'hi-IN,hi;q=0.9' } });
    const english = await h.call('login', { body, headers: { 'accept-language': 'en' } });
    assert.equal(hindi.statusCode, 401);
    assert.equal(hindi.headers['content-language'], 'hi');
    const hi = hindi.json() as { title: string; detail: string; code: string };
    const en = english.json() as { title: string; detail: string; code: string };
    assert.equal(hi.code, en.code);
    for (const text of [hi.title, hi.detail]) assert.match(text, /[\u0900-\u097F]/, `not Hindi: ${text}`);
    for (const text of [en.title, en.detail]) assert.doesNotMatch(text, /[\u0900-\u097F]/);
    assert.notEqual(hi.detail, en.detail);
  });
});
