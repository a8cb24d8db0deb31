import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toHex } from '../canonical.js';
import { sha256, subtleCrypto } from '../digest.js';
import { decodeKeyUsage } from '../ca/key-usage.js';
import { RSA_SIGNING } from '../ca/sandbox-ca.js';
import {
  VERIFICATION_STEPS,
  type DetachedCmsVerification,
  type SignerSummary,
  type VerificationStepName,
} from '../verification.js';
import { bytesEqual, OID, toArrayBuffer } from './der.js';
import { derToP1363 } from './ecdsa.js';
import { cryptoEngine } from './engine.js';
import { formatName } from './names.js';
import { parseCertificate, parseSignedData, signedAttribute } from './parse.js';

export interface VerifyDetachedCmsOptions {
  /** The detached CMS SignedData, DER. */
  cms: Uint8Array;
  /** The current canonical bytes of the note or draft … */
  content?: Uint8Array;
  /** … or their SHA-256, when only the digest is at hand. One of the two is required. */
  digest?: Uint8Array;
  /** Root certificates (DER) to trust. Only these: no platform store, no certificate from the CMS. */
  trustAnchors: readonly Uint8Array[];
  /** Time of the check (defaults to now); a signing time after it is rejected as implausible. */
  at?: Date;
}

/** Clock skew tolerated between the signer's clock and the verifier's. */
const SKEW_MS = 5 * 60_000;

type Outcome = string | null; // failure reason, or null when the step is ok

function certificateDer(certificate: pkijs.Certificate): Uint8Array {
  return new Uint8Array(certificate.toSchema().toBER());
}

function serialHex(certificate: pkijs.Certificate): string {
  return toHex(certificate.serialNumber.valueBlock.valueHexView).replace(/^0+(?=.)/, '');
}

function findSignerCertificate(
  signerInfo: pkijs.SignerInfo,
  certificates: pkijs.Certificate[],
): pkijs.Certificate | undefined {
  const sid: unknown = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find(
      (cert) => cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber),
    );
  }
  // subjectKeyIdentifier form, [0] IMPLICIT OCTET STRING, which pkijs keeps as a raw primitive.
  if (sid instanceof asn1js.Primitive) {
    const wanted = sid.valueBlock.valueHexView;
    return certificates.find((cert) => {
      const ski = cert.extensions?.find((ext) => ext.extnID === '2.5.29.14')?.parsedValue;
      return ski instanceof asn1js.OctetString && bytesEqual(ski.valueBlock.valueHexView, wanted);
    });
  }
  return undefined;
}

function isCa(certificate: pkijs.Certificate): boolean {
  const constraints = certificate.extensions?.find((ext) => ext.extnID === OID.basicConstraints);
  return constraints?.parsedValue instanceof pkijs.BasicConstraints && constraints.parsedValue.cA;
}

async function issuedBy(subject: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  if (!subject.issuer.isEqual(issuer.subject)) return false;
  try {
    return await subject.verify(issuer, cryptoEngine());
  } catch {
    return false; // an algorithm pkijs cannot check is no proof of issuance
  }
}

async function checkDigest(signerInfo: pkijs.SignerInfo, expected: Uint8Array): Promise<Outcome> {
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) {
    return `digest algorithm ${signerInfo.digestAlgorithm.algorithmId} is not SHA-256`;
  }
  const [contentType] = signedAttribute(signerInfo, OID.contentType) ?? [];
  if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== OID.data) {
    return 'the content-type signed attribute is missing or not id-data';
  }
  const [messageDigest] = signedAttribute(signerInfo, OID.messageDigest) ?? [];
  if (!(messageDigest instanceof asn1js.OctetString)) return 'the message-digest signed attribute is missing';
  const signed = messageDigest.valueBlock.valueHexView;
  if (bytesEqual(signed, expected)) return null;
  return `the content changed since it was signed: the signature covers SHA-256 ${toHex(signed)}, the current content has ${toHex(expected)}`;
}

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function checkEcdsaSignature(
  signerInfo: pkijs.SignerInfo,
  signer: pkijs.Certificate,
): Promise<Outcome> {
  if (!signerInfo.signedAttrs) return 'the CMS has no signed attributes';
  let key: CryptoKey;
  try {
    const spki = signer.subjectPublicKeyInfo.toSchema().toBER();
    key = await subtleCrypto().importKey('spki', spki, ECDSA_P256, false, ['verify']);
  } catch {
    return 'the signer certificate does not hold an ECDSA P-256 public key';
  }
  const signature = derToP1363(signerInfo.signature.valueBlock.valueHexView);
  if (!signature) return 'the ECDSA signature is not a DER Ecdsa-Sig-Value';
  const ok = await subtleCrypto().verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    signature,
    signerInfo.signedAttrs.encodedValue,
  );
  return ok
    ? null
    : 'the signature over the signed attributes does not verify with the signer certificate key';
}

async function checkSignature(signerInfo: pkijs.SignerInfo, signer: pkijs.Certificate): Promise<Outcome> {
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  if (algorithm === OID.ecdsaWithSha256) return checkEcdsaSignature(signerInfo, signer);
  if (algorithm !== OID.rsaEncryption && algorithm !== OID.sha256WithRsa) {
    return `signature algorithm ${algorithm} is not supported (RSASSA-PKCS1-v1_5 or ECDSA P-256, with SHA-256, are)`;
  }
  if (!signerInfo.signedAttrs) return 'the CMS has no signed attributes';
  let key: CryptoKey;
  try {
    const spki = signer.subjectPublicKeyInfo.toSchema().toBER();
    key = await subtleCrypto().importKey('spki', spki, RSA_SIGNING, false, ['verify']);
  } catch {
    return 'the signer certificate does not hold an RSA public key';
  }
  // encodedValue: the signed attributes exactly as received, re-tagged as SET (RFC 5652 §5.4).
  const ok = await subtleCrypto().verify(
    RSA_SIGNING,
    key,
    signerInfo.signature.valueBlock.valueHexView.slice(),
    signerInfo.signedAttrs.encodedValue,
  );
  return ok
    ? null
    : 'the signature over the signed attributes does not verify with the signer certificate key';
}

export async function checkChain(
  signer: pkijs.Certificate,
  others: pkijs.Certificate[],
  anchors: pkijs.Certificate[],
): Promise<Outcome> {
  let current = signer;
  const unused = new Set(others);
  for (let depth = 0; depth < 8; depth++) {
    for (const anchor of anchors) {
      if (await issuedBy(current, anchor)) return null;
    }
    let next: pkijs.Certificate | undefined;
    for (const candidate of unused) {
      if (isCa(candidate) && (await issuedBy(current, candidate))) next = candidate;
    }
    if (!next) {
      return `the certificate issued by "${formatName(current.issuer)}" does not chain to a configured trust anchor`;
    }
    unused.delete(next);
    current = next;
  }
  return 'the certificate chain is longer than 8 certificates';
}

function checkKeyUsage(signer: pkijs.Certificate): Outcome {
  const extension = signer.extensions?.find((ext) => ext.extnID === OID.keyUsage);
  if (!extension) return 'the signer certificate has no key usage extension';
  const parsed =
    extension.parsedValue instanceof asn1js.BitString
      ? extension.parsedValue
      : asn1js.fromBER(extension.extnValue.valueBlock.valueHexView.slice()).result;
  if (!(parsed instanceof asn1js.BitString)) return 'the key usage extension is malformed';
  const usages = decodeKeyUsage(parsed);
  if (usages.includes('digitalSignature') || usages.includes('nonRepudiation')) return null;
  return `the certificate's key usage (${usages.join(', ') || 'none'}) allows neither digitalSignature nor nonRepudiation`;
}

function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const [value] = signedAttribute(signerInfo, OID.signingTime) ?? [];
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

function checkValidity(signer: pkijs.Certificate, signingTime: Date | null, at: Date): Outcome {
  if (!signingTime) return 'the CMS has no signing-time signed attribute';
  if (signingTime.getTime() > at.getTime() + SKEW_MS) {
    return `the signing time ${signingTime.toISOString()} lies after the time of the check ${at.toISOString()}`;
  }
  const notBefore = signer.notBefore.value;
  const notAfter = signer.notAfter.value;
  if (signingTime < notBefore) {
    return `the certificate was not yet valid at the signing time ${signingTime.toISOString()} (valid from ${notBefore.toISOString()})`;
  }
  if (signingTime > notAfter) {
    return `the certificate had expired at the signing time ${signingTime.toISOString()} (valid until ${notAfter.toISOString()})`;
  }
  return null;
}

async function checkSigningCertificateV2(
  signerInfo: pkijs.SignerInfo,
  signer: pkijs.Certificate,
): Promise<Outcome> {
  const [value] = signedAttribute(signerInfo, OID.signingCertificateV2) ?? [];
  if (!value) return 'the CMS has no ESS signing-certificate-v2 signed attribute';
  const certs = value instanceof asn1js.Sequence ? value.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(first instanceof asn1js.Sequence)) return 'the signing-certificate-v2 attribute is malformed';
  const parts = [...first.valueBlock.value];
  // hashAlgorithm is OPTIONAL with DEFAULT sha256; only SHA-256 is accepted.
  if (parts[0] instanceof asn1js.Sequence) {
    const algorithm = new pkijs.AlgorithmIdentifier({ schema: parts.shift() });
    if (algorithm.algorithmId !== OID.sha256) {
      return `signing-certificate-v2 hashes with ${algorithm.algorithmId}; only SHA-256 is accepted`;
    }
  }
  const [hash, issuerSerial] = parts;
  if (!(hash instanceof asn1js.OctetString))
    return 'the signing-certificate-v2 attribute has no certificate hash';
  const actual = await sha256(toArrayBuffer(certificateDer(signer)));
  if (!bytesEqual(hash.valueBlock.valueHexView, actual)) {
    return 'signing-certificate-v2 names another certificate than the one that signed (hash differs)';
  }
  if (issuerSerial instanceof asn1js.Sequence) {
    const [names, serial] = issuerSerial.valueBlock.value;
    const directoryName = names instanceof asn1js.Sequence ? names.valueBlock.value[0] : undefined;
    const name = directoryName instanceof asn1js.Constructed ? directoryName.valueBlock.value[0] : undefined;
    const issuerMatches =
      name instanceof asn1js.Sequence &&
      new pkijs.RelativeDistinguishedNames({ schema: name }).isEqual(signer.issuer);
    if (!issuerMatches || !(serial instanceof asn1js.Integer) || !serial.isEqual(signer.serialNumber)) {
      return 'signing-certificate-v2 issuer and serial do not match the signer certificate';
    }
  }
  return null;
}

async function summary(signer: pkijs.Certificate, signingTime: Date | null): Promise<SignerSummary> {
  return {
    subject: formatName(signer.subject),
    issuer: formatName(signer.issuer),
    serialNumber: serialHex(signer),
    notBefore: signer.notBefore.value.toISOString(),
    notAfter: signer.notAfter.value.toISOString(),
    sha256Fingerprint: toHex(await sha256(toArrayBuffer(certificateDer(signer)))),
    signingTime: signingTime?.toISOString() ?? null,
  };
}

/** A step that throws (a malformed extension, say) fails with the error's message instead of throwing. */
async function guarded(check: () => Outcome | Promise<Outcome>): Promise<Outcome> {
  try {
    return await check();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Verifies a detached CMS over a note's or draft's canonical bytes, each step on its own, so the
 * result says which failed: the content changed, the signature is broken, the CA is not trusted …
 * A bad signature never throws; only bytes that are not a CMS SignedData at all raise CmsParseError.
 */
export async function verifyDetachedCms(options: VerifyDetachedCmsOptions): Promise<DetachedCmsVerification> {
  cryptoEngine();
  const at = options.at ?? new Date();
  const { signedData, signerInfo } = parseSignedData(options.cms);
  const anchors = options.trustAnchors.map((der, i) => parseCertificate(der, `trust anchor ${i}`));
  let expected: Uint8Array;
  if (options.digest) expected = options.digest;
  else if (options.content) expected = await sha256(toArrayBuffer(options.content));
  else throw new TypeError('verifyDetachedCms needs the content or its digest');

  const certificates = (signedData.certificates ?? []).filter(
    (cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate,
  );
  const signer = findSignerCertificate(signerInfo, certificates);
  const signingTime = signingTimeOf(signerInfo);
  const noSigner = 'the signer certificate is not in the CMS';

  const outcomes: Record<VerificationStepName, Outcome> = {
    digest: await guarded(() => checkDigest(signerInfo, expected)),
    signature: signer ? await guarded(() => checkSignature(signerInfo, signer)) : noSigner,
    chain: signer
      ? await guarded(() =>
          checkChain(
            signer,
            certificates.filter((c) => c !== signer),
            anchors,
          ),
        )
      : noSigner,
    keyUsage: signer ? await guarded(() => checkKeyUsage(signer)) : noSigner,
    validityAtSigningTime: signer ? await guarded(() => checkValidity(signer, signingTime, at)) : noSigner,
    signingCertificateV2: signer
      ? await guarded(() => checkSigningCertificateV2(signerInfo, signer))
      : noSigner,
  };
  const steps = VERIFICATION_STEPS.map((step) => ({
    step,
    status: outcomes[step] === null ? ('ok' as const) : ('failed' as const),
    reason: outcomes[step],
  }));
  return {
    valid: steps.every((step) => step.status === 'ok'),
    checkedAt: at.toISOString(),
    steps,
    signer: signer ? await summary(signer, signingTime) : null,
  };
}
