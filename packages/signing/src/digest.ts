/**
 * Raised where WebCrypto is missing: browsers expose `crypto.subtle` only on secure origins
 * (https or localhost), so a portal served over plain HTTP on an intranet host cannot sign.
 */
export class InsecureContextError extends Error {
  override name = 'InsecureContextError';
  constructor() {
    super(
      'WebCrypto (crypto.subtle) is not available: the page must be served over HTTPS or from localhost to sign or verify.',
    );
  }
}

/** The platform's SubtleCrypto, or a clear error when the page is not a secure context. */
export function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new InsecureContextError();
  return subtle;
}

/** SHA-256 through WebCrypto, identical in browsers and Node ≥ 20. */
export async function sha256(bytes: BufferSource): Promise<Uint8Array> {
  return new Uint8Array(await subtleCrypto().digest('SHA-256', bytes));
}
