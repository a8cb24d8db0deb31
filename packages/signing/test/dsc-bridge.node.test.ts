// The DSC bridge adapter against a local HTTP server standing in for a signer service. We have no
// DSC token or NIC's service here, so this server is a fake of that external service: it answers
// /check/isLive, lists a certificate and signs digests with a real software key under a sandbox CA.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  BridgeError,
  BridgeNotRunningError,
  DscBridge,
  DscBridgeSigner,
  NIC_DSC_SIGNER_URL,
  SignerMismatchError,
  PayloadDigestError,
  parseCertificateList,
  sha256,
  signDigest,
  toHex,
  type DscSignDigest,
} from '../src/index.js';
import { SandboxCa, SoftwareSigner, toBase64, fromBase64, verifyDetachedCms } from '../src/cms/index.js';
import { signerSubject } from './cms-helpers.js';

interface Fake {
  server: Server;
  url: string;
  /** Paths requested, in order. */
  seen: string[];
  /** When set, /check/isLive waits this long before answering. */
  delayMs: number;
  /** When set, /sign signs this digest instead of the one it was sent. */
  substitute: Uint8Array | undefined;
}

async function startFakeBridge(token: SoftwareSigner): Promise<Fake> {
  const certificate = toBase64(await token.certificate());
  const fake = { seen: [] as string[], delayMs: 0, substitute: undefined } as unknown as Fake;
  fake.server = createServer((request, response) => {
    fake.seen.push(`${request.method} ${request.url}`);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      void (async () => {
        if (request.url === '/check/isLive') {
          if (fake.delayMs) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
          response.writeHead(200, { 'content-type': 'text/plain' }).end('true');
        } else if (request.url === '/certificates') {
          response
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ certificates: [{ certificate, label: 'Class 3 token' }] }));
        } else if (request.url === '/sign' && request.method === 'POST') {
          const { digest } = JSON.parse(body) as { digest: string };
          const cms = await token.sign(fake.substitute ?? fromBase64(digest));
          response
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ cms: toBase64(cms) }));
        } else {
          response.writeHead(404).end();
        }
      })();
    });
  });
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  return fake;
}

/** The portal's adapter for this (fake) bridge: POST the digest, read back the CMS. */
const signOverHttp: DscSignDigest = async (digest, certificate, bridge) => {
  assert.ok(certificate.der.byteLength > 100);
  const response = await bridge.request('/sign', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ digest: toBase64(digest) }),
  });
  const { cms } = (await response.json()) as { cms: string };
  return fromBase64(cms);
};

describe('DSC bridge adapter', () => {
  let ca: SandboxCa;
  let fake: Fake;

  before(async () => {
    ca = await SandboxCa.create();
    fake = await startFakeBridge(await SoftwareSigner.create({ ca, subject: signerSubject }));
  });
  after(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  it("defaults to NIC's DSC Signer Service on its loopback name", () => {
    assert.equal(new DscBridge().baseUrl, 'https://eoffsigner.eoffice.gov.in:55103');
    assert.equal(NIC_DSC_SIGNER_URL, 'https://eoffsigner.eoffice.gov.in:55103');
  });

  it('reports a running service as live and lists its certificates', async () => {
    const bridge = new DscBridge({ baseUrl: fake.url });
    assert.equal(await bridge.isLive(), true);
    const certificates = await bridge.certificates();
    assert.equal(certificates.length, 1);
    assert.equal(certificates[0]?.label, 'Class 3 token');
    assert.equal(fake.seen.includes('GET /check/isLive'), true);
  });

  it('says "not running" when nothing listens, and when the service is too slow', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const absent = new DscBridge({ baseUrl: `http://127.0.0.1:${port}` });
    assert.equal(await absent.isLive(), false);
    await assert.rejects(absent.certificates(), (error: unknown) => {
      assert.ok(error instanceof BridgeNotRunningError);
      assert.match((error as Error).message, /Local Network Access|local network/);
      return true;
    });

    fake.delayMs = 500;
    try {
      assert.equal(await new DscBridge({ baseUrl: fake.url, timeoutMs: 50 }).isLive(), false);
    } finally {
      fake.delayMs = 0;
    }
  });

  it('turns an error status into BridgeError', async () => {
    const bridge = new DscBridge({ baseUrl: fake.url, certificatesPath: '/nowhere' });
    await assert.rejects(bridge.certificates(), (error: unknown) => {
      assert.ok(error instanceof BridgeError && !(error instanceof BridgeNotRunningError));
      assert.equal((error as BridgeError).status, 404);
      return true;
    });
  });

  it('signs a digest through the bridge; the CMS verifies and covers it', async () => {
    const bridge = new DscBridge({ baseUrl: fake.url });
    const [certificate] = await bridge.certificates();
    assert.ok(certificate);
    const signer = new DscBridgeSigner({ bridge, certificate, signDigest: signOverHttp });
    const bytes = new TextEncoder().encode('{"canonVersion":"eoffice-canon/1","type":"note"}');
    const digestHex = toHex(await sha256(bytes));
    const cms = await signDigest(signer, { digestHex, bytes });
    const result = await verifyDetachedCms({ cms, content: bytes, trustAnchors: [ca.certificate] });
    assert.equal(result.valid, true);
    assert.deepEqual(await signer.certificate(), certificate.der);
  });

  it('rejects a bridge that signs another digest, before anything is submitted', async () => {
    const bridge = new DscBridge({ baseUrl: fake.url });
    const [certificate] = await bridge.certificates();
    assert.ok(certificate);
    const signer = new DscBridgeSigner({ bridge, certificate, signDigest: signOverHttp });
    fake.substitute = await sha256(new TextEncoder().encode('another note'));
    try {
      await assert.rejects(
        signDigest(signer, { digestHex: 'ab'.repeat(32) }),
        (error: unknown) =>
          error instanceof SignerMismatchError && error.expectedDigestHex === 'ab'.repeat(32),
      );
    } finally {
      fake.substitute = undefined;
    }
  });

  it('refuses canonical bytes that do not hash to the announced digest', async () => {
    const signer = new DscBridgeSigner({
      bridge: new DscBridge({ baseUrl: fake.url }),
      certificate: { der: new Uint8Array(200) },
      signDigest: () => assert.fail('the signer must not be called'),
    });
    await assert.rejects(
      signDigest(signer, { digestHex: '00'.repeat(32), bytes: new Uint8Array([1]) }),
      PayloadDigestError,
    );
  });

  it('wraps adapter failures: a failed fetch means "not running", anything else BridgeError', async () => {
    const bridge = new DscBridge({ baseUrl: fake.url });
    const certificate = { der: new Uint8Array(200) };
    const failing = (error: unknown) =>
      new DscBridgeSigner({ bridge, certificate, signDigest: () => Promise.reject(error) });
    await assert.rejects(
      failing(new TypeError('fetch failed')).sign(new Uint8Array(32)),
      BridgeNotRunningError,
    );
    await assert.rejects(failing(new Error('PIN locked')).sign(new Uint8Array(32)), (error: unknown) => {
      return error instanceof BridgeError && error.message === 'PIN locked';
    });
  });

  it('reads the common certificate-list shapes', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nAAEC\n-----END CERTIFICATE-----';
    assert.deepEqual(parseCertificateList(['AAEC']), [{ der: new Uint8Array([0, 1, 2]) }]);
    assert.deepEqual(parseCertificateList([{ cert: pem, alias: 'x' }]), [
      { der: new Uint8Array([0, 1, 2]), label: 'x' },
    ]);
    assert.throws(() => parseCertificateList({ nope: 1 }), BridgeError);
  });
});
