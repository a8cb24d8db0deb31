import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { subtleCrypto } from '../digest.js';
import { OID, toArrayBuffer } from '../cms/der.js';
import { cryptoEngine } from '../cms/engine.js';
import { buildName, type NameAttribute } from '../cms/names.js';
import { parseCertificate } from '../cms/parse.js';
import { encodeKeyUsage, type KeyUsageName } from './key-usage.js';

/**
 * RSASSA-PKCS1-v1_5 with SHA-256 over 2048-bit RSA: what Indian DSCs (CCA-licensed CAs) use, and what
 * pkijs, OpenSSL and every CMS verifier handle without parameter surprises (unlike RSA-PSS).
 */
export const RSA_SIGNING: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

/**
 * A key pair whose private key cannot be exported: it lives only as long as this page or process.
 * `extractable` is for a CA that must outlive its process (the sandbox stores its CA key in its database).
 */
export async function generateSigningKeyPair(extractable = false): Promise<CryptoKeyPair> {
  return subtleCrypto().generateKey(RSA_SIGNING, extractable, ['sign', 'verify']);
}

export interface IssueCertificateOptions {
  /** The subject's public key. */
  publicKey: CryptoKey;
  /** Subject DN attributes, most general first, e.g. `[['C', 'IN'], ['O', '…'], ['CN', 'रमेश कुमार / Ramesh Kumar']]`. */
  subject: readonly NameAttribute[];
  /** Defaults to now minus 5 minutes (allowing for clock skew). */
  notBefore?: Date;
  /** Defaults to `notBefore` plus 2 years. */
  notAfter?: Date;
  /** Defaults to digitalSignature and nonRepudiation, a signing DSC's usages. */
  keyUsage?: readonly KeyUsageName[];
  /** Serial number bytes (big-endian, positive); defaults to 16 random bytes. */
  serialNumber?: Uint8Array;
}

function randomSerial(): Uint8Array {
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01; // positive and without a leading zero byte, as DER INTEGER wants
  return serial;
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
function certificateTime(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

function extension(extnID: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER() });
}

async function buildCertificate(
  options: IssueCertificateOptions,
  issuer: pkijs.RelativeDistinguishedNames | null,
  issuerKey: CryptoKey,
  ca: boolean,
): Promise<Uint8Array> {
  const engine = cryptoEngine();
  const notBefore = options.notBefore ?? new Date(Date.now() - 5 * 60_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 2 * 365 * 86_400_000);
  const subject = buildName(options.subject);
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(options.serialNumber ?? randomSerial()) }),
    subject,
    issuer: issuer ?? subject,
    notBefore: certificateTime(notBefore),
    notAfter: certificateTime(notAfter),
  });
  await certificate.subjectPublicKeyInfo.importKey(options.publicKey, engine);
  const usages =
    options.keyUsage ?? (ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature', 'nonRepudiation']);
  certificate.extensions = [
    extension(OID.keyUsage, true, encodeKeyUsage(usages)),
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: ca }).toSchema()),
  ];
  await certificate.sign(issuerKey, 'SHA-256', engine);
  return new Uint8Array(certificate.toSchema(true).toBER());
}

export interface SandboxCaOptions {
  /** Root subject; defaults to a sandbox name so nobody mistakes it for a licensed CA. */
  subject?: readonly NameAttribute[];
  notBefore?: Date;
  notAfter?: Date;
  /**
   * Make the CA's private key exportable, so `exportStored()` can hand it to storage and
   * `SandboxCa.fromStored` bring the same CA back after a restart. Off by default.
   */
  extractable?: boolean;
}

/** A CA as kept in storage: its certificate, its PKCS#8 private key and the intermediates above it. */
export interface StoredSandboxCa {
  /** The CA certificate, DER. */
  certificate: Uint8Array;
  /** The CA's RSA private key, PKCS#8 DER. Keep it as secret as a CA key deserves. */
  privateKey: Uint8Array;
  /** CA certificates above it, issuer first, root excluded (empty for a root). */
  intermediates: readonly Uint8Array[];
}

/**
 * A throw-away certificate authority for the sandbox and for tests: a self-signed root whose key is
 * generated at run time and never leaves WebCrypto. No private key is ever committed.
 */
export class SandboxCa {
  private constructor(
    /** This CA's certificate, DER. For a root, configure it as the verifier's trust anchor. */
    readonly certificate: Uint8Array,
    /**
     * The CA certificates a signer under this CA must carry in its CMS, issuer first, root excluded:
     * empty for a root, this certificate and those above it for an intermediate.
     */
    readonly intermediates: readonly Uint8Array[],
    private readonly name: pkijs.RelativeDistinguishedNames,
    private readonly privateKey: CryptoKey,
  ) {}

  /** A self-signed root. */
  static async create(options: SandboxCaOptions = {}): Promise<SandboxCa> {
    const keys = await generateSigningKeyPair(options.extractable ?? false);
    const subject = options.subject ?? [
      ['C', 'IN'],
      ['O', 'e-Office Sandbox'],
      ['CN', 'e-Office Sandbox Root CA'],
    ];
    const der = await buildCertificate(
      { publicKey: keys.publicKey, subject, notBefore: options.notBefore, notAfter: options.notAfter },
      null,
      keys.privateKey,
      true,
    );
    return new SandboxCa(der, [], buildName(subject), keys.privateKey);
  }

  /** A sub-CA under this one, like the issuing CAs of licensed Indian CAs under the CCA root. */
  async createIntermediate(options: SandboxCaOptions = {}): Promise<SandboxCa> {
    const keys = await generateSigningKeyPair(options.extractable ?? false);
    const subject = options.subject ?? [
      ['C', 'IN'],
      ['O', 'e-Office Sandbox'],
      ['CN', 'e-Office Sandbox Sub-CA'],
    ];
    const der = await buildCertificate(
      { publicKey: keys.publicKey, subject, notBefore: options.notBefore, notAfter: options.notAfter },
      this.name,
      this.privateKey,
      true,
    );
    return new SandboxCa(der, [der, ...this.intermediates], buildName(subject), keys.privateKey);
  }

  /**
   * The same CA again from what `exportStored()` gave. The key is imported non-extractable: a CA
   * brought back from storage signs, and storage stays the only place its key is read from.
   */
  static async fromStored(stored: StoredSandboxCa): Promise<SandboxCa> {
    const certificate = parseCertificate(stored.certificate, 'stored CA certificate');
    const privateKey = await subtleCrypto().importKey(
      'pkcs8',
      toArrayBuffer(stored.privateKey),
      RSA_SIGNING,
      false,
      ['sign'],
    );
    return new SandboxCa(
      stored.certificate.slice(),
      stored.intermediates.map((der) => der.slice()),
      certificate.subject,
      privateKey,
    );
  }

  /** Certificate, PKCS#8 key and intermediates for storage; needs a CA created with `extractable`. */
  async exportStored(): Promise<StoredSandboxCa> {
    if (!this.privateKey.extractable) {
      throw new TypeError('this CA was created without `extractable`, so its key cannot be stored');
    }
    const privateKey = new Uint8Array(await subtleCrypto().exportKey('pkcs8', this.privateKey));
    return {
      certificate: this.certificate.slice(),
      privateKey,
      intermediates: this.intermediates.map((der) => der.slice()),
    };
  }

  /** Issues an end-entity certificate (DER) for `options.publicKey`, signed by this CA. */
  issue(options: IssueCertificateOptions): Promise<Uint8Array> {
    return buildCertificate(options, this.name, this.privateKey, false);
  }

  /** This CA's certificate as PEM, for OpenSSL and for people. */
  pem(): string {
    const base64 = btoa(String.fromCharCode(...this.certificate));
    return `-----BEGIN CERTIFICATE-----\n${base64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  }
}
