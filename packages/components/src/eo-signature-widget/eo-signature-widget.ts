import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DscBridge, NIC_DSC_SIGNER_URL, type DscSignDigest } from '@eoffice/signing';
import { baseStyles, EoElement } from '../shared/element.js';
import { currentLocale } from '../shared/localization.js';
import { SignatureController } from './controller.js';
import { signatureWidgetStyles } from './styles.js';
import { announcementFor, renderState, type ViewContext } from './views.js';
import {
  SIGNING_METHODS,
  type BeforeSignDetail,
  type EsignTransaction,
  type Signature,
  type SignatureClient,
  type SignatureWidgetState,
  type SignCancelDetail,
  type SignedDetail,
  type SignErrorCode,
  type SignErrorDetail,
  type SigningMethod,
  type TargetType,
  type VerificationResult,
  type WidgetMode,
} from './types.js';

/** `methods="sandbox_key dsc"` (spaces or commas) to a list of known methods. */
const methodsConverter = {
  fromAttribute(value: string | null): SigningMethod[] | undefined {
    if (value === null) return undefined;
    return value
      .split(/[\s,]+/)
      .filter((m): m is SigningMethod => (SIGNING_METHODS as readonly string[]).includes(m));
  },
  toAttribute(value: SigningMethod[] | undefined): string | null {
    return value ? value.join(' ') : null;
  },
};

/**
 * Signs a note (टिप्पणी) or draft (मसौदा) and shows whether a signature holds. In `sign` mode it
 * fetches the signing payload, shows what will be signed (title, author, SHA-256 fingerprint), lets the
 * user choose the sandbox key, a DSC token through the local signer service, or Aadhaar eSign, runs
 * that flow state by state, submits the signature and shows its verification. A signer that returns a
 * CMS over any other digest is stopped before anything is submitted. In `verify` mode it shows a stored
 * signature re-verified against the current content: valid, content changed after signing, issuer not
 * trusted, certificate expired at signing time, revoked or unknown — with the six checks in a details
 * panel. Signing needs a secure (HTTPS) page; pkijs is loaded only when signing.
 *
 * @fires eo-before-sign - Cancelable, before anything is signed. `detail: { target, method, digest }`; `preventDefault()` stops it.
 * @fires eo-signed - The signature was stored. `detail: { signature }`.
 * @fires eo-sign-error - Loading, signing or submitting failed. `detail: { code, message }`.
 * @fires eo-sign-cancel - The user cancelled a signing flow. `detail: { target, method }`.
 *
 * @csspart heading - The heading of each state (focus moves here when the state changes).
 * @csspart summary - What will be signed: title, author, fingerprint.
 * @csspart fingerprint - The SHA-256 fingerprint of the content.
 * @csspart methods - The choice of signing method.
 * @csspart review - The review-and-sign state.
 * @csspart certificates - The DSC certificate choice.
 * @csspart otp - The eSign OTP form.
 * @csspart status - Busy, not-running and error states (with `error` for errors).
 * @csspart signature - A signature with its verdict and facts.
 * @csspart verdict - The verdict box.
 * @csspart details - The six verification checks.
 * @csspart button - Every button (with `sign-button` on the main sign button).
 * @csspart announcer - The polite live region announcing state changes.
 *
 * @cssprop --eo-signature-bg - Background.
 * @cssprop --eo-signature-fg - Text colour.
 * @cssprop --eo-signature-muted - Secondary text.
 * @cssprop --eo-signature-border - Borders.
 * @cssprop --eo-signature-accent - Buttons and links.
 * @cssprop --eo-signature-accent-fg - Text on the primary button.
 * @cssprop --eo-signature-ok - Valid verdict and passed checks.
 * @cssprop --eo-signature-ok-bg - Background of a valid verdict.
 * @cssprop --eo-signature-bad - Failed verdicts, checks and errors.
 * @cssprop --eo-signature-bad-bg - Background of a failed verdict.
 * @cssprop --eo-signature-focus - Focus ring colour.
 * @cssprop --eo-signature-gap - Space between blocks.
 * @cssprop --eo-font-family - Font stack (global token); the default covers Devanagari.
 * @cssprop --eo-radius - Corner radius (global token).
 * @cssprop --eo-focus-ring-width - Width of the focus outline (global token).
 * @cssprop --eo-color-* - Global colour tokens (`bg`, `fg`, `muted`, `border`, `accent`, `danger`, `focus` …, see themes/palettes.ts), set by a theme class on an ancestor (`.eo-theme-dark`, `.eo-theme-high-contrast`, `.eo-theme-auto`); the element's own properties above override them.
 */
export class EoSignatureWidget extends EoElement {
  static override styles = [baseStyles, signatureWidgetStyles];

  /** `sign` (default) or `verify`. */
  @property({ reflect: true }) mode: WidgetMode = 'sign';

  /** What `target-id` names: a `note` (default) or a `draft`. */
  @property({ attribute: 'target-type' }) targetType: TargetType = 'note';

  /** The note (`note_…`) or draft (`draft_…`) to sign. */
  @property({ attribute: 'target-id' }) targetId: string | undefined;

  /** The signature (`sig_…`) to show in verify mode. */
  @property({ attribute: 'signature-id' }) signatureId: string | undefined;

  /**
   * Signing methods to offer, in order: `sandbox_key`, `dsc`, `esign` (attribute: space separated).
   * Default: all; one the server turns out not to offer is dropped after its first refusal.
   */
  @property({ converter: methodsConverter }) methods: SigningMethod[] | undefined;

  /** SDK client; the page-wide client from `configure()` when unset. */
  @property({ attribute: false }) client: SignatureClient | undefined;

  /** Base URL of the local DSC signer service (NIC's DSC Signer Service by default). */
  @property({ attribute: 'dsc-bridge-url' }) dscBridgeUrl: string = NIC_DSC_SIGNER_URL;

  /** A configured bridge (another path, timeout or fetch); overrides `dsc-bridge-url`. */
  @property({ attribute: false }) dscBridge: DscBridge | undefined;

  /**
   * The portal's signing call for its DSC bridge: `(digest, certificate, bridge) => Promise<cms>`.
   * Without it the DSC method ends in an error saying the portal has not set it up.
   */
  @property({ attribute: false }) dscSignAdapter: DscSignDigest | undefined;

  /** Level of the state headings (default 3, under a portal's section heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `latn` (default) writes digits 0-9; `deva` writes ०-९. */
  @property() digits: 'latn' | 'deva' = 'latn';

  /** IANA time zone for times (India Standard Time by default). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Kolkata';

  @state() private selectedMethod: SigningMethod | undefined;
  @state() private selectedCertificate = -1;

  readonly #controller = new SignatureController(this, {
    beforeSign: (detail) => this.emit('eo-before-sign', detail, { cancelable: true }),
    signed: (signature) => this.emit('eo-signed', { signature }),
    failed: (code, message) => this.emit('eo-sign-error', { code, message }),
    cancelled: (method) => {
      const target = this.#controller.target;
      if (target) this.emit('eo-sign-cancel', { target, method });
    },
  });
  #shownState: SignatureWidgetState | undefined;
  /** Focus follows the flow only after the user acted, never on a page's first load. */
  #userActed = false;

  /** The state shown now. */
  get currentState(): SignatureWidgetState {
    return this.#controller.state;
  }

  /** Why the last attempt failed, in the `error` state. */
  get errorCode(): SignErrorCode | undefined {
    return this.#controller.state === 'error' ? this.#controller.errorCode : undefined;
  }

  /** The signature made (sign mode) or shown (verify mode). */
  get signature(): Signature | undefined {
    return this.#controller.signature;
  }

  /** Its latest verification. */
  get verification(): VerificationResult | undefined {
    return this.#controller.verification;
  }

  /** The Aadhaar eSign transaction in progress (its `id` and expiry), in the OTP state. */
  get esignTransaction(): EsignTransaction | undefined {
    return this.#controller.transaction;
  }

  /** The methods offered now. */
  get offeredMethods(): SigningMethod[] {
    return (this.methods ?? [...SIGNING_METHODS]).filter((m) => !this.#controller.unavailable.has(m));
  }

  /** Fetches again: the payload (sign mode) or the signature and a fresh verification (verify mode). */
  reload(): Promise<void> {
    const client = this.resolveClient(this.client);
    if (this.mode === 'verify') {
      if (!this.signatureId) return Promise.resolve();
      return this.#controller.loadForVerifying(this.signatureId, client);
    }
    if (!this.targetId) return Promise.resolve();
    return this.#controller.loadForSigning(
      { type: this.targetType, id: this.targetId },
      {
        client,
        bridge: () => this.dscBridge ?? new DscBridge({ baseUrl: this.dscBridgeUrl }),
        dscSignAdapter: this.dscSignAdapter,
      },
    );
  }

  /** Signs with `method` (or the chosen one), as the Sign button does. */
  sign(method: SigningMethod | undefined = this.selectedMethod ?? this.offeredMethods[0]): Promise<void> {
    this.#userActed = true;
    return method ? this.#controller.sign(method) : Promise.resolve();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('mode') ||
      changed.has('targetType') ||
      changed.has('targetId') ||
      changed.has('signatureId') ||
      changed.has('client') ||
      changed.has('dscSignAdapter') ||
      changed.has('dscBridge') ||
      changed.has('dscBridgeUrl')
    ) {
      this.#userActed = false;
      void this.reload();
    }
    const offered = this.offeredMethods;
    if (this.selectedMethod && !offered.includes(this.selectedMethod)) this.selectedMethod = undefined;
  }

  protected override updated(): void {
    const shown = this.#controller.state;
    if (shown === this.#shownState) return;
    this.#shownState = shown;
    if (shown === 'choose-certificate') {
      this.selectedCertificate = this.#controller.certificates.findIndex((c) => c.registered);
    }
    this.announce(() => announcementFor(this.#context()));
    if (this.#userActed && shown !== 'loading') {
      const target =
        this.renderRoot.querySelector<HTMLElement>('input[data-focus]') ??
        this.renderRoot.querySelector<HTMLElement>('[data-focus]');
      target?.focus();
    }
  }

  #act(step: () => void): void {
    this.#userActed = true;
    step();
  }

  #context(): ViewContext {
    const controller = this.#controller;
    return {
      controller,
      mode: this.mode,
      locale: currentLocale(),
      headingLevel: this.headingLevel,
      timeZone: this.timeZone,
      digits: this.digits,
      methods: this.offeredMethods,
      selectedMethod: this.selectedMethod,
      selectedCertificate: this.selectedCertificate,
      onMethod: (method) => (this.selectedMethod = method),
      onSign: () => void this.sign(),
      onCancel: () => this.#act(() => controller.cancel()),
      onRetryService: () => this.#act(() => void controller.retryService()),
      onCertificate: (index) => (this.selectedCertificate = index),
      onUseCertificate: () => {
        const choice = controller.certificates[this.selectedCertificate];
        if (choice) this.#act(() => void controller.useCertificate(choice));
      },
      onOtp: (otp) => this.#act(() => void controller.submitOtp(otp)),
      onRetry: () => this.#act(() => void this.reload()),
    };
  }

  override render() {
    return html`${renderState(this.#context())} ${this.renderAnnouncer()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eo-signature-widget': EoSignatureWidget;
  }
  interface HTMLElementEventMap {
    'eo-before-sign': CustomEvent<BeforeSignDetail>;
    'eo-signed': CustomEvent<SignedDetail>;
    'eo-sign-error': CustomEvent<SignErrorDetail>;
    'eo-sign-cancel': CustomEvent<SignCancelDetail>;
  }
}
