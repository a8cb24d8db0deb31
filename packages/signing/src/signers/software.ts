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

export interface SoftwareSignerFromKeyOptions {
  /** The private key the certificate was issued for: RSA (RSASSA-PKCS1-v1_5) or ECDSA P-256. */
  privateKey: CryptoKey;
  /** The certificate of that key, DER. */
  certificate: Uint8Array;
  /** Intermediate CA certificates (DER), issuer first, root excluded. */
  chain?: readonly Uint8Array[];
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

  /**
   * A signer over a key made elsewhere, typically a non-extractable WebCrypto key whose public half got
   * its certificate from the sandbox (`issueSandboxCertificate`). RSA or ECDSA P-256, with SHA-256.
   */
  static fromKey(options: SoftwareSignerFromKeyOptions): SoftwareSigner {
    return new SoftwareSigner(
      options.privateKey,
      options.certificate.slice(),
      (options.chain ?? []).map((der) => der.slice()),
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

  /** RSASSA-PKCS1-v1_5 for RSA keys; ECDSA with SHA-256 for a P-256 key from `fromKey`. */
  private algorithm(): AlgorithmIdentifier | EcdsaParams {
    return this.privateKey.algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : RSA_SIGNING;
  }

  sign(digest: Uint8Array): Promise<Uint8Array> {
    return buildDetachedCms({
      digest,
      certificate: this.certificateDer,
      chain: this.intermediates,
      signingTime: this.now(),
      sign: async (bytes) =>
        new Uint8Array(await subtleCrypto().sign(this.algorithm(), this.privateKey, bytes.slice())),
    });
  }
}
