import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha256 } from '../digest.js';
import { compareDer, OID, toArrayBuffer, toBase64 } from './der.js';
import { p1363ToDer } from './ecdsa.js';
import { parseCertificate } from './parse.js';

/**
 * Signs the DER of the signed attributes (the signer hashes them itself, as WebCrypto `sign` does).
 * For an ECDSA P-256 certificate it returns what WebCrypto gives (r‖s, 64 bytes) or DER.
 */
export type RawSign = (signedAttributes: Uint8Array) => Promise<Uint8Array>;

export interface BuildDetachedCmsOptions {
  /** SHA-256 of the content (32 bytes); becomes the messageDigest attribute. */
  digest: Uint8Array;
  /** Signer certificate, DER. */
  certificate: Uint8Array;
  /** Intermediate CA certificates, DER. */
  chain?: readonly Uint8Array[];
  /** Defaults to now. Truncated to whole seconds: UTCTime carries no fractions. */
  signingTime?: Date;
  /**
   * RSASSA-PKCS1-v1_5 with SHA-256 over the DER bytes it is handed, or ECDSA with SHA-256 when the
   * certificate holds a P-256 key.
   */
  sign: RawSign;
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/**
 * ESS SigningCertificateV2 (RFC 5035) naming the signer certificate by SHA-256 hash and issuer+serial,
 * so the signature cannot be moved onto another certificate for the same key. The hash algorithm is
 * left out because SHA-256 is its DEFAULT and DER omits defaults.
 */
async function signingCertificateV2(certificateDer: Uint8Array, certificate: pkijs.Certificate) {
  const hash = await sha256(toArrayBuffer(certificateDer));
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        // GeneralNames with one directoryName: [4] EXPLICIT Name.
        value: [
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 4 },
            value: [certificate.issuer.toSchema()],
          }),
        ],
      }),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(hash) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/**
 * Signed attributes in DER order. pkijs encodes a SET OF in insertion order, but DER (and so the
 * bytes the signature covers, which strict verifiers re-encode) wants the elements sorted by encoding.
 */
export function sortAttributes(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attr) => ({ attr, der: new Uint8Array(attr.toSchema().toBER()) }))
    .sort((a, b) => compareDer(a.der, b.der))
    .map(({ attr }) => attr);
}

/** A detached CMS SignedData (RFC 5652) over `digest`, DER. */
export async function buildDetachedCms(options: BuildDetachedCmsOptions): Promise<Uint8Array> {
  if (options.digest.byteLength !== 32) throw new RangeError('digest must be 32 bytes of SHA-256');
  const certificate = parseCertificate(options.certificate);
  const chain = (options.chain ?? []).map((der, i) => parseCertificate(der, `chain certificate ${i}`));
  const signingTime = new Date(Math.floor((options.signingTime ?? new Date()).getTime() / 1000) * 1000);

  const attributes = sortAttributes([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(options.digest) })),
    attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
    attribute(OID.signingCertificateV2, await signingCertificateV2(options.certificate, certificate)),
  ]);
  // The signature covers the attributes encoded as a universal SET (RFC 5652 §5.4), not as [0].
  const signedBytes = new Uint8Array(
    new asn1js.Set({ value: attributes.map((attr) => attr.toSchema()) }).toBER(),
  );
  const ecdsa = certificate.subjectPublicKeyInfo.algorithm.algorithmId === OID.ecPublicKey;
  const raw = await options.sign(signedBytes);
  // WebCrypto's ECDSA gives r‖s; CMS carries the DER Ecdsa-Sig-Value.
  const signature = ecdsa && raw.length === 64 ? p1363ToDer(raw) : raw;

  const sha256Id = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: certificate.issuer,
      serialNumber: certificate.serialNumber,
    }),
    digestAlgorithm: sha256Id(),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
    // rsaEncryption with NULL parameters: the form RFC 3370 §3.2 asks for and OpenSSL writes;
    // ecdsa-with-SHA256 without parameters (RFC 5753 §2.1.1, RFC 5758 §3.2).
    signatureAlgorithm: ecdsa
      ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 })
      : new pkijs.AlgorithmIdentifier({
          algorithmId: OID.rsaEncryption,
          algorithmParams: new asn1js.Null(),
        }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    // Detached: the content type is named, the content itself is left out.
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    digestAlgorithms: [sha256Id()],
    certificates: [certificate, ...chain],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.signedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER());
}

/** Base64 of DER, as the API's `cms` member carries it. */
export function cmsToBase64(der: Uint8Array): string {
  return toBase64(der);
}
