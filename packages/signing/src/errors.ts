/**
 * Raised when bytes handed in as a CMS (or a certificate inside it) cannot be parsed at all. A CMS that
 * parses but does not verify never raises: verification reports the failed step instead.
 */
export class CmsParseError extends Error {
  override name = 'CmsParseError';
}

/**
 * Raised when a signer returns a CMS whose messageDigest is not the digest it was handed: submitting it
 * would attach a signature over other bytes to this note or draft, so it is stopped before submission.
 */
export class SignerMismatchError extends Error {
  override name = 'SignerMismatchError';
  constructor(
    readonly expectedDigestHex: string,
    readonly actualDigestHex: string | null,
  ) {
    super(
      actualDigestHex === null
        ? `the signer returned a CMS without a messageDigest attribute (expected ${expectedDigestHex})`
        : `the signer returned a CMS over digest ${actualDigestHex}, not the digest it was handed (${expectedDigestHex})`,
    );
  }
}
