// The signing workloads of scripts/bench-references.mjs, the same code in Node (through the workspace
// sources) and in Chromium (bundled by esbuild): each returns one sample in ms per run.
import { canonicalForm, signContent } from '@eoffice/signing';
import { SandboxCa, SoftwareSigner, verifyDetachedCms } from '@eoffice/signing/cms';

/** A Hindi note as an officer signs it. */
const NOTE = {
  sequence: 3,
  type: 'note',
  id: 'note_bench',
  fileId: 'file_bench',
  body: '<p>कृपया फ़ाइल का अवलोकन करें। आदेशार्थ प्रस्तुत।</p>',
  authorUserId: 'user_bench',
  authorPostId: 'post_bench',
};

const SUBJECT = [
  ['C', 'IN'],
  ['O', 'श्रम विभाग / Labour Department'],
  ['CN', 'रमेश कुमार / Ramesh Kumar'],
];

const WARM_UP = 3;

/** WebCrypto alone: RSASSA-PKCS1-v1_5, 2048 bits, SHA-256, over the note's canonical bytes. */
export async function webCryptoSignVerify(runs) {
  const algorithm = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  };
  const keys = await crypto.subtle.generateKey(algorithm, false, ['sign', 'verify']);
  const { bytes } = await canonicalForm(NOTE);
  const samples = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    const t0 = performance.now();
    const signature = await crypto.subtle.sign(algorithm, keys.privateKey, bytes);
    const valid = await crypto.subtle.verify(algorithm, keys.publicKey, signature, bytes);
    if (!valid) throw new Error('WebCrypto did not verify its own signature');
    if (i >= WARM_UP) samples.push(performance.now() - t0);
  }
  return samples;
}

/** Our package: the note signed as a detached CMS by the software signer, then verified in full. */
export async function packageSignVerify(runs) {
  const ca = await SandboxCa.create();
  const signer = await SoftwareSigner.create({ ca, subject: SUBJECT });
  const samples = [];
  for (let i = 0; i < runs + WARM_UP; i++) {
    const t0 = performance.now();
    const { form, cms } = await signContent(signer, NOTE);
    const result = await verifyDetachedCms({ cms, content: form.bytes, trustAnchors: [ca.certificate] });
    if (!result.valid) throw new Error('our package did not verify its own signature');
    if (i >= WARM_UP) samples.push(performance.now() - t0);
  }
  return samples;
}
