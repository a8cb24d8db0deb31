import assert from 'node:assert/strict';
import { createHash, createPublicKey, createVerify, X509Certificate } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { harness, problemCode, type Harness } from './helpers.js';
import { ALL_OK, greenNote, statuses, type Payload, type SignatureBody } from './signatures-helpers.js';

interface Transaction {
  id: string;
  status: string;
  target: { type: string; id: string; revision: number };
  digest: { hex: string };
  espUrl: string;
  requestXml: string;
  responseUrl: string;
  expiresAt: string;
  signatureId: string | null;
  failureReason: string | null;
}

describe('Aadhaar eSign with the simulated ESP', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;

  before(async () => {
    h = await harness({ enableTestEndpoints: true });
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
  });
  after(() => h.close());

  const start = async (noteId: string) => {
    const response = await h.call('startEsign', {
      token: sunita,
      body: { target: { type: 'note', id: noteId }, consent: true },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as Transaction;
  };
  const otpOf = async (id: string) => {
    const response = await h.call('getSimulatedEsignOtp', { token: sunita, params: { transactionId: id } });
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { otp: string }).otp;
  };
  const wrong = (otp: string) => String((Number(otp) + 1) % 1_000_000).padStart(6, '0');

  it('signs a note with the OTP: a signed ASP request, a one-time certificate, all steps ok', async () => {
    const { noteId } = await greenNote(h, sunita, 'ई-हस्ताक्षर हेतु टिप्पणी');
    const payload = (
      await h.call('getNoteSigningPayload', { token: sunita, params: { noteId } })
    ).json() as Payload;
    const transaction = await start(noteId);
    assert.equal(transaction.status, 'pending');
    assert.equal(transaction.digest.hex, payload.digest.hex);
    assert.match(transaction.espUrl, /\/api\/v1\/sandbox-esp\/esign$/);
    assert.match(transaction.responseUrl, new RegExp(`/esign/transactions/${transaction.id}/complete$`));
    assert.match(
      transaction.requestXml,
      new RegExp(
        `<InputHash docInfo="[^"]+" hashAlgorithm="SHA256" id="1">${payload.digest.hex}</InputHash>`,
      ),
    );
    assert.match(transaction.requestXml, new RegExp(`txn="${transaction.id}"`));
    assert.match(transaction.requestXml, /ver="2\.1"/);

    // The ASP signature is a real enveloped XML signature: digest of the request without it, RSA over SignedInfo.
    const xml = transaction.requestXml;
    const unsigned = xml.replace(/<Signature xmlns=.*<\/Signature>/, '');
    const digestValue = /<DigestValue>([^<]+)<\/DigestValue>/.exec(xml)?.[1];
    assert.equal(digestValue, createHash('sha256').update(unsigned).digest('base64'));
    const signedInfo = /<SignedInfo>(.*)<\/SignedInfo>/.exec(xml)?.[1] ?? '';
    const signatureValue = /<SignatureValue>([^<]+)<\/SignatureValue>/.exec(xml)?.[1] ?? '';
    const aspCertificate = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(xml)?.[1] ?? '';
    const aspKey = createPublicKey(
      new X509Certificate(Buffer.from(aspCertificate, 'base64')).publicKey.export({
        format: 'pem',
        type: 'spki',
      }),
    );
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`<SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#">${signedInfo}</SignedInfo>`);
    assert.equal(verifier.verify(aspKey, Buffer.from(signatureValue, 'base64')), true);

    const otp = await otpOf(transaction.id);
    assert.match(otp, /^[0-9]{6}$/);
    const bad = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: { otp: wrong(otp) },
    });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(problemCode(bad), 'esign.otp_invalid');

    const completed = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: { otp },
    });
    assert.equal(completed.statusCode, 200, completed.body);
    const result = completed.json() as { transaction: Transaction; signature: SignatureBody };
    assert.equal(result.transaction.status, 'completed');
    assert.equal(result.transaction.signatureId, result.signature.id);
    assert.equal(result.signature.method, 'esign');
    assert.equal(result.signature.certificate.id, null);
    assert.equal(
      result.signature.certificate.subject,
      'CN=सुनीता वर्मा / Sunita Verma,O=e-Office Sandbox ESP,C=IN',
    );
    assert.deepEqual(statuses(result.signature.verification), ALL_OK);

    const note = await h.call('getNote', { token: sunita, params: { noteId } });
    assert.equal((note.json() as { signatureId: string }).signatureId, result.signature.id);
    const verified = await h.call('verifySignature', {
      token: sunita,
      params: { signatureId: result.signature.id },
    });
    assert.deepEqual(statuses(verified.json() as SignatureBody['verification']), ALL_OK);
    const fetched = await h.call('getEsignTransaction', {
      token: sunita,
      params: { transactionId: transaction.id },
    });
    assert.equal((fetched.json() as Transaction).status, 'completed');
    const twice = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: { otp },
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(problemCode(twice), 'esign.already_completed');
    const noOtp = await h.call('getSimulatedEsignOtp', {
      token: sunita,
      params: { transactionId: transaction.id },
    });
    assert.equal(noOtp.statusCode, 404);
  });

  it('fails the transaction after three wrong OTPs', async () => {
    const { noteId } = await greenNote(h, sunita);
    const transaction = await start(noteId);
    const otp = await otpOf(transaction.id);
    for (const attempt of [1, 2, 3]) {
      const response = await h.call('completeEsign', {
        token: sunita,
        params: { transactionId: transaction.id },
        body: { otp: wrong(otp) },
      });
      assert.equal(problemCode(response), 'esign.otp_invalid', `attempt ${attempt}`);
    }
    const failed = await h.call('getEsignTransaction', {
      token: sunita,
      params: { transactionId: transaction.id },
    });
    assert.equal((failed.json() as Transaction).status, 'failed');
    assert.match((failed.json() as Transaction).failureReason ?? '', /3 wrong OTPs/);
    const late = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: { otp },
    });
    assert.equal(problemCode(late), 'esign.otp_invalid');
    const note = await h.call('getNote', { token: sunita, params: { noteId } });
    assert.equal((note.json() as { signatureId: string | null }).signatureId, null);
  });

  it('expires after ten minutes, and keeps transactions to the one who started them', async () => {
    const { noteId } = await greenNote(h, sunita);
    const transaction = await start(noteId);
    const otp = await otpOf(transaction.id);
    const others = await h.call('getEsignTransaction', {
      token: rajesh,
      params: { transactionId: transaction.id },
    });
    assert.equal(others.statusCode, 404);
    const othersOtp = await h.call('getSimulatedEsignOtp', {
      token: rajesh,
      params: { transactionId: transaction.id },
    });
    assert.equal(othersOtp.statusCode, 404);

    h.now.value = new Date(h.now.value.getTime() + 11 * 60_000);
    const expired = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: { otp },
    });
    assert.equal(expired.statusCode, 409, expired.body);
    assert.equal(problemCode(expired), 'esign.expired');
    const fetched = await h.call('getEsignTransaction', {
      token: sunita,
      params: { transactionId: transaction.id },
    });
    assert.equal((fetched.json() as Transaction).status, 'expired');
  });

  it("serves the simulated ESP's page for the request the sandbox issued, and only for that", async () => {
    const { noteId } = await greenNote(h, sunita);
    const transaction = await start(noteId);
    const post = (xml: string) =>
      h.app.inject({
        method: 'POST',
        url: new URL(transaction.espUrl).pathname,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ eSignRequest: xml }).toString(),
      });
    const page = await post(transaction.requestXml);
    assert.equal(page.statusCode, 200, page.body);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'none'/);
    assert.ok(page.body.includes(transaction.id));
    assert.ok(page.body.includes(transaction.digest.hex));
    assert.ok(page.body.includes('आधार ई-हस्ताक्षर'));
    assert.match(page.body, /टिप्पणी 1, नस्ती SIGN\/[0-9a-z]+ \/ Note 1 on file SIGN\//);
    assert.ok(!page.body.includes(await otpOf(transaction.id)));
    const forged = await post(transaction.requestXml.replace(transaction.digest.hex, '0'.repeat(64)));
    assert.equal(forged.statusCode, 400);
    assert.ok(!forged.body.includes(transaction.digest.hex));
  });

  it('refuses a relayed EsignResp and a yellow note', async () => {
    const { noteId, fileId } = await greenNote(h, sunita);
    const transaction = await start(noteId);
    const relayed = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: transaction.id },
      body: {
        responseXml: `<EsignResp status="1" txn="${transaction.id}"><Signatures></Signatures></EsignResp>`,
      },
    });
    assert.equal(relayed.statusCode, 422);
    assert.equal(problemCode(relayed), 'esign.response_invalid');
    const yellow = await h.call('createNote', {
      token: sunita,
      params: { fileId },
      body: { paragraphs: [{ html: 'पीली टिप्पणी' }] },
    });
    const refused = await h.call('startEsign', {
      token: sunita,
      body: { target: { type: 'note', id: (yellow.json() as { id: string }).id }, consent: true },
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(problemCode(refused), 'signature.target_not_signable');
  });
});

describe('the simulated OTP without test endpoints', () => {
  let h: Harness;
  after(() => h.close());

  it('answers 404 even for a pending transaction; the OTP is in the log at info, and completes it', async () => {
    const lines: string[] = [];
    h = await harness({ logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } });
    const sunita = await h.login('sunita.verma');
    const { noteId } = await greenNote(h, sunita);
    const started = await h.call('startEsign', {
      token: sunita,
      body: { target: { type: 'note', id: noteId }, consent: true },
    });
    assert.equal(started.statusCode, 201, started.body);
    const { id } = started.json() as Transaction;
    const otp = await h.call('getSimulatedEsignOtp', { token: sunita, params: { transactionId: id } });
    assert.equal(otp.statusCode, 404);
    assert.equal(problemCode(otp), 'resource.not_found');
    const anonymous = await h.call('getSimulatedEsignOtp', { params: { transactionId: id } });
    assert.equal(anonymous.statusCode, 404, 'the route does not exist, so no sign-in is asked for');
    const pending = await h.call('getEsignTransaction', { token: sunita, params: { transactionId: id } });
    assert.equal((pending.json() as Transaction).status, 'pending');

    const logged = lines
      .map((line) => JSON.parse(line) as { level: number; transactionId?: string; otp?: string })
      .find((entry) => entry.transactionId === id);
    assert.equal(logged?.level, 30); // pino's info
    assert.match(logged?.otp ?? '', /^[0-9]{6}$/);
    const completed = await h.call('completeEsign', {
      token: sunita,
      params: { transactionId: id },
      body: { otp: logged?.otp },
    });
    assert.equal(completed.statusCode, 200, completed.body);
  });
});
