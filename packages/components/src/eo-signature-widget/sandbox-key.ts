// The sandbox software key in the browser: a non-extractable WebCrypto key pair, a certificate for
// its public half from the sandbox (`issueSandboxCertificate`), and a SoftwareSigner over the two.
// The SDK-dependent glue lives here so @eoffice/signing does not depend on the SDK.
import { loadCms, subtleCrypto, type Signer } from '@eoffice/signing';
import { NotFoundError } from '@eoffice/sdk';
import { WidgetError, fromBase64, toBase64 } from './outcome.js';
import type { CallOptions, SandboxCertificate, SignatureClient } from './types.js';

export interface SandboxKey {
  signer: Signer;
  certificate: SandboxCertificate;
}

/**
 * A signer for method `sandbox_key`. Throws InsecureContextError where WebCrypto is missing and
 * WidgetError `method-unavailable` when the server is not a sandbox (it has no such operation).
 */
export async function createSandboxKey(
  client: SignatureClient,
  options: CallOptions = {},
): Promise<SandboxKey> {
  subtleCrypto(); // fail fast, before loading pkijs, on an insecure origin
  const issue = client.signatures.issueSandboxCertificate;
  if (!issue) throw new WidgetError('method-unavailable', 'this client cannot issue sandbox certificates');
  const { generateSigningKeyPair, SoftwareSigner } = await loadCms();
  const keys = await generateSigningKeyPair();
  const spki = new Uint8Array(await subtleCrypto().exportKey('spki', keys.publicKey));
  let certificate: SandboxCertificate;
  try {
    certificate = await issue.call(client.signatures, { publicKey: toBase64(spki) }, options);
  } catch (error) {
    if (error instanceof NotFoundError || (error as { status?: unknown } | null)?.status === 404) {
      throw new WidgetError('method-unavailable', 'this server issues no sandbox certificates');
    }
    throw error;
  }
  const signer = SoftwareSigner.fromKey({
    privateKey: keys.privateKey,
    certificate: fromBase64(certificate.certificate),
    chain: certificate.chain.map(fromBase64),
  });
  return { signer, certificate };
}
