// Facts about a certificate or a CMS that a server needs before (or besides) verifying a signature:
// the certificate summary a registration stores, whether a CMS is a detached SHA-256 SignedData, and
// whether a certificate chains to the configured anchors. pkijs stays inside this package.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toHex } from '../canonical.js';
import { sha256 } from '../digest.js';
import { decodeKeyUsage, type KeyUsageName } from '../ca/key-usage.js';
import { OID, toArrayBuffer } from './der.js';
import { cryptoEngine } from './engine.js';
import { formatName } from './names.js';
import { parseCertificate, parseSignedData, signedAttribute } from './parse.js';
import { checkChain } from './verify.js';

/** An X.509 certificate as the contract's Certificate and CertificateSummary show it. */
export interface CertificateDescription {
  /** Subject DN, RFC 4514. */
  subject: string;
  issuer: string;
  /** Lower-case hex without leading zeros. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  sha256Fingerprint: string;
  /** Key usages the certificate allows; empty when it has no key usage extension. */
  keyUsage: KeyUsageName[];
  /** True for a CA certificate (basicConstraints cA). */
  ca: boolean;
}

/** Summary of a certificate (DER); CmsParseError when it is not one. */
export async function describeCertificate(der: Uint8Array): Promise<CertificateDescription> {
  const certificate = parseCertificate(der);
  const usageExtension = certificate.extensions?.find((ext) => ext.extnID === OID.keyUsage);
  const usageBits =
    usageExtension?.parsedValue instanceof asn1js.BitString
      ? usageExtension.parsedValue
      : usageExtension
        ? asn1js.fromBER(usageExtension.extnValue.valueBlock.valueHexView.slice()).result
        : undefined;
  const constraints = certificate.extensions?.find((ext) => ext.extnID === OID.basicConstraints);
  return {
    subject: formatName(certificate.subject),
    issuer: formatName(certificate.issuer),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView).replace(/^0+(?=.)/, ''),
    notBefore: certificate.notBefore.value.toISOString(),
    notAfter: certificate.notAfter.value.toISOString(),
    sha256Fingerprint: toHex(await sha256(toArrayBuffer(der))),
    keyUsage: usageBits instanceof asn1js.BitString ? decodeKeyUsage(usageBits) : [],
    ca: constraints?.parsedValue instanceof pkijs.BasicConstraints && constraints.parsedValue.cA,
  };
}

export interface CertificateChainOptions {
  /** The certificate to check, DER. */
  certificate: Uint8Array;
  /** CA certificates that may sit between it and an anchor, DER. */
  intermediates?: readonly Uint8Array[];
  /** The only roots to trust, DER. */
  trustAnchors: readonly Uint8Array[];
}

/** Null when the certificate chains to one of the anchors, otherwise why not. */
export async function certificateChainProblem(options: CertificateChainOptions): Promise<string | null> {
  cryptoEngine();
  const certificate = parseCertificate(options.certificate);
  const others = (options.intermediates ?? []).map((der, i) => parseCertificate(der, `intermediate ${i}`));
  const anchors = options.trustAnchors.map((der, i) => parseCertificate(der, `trust anchor ${i}`));
  return checkChain(certificate, others, anchors);
}

/** The parts of a CMS a server checks before verifying it. */
export interface CmsDescription {
  /** True when the SignedData carries no content (detached). */
  detached: boolean;
  /** True when the signer's digest algorithm is SHA-256. */
  sha256: boolean;
  /** The messageDigest signed attribute, or null when it is absent. */
  messageDigest: Uint8Array | null;
}

/** Describes a CMS ContentInfo (DER); CmsParseError when it is not a one-signer SignedData. */
export function describeCms(cms: Uint8Array): CmsDescription {
  const { signedData, signerInfo } = parseSignedData(cms);
  const [digest] = signedAttribute(signerInfo, OID.messageDigest) ?? [];
  return {
    detached: signedData.encapContentInfo.eContent === undefined,
    sha256: signerInfo.digestAlgorithm.algorithmId === OID.sha256,
    messageDigest: digest instanceof asn1js.OctetString ? digest.valueBlock.valueHexView.slice() : null,
  };
}
