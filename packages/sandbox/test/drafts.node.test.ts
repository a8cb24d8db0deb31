import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { signContent, signDigest, toVerificationResult } from '@eoffice/signing';
import { SandboxCa, SoftwareSigner, generateSigningKeyPair, verifyDetachedCms } from '@eoffice/signing/cms';
import { hashSecret } from '../src/auth/passwords.js';
import { loadDraftForSigning } from '../src/drafts/store.js';
import type { Principal } from '../src/operations/context.js';
import { harness, PASSWORD, problemCode, seedId, type Harness } from './helpers.js';

const SO = seedId('post', 'so-estt');
const US = seedId('post', 'us-estt');
const ESTT = seedId('unit', 'estt');
const ADMN = seedId('unit', 'admn');
const LC = seedId('unit', 'lc');

interface Draft {
  id: string;
  fileId: string;
  status: string;
  revision: number;
  etag: string;
  content: {
    subject: string;
    body: string;
    language: string;
    addressees: { name: string }[];
    replyToReceiptId: string | null;
  };
  createdBy: { id: string };
  approval: {
    approvedBy: { id: string };
    revision: number;
    signatureId: string;
    remarks: string | null;
  } | null;
  dispatch: {
    dispatchNumber: string;
    mode: string;
    issuedBy: { id: string };
    correspondenceLabel: string;
  } | null;
}

interface RegisterEntry {
  dispatchNumber: string;
  draftId: string;
  mode: string;
  issuedAt: string;
  section: { id: string };
  addressees: string[];
  correspondenceLabel: string;
}

const letter = (extra: Record<string, unknown> = {}) => ({
  draftType: 'letter',
  subject: 'वेतन भुगतान संबंधी शिकायत पर की गई कार्यवाही',
  language: 'hi',
  addressees: [{ name: 'श्री रमेश यादव', address: 'अरेरा कॉलोनी, भोपाल' }],
  body: '<p lang="hi">महोदय, आपकी शिकायत के संदर्भ में सूचित किया जाता है कि नियोजक को बकाया वेतन भुगतान के निर्देश दिए गए हैं।</p>',
  ...extra,
});

describe('drafts for approval and dispatch', () => {
  let h: Harness;
  let sunita: string;
  let rajesh: string;
  let anita: string;
  let meera: string;
  let ramesh: string;
  let trusted: SandboxCa;
  let untrusted: SandboxCa;
  let serial = 0;
  const signers = new Map<string, SoftwareSigner>();

  before(async () => {
    h = await harness();
    sunita = await h.login('sunita.verma');
    rajesh = await h.login('rajesh.kumar');
    anita = await h.login('anita.desai');
    meera = await h.login('meera.joshi');
    ramesh = await h.login('ramesh.cru');
    trusted = await SandboxCa.create();
    untrusted = await SandboxCa.create({ subject: [['CN', 'Not Our CA']] });
  });
  after(() => h.close());

  const json = <T>(response: { json(): unknown }) => response.json() as T;

  /** Moves the sandbox clock and signs the test users in again (access tokens last 15 minutes). */
  const travelTo = async (instant: string) => {
    h.now.value = new Date(instant);
    const fresh = async (username: string) => {
      const response = await h.call('login', { body: { username, password: PASSWORD } });
      assert.equal(response.statusCode, 200, response.body);
      return json<{ accessToken: string }>(response).accessToken;
    };
    sunita = await fresh('sunita.verma');
    rajesh = await fresh('rajesh.kumar');
    anita = await fresh('anita.desai');
    meera = await fresh('meera.joshi');
    ramesh = await fresh('ramesh.cru');
  };

  const createFile = async (token = sunita, extra: Record<string, unknown> = {}) => {
    serial += 1;
    const response = await h.call('createFile', {
      token,
      body: {
        numbering: { scheme: 'non_sfs', fileNumber: `DFA/${serial}/2025` },
        nature: 'electronic',
        subject: 'श्रमिकों के बकाया वेतन की शिकायत',
        ...extra,
      },
    });
    assert.equal(response.statusCode, 201, response.body);
    return json<{ id: string; etag: string }>(response);
  };

  /** A physical receipt diarised by the CRU, received by SO(ESTT) and put in the file (its next C/n). */
  const receiptInFile = async (fileId: string) => {
    const diarised = await h.call('diariseReceipt', {
      token: ramesh,
      body: {
        nature: 'physical',
        subject: 'वेतन भुगतान न होने की शिकायत',
        receivedDate: '2025-07-10',
        letterDate: '2025-07-01',
        deliveryMode: 'speed_post',
        sender: { name: 'रमेश यादव', pincode: '462001' },
      },
    });
    assert.equal(diarised.statusCode, 201, diarised.body);
    const receipt = json<{ id: string }>(diarised);
    assert.equal(
      (await h.call('sendReceipt', { token: ramesh, params: { receiptId: receipt.id }, body: { to: SO } }))
        .statusCode,
      200,
    );
    await h.call('receiveReceipt', { token: sunita, params: { receiptId: receipt.id }, body: {} });
    const put = await h.call('putReceiptInFile', {
      token: sunita,
      params: { receiptId: receipt.id },
      body: { fileId },
    });
    assert.equal(put.statusCode, 200, put.body);
    return receipt.id;
  };

  const create = (fileId: string, token = sunita, extra: Record<string, unknown> = {}) =>
    h.call('createDraft', { token, params: { fileId }, body: letter(extra) });

  const createOk = async (fileId: string, token = sunita, extra: Record<string, unknown> = {}) => {
    const response = await create(fileId, token, extra);
    assert.equal(response.statusCode, 201, response.body);
    return json<Draft>(response);
  };

  const get = async (draftId: string, token = sunita) => {
    const response = await h.call('getDraft', { token, params: { draftId } });
    assert.equal(response.statusCode, 200, response.body);
    return json<Draft>(response);
  };

  const revise = (draft: Draft, token: string, extra: Record<string, unknown> = {}, etag = draft.etag) =>
    h.call('reviseDraft', {
      token,
      params: { draftId: draft.id },
      headers: { 'if-match': etag },
      body: letter(extra),
    });

  const sendFile = async (fileId: string, to: string, token: string) => {
    const response = await h.call('sendFile', { token, params: { fileId }, body: { to } });
    assert.equal(response.statusCode, 200, response.body);
  };

  const principalOf = async (userKey: string): Promise<Principal> => {
    const userId = seedId('user', userKey);
    const posts = await h.app.services.db
      .selectFrom('user_posts')
      .select('post_id')
      .where('user_id', '=', userId)
      .orderBy('position')
      .execute();
    return {
      userId,
      sessionId: 'test',
      clientId: null,
      kind: 'user',
      scopes: new Set(),
      postIds: posts.map((p) => p.post_id),
      roles: new Set(),
    };
  };

  /**
   * Test helper that stores a signature row directly: signs the draft's current revision (as
   * loadDraftForSigning gives it) with a key certified by `ca` and stores the verification
   * verifyDetachedCms made against the trusted CA. With an untrusted `ca` this is the only way to get
   * a stored signature whose verification failed, which submitDraftSignature rightly never stores.
   */
  const storeVerifiedDraftSignature = async (userKey: string, draftId: string, ca = trusted) => {
    const principal = await principalOf(userKey);
    const draft = await loadDraftForSigning(h.app.services.db, principal, draftId);
    let signer = signers.get(`${userKey}:${ca === trusted ? 't' : 'u'}`);
    if (!signer) {
      signer = await SoftwareSigner.create({
        ca,
        subject: [
          ['C', 'IN'],
          ['CN', userKey],
        ],
      });
      signers.set(`${userKey}:${ca === trusted ? 't' : 'u'}`, signer);
    }
    const { form, cms } = await signContent(signer, {
      type: 'draft',
      id: draft.id,
      fileId: draft.fileId,
      version: draft.revision,
      subject: draft.content.subject,
      body: draft.content.body,
    });
    const verification = await verifyDetachedCms({
      cms,
      content: form.bytes,
      trustAnchors: [trusted.certificate],
    });
    const id = `sig_${randomBytes(8).toString('hex')}`;
    await h.app.services.db
      .insertInto('signatures')
      .values({
        id,
        target_type: 'draft',
        target_id: draft.id,
        revision: draft.revision,
        method: 'sandbox_key',
        signer_user_id: principal.userId,
        signer_post_id: principal.postIds[0] ?? '',
        digest: form.digestHex,
        canon_version: `eoffice-canon/${form.canonVersion}`,
        cms: Buffer.from(cms),
        certificate_id: null,
        data: JSON.stringify({ verification: toVerificationResult(verification) }),
        created_at: h.now.value.toISOString(),
      })
      .execute();
    return { id, valid: verification.valid };
  };

  const tokenOf = (userKey: string): string => {
    const tokens: Record<string, string> = { sunita, rajesh, anita, meera, ramesh };
    const token = tokens[userKey];
    if (!token) throw new Error(`no token for ${userKey}`);
    return token;
  };

  /** Per user, a WebCrypto key with a certificate the sandbox issued (issueSandboxCertificate). */
  const certified = new Map<string, { signer: SoftwareSigner; at: number }>();
  const sandboxSigner = async (userKey: string): Promise<SoftwareSigner | null> => {
    const known = certified.get(userKey);
    // Certificates are valid from five minutes before issue for 30 days of the sandbox clock.
    if (known && Math.abs(h.now.value.getTime() - known.at) < 86_400_000) return known.signer;
    const keys = await generateSigningKeyPair();
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', keys.publicKey)).toString('base64');
    const issued = await h.call('issueSandboxCertificate', {
      token: tokenOf(userKey),
      body: { publicKey: spki },
    });
    if (issued.statusCode === 501) return null;
    assert.equal(issued.statusCode, 201, issued.body);
    const { certificate, chain } = json<{ certificate: string; chain: string[] }>(issued);
    const signer = SoftwareSigner.fromKey({
      privateKey: keys.privateKey,
      certificate: new Uint8Array(Buffer.from(certificate, 'base64')),
      chain: chain.map((der) => new Uint8Array(Buffer.from(der, 'base64'))),
      now: () => h.now.value,
    });
    certified.set(userKey, { signer, at: h.now.value.getTime() });
    return signer;
  };

  /**
   * The caller's signature over the draft's current revision, made as a client makes it: the payload
   * from getDraftSigningPayload, a detached CMS over its digest, stored by submitDraftSignature. Falls
   * back to storeVerifiedDraftSignature only where the sandbox does not offer signing.
   */
  const sign = async (userKey: string, draftId: string) => {
    const signer = await sandboxSigner(userKey);
    const token = tokenOf(userKey);
    const payload = await h.call('getDraftSigningPayload', { token, params: { draftId } });
    if (!signer || payload.statusCode === 501) {
      const { id, valid } = await storeVerifiedDraftSignature(userKey, draftId);
      assert.equal(valid, true);
      return id;
    }
    assert.equal(payload.statusCode, 200, payload.body);
    const { digest, canonicalBytes } = json<{ digest: { hex: string }; canonicalBytes: string }>(payload);
    const cms = await signDigest(signer, {
      digestHex: digest.hex,
      bytes: new Uint8Array(Buffer.from(canonicalBytes, 'base64')),
    });
    const submitted = await h.call('submitDraftSignature', {
      token,
      params: { draftId },
      body: { cms: Buffer.from(cms).toString('base64'), method: 'sandbox_key', digest: digest.hex },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    return json<{ id: string }>(submitted).id;
  };

  const approve = (
    draftId: string,
    token: string,
    signatureId: string,
    headers: Record<string, string> = {},
  ) =>
    h.call('approveDraft', {
      token,
      params: { draftId },
      headers,
      body: { signatureId, remarks: 'अनुमोदित' },
    });

  const issue = (draftId: string, token: string, mode = 'speed_post', headers: Record<string, string> = {}) =>
    h.call('issueDraft', {
      token,
      params: { draftId },
      headers,
      body: { mode, remarks: 'स्पीड पोस्ट द्वारा प्रेषित' },
    });

  /** A draft approved by its file's holder (SO(ESTT) unless the file moved). */
  const approvedDraft = async (fileId: string, token = sunita, userKey = 'sunita') => {
    const draft = await createOk(fileId, token);
    const approved = await approve(draft.id, token, await sign(userKey, draft.id));
    assert.equal(approved.statusCode, 200, approved.body);
    return json<Draft>(approved);
  };

  it('creates revision 1 with a sanitised body stored NFC with LF, and refuses a body left empty', async () => {
    const file = await createFile();
    const receiptId = await receiptInFile(file.id);
    const response = await create(file.id, sunita, {
      subject: 'Re\u0301ply to the wages complaint',
      addressees: [{ name: 'श्री रमेश यादव', organisation: 'Cafe\u0301 Workers Union' }],
      body:
        '<h2 onclick="steal()">विषय: बकाया वेतन</h2><p lang="hi" style="color:red">महोदय,\r\nसूचित किया जाता है<script>alert(1)</script></p>' +
        '<img src="x" onerror="alert(1)"><table><tr><th>क्र.</th><td>Re\u0301sume\u0301</td></tr></table>' +
        '<a href="javascript:alert(1)" data-ref="C/1" data-evil="1">C/1</a>',
      replyToReceiptId: receiptId,
      remarks: 'उत्तर का मसौदा',
    });
    assert.equal(response.statusCode, 201, response.body);
    const draft = json<Draft>(response);
    assert.equal(response.headers.location, `/api/v1/drafts/${draft.id}`);
    assert.equal(response.headers.etag, '"v1"');
    assert.equal(draft.status, 'draft');
    assert.equal(draft.revision, 1);
    assert.equal(draft.createdBy.id, SO);
    assert.equal(draft.content.replyToReceiptId, receiptId);
    assert.equal(draft.content.subject, 'R\u00e9ply to the wages complaint');
    assert.deepEqual(draft.content.addressees, [
      { name: 'श्री रमेश यादव', organisation: 'Caf\u00e9 Workers Union' },
    ]);
    assert.equal(
      draft.content.body,
      '<h2>विषय: बकाया वेतन</h2><p lang="hi">महोदय,\nसूचित किया जाता है</p>' +
        '<table><tbody><tr><th>क्र.</th><td>R\u00e9sum\u00e9</td></tr></tbody></table><a data-ref="C/1">C/1</a>',
    );
    assert.deepEqual(await get(draft.id), draft);

    const empty = await create(file.id, sunita, {
      body: '<script>alert(1)</script><img src=x onerror=alert(1)>',
    });
    assert.equal(empty.statusCode, 400);
    assert.equal(problemCode(empty), 'request.validation');
    const list = await h.call('listDrafts', { token: sunita, params: { fileId: file.id } });
    assert.equal(json<{ items: Draft[] }>(list).items.length, 1, 'the refused draft was not saved');
  });

  it('keeps a table’s heading row, and the stored body sanitises to itself', async () => {
    const file = await createFile();
    const table =
      '<table><thead><tr><th>क्र.</th><th>श्रमिक का नाम</th></tr></thead>' +
      '<tbody><tr><td>1</td><td>रमेश यादव</td></tr></tbody></table>';
    const response = await create(file.id, sunita, { body: `<p>विवरण:</p>${table}` });
    assert.equal(response.statusCode, 201, response.body);
    const draft = json<Draft>(response);
    assert.equal(draft.content.body, `<p>विवरण:</p>${table}`);
    const revised = await h.call('reviseDraft', {
      token: sunita,
      params: { draftId: draft.id },
      headers: { 'if-match': '"v1"' },
      body: { ...letter(), body: draft.content.body },
    });
    assert.equal(revised.statusCode, 200, revised.body);
    assert.equal(json<Draft>(revised).content.body, draft.content.body);
  });

  it('accepts as reply target only a receipt in this file, and language defaults to Hindi', async () => {
    const file = await createFile();
    const other = await createFile();
    const elsewhere = await receiptInFile(other.id);
    const wrong = await create(file.id, sunita, { replyToReceiptId: elsewhere });
    assert.equal(wrong.statusCode, 422);
    assert.equal(problemCode(wrong), 'draft.reply_target_invalid');
    const withoutLanguage: Record<string, unknown> = letter();
    delete withoutLanguage.language;
    const plain = await h.call('createDraft', {
      token: sunita,
      params: { fileId: file.id },
      body: withoutLanguage,
    });
    assert.equal(plain.statusCode, 201, plain.body);
    assert.equal(json<Draft>(plain).content.language, 'hi');
    const list = json<{ items: Draft[] }>(
      await h.call('listDrafts', { token: sunita, params: { fileId: file.id } }),
    );
    assert.equal(list.items.length, 1);
  });

  it('lets only the holder of an open file draft; others on the section get 403, strangers 404', async () => {
    const file = await createFile();
    assert.equal(problemCode(await create(file.id, rajesh)), 'file.not_with_you');
    const stranger = await create(file.id, meera);
    assert.equal(stranger.statusCode, 404);
    const draft = await createOk(file.id);
    for (const [operationId, params] of [
      ['getDraft', { draftId: draft.id }],
      ['listDraftVersions', { draftId: draft.id }],
      ['listDrafts', { fileId: file.id }],
    ] as const) {
      const hidden = await h.call(operationId, { token: meera, params });
      assert.equal(hidden.statusCode, 404, operationId);
      assert.equal(problemCode(hidden), 'resource.not_found');
    }
    assert.equal(
      (await h.call('getDraft', { token: rajesh, params: { draftId: draft.id } })).statusCode,
      200,
    );

    const parked = await createFile();
    await h.call('parkFile', { token: sunita, params: { fileId: parked.id }, body: { remarks: 'प्रतीक्षा' } });
    assert.equal(problemCode(await create(parked.id)), 'file.parked');
    const closed = await createFile();
    await h.call('closeFile', { token: sunita, params: { fileId: closed.id }, body: { remarks: 'समाप्त' } });
    assert.equal(problemCode(await create(closed.id)), 'file.closed');
  });

  it('revises with If-Match into new revisions, keeps every revision, and seniors revise as the file moves up', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    const missing = await h.call('reviseDraft', {
      token: sunita,
      params: { draftId: draft.id },
      body: letter(),
    });
    assert.equal(missing.statusCode, 428);
    assert.equal(problemCode(missing), 'precondition.required');
    const stale = await revise(draft, sunita, {}, '"v99"');
    assert.equal(stale.statusCode, 412);
    assert.equal(problemCode(stale), 'precondition.failed');
    assert.equal(stale.headers.etag, '"v1"');

    const second = await revise(draft, sunita, { body: '<p>संशोधित मसौदा</p>', remarks: 'भाषा सुधारी' });
    assert.equal(second.statusCode, 200, second.body);
    const v2 = json<Draft>(second);
    assert.equal(v2.revision, 2);
    assert.equal(second.headers.etag, '"v2"');
    assert.equal(
      problemCode(await revise(draft, sunita)),
      'precondition.failed',
      'the old ETag is stale now',
    );

    await sendFile(file.id, US, sunita);
    assert.equal(problemCode(await revise(v2, sunita)), 'file.not_with_you');
    const third = await revise(v2, rajesh, {
      language: 'bilingual',
      body: '<p lang="hi">महोदय</p><p lang="en">Sir</p>',
      remarks: 'द्विभाषी किया गया',
    });
    assert.equal(third.statusCode, 200, third.body);
    const v3 = json<Draft>(third);
    assert.equal(v3.revision, 3);
    assert.equal(v3.createdBy.id, SO, 'the draft keeps its creator');

    const versions = json<{
      items: {
        revision: number;
        createdBy: { id: string };
        remarks: string | null;
        content: { body: string };
      }[];
    }>(await h.call('listDraftVersions', { token: rajesh, params: { draftId: draft.id } }));
    assert.deepEqual(
      versions.items.map((v) => [v.revision, v.createdBy.id, v.remarks]),
      [
        [1, SO, null],
        [2, SO, 'भाषा सुधारी'],
        [3, US, 'द्विभाषी किया गया'],
      ],
    );
    assert.equal(versions.items[0]?.content.body, draft.content.body, 'revision 1 is kept unchanged');
    const firstPage = json<{ items: { revision: number }[]; nextCursor: string | null }>(
      await h.call('listDraftVersions', {
        token: rajesh,
        params: { draftId: draft.id },
        query: { limit: 2 },
      }),
    );
    assert.deepEqual(
      firstPage.items.map((v) => v.revision),
      [1, 2],
    );
    const rest = json<{ items: { revision: number }[]; nextCursor: string | null }>(
      await h.call('listDraftVersions', {
        token: rajesh,
        params: { draftId: draft.id },
        query: { limit: 2, cursor: firstPage.nextCursor ?? '' },
      }),
    );
    assert.deepEqual(
      rest.items.map((v) => v.revision),
      [3],
    );
    assert.equal(rest.nextCursor, null);
  });

  it('lets one of two simultaneous revisions win; the other loses without saving anything', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    const results = await Promise.all([
      revise(draft, sunita, { body: '<p>पहला संशोधन</p>' }),
      revise(draft, sunita, { body: '<p>दूसरा संशोधन</p>' }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    assert.equal(statuses[0], 200);
    assert.ok([409, 412].includes(statuses[1] ?? 0), String(statuses[1]));
    const versions = json<{ items: unknown[] }>(
      await h.call('listDraftVersions', { token: sunita, params: { draftId: draft.id } }),
    );
    assert.equal(versions.items.length, 2);
  });

  it('approves a signed draft only with the caller’s valid signature over the current revision', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    // Signed by SO(ESTT) while she held the file; the Under Secretary cannot approve with it.
    const bySomeoneElse = await sign('sunita', draft.id);
    await sendFile(file.id, US, sunita);

    const foreign = await approve(draft.id, rajesh, bySomeoneElse);
    assert.equal(foreign.statusCode, 422);
    assert.equal(problemCode(foreign), 'signature.not_for_target');

    const overRevision1 = await sign('rajesh', draft.id);
    const revised = json<Draft>(await revise(draft, rajesh, { body: '<p>अवर सचिव द्वारा संशोधित</p>' }));
    const old = await approve(draft.id, rajesh, overRevision1);
    assert.equal(
      problemCode(old),
      'signature.not_for_target',
      'a signature over revision 1 does not approve revision 2',
    );

    const otherFile = await createFile();
    const otherDraft = await createOk(otherFile.id);
    const elsewhere = await approve(draft.id, rajesh, await sign('sunita', otherDraft.id));
    assert.equal(problemCode(elsewhere), 'signature.not_for_target');
    assert.equal(
      problemCode(await approve(draft.id, rajesh, 'sig_doesnotexist1')),
      'signature.not_for_target',
    );

    const broken = await storeVerifiedDraftSignature('rajesh', draft.id, untrusted);
    assert.equal(broken.valid, false);
    const invalid = await approve(draft.id, rajesh, broken.id);
    assert.equal(invalid.statusCode, 422);
    assert.equal(problemCode(invalid), 'signature.invalid');

    const good = await sign('rajesh', draft.id);
    assert.equal(problemCode(await approve(draft.id, sunita, good)), 'file.not_with_you');
    const staleTag = await approve(draft.id, rajesh, good, { 'if-match': draft.etag });
    assert.equal(staleTag.statusCode, 412);
    assert.equal(problemCode(staleTag), 'precondition.failed');
    assert.equal((await get(draft.id)).status, 'draft', 'nothing changed by the refused approvals');

    const approved = await approve(draft.id, rajesh, good, { 'if-match': revised.etag });
    assert.equal(approved.statusCode, 200, approved.body);
    const body = json<Draft>(approved);
    assert.equal(body.status, 'approved');
    assert.equal(body.approval?.approvedBy.id, US);
    assert.equal(body.approval?.revision, 2);
    assert.equal(body.approval?.signatureId, good);
    assert.equal(body.approval?.remarks, 'अनुमोदित');
    assert.equal(body.dispatch, null);
    assert.notEqual(body.etag, revised.etag);

    assert.equal(problemCode(await approve(draft.id, rajesh, good)), 'draft.not_editable');
  });

  it('voids an approval when the draft is revised later; the signed revision stays as it was', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    const signatureId = await sign('sunita', draft.id);
    const approved = json<Draft>(await approve(draft.id, sunita, signatureId));
    assert.equal(approved.status, 'approved');
    const after = await revise(approved, sunita, { body: '<p>अनुमोदन के बाद संशोधन</p>' });
    assert.equal(after.statusCode, 200, after.body);
    const revised = json<
      Draft & {
        invalidatedApproval: {
          approvedBy: { id: string };
          revision: number;
          signatureId: string | null;
          invalidatedByRevision: number;
        } | null;
      }
    >(after);
    assert.equal(revised.status, 'draft');
    assert.equal(revised.revision, 2);
    assert.equal(revised.approval, null);
    assert.equal(revised.invalidatedApproval?.revision, 1);
    assert.equal(revised.invalidatedApproval?.invalidatedByRevision, 2);
    assert.equal(revised.invalidatedApproval?.signatureId, signatureId);
    assert.equal(revised.invalidatedApproval?.approvedBy.id, SO);
    assert.equal(problemCode(await issue(draft.id, sunita)), 'draft.not_approved');
    assert.equal(
      problemCode(await approve(draft.id, sunita, signatureId)),
      'signature.not_for_target',
      'the old signature covers the voided revision',
    );
    const versions = json<{ items: { revision: number; content: { body: string } }[] }>(
      await h.call('listDraftVersions', { token: sunita, params: { draftId: draft.id } }),
    );
    assert.equal(versions.items[0]?.content.body, approved.content.body, 'the signed revision is unchanged');
    const again = json<Draft & { invalidatedApproval: unknown }>(
      await approve(draft.id, sunita, await sign('sunita', draft.id)),
    );
    assert.equal(again.status, 'approved');
    assert.equal(again.approval?.revision, 2);
    assert.equal(again.invalidatedApproval, null, 'a new approval clears the voided one');
    const issued = json<Draft>(await issue(draft.id, sunita));
    assert.equal(issued.status, 'issued');
    const late = await revise(issued, sunita);
    assert.equal(late.statusCode, 409);
    assert.equal(problemCode(late), 'draft.not_editable');
  });

  it('approves without a signature when none is given, recorded as unsigned', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    const response = await h.call('approveDraft', {
      token: sunita,
      params: { draftId: draft.id },
      body: { remarks: 'अनुमोदित' },
    });
    assert.equal(response.statusCode, 200, response.body);
    const body = json<Draft>(response);
    assert.equal(body.status, 'approved');
    assert.equal(body.approval?.signatureId, null);
  });

  it('keeps the reference line and copy-to list, and reverts to an earlier version as a new revision', async () => {
    const file = await createFile();
    const draft = await createOk(file.id, sunita, {
      reference: 'आपका पत्र क्रमांक 118 दिनांक 08.07.2025',
      copyTo: ['श्रम आयुक्त, इंदौर', 'कार्यालय प्रति'],
    });
    const content = draft.content as Draft['content'] & { reference: string | null; copyTo: string[] };
    assert.equal(content.reference, 'आपका पत्र क्रमांक 118 दिनांक 08.07.2025');
    assert.deepEqual(content.copyTo, ['श्रम आयुक्त, इंदौर', 'कार्यालय प्रति']);
    const second = json<Draft>(await revise(draft, sunita, { body: '<p>दूसरा पाठ</p>' }));
    const tooNew = await revise(second, sunita, { revertedFrom: 3 });
    assert.equal(tooNew.statusCode, 400);
    const reverted = await revise(second, sunita, {
      body: draft.content.body,
      reference: content.reference,
      copyTo: content.copyTo,
      revertedFrom: 1,
    });
    assert.equal(reverted.statusCode, 200, reverted.body);
    const third = json<Draft>(reverted);
    assert.equal(third.revision, 3);
    assert.equal(third.content.body, draft.content.body);
    const versions = json<{ items: { revision: number; revertedFrom: number | null }[] }>(
      await h.call('listDraftVersions', { token: sunita, params: { draftId: draft.id } }),
    );
    assert.deepEqual(
      versions.items.map((v) => [v.revision, v.revertedFrom]),
      [
        [1, null],
        [2, null],
        [3, 1],
      ],
    );
  });

  it('replays an approval with the same Idempotency-Key and refuses the key with another body', async () => {
    const file = await createFile();
    const draft = await createOk(file.id);
    const signatureId = await sign('sunita', draft.id);
    const headers = { 'idempotency-key': `approve-${draft.id}` };
    const first = await approve(draft.id, sunita, signatureId, headers);
    assert.equal(first.statusCode, 200, first.body);
    const replay = await approve(draft.id, sunita, signatureId, headers);
    assert.equal(replay.statusCode, 200);
    assert.equal(replay.headers['idempotency-replayed'], 'true');
    assert.deepEqual(replay.json(), first.json());
    const reused = await h.call('approveDraft', {
      token: sunita,
      params: { draftId: draft.id },
      headers,
      body: { signatureId, remarks: 'दूसरी टिप्पणी' },
    });
    assert.equal(reused.statusCode, 422);
    assert.equal(problemCode(reused), 'idempotency.key_reused');
  });

  it('issues an approved draft with a dispatch number; the office copy joins the correspondence', async () => {
    const file = await createFile();
    await receiptInFile(file.id);
    const draft = await createOk(file.id);
    const early = await issue(draft.id, sunita);
    assert.equal(early.statusCode, 409);
    assert.equal(problemCode(early), 'draft.not_approved');

    const approved = json<Draft>(await approve(draft.id, sunita, await sign('sunita', draft.id)));
    assert.equal(approved.status, 'approved');
    assert.equal(
      problemCode(await issue(draft.id, rajesh)),
      'file.not_with_you',
      'a colleague off the holder post',
    );
    assert.equal((await issue(draft.id, meera)).statusCode, 404, 'another section, not the CRU');

    const fileBefore = json<{ etag: string; counts: { drafts: number } }>(
      await h.call('getFile', { token: sunita, params: { fileId: file.id } }),
    );
    assert.ok(fileBefore.counts.drafts >= 1, 'the file counts its drafts');
    const headers = { 'idempotency-key': `issue-${draft.id}` };
    const issued = await issue(draft.id, sunita, 'speed_post', headers);
    assert.equal(issued.statusCode, 200, issued.body);
    const body = json<Draft>(issued);
    assert.equal(body.status, 'issued');
    assert.match(body.dispatch?.dispatchNumber ?? '', /^D\/\d+\/2025\/Estt\.$/);
    assert.equal(body.dispatch?.mode, 'speed_post');
    assert.equal(body.dispatch?.issuedBy.id, SO);
    assert.equal(body.dispatch?.correspondenceLabel, 'C/2', 'after the receipt at C/1');

    const replay = await issue(draft.id, sunita, 'speed_post', headers);
    assert.equal(replay.headers['idempotency-replayed'], 'true');
    assert.deepEqual(replay.json(), issued.json());
    const twice = await issue(draft.id, sunita);
    assert.equal(twice.statusCode, 409);
    assert.equal(problemCode(twice), 'draft.already_issued');

    const correspondence = json<{
      items: {
        label: string;
        kind: string;
        draftId: string | null;
        dispatchNumber: string | null;
        subject: string;
      }[];
    }>(await h.call('listCorrespondence', { token: sunita, params: { fileId: file.id } }));
    assert.deepEqual(
      correspondence.items.map((c) => [c.label, c.kind, c.draftId, c.dispatchNumber]),
      [
        ['C/1', 'receipt', null, null],
        ['C/2', 'issued_letter', draft.id, body.dispatch?.dispatchNumber],
      ],
    );
    assert.equal(correspondence.items[1]?.subject, draft.content.subject);
    const movements = json<{ items: { action: string; from: { id: string } | null; to: unknown }[] }>(
      await h.call('listFileMovements', { token: sunita, params: { fileId: file.id } }),
    );
    const issueMovement = movements.items.find((m) => m.action === 'issue');
    assert.equal(issueMovement?.from?.id, SO);
    assert.equal(issueMovement?.to, null);
    const fileAfter = json<{ etag: string; currentHolder: { id: string } }>(
      await h.call('getFile', { token: sunita, params: { fileId: file.id } }),
    );
    assert.notEqual(fileAfter.etag, fileBefore.etag);
    assert.equal(fileAfter.currentHolder.id, SO, 'issuing does not move the file');
    // The file can still go up: issuing is not the movement that put it with its holder.
    await sendFile(file.id, US, sunita);
  });

  it('lets the CRU of the file’s office dispatch, and runs dispatch numbers per section and IST year', async () => {
    const year = async (token: string, userKey = 'sunita') => {
      const file = await createFile(token);
      return approvedDraft(file.id, token, userKey);
    };
    const a = await year(sunita);
    const b = await year(sunita);
    // The CRU reads the approved letter it dispatches (and its versions), though not on the file's route.
    const read = await h.call('getDraft', { token: ramesh, params: { draftId: a.id } });
    assert.equal(read.statusCode, 200, read.body);
    const versions = await h.call('listDraftVersions', { token: ramesh, params: { draftId: a.id } });
    assert.equal(versions.statusCode, 200, versions.body);
    const unapproved = await createOk((await createFile()).id);
    assert.equal(
      (await h.call('getDraft', { token: ramesh, params: { draftId: unapproved.id } })).statusCode,
      404,
      'not a draft still being written',
    );
    const byCru = json<Draft>(await issue(a.id, ramesh, 'registered_post'));
    assert.equal(byCru.status, 'issued');
    const cruPost = seedId('post', 'cru');
    assert.equal(byCru.dispatch?.issuedBy.id, cruPost);
    const next = json<Draft>(await issue(b.id, sunita));
    const number = (d: Draft) => Number(d.dispatch?.dispatchNumber.split('/')[1]);
    assert.equal(number(next), number(byCru) + 1, 'one running number per section');

    const admn = await year(meera, 'meera');
    const admnIssued = json<Draft>(await issue(admn.id, meera));
    assert.equal(admnIssued.dispatch?.dispatchNumber, 'D/1/2025/Admn.', 'another section starts at 1');

    // 31 Dec 2025, 19:00 UTC is already 1 Jan 2026 in India: a new year, numbers start again.
    await travelTo('2025-12-31T19:00:00Z');
    const c = await year(sunita);
    const newYear = json<Draft>(await issue(c.id, sunita));
    assert.equal(newYear.dispatch?.dispatchNumber, 'D/1/2026/Estt.');
  });

  it('lists a file’s drafts newest first, filtered by status and paginated', async () => {
    const file = await createFile();
    const first = await createOk(file.id);
    h.now.value = new Date(h.now.value.getTime() + 60_000);
    const second = await createOk(file.id);
    await approve(second.id, sunita, await sign('sunita', second.id));
    const all = json<{ items: Draft[] }>(
      await h.call('listDrafts', { token: rajesh, params: { fileId: file.id } }),
    );
    assert.deepEqual(
      all.items.map((d) => d.id),
      [second.id, first.id],
    );
    const approvedOnly = json<{ items: Draft[] }>(
      await h.call('listDrafts', {
        token: sunita,
        params: { fileId: file.id },
        query: { status: 'approved' },
      }),
    );
    assert.deepEqual(
      approvedOnly.items.map((d) => d.id),
      [second.id],
    );
    const page = json<{ items: Draft[]; nextCursor: string | null }>(
      await h.call('listDrafts', { token: sunita, params: { fileId: file.id }, query: { limit: 1 } }),
    );
    assert.equal(page.items.length, 1);
    assert.notEqual(page.nextCursor, null);
  });

  it('keeps the dispatch register: filters, sort, pagination and who may read which unit', async () => {
    const register = (token: string, query: Record<string, string | number> = {}) =>
      h.call('getDispatchRegister', { token, query });
    const entries = (response: { json(): unknown }) =>
      json<{ items: RegisterEntry[]; nextCursor: string | null }>(response);

    await travelTo('2026-02-02T06:00:00Z');
    const estt = await approvedDraft((await createFile()).id);
    const byEmail = json<Draft>(await issue(estt.id, sunita, 'email'));
    await travelTo('2026-02-03T06:00:00Z');
    const estt2 = await approvedDraft((await createFile()).id);
    const byPost = json<Draft>(await issue(estt2.id, sunita, 'speed_post'));
    await travelTo('2026-02-03T07:00:00Z');
    const admnFile = await createFile(meera);
    const admnDraft = await approvedDraft(admnFile.id, meera, 'meera');
    const admn = json<Draft>(await issue(admnDraft.id, meera, 'by_hand'));

    const febFirstWeek = { from: '2026-02-01', to: '2026-02-07' };
    const mine = entries(await register(rajesh, febFirstWeek));
    assert.deepEqual(
      mine.items.map((e) => e.dispatchNumber),
      [byPost.dispatch?.dispatchNumber, byEmail.dispatch?.dispatchNumber],
      'newest first, only the caller’s own section',
    );
    assert.ok(mine.items.every((e) => e.section.id === ESTT));
    assert.deepEqual(mine.items[0]?.addressees, ['श्री रमेश यादव']);
    assert.equal(mine.items[0]?.draftId, estt2.id);

    const ascending = entries(await register(rajesh, { ...febFirstWeek, sort: 'issuedAt' }));
    assert.equal(ascending.items[0]?.dispatchNumber, byEmail.dispatch?.dispatchNumber);
    const emailOnly = entries(await register(rajesh, { ...febFirstWeek, mode: 'email' }));
    assert.deepEqual(
      emailOnly.items.map((e) => e.draftId),
      [estt.id],
    );
    const oneDay = entries(await register(rajesh, { from: '2026-02-03', to: '2026-02-03' }));
    assert.deepEqual(
      oneDay.items.map((e) => e.draftId),
      [estt2.id],
    );

    const page1 = entries(await register(rajesh, { ...febFirstWeek, limit: 1 }));
    assert.equal(page1.items.length, 1);
    assert.ok(page1.nextCursor);
    const page2 = entries(
      await register(rajesh, { ...febFirstWeek, limit: 1, cursor: page1.nextCursor ?? '' }),
    );
    assert.deepEqual(
      page2.items.map((e) => e.draftId),
      [estt.id],
    );
    assert.equal(page2.nextCursor, null);

    const theirs = entries(await register(meera, febFirstWeek));
    assert.deepEqual(
      theirs.items.map((e) => e.dispatchNumber),
      [admn.dispatch?.dispatchNumber],
    );
    // The central registry dispatches for every section of its office: it keeps the office's register.
    const atCru = entries(await register(ramesh, febFirstWeek));
    assert.ok(
      atCru.items.some((e) => e.dispatchNumber === admn.dispatch?.dispatchNumber) &&
        atCru.items.some((e) => e.section.id === ESTT),
      'the CRU reads the letters of the office’s sections',
    );
    const wider = await register(rajesh, { unitId: LC });
    assert.equal(wider.statusCode, 403);
    assert.equal(problemCode(wider), 'auth.role_required');
    assert.equal(problemCode(await register(rajesh, { unitId: ADMN })), 'auth.role_required');
    assert.equal((await register(rajesh, { unitId: 'unit_doesnotexist' })).statusCode, 404);
    const backwards = await register(rajesh, { from: '2026-02-07', to: '2026-02-01' });
    assert.equal(backwards.statusCode, 400);
    assert.equal(problemCode(backwards), 'request.validation');

    // A report viewer of the office reads every section below it, or one of them by unitId.
    const { db } = h.app.services;
    const viewerPost = seedId('post', 'dlc-reports');
    await db
      .insertInto('posts')
      .values({
        id: viewerPost,
        unit_id: LC,
        designation_en: 'Deputy Labour Commissioner',
        designation_hi: 'उप श्रमायुक्त',
        marking: 'DLC-LC',
        roles: JSON.stringify(['report_viewer']),
        active: 1,
      })
      .execute();
    const viewerId = seedId('user', 'kavita');
    await db
      .insertInto('users')
      .values({
        id: viewerId,
        username: 'kavita.rao',
        name_en: 'Kavita Rao',
        name_hi: 'कविता राव',
        email: null,
        password_hash: hashSecret(PASSWORD),
        active: 1,
        kind: 'user',
      })
      .execute();
    await db
      .insertInto('user_posts')
      .values({ user_id: viewerId, post_id: viewerPost, position: 0 })
      .execute();
    const kavita = await h.login('kavita.rao');
    const office = entries(await register(kavita, febFirstWeek));
    assert.deepEqual(
      office.items.map((e) => e.draftId),
      [admnDraft.id, estt2.id, estt.id],
    );
    const oneSection = entries(await register(kavita, { ...febFirstWeek, unitId: ADMN }));
    assert.deepEqual(
      oneSection.items.map((e) => e.draftId),
      [admnDraft.id],
    );
    assert.equal(
      (await h.call('getDispatchRegister', { token: anita, query: { unitId: ESTT, ...febFirstWeek } }))
        .statusCode,
      200,
      'a member of the section reads it by unitId too',
    );
  });
});

describe('drafts in the demo seed', () => {
  it('has a draft awaiting approval, an approved reply awaiting dispatch and an issued office order', async () => {
    const { buildTestApp } = await import('./database.js');
    const { DEMO_PASSWORD } = await import('../src/seed/data.js');
    const app = await buildTestApp({ seed: true, validateResponses: true });
    try {
      const login = async (username: string) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password: DEMO_PASSWORD },
        });
        return (response.json() as { accessToken: string }).accessToken;
      };
      const rows = await app.services.db
        .selectFrom('drafts')
        .select(['id', 'status', 'revision', 'dispatch_number'])
        .orderBy('created_at')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.status, r.revision, r.dispatch_number]),
        [
          ['issued', 2, 'D/1/2026/Estt.'],
          ['draft', 2, null],
          ['approved', 2, null],
        ],
      );
      const register = await app.inject({
        method: 'GET',
        url: '/api/v1/reports/dispatch-register',
        headers: { authorization: `Bearer ${await login('sunita.verma')}` },
      });
      assert.equal(register.statusCode, 200, register.body);
      const items = (register.json() as { items: RegisterEntry[] }).items;
      assert.deepEqual(
        items.map((e) => [e.dispatchNumber, e.correspondenceLabel, e.mode]),
        [['D/1/2026/Estt.', 'C/2', 'by_hand']],
      );
      // The Deputy Secretary holds the reference to the Labour Court and can approve it.
      const pending = rows[1];
      const draft = await app.inject({
        method: 'GET',
        url: `/api/v1/drafts/${pending?.id ?? ''}`,
        headers: { authorization: `Bearer ${await login('meenakshi.dubey')}` },
      });
      assert.equal(draft.statusCode, 200, draft.body);
      assert.match((draft.json() as Draft).content.body, /श्रम न्यायालय, भोपाल/);
      // The Mantralaya's CRU dispatches the approved RTI reply on the Establishment section's behalf.
      const issued = await app.inject({
        method: 'POST',
        url: `/api/v1/drafts/${rows[2]?.id ?? ''}/issue`,
        headers: { authorization: `Bearer ${await login('priya.singh')}` },
        payload: { mode: 'registered_post' },
      });
      assert.equal(issued.statusCode, 200, issued.body);
      assert.equal((issued.json() as Draft).dispatch?.dispatchNumber, 'D/2/2026/Estt.');
    } finally {
      await app.close();
    }
  });
});
