import { expect } from '@open-wc/testing';
import { canonicalForm, canonicalJson } from '../src/index.js';
import { hindiNote, hindiNoteDigestHex, hindiNoteJson } from './fixtures.js';

// The same vectors as the Node test: one code path gives the same bytes and digest in Chromium.
describe('canonical form in the browser', () => {
  it('writes the same RFC 8785 text as Node', () => {
    expect(canonicalJson(hindiNote)).to.equal(hindiNoteJson);
  });

  it('computes the same SHA-256 through WebCrypto', async () => {
    const form = await canonicalForm(hindiNote);
    expect(form.digestHex).to.equal(hindiNoteDigestHex);
  });
});
