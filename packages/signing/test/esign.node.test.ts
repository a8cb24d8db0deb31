// The eSign helper's side of the flow, against a scripted `client.esign` (the sandbox test of the
// widget runs the same flow against the real server).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EsignSigner, isEsignOtp, type EsignApi, type EsignTransactionLike } from '../src/index.js';

const pending: EsignTransactionLike = {
  id: 'esign_e5r6t7y8u9',
  status: 'pending',
  espUrl: 'http://127.0.0.1:1/sandbox-esp/esign',
  requestXml: '<Esign ver="2.1"/>',
  expiresAt: '2026-11-23T06:10:00Z',
  signatureId: null,
  failureReason: null,
};

function scripted(): EsignApi & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    start: async (body) => {
      calls.push(['start', body]);
      return pending;
    },
    complete: async (id, body) => {
      calls.push(['complete', id, body]);
      return { signatureId: 'sig_1' };
    },
  };
}

describe('EsignSigner', () => {
  it('starts with consent, then completes with the OTP the user typed', async () => {
    const api = scripted();
    const esign = new EsignSigner(api, { type: 'note', id: 'note_g7h8j9k0l1' });
    const transaction = await esign.start();
    assert.equal(transaction.id, 'esign_e5r6t7y8u9');
    assert.deepEqual(await esign.completeWithOtp(' 482913 '), { signatureId: 'sig_1' });
    assert.deepEqual(api.calls, [
      ['start', { target: { type: 'note', id: 'note_g7h8j9k0l1' }, consent: true }],
      ['complete', 'esign_e5r6t7y8u9', { otp: '482913' }],
    ]);
  });

  it('refuses a malformed OTP and completing before starting, without calling the server', async () => {
    const api = scripted();
    const esign = new EsignSigner(api, { type: 'draft', id: 'draft_d4f6g8h2j1' });
    await assert.rejects(esign.completeWithOtp('12345'), RangeError);
    assert.throws(() => esign.completeWithResponse('<EsignResp/>'), /start the eSign transaction first/);
    assert.deepEqual(api.calls, []);
    assert.equal(isEsignOtp('012345'), true);
    assert.equal(isEsignOtp('01234a'), false);
  });
});
