// Adapter for a DSC signer service on the user's own computer (a USB token behind a local HTTP
// bridge). NIC's DSC Signer Service answers `GET /check/isLive` on a loopback name; its signing and
// certificate-listing endpoints are not published, so those are configurable here and the signing
// call itself is an adapter function the portal supplies for its bridge.
import type { Signer } from './signer.js';

/** NIC's DSC Signer Service: a public name that resolves to 127.0.0.1 on machines where it is installed. */
export const NIC_DSC_SIGNER_URL = 'https://eoffsigner.eoffice.gov.in:55103';

/** The bridge answered, but not as expected (an error status, a body we cannot read). */
export class BridgeError extends Error {
  override name = 'BridgeError';
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Nothing answered at the bridge's address in time: the signer service is not installed or not
 * running, or the browser blocked the call (Chrome asks for Local Network Access permission before a
 * page may call a loopback service, and a denied or pending prompt looks like a failed fetch).
 */
export class BridgeNotRunningError extends BridgeError {
  override name = 'BridgeNotRunningError';
  constructor(
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(
      `The DSC signer service at ${url} did not answer. Start (or install) it; in Chrome, allow the page's request to access devices on your local network when asked.`,
      undefined,
      options,
    );
  }
}

/** One certificate on the token, as the bridge lists it. */
export interface BridgeCertificate {
  /** X.509 certificate, DER. */
  der: Uint8Array;
  /** The bridge's own name for it (token label, alias), when it gives one. */
  label?: string;
}

export interface DscBridgeOptions {
  /** Base URL of the bridge; NIC's DSC Signer Service by default. */
  baseUrl?: string;
  /** How long to wait for the bridge on each call, in ms (default 3000: it is local or absent). */
  timeoutMs?: number;
  /** Path of the certificate list (default `/certificates`); bridges differ. */
  certificatesPath?: string;
  /** Reads the certificate list from the bridge's JSON; the default accepts the shapes in `parseCertificateList`. */
  parseCertificates?: (body: unknown) => BridgeCertificate[];
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The default certificate-list reader: `["MII…", …]`, `[{ certificate | cert | der, label | alias }]`
 * or either wrapped as `{ certificates: … }`, with base64 DER or PEM strings.
 */
export function parseCertificateList(body: unknown): BridgeCertificate[] {
  const list = Array.isArray(body) ? body : (body as { certificates?: unknown } | null)?.certificates;
  if (!Array.isArray(list)) throw new BridgeError('the certificate list is not an array');
  return list.map((entry: unknown, index) => {
    if (typeof entry === 'string') return { der: fromBase64(entry) };
    const item = entry as {
      certificate?: unknown;
      cert?: unknown;
      der?: unknown;
      label?: unknown;
      alias?: unknown;
    };
    const text = item?.certificate ?? item?.cert ?? item?.der;
    if (typeof text !== 'string') throw new BridgeError(`certificate ${index} has no base64 certificate`);
    const label = item.label ?? item.alias;
    return typeof label === 'string' ? { der: fromBase64(text), label } : { der: fromBase64(text) };
  });
}

/** A local DSC signer service reached over HTTP(S) on loopback. */
export class DscBridge {
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly #certificatesPath: string;
  readonly #parse: (body: unknown) => BridgeCertificate[];
  readonly #fetch: typeof fetch;

  constructor(options: DscBridgeOptions = {}) {
    this.baseUrl = (options.baseUrl ?? NIC_DSC_SIGNER_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.#certificatesPath = options.certificatesPath ?? '/certificates';
    this.#parse = options.parseCertificates ?? parseCertificateList;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /**
   * GET on the bridge with the short timeout; a failed fetch or a timeout becomes
   * BridgeNotRunningError, an error status BridgeError. An abort by the caller stays an AbortError.
   */
  async request(path: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
    const url = this.baseUrl + path;
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.#fetch(url, { ...init, signal: combined });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new BridgeNotRunningError(this.baseUrl, { cause: error });
    }
    if (!response.ok) {
      throw new BridgeError(`the DSC signer service answered ${response.status} to ${path}`, response.status);
    }
    return response;
  }

  /** True when the service answers `GET /check/isLive`; false when nothing answers in time. */
  async isLive(signal?: AbortSignal): Promise<boolean> {
    try {
      await this.request('/check/isLive', {}, signal);
      return true;
    } catch (error) {
      if (error instanceof BridgeNotRunningError) return false;
      throw error;
    }
  }

  /** The certificates on the connected token(s). */
  async certificates(signal?: AbortSignal): Promise<BridgeCertificate[]> {
    const response = await this.request(this.#certificatesPath, {}, signal);
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new BridgeError('the certificate list is not JSON', response.status, { cause: error });
    }
    return this.#parse(body);
  }
}

/**
 * The bridge-specific signing call: hand the bridge the SHA-256 digest and the chosen certificate,
 * get back a detached CMS SignedData (DER). The bridge asks the user for the token PIN itself.
 */
export type DscSignDigest = (
  digest: Uint8Array,
  certificate: BridgeCertificate,
  bridge: DscBridge,
) => Promise<Uint8Array>;

export interface DscBridgeSignerOptions {
  bridge: DscBridge;
  /** The token certificate to sign with (from `bridge.certificates()`). */
  certificate: BridgeCertificate;
  /** Intermediate CA certificates (DER), when the portal knows them; the bridge's CMS usually carries them. */
  chain?: readonly Uint8Array[];
  signDigest: DscSignDigest;
}

/** A `Signer` over a DSC bridge: the digest goes to the bridge, a detached CMS comes back. */
export class DscBridgeSigner implements Signer {
  readonly #options: DscBridgeSignerOptions;

  constructor(options: DscBridgeSignerOptions) {
    this.#options = options;
  }

  async certificate(): Promise<Uint8Array> {
    return this.#options.certificate.der.slice();
  }

  async chain(): Promise<Uint8Array[]> {
    return (this.#options.chain ?? []).map((der) => der.slice());
  }

  async sign(digest: Uint8Array): Promise<Uint8Array> {
    const { bridge, certificate, signDigest } = this.#options;
    let cms: Uint8Array;
    try {
      cms = await signDigest(digest.slice(), certificate, bridge);
    } catch (error) {
      if (error instanceof BridgeError) throw error;
      // fetch() rejects with a TypeError when nothing listens on the loopback port.
      if (error instanceof TypeError) throw new BridgeNotRunningError(bridge.baseUrl, { cause: error });
      throw new BridgeError(error instanceof Error ? error.message : String(error), undefined, {
        cause: error,
      });
    }
    if (!(cms instanceof Uint8Array) || cms.byteLength === 0) {
      throw new BridgeError('the DSC signer service returned no signature');
    }
    return cms;
  }
}
