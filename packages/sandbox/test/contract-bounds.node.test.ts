// The contract bounds every string and integer (checked by the API security lint); the sandbox validates
// requests against the contract, so a value past a bound is refused with request.validation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, problemCode, type Harness } from './helpers.js';

interface FieldErrors {
  errors: { pointer: string; location?: string; code?: string }[];
}

describe('bounds from the contract', () => {
  let h: Harness;
  let sunita: string;

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
  });
  after(() => h.close());

  it('refuses a string over its maxLength (Accept-Language, 200)', async () => {
    const fits = await h.call('getCurrentUser', {
      token: sunita,
      headers: { 'accept-language': `hi-IN,${'en;q=0.5,'.repeat(19)}en`.slice(0, 200) },
    });
    assert.equal(fits.statusCode, 200, fits.body);
    const over = await h.call('getCurrentUser', {
      token: sunita,
      headers: { 'accept-language': `hi-IN,${'en;q=0.5,'.repeat(22)}en` },
    });
    assert.equal(over.statusCode, 400, over.body);
    assert.equal(problemCode(over), 'request.validation');
    const error = (over.json() as FieldErrors).errors[0];
    assert.equal(error?.pointer, '/accept-language');
    assert.equal(error?.location, 'header');
    assert.equal(error?.code, 'maxLength');
  });

  it('refuses an integer past its maximum (SFS serial, 999999) and a page size past 100', async () => {
    const create = (serial: number) =>
      h.call('createFile', {
        token: sunita,
        body: {
          numbering: { scheme: 'sfs', basicHead: 'A', primaryHead: '12011', serial },
          nature: 'electronic',
          subject: 'Recruitment rules for Assistants',
        },
      });
    const over = await create(1_000_000);
    assert.equal(over.statusCode, 400, over.body);
    assert.equal(problemCode(over), 'request.validation');
    assert.deepEqual(
      (over.json() as FieldErrors).errors.map((e) => [e.pointer, e.code]),
      [['/numbering/serial', 'maximum']],
    );
    assert.equal((await create(999_999)).statusCode, 201);

    const page = await h.call('listFiles', { token: sunita, query: { limit: 101 } });
    assert.equal(page.statusCode, 400, page.body);
    assert.equal((page.json() as FieldErrors).errors[0]?.pointer, '/limit');
  });
});
