import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CmsParseError } from '../errors.js';
import { OID, parseDer } from './der.js';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An X.509 certificate from DER; CmsParseError when it is not one. */
export function parseCertificate(der: Uint8Array, what = 'certificate'): pkijs.Certificate {
  const schema = parseDer(der, what);
  try {
    return new pkijs.Certificate({ schema });
  } catch (error) {
    throw new CmsParseError(`${what} is not an X.509 certificate: ${message(error)}`);
  }
}

/** A parsed CMS: its SignedData and the one signer info a note's signature carries. */
export interface ParsedCms {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
}

/** The SignedData inside a CMS ContentInfo (DER); CmsParseError for anything else. */
export function parseSignedData(cms: Uint8Array): ParsedCms {
  const schema = parseDer(cms, 'CMS');
  let contentInfo: pkijs.ContentInfo;
  try {
    contentInfo = new pkijs.ContentInfo({ schema });
  } catch (error) {
    throw new CmsParseError(`CMS is not a ContentInfo: ${message(error)}`);
  }
  if (contentInfo.contentType !== OID.signedData) {
    throw new CmsParseError(`CMS content type is ${contentInfo.contentType}, not SignedData`);
  }
  let signedData: pkijs.SignedData;
  try {
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw new CmsParseError(`CMS SignedData is malformed: ${message(error)}`);
  }
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0) {
    // A note carries one signature; several signers in one CMS would make "the signer" ambiguous.
    throw new CmsParseError(`CMS has ${signedData.signerInfos.length} signer infos; exactly one is expected`);
  }
  return { signedData, signerInfo };
}

/** The values of one signed attribute, or undefined when it is absent. */
export function signedAttribute(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType[] | undefined {
  return signerInfo.signedAttrs?.attributes.find((attr) => attr.type === type)?.values;
}

/** The messageDigest signed attribute of the (single) signer, or null when it is absent or not an OCTET STRING. */
export function messageDigestOf(cms: Uint8Array): Uint8Array | null {
  const { signerInfo } = parseSignedData(cms);
  const [value] = signedAttribute(signerInfo, OID.messageDigest) ?? [];
  return value instanceof asn1js.OctetString ? value.valueBlock.valueHexView.slice() : null;
}
