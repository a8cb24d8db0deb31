// The browser side of Aadhaar eSign (CCA eSign API 2.1). The server, as ASP, builds and signs the
// <Esign> request; the page posts it to the ESP, where the user authenticates with an OTP; the ESP's
// response completes the transaction on the server, which stores the signature. Typed structurally
// so this package does not depend on the SDK: an `EOfficeClient`'s `esign` resource fits `EsignApi`.

/** The part of the contract's EsignTransaction the page needs. */
export interface EsignTransactionLike {
  id: string;
  status: 'pending' | 'completed' | 'failed' | 'expired';
  espUrl: string;
  requestXml: string;
  expiresAt: string;
  signatureId: string | null;
  failureReason: string | null;
}

export interface EsignTargetRef {
  type: 'note' | 'draft';
  id: string;
}

/** `client.esign` of the SDK, reduced to what the flow calls. */
export interface EsignApi<T extends EsignTransactionLike = EsignTransactionLike, C = unknown> {
  start(body: { target: EsignTargetRef; consent: true }, options?: { signal?: AbortSignal }): Promise<T>;
  complete(
    transactionId: string,
    body: { otp: string } | { responseXml: string },
    options?: { signal?: AbortSignal },
  ): Promise<C>;
}

/** A six-digit OTP as the eSign API (and the sandbox's simulated ESP) expects it. */
export function isEsignOtp(value: string): boolean {
  return /^[0-9]{6}$/.test(value);
}

/**
 * One eSign of one note or draft. `start()` records consent and gets the transaction; then either
 * `completeWithOtp()` (the sandbox's simulated ESP) or `postToEsp()` (a real ESP, which returns to the
 * portal's response URL) and later `completeWithResponse()`.
 */
export class EsignSigner<T extends EsignTransactionLike = EsignTransactionLike, C = unknown> {
  #transaction: T | undefined;

  constructor(
    private readonly api: EsignApi<T, C>,
    readonly target: EsignTargetRef,
  ) {}

  /** The transaction, once started. */
  get transaction(): T | undefined {
    return this.#transaction;
  }

  /** Starts the transaction; `consent` is the signer's recorded agreement, which the API requires. */
  async start(options: { signal?: AbortSignal } = {}): Promise<T> {
    this.#transaction = await this.api.start({ target: this.target, consent: true }, options);
    return this.#transaction;
  }

  /** Finishes with the OTP the user typed (sandbox). */
  completeWithOtp(otp: string, options: { signal?: AbortSignal } = {}): Promise<C> {
    const otpText = otp.trim();
    if (!isEsignOtp(otpText)) return Promise.reject(new RangeError('the OTP must be six digits'));
    return this.api.complete(this.#started().id, { otp: otpText }, options);
  }

  /** Relays the ESP's `<EsignResp>` document (real ESPs). */
  completeWithResponse(responseXml: string, options: { signal?: AbortSignal } = {}): Promise<C> {
    return this.api.complete(this.#started().id, { responseXml }, options);
  }

  /**
   * Posts the signed request to the ESP the way the eSign API asks: a form with the field
   * `eSignRequest`, submitted to `espUrl` (in `target`, a window name; the current page by default).
   */
  postToEsp(doc: Document = document, target = '_self'): void {
    const transaction = this.#started();
    const form = doc.createElement('form');
    form.method = 'post';
    form.action = transaction.espUrl;
    form.target = target;
    form.hidden = true;
    const field = doc.createElement('input');
    field.type = 'hidden';
    field.name = 'eSignRequest';
    field.value = transaction.requestXml;
    form.append(field);
    doc.body.append(form);
    form.submit();
    form.remove();
  }

  #started(): T {
    if (!this.#transaction) throw new Error('start the eSign transaction first');
    return this.#transaction;
  }
}
