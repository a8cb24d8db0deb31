// The ASP's `<Esign>` request (CCA eSign API 2.1) with an enveloped XML signature. Everything is written
// directly in Canonical XML 1.0 form (attributes sorted, no self-closing tags, C14N escaping), so the
// digest over the document without its Signature is the digest a C14N verifier computes.
import { RSA_SHA256 } from './keys.js';

const DSIG = 'http://www.w3.org/2000/09/xmldsig#';

function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** An element in C14N form; attributes sorted by name as C14N orders unqualified attributes. */
function element(name: string, attributes: Record<string, string>, content = ''): string {
  const sorted = Object.keys(attributes)
    .sort()
    .map((key) => ` ${key}="${attr(attributes[key] ?? '')}"`)
    .join('');
  return `<${name}${sorted}>${content}</${name}>`;
}

export interface EsignRequest {
  txn: string;
  /** ASP time stamp, IST without offset as the eSign API writes it. */
  ts: string;
  responseUrl: string;
  digestHex: string;
  docInfo: string;
}

/** IST wall-clock time `YYYY-MM-DDTHH:mm:ss`, the eSign API's `ts` format. */
export function istTimestamp(at: Date): string {
  return new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 19);
}

function base64(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64');
}

/** The signed request XML. */
export async function esignRequestXml(
  request: EsignRequest,
  asp: { privateKey: CryptoKey; certificate: Uint8Array },
): Promise<string> {
  const docs = element(
    'Docs',
    {},
    element(
      'InputHash',
      { id: '1', hashAlgorithm: 'SHA256', docInfo: request.docInfo },
      text(request.digestHex),
    ),
  );
  const attributes = {
    ver: '2.1',
    sc: 'Y',
    ts: request.ts,
    txn: request.txn,
    ekycIdType: 'A',
    aspId: 'EOFFICE-SANDBOX',
    AuthMode: '1',
    responseSigType: 'pkcs7',
    responseUrl: request.responseUrl,
  };
  const unsigned = element('Esign', attributes, docs);
  const subtle = globalThis.crypto.subtle;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(unsigned));
  const signedInfoContent =
    element('CanonicalizationMethod', { Algorithm: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315' }) +
    element('SignatureMethod', { Algorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256' }) +
    element(
      'Reference',
      { URI: '' },
      element('Transforms', {}, element('Transform', { Algorithm: `${DSIG}enveloped-signature` })) +
        element('DigestMethod', { Algorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' }) +
        element('DigestValue', {}, base64(digest)),
    );
  // SignedInfo is signed as C14N puts it: with the xmldsig namespace in scope declared on it.
  const signedInfoCanonical = `<SignedInfo xmlns="${DSIG}">${signedInfoContent}</SignedInfo>`;
  const signatureValue = await subtle.sign(
    RSA_SHA256,
    asp.privateKey,
    new TextEncoder().encode(signedInfoCanonical),
  );
  const signature =
    `<Signature xmlns="${DSIG}"><SignedInfo>${signedInfoContent}</SignedInfo>` +
    element('SignatureValue', {}, base64(signatureValue)) +
    element('KeyInfo', {}, element('X509Data', {}, element('X509Certificate', {}, base64(asp.certificate)))) +
    '</Signature>';
  return element('Esign', attributes, docs + signature);
}
