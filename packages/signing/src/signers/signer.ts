/**
 * Anything that can sign a note or draft: the sandbox software key, a local DSC bridge, an eSign
 * round trip. The widget hands it only the SHA-256 digest of the canonical bytes, never the bytes.
 */
export interface Signer {
  /** The signer's X.509 certificate, DER. */
  certificate(): Promise<Uint8Array>;
  /** Intermediate CA certificates (DER), signer's issuer first, root excluded. Absent: none. */
  chain?(): Promise<Uint8Array[]>;
  /**
   * Signs a SHA-256 digest (32 bytes) and returns a detached CMS SignedData (DER) whose signed
   * messageDigest attribute equals `digest`. `signContent` checks that and rejects anything else.
   */
  sign(digest: Uint8Array): Promise<Uint8Array>;
}
