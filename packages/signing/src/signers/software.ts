import { subtleCrypto } from '../digest.js';
import { generateSigningKeyPair, RSA_SIGNING, type SandboxCa } from '../ca/sandbox-ca.js';
import type { KeyUsageName } from '../ca/key-usage.js';
import { buildDetachedCms } from '../cms/build.js';
import type { NameAttribute } from '../cms/names.js';
import type { Signer } from './signer.js';

export interface SoftwareSignerOptions {
  /** The CA that issues this signer's certificate. */
  ca: SandboxCa;
  /** Subject DN attributes, most general first. */
  subject: readonly NameAttribute[];
  notBefore?: Date;
  notAfter?: Date;
  keyUsage?: readonly KeyUsageName[];
  serialNumber?: Uint8Array;
  /** Clock for the signing-time attribute; defaults to the system clock. */
  now?: () => Date;
}

/**
 * The sandbox's signer: an RSA 2048 key generated in WebCrypto as non-extractable (it can sign but
 * never be read out), with a certificate from a sandbox CA. The same class runs in browsers and Node.
 */
export class SoftwareSigner implements Signer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly certificateDer: Uint8Array,
    private readonly intermediates: readonly Uint8Array[],
    private readonly now: () => Date,
  ) {}

  static async create(options: SoftwareSignerOptions): Promise<SoftwareSigner> {
    const keys = await generateSigningKeyPair();
    const certificate = await options.ca.issue({
      publicKey: keys.publicKey,
      subject: options.subject,
      notBefore: options.notBefore,
      notAfter: options.notAfter,
      keyUsage: options.keyUsage,
      serialNumber: options.serialNumber,
    });
    return new SoftwareSigner(
      keys.privateKey,
      certificate,
      options.ca.intermediates,
      options.now ?? (() => new Date()),
    );
  }

  async certificate(): Promise<Uint8Array> {
    return this.certificateDer.slice();
  }

  /** The issuing CA's intermediates (none when a root issued the certificate). */
  async chain(): Promise<Uint8Array[]> {
    return this.intermediates.map((der) => der.slice());
  }

  sign(digest: Uint8Array): Promise<Uint8Array> {
    return buildDetachedCms({
      digest,
      certificate: this.certificateDer,
      chain: this.intermediates,
      signingTime: this.now(),
      sign: async (bytes) =>
        new Uint8Array(await subtleCrypto().sign(RSA_SIGNING, this.privateKey, bytes.slice())),
    });
  }
}
