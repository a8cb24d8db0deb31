import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DscBridgeSigner,
  EsignSigner,
  sha256,
  signDigest,
  toHex,
  type DscBridge,
  type DscSignDigest,
  type Signer,
} from '@eoffice/signing';
import { createSandboxKey } from './sandbox-key.js';
import { targetLocale, type UiLocale } from '../shared/localization.js';
import { WidgetError, errorCodeOf, errorMessageOf, fromBase64, problemTextOf, toBase64 } from './outcome.js';
import type {
  BeforeSignDetail,
  CertificateChoice,
  EsignCompletion,
  EsignTransaction,
  Signature,
  SignatureClient,
  SignatureWidgetState,
  SignErrorCode,
  SigningMethod,
  SigningPayload,
  SignedItem,
  SignTarget,
  VerificationResult,
} from './types.js';

export interface SignatureCallbacks {
  /** Dispatches the cancelable `eo-before-sign`; false when the host vetoed. */
  beforeSign(detail: BeforeSignDetail): boolean;
  signed(signature: Signature): void;
  failed(code: SignErrorCode, message: string): void;
  cancelled(method: SigningMethod | undefined): void;
}

/** Everything the sign flow needs from the element, read when a step runs. */
export interface SignEnvironment {
  client: SignatureClient | undefined;
  /** The bridge to use for `dsc`, made from `dsc-bridge-url` unless the host gave one. */
  bridge: () => DscBridge;
  dscSignAdapter: DscSignDigest | undefined;
}

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * The signing and verifying state machine behind `<eo-signature-widget>`: it fetches the payload or
 * the signature, runs the chosen method's flow step by step (service check, certificate, PIN or OTP,
 * signing, submitting, verification) and records where it is. Every request stops when the host
 * disconnects or starts over.
 */
export class SignatureController implements ReactiveController {
  state: SignatureWidgetState = 'idle';
  target: SignTarget | undefined;
  payload: SigningPayload | undefined;
  /** The note or draft being signed, for its title and author. */
  item: SignedItem | undefined;
  method: SigningMethod | undefined;
  certificates: CertificateChoice[] = [];
  transaction: EsignTransaction | undefined;
  signature: Signature | undefined;
  verification: VerificationResult | undefined;
  errorCode: SignErrorCode | undefined;
  /** The server's words or the error's message, for the `eo-sign-error` event. */
  errorMessage = '';
  /**
   * The server's own words about the failure (problem detail), in the language the request asked
   * for; shown only while that language is in force, so a switch never leaves old words behind.
   */
  errorReason: { text: string; locale: UiLocale } | undefined;
  /** An OTP the ESP refused, shown beside the OTP field while the transaction lives on. */
  otpRejected = false;
  /** Methods the server turned out not to offer (a non-sandbox server has no sandbox keys). */
  readonly unavailable = new Set<SigningMethod>();

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: SignatureCallbacks;
  #run: AbortController | undefined;
  #esign: EsignSigner<EsignTransaction, EsignCompletion> | undefined;
  #env: SignEnvironment | undefined;
  #client: SignatureClient | undefined;
  /** Loads the current payload or signature again. */
  #again: (() => Promise<void>) | undefined;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, callbacks: SignatureCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the document mid-request: start that step again rather than hang.
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.#again?.();
    }
  }

  hostDisconnected(): void {
    this.#interrupted = this.#run !== undefined && !this.#run.signal.aborted && this.#busy();
    this.#run?.abort();
    this.#run = undefined;
  }

  #busy(): boolean {
    return ['loading', 'checking-service', 'awaiting-pin', 'signing'].includes(this.state);
  }

  #set(state: SignatureWidgetState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #start(): AbortSignal {
    this.#run?.abort();
    this.#run = new AbortController();
    return this.#run.signal;
  }

  #fail(error: unknown, signal: AbortSignal): void {
    if (signal.aborted || isAbort(error)) return;
    this.errorCode = errorCodeOf(error);
    this.errorMessage = errorMessageOf(error);
    const reason = problemTextOf(error);
    this.errorReason = reason ? { text: reason, locale: targetLocale() } : undefined;
    this.#set('error');
    this.#callbacks.failed(this.errorCode, this.errorMessage);
  }

  #needClient(): SignatureClient {
    const client = this.#client;
    if (!client)
      throw new WidgetError(
        'no-client',
        'No e-Office client: set the `client` property or call configure().',
      );
    return client;
  }

  /** Sign mode: fetches the signing payload and what it is, then waits for the user. */
  async loadForSigning(target: SignTarget, env: SignEnvironment): Promise<void> {
    const signal = this.#start();
    this.#again = () => this.loadForSigning(target, env);
    this.#env = env;
    this.#client = env.client;
    this.target = target;
    this.payload = undefined;
    this.item = undefined;
    this.signature = undefined;
    this.verification = undefined;
    this.method = undefined;
    this.#set('loading');
    try {
      const client = this.#needClient();
      const [payload, item] = await Promise.all([
        target.type === 'note'
          ? client.notes.signingPayload(target.id, { signal })
          : client.drafts.signingPayload(target.id, { signal }),
        target.type === 'note'
          ? client.notes.get(target.id, { signal }).then((note): SignedItem => ({ type: 'note', note }))
          : client.drafts.get(target.id, { signal }).then((draft): SignedItem => ({ type: 'draft', draft })),
      ]);
      if (signal.aborted) return;
      this.payload = payload;
      this.item = item;
      this.#set('ready');
    } catch (error) {
      this.#fail(error, signal);
    }
  }

  /** Verify mode: the stored signature and a fresh verification against the current content. */
  async loadForVerifying(signatureId: string, client: SignatureClient | undefined): Promise<void> {
    const signal = this.#start();
    this.#again = () => this.loadForVerifying(signatureId, client);
    this.#client = client;
    this.target = undefined;
    this.signature = undefined;
    this.verification = undefined;
    this.#set('loading');
    try {
      const c = this.#needClient();
      const [signature, verification] = await Promise.all([
        c.signatures.get(signatureId, { signal }),
        c.signatures.verify(signatureId, { signal }),
      ]);
      if (signal.aborted) return;
      this.signature = signature;
      this.verification = verification;
      this.#set('verified');
    } catch (error) {
      this.#fail(error, signal);
    }
  }

  /** Back to the payload, the method choice open again (cancel, or after a veto). */
  cancel(): void {
    this.#run?.abort();
    this.#run = undefined;
    const method = this.method;
    this.#esign = undefined;
    this.transaction = undefined;
    this.otpRejected = false;
    this.#set(this.payload ? 'ready' : 'idle');
    this.#callbacks.cancelled(method);
  }

  /** Starts signing with `method`, unless a host listener vetoes `eo-before-sign`. */
  async sign(method: SigningMethod): Promise<void> {
    const target = this.target;
    const payload = this.payload;
    if (!target || !payload || this.state !== 'ready') return;
    this.method = method;
    if (!this.#callbacks.beforeSign({ target, method, digest: payload.digest.hex })) return;
    const signal = this.#start();
    try {
      if (method === 'sandbox_key') {
        this.#set('signing');
        const { signer } = await createSandboxKey(this.#needClient(), { signal });
        if (signal.aborted) return;
        await this.#signAndSubmit(signer, method, signal);
      } else if (method === 'dsc') {
        await this.#checkService(signal);
      } else {
        await this.#startEsign(signal);
      }
    } catch (error) {
      if (error instanceof WidgetError && error.code === 'method-unavailable') this.unavailable.add(method);
      this.#fail(error, signal);
    }
  }

  // ---- DSC --------------------------------------------------------------------------------

  /** Is the local signer service there? Then list the token's certificates. */
  async retryService(): Promise<void> {
    const signal = this.#start();
    try {
      await this.#checkService(signal);
    } catch (error) {
      this.#fail(error, signal);
    }
  }

  async #checkService(signal: AbortSignal): Promise<void> {
    const env = this.#env;
    if (!env?.dscSignAdapter) {
      throw new WidgetError(
        'dsc-adapter-missing',
        'no dscSignAdapter: the portal has not set up its DSC signer service',
      );
    }
    this.#set('checking-service');
    const bridge = env.bridge();
    const live = await bridge.isLive(signal);
    if (signal.aborted) return;
    if (!live) {
      this.#set('service-not-running');
      return;
    }
    const client = this.#needClient();
    const [onToken, registered] = await Promise.all([
      bridge.certificates(signal),
      client.certificates
        ? client.certificates.list({ status: 'active', limit: 100 }, { signal }).toArray({ limit: 100 })
        : Promise.resolve([]),
    ]);
    const choices: CertificateChoice[] = [];
    for (const certificate of onToken) {
      const fingerprint = toHex(await sha256(certificate.der.slice()));
      choices.push({
        bridge: certificate,
        sha256Fingerprint: fingerprint,
        registered: registered.find((r) => r.sha256Fingerprint === fingerprint),
      });
    }
    if (signal.aborted) return;
    if (choices.length === 0)
      throw new WidgetError('no-certificate', 'the signer service lists no certificate');
    this.certificates = choices;
    this.#set('choose-certificate');
  }

  /** Signs with the chosen token certificate; the bridge asks for the PIN. */
  async useCertificate(choice: CertificateChoice): Promise<void> {
    const env = this.#env;
    if (this.state !== 'choose-certificate' || !env?.dscSignAdapter) return;
    const signal = this.#start();
    try {
      const signer = new DscBridgeSigner({
        bridge: env.bridge(),
        certificate: choice.bridge,
        signDigest: env.dscSignAdapter,
      });
      this.#set('awaiting-pin');
      await this.#signAndSubmit(signer, 'dsc', signal);
    } catch (error) {
      this.#fail(error, signal);
    }
  }

  // ---- eSign ------------------------------------------------------------------------------

  async #startEsign(signal: AbortSignal): Promise<void> {
    const client = this.#needClient();
    const target = this.target as SignTarget;
    if (!client.esign) throw new WidgetError('method-unavailable', 'this client cannot start eSign');
    this.#set('signing');
    this.#esign = new EsignSigner(client.esign, target);
    this.transaction = await this.#esign.start({ signal });
    this.otpRejected = false;
    if (signal.aborted) return;
    this.#set('awaiting-otp');
  }

  /** Completes the eSign with the OTP the user typed; a wrong OTP keeps the field open. */
  async submitOtp(otp: string): Promise<void> {
    const esign = this.#esign;
    if (this.state !== 'awaiting-otp' || !esign) return;
    const signal = this.#start();
    this.#set('signing');
    try {
      const completion = await esign.completeWithOtp(otp, { signal });
      if (signal.aborted) return;
      await this.#finish(completion.signature, signal);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (!signal.aborted && (error instanceof RangeError || code === 'esign.otp_invalid')) {
        this.otpRejected = true;
        this.#set('awaiting-otp');
        return;
      }
      this.#fail(error, signal);
    }
  }

  // ---- common -----------------------------------------------------------------------------

  async #signAndSubmit(signer: Signer, method: 'sandbox_key' | 'dsc', signal: AbortSignal): Promise<void> {
    const payload = this.payload as SigningPayload;
    const target = this.target as SignTarget;
    // Rejects a CMS over any other digest here, before the server sees it.
    const cms = await signDigest(signer, {
      digestHex: payload.digest.hex,
      bytes: fromBase64(payload.canonicalBytes),
    });
    if (signal.aborted) return;
    this.#set('signing');
    const client = this.#needClient();
    const api = target.type === 'note' ? client.notes : client.drafts;
    const signature = await api.submitSignature(
      target.id,
      { cms: toBase64(cms), method, digest: payload.digest.hex },
      { signal },
    );
    if (signal.aborted) return;
    await this.#finish(signature, signal);
  }

  async #finish(signature: Signature, signal: AbortSignal): Promise<void> {
    this.signature = signature;
    this.verification = signature.verification;
    try {
      // A fresh check against the current content, as a reader would see it.
      this.verification = await this.#needClient().signatures.verify(signature.id, { signal });
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      // The signature is stored; its recorded verification stands in for the fresh one.
    }
    if (signal.aborted) return;
    this.#esign = undefined;
    this.#set('signed');
    this.#callbacks.signed(signature);
  }
}
