// Errors in the caller's language: every problem code the contract lists has an English and a Hindi
// title and detail, and the answer's title is chosen by Accept-Language (hi|en, default en).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PROBLEM_MESSAGES } from '../src/problem-messages.js';
import { ApiProblem, problemDetail, problemTitle } from '../src/problem.js';
import { contractProblemCodes } from './contract-problem-codes.js';
import { harness, type Harness } from './helpers.js';

const DEVANAGARI = /[\u0900-\u097F]/u;

describe('problem messages', () => {
  it('has a title and a detail in English and in Hindi for every code in the contract', () => {
    const missing: string[] = [];
    for (const code of contractProblemCodes()) {
      const messages = PROBLEM_MESSAGES[code];
      for (const language of ['en', 'hi'] as const) {
        for (const part of ['title', 'detail'] as const) {
          const text = messages?.[language][part] ?? '';
          const script = language === 'hi' ? DEVANAGARI.test(text) : !DEVANAGARI.test(text);
          if (text.trim() === '' || !script) missing.push(`${code} ${language} ${part}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has no message for a code the contract does not list', () => {
    const listed = new Set(contractProblemCodes());
    assert.deepEqual(
      Object.keys(PROBLEM_MESSAGES).filter((code) => !listed.has(code)),
      [],
    );
  });

  it('words English details as whole sentences, without a double negative', () => {
    for (const [code, { en }] of Object.entries(PROBLEM_MESSAGES)) {
      assert.match(en.detail, /^[A-Z].*[.)]$/u, code);
      assert.doesNotMatch(en.detail, /\bNo\b.*\bnot\b/u, code);
    }
  });

  it('chooses the language: the handler’s own detail in English, the catalogue’s in Hindi', () => {
    const specific = new ApiProblem(403, 'file.not_with_you', 'File A-1/2025 is with another post.');
    assert.equal(problemTitle('file.not_with_you', 403, 'hi'), 'यह नस्ती आपके पास नहीं है');
    assert.equal(problemTitle('file.not_with_you', 403, 'en'), 'The file is not with you');
    assert.equal(problemDetail(specific, 'en'), 'File A-1/2025 is with another post.');
    assert.equal(problemDetail(specific, 'hi'), PROBLEM_MESSAGES['file.not_with_you']?.hi.detail);
    const bare = new ApiProblem(409, 'file.closed');
    assert.equal(problemDetail(bare, 'en'), 'The file is closed; reopen it first.');
    assert.equal(problemDetail(bare, 'hi'), 'यह नस्ती बंद है; पहले इसे पुनः खोलें।');
  });
});

describe('problem answers by Accept-Language', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.close());

  const wrongPassword = (headers: Record<string, string>) =>
    h.call('login', { body: { username: 'sunita.verma', password: 'wrong password' }, headers });

  for (const [header, language, title] of [
    ['hi-IN,hi;q=0.9,en;q=0.8', 'hi', 'गलत उपयोगकर्ता नाम या पासवर्ड'],
    ['en-GB', 'en', 'Wrong username or password'],
    ['fr', 'en', 'Wrong username or password'],
  ] as const) {
    it(`answers "${header}" in ${language}`, async () => {
      const response = await wrongPassword({ 'accept-language': header });
      assert.equal(response.statusCode, 401, response.body);
      assert.equal(response.headers['content-language'], language);
      assert.equal((response.json() as { title: string }).title, title);
    });
  }

  it('answers in English when no language is asked for', async () => {
    const response = await wrongPassword({});
    assert.equal(response.headers['content-language'], 'en');
  });
});
