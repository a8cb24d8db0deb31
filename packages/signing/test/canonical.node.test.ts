import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CANON_VERSION,
  CanonicalFormError,
  canonicalForm,
  canonicalJson,
  normaliseText,
} from '../src/index.js';
import type { DraftContent } from '../src/index.js';
import { hindiNote, hindiNoteDigestHex, hindiNoteJson } from './fixtures.js';

describe('canonical form of notes and drafts', () => {
  it('writes RFC 8785 JSON with sorted keys, NFC text, LF line ends and the canon version', () => {
    assert.equal(canonicalJson(hindiNote), hindiNoteJson);
  });

  it('hashes the UTF-8 bytes with SHA-256, matching node:crypto', async () => {
    const form = await canonicalForm(hindiNote);
    assert.equal(form.canonVersion, CANON_VERSION);
    assert.equal(new TextDecoder().decode(form.bytes), hindiNoteJson);
    const expected = createHash('sha256').update(hindiNoteJson, 'utf8').digest('hex');
    assert.equal(form.digestHex, expected);
    assert.equal(form.digestHex, hindiNoteDigestHex);
    assert.equal(form.digest.length, 32);
  });

  it('gives equal bytes for text that differs only in normal form or line ends', async () => {
    const decomposed = { ...hindiNote, body: hindiNote.body.normalize('NFD').replace(/\r\n/g, '\r') };
    assert.notEqual(decomposed.body, hindiNote.body);
    assert.equal((await canonicalForm(decomposed)).digestHex, hindiNoteDigestHex);
  });

  it('changes the digest when one character of the body changes', async () => {
    const changed = { ...hindiNote, body: hindiNote.body.replace('अवलोकन', 'अवलोकण') };
    assert.notEqual((await canonicalForm(changed)).digestHex, hindiNoteDigestHex);
  });

  it('keeps ZWJ and ZWNJ, which carry meaning in Devanagari', () => {
    const withJoiners = 'क्\u200Dष क्\u200Cष';
    assert.equal(normaliseText(withJoiners), withJoiners);
  });

  it('separates notes from drafts through the type member', () => {
    const draft: DraftContent = {
      type: 'draft',
      id: 'draft_01',
      fileId: 'file_01',
      version: 2,
      subject: 'श्रमिक कल्याण मंडल की बैठक',
      body: '<p>आदेशानुसार सूचित किया जाता है।</p>',
    };
    const json = canonicalJson(draft);
    assert.match(json, /^\{"body":.*"type":"draft","version":2\}$/);
  });

  it('rejects content JSON cannot carry, with a CanonicalFormError', () => {
    assert.throws(() => canonicalJson({ ...hindiNote, sequence: Number.NaN }), CanonicalFormError);
    assert.throws(() => canonicalJson({ ...hindiNote, body: 'broken \uD800 surrogate' }), CanonicalFormError);
    assert.throws(
      () => canonicalJson({ ...hindiNote, type: 'memo' } as unknown as typeof hindiNote),
      /unknown content type "memo"/,
    );
  });
});
