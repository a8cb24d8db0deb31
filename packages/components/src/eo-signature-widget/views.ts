// Over 400 lines because it draws each of the signing flow's eleven states; they share the heading,
// facts and verdict helpers here, and apart they would import each other.
// One render function per state of <eo-signature-widget>. They only read the controller and call
// the handlers they are given; fetching and signing stay in the controller.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime } from '../shared/dates.js';
import { alertContent, renderStateView } from '../shared/state-view.js';
import type { UiLocale } from '../shared/localization.js';
import type { SignatureController } from './controller.js';
import { errorText, methodLabel, stateHeading, stepLabel, verdictHeading, verdictText } from './labels.js';
import { groupHex, verdictOf } from './outcome.js';
import type {
  CertificateChoice,
  Signature,
  SignedItem,
  SigningMethod,
  Verdict,
  VerificationResult,
  WidgetMode,
} from './types.js';

export interface ViewContext {
  controller: SignatureController;
  mode: WidgetMode;
  locale: UiLocale;
  headingLevel: number;
  timeZone: string;
  digits: 'latn' | 'deva';
  methods: readonly SigningMethod[];
  selectedMethod: SigningMethod | undefined;
  selectedCertificate: number;
  onMethod(method: SigningMethod): void;
  onSign(): void;
  onCancel(): void;
  onRetryService(): void;
  onCertificate(index: number): void;
  onUseCertificate(): void;
  onOtp(otp: string): void;
  onRetry(): void;
}

/** `hi` for text written in Devanagari, so screen readers and fonts treat it as Hindi. */
function langOf(text: string): 'hi' | undefined {
  return /[\u0900-\u097F]/.test(text) ? 'hi' : undefined;
}

function heading(ctx: ViewContext, text: string): TemplateResult {
  return html`<div
    part="heading"
    class="heading"
    role="heading"
    aria-level=${ctx.headingLevel}
    tabindex="-1"
    data-focus
  >
    ${text}
  </div>`;
}

function dateTimeOf(ctx: ViewContext, iso: string): string {
  return formatDateTime(iso, { locale: ctx.locale, digits: ctx.digits, timeZone: ctx.timeZone });
}

function dateOf(ctx: ViewContext, iso: string): string {
  return formatDate(iso, { locale: ctx.locale, digits: ctx.digits, timeZone: ctx.timeZone });
}

function when(ctx: ViewContext, iso: string): TemplateResult {
  return html`<time datetime=${iso}>${dateTimeOf(ctx, iso)}</time>`;
}

function cancelButton(ctx: ViewContext): TemplateResult {
  return html`<button part="button" type="button" @click=${ctx.onCancel}>
    ${msg('Cancel', { id: 'sign.cancel', desc: 'Button: stop signing' })}
  </button>`;
}

function busy(ctx: ViewContext, text: string, detail?: string, cancel = true): TemplateResult {
  return html`<section part="status" aria-busy="true">
    <div class="busy"><span class="spinner" aria-hidden="true"></span>${heading(ctx, text)}</div>
    ${detail ? html`<p>${detail}</p>` : nothing}
    ${cancel ? html`<div class="actions">${cancelButton(ctx)}</div>` : nothing}
  </section>`;
}

function itemFacts(ctx: ViewContext, item: SignedItem | undefined): TemplateResult {
  const locale = ctx.locale;
  let title = '';
  let author = '';
  if (item?.type === 'note') {
    const n = item.note.sequence;
    title =
      n === null
        ? msg('Note', { desc: 'A note on the notesheet (टिप्पणी)' })
        : msg(str`Note ${n}`, { desc: 'A note by its sequence on the notesheet, e.g. "Note 4"' });
    author = `${item.note.author.name[locale]}, ${item.note.authorPost.designation[locale]}`;
  } else if (item?.type === 'draft') {
    title = item.draft.content.subject;
    author = `${item.draft.createdBy.name[locale]}, ${item.draft.createdBy.designation[locale]}`;
  }
  const payload = ctx.controller.payload;
  return html`<dl part="summary" class="facts">
    ${
      title
        ? html`<dt>${msg('Signing', { desc: 'Label: what will be signed' })}</dt>
            <dd lang=${ifDefined(langOf(title))}>${title}</dd>`
        : nothing
    }
    ${
      author
        ? html`<dt>${msg('Author', { desc: 'Label: who wrote the note or draft' })}</dt>
            <dd>${author}</dd>`
        : nothing
    }
    ${
      payload
        ? html`<dt>${msg('Fingerprint (SHA-256)', { desc: 'Label: digest of the content to be signed' })}</dt>
            <dd class="fingerprint" part="fingerprint">${groupHex(payload.digest.hex)}</dd>`
        : nothing
    }
  </dl>`;
}

function renderReady(ctx: ViewContext): TemplateResult {
  const methods = ctx.methods;
  const selected = ctx.selectedMethod ?? methods[0];
  return html`<section part="review">
    ${heading(ctx, stateHeading('ready'))} ${itemFacts(ctx, ctx.controller.item)}
    ${
      methods.length > 1
        ? html`<fieldset part="methods">
            <legend>
              ${msg('How do you want to sign?', { desc: 'Legend of the signing method choice' })}
            </legend>
            ${methods.map(
              (method) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="method"
                    .value=${method}
                    .checked=${method === selected}
                    @change=${() => ctx.onMethod(method)}
                  />${methodLabel(method)}</label
                >`,
            )}
          </fieldset>`
        : methods.length === 1
          ? html`<p>
              ${msg(str`Method: ${methodLabel(methods[0] as SigningMethod)}`, {
                desc: 'The only signing method offered, e.g. "Method: DSC token"',
              })}
            </p>`
          : html`<p class="problem">
              ${msg('No way of signing is available.', { desc: 'No signing method' })}
            </p>`
    }
    <div class="actions">
      <button
        part="button sign-button"
        class="primary"
        type="button"
        ?disabled=${!selected}
        @click=${ctx.onSign}
      >
        ${msg('Sign', { desc: 'Button: sign the note or draft (हस्ताक्षर करें)' })}
      </button>
    </div>
  </section>`;
}

function renderServiceNotRunning(ctx: ViewContext): TemplateResult {
  // Withheld while the page's language loads, so the alert is first read in that language.
  return html`<section part="status" role="alert">
    ${alertContent(
      html`${heading(ctx, stateHeading('service-not-running'))}
        <p>
          ${msg(
            'Install the DSC Signer Service from your e-Office help page, start it and insert your DSC token, then try again.',
            { desc: 'Help when the local DSC signer service is missing' },
          )}
        </p>
        <p class="hint">
          ${msg(
            'Chrome may ask whether this page may access devices on your local network: allow it, or the signer service cannot be reached.',
            { desc: 'Local Network Access permission hint' },
          )}
        </p>
        <div class="actions">
          <button part="button" class="primary" type="button" @click=${ctx.onRetryService}>
            ${msg('Try again', { id: 'sign.retry', desc: 'Retry button' })}
          </button>
          ${cancelButton(ctx)}
        </div>`,
    )}
  </section>`;
}

function certificateName(choice: CertificateChoice): string {
  const subject = choice.registered?.subject ?? '';
  const cn = /(?:^|,)CN=([^,]+)/.exec(subject)?.[1];
  return (
    choice.registered?.label ?? cn ?? choice.bridge.label ?? groupHex(choice.sha256Fingerprint.slice(0, 16))
  );
}

function renderChooseCertificate(ctx: ViewContext): TemplateResult {
  const choices = ctx.controller.certificates;
  const chosen = choices[ctx.selectedCertificate];
  return html`<section part="certificates">
    ${heading(ctx, stateHeading('choose-certificate'))}
    <fieldset>
      <legend>${msg('Certificates on your token', { desc: 'Legend: DSC certificates (प्रमाणपत्र)' })}</legend>
      ${choices.map((choice, index) => {
        const registered = choice.registered;
        return html`<label class="choice">
          <input
            type="radio"
            name="certificate"
            .checked=${index === ctx.selectedCertificate}
            ?disabled=${!registered}
            @change=${() => ctx.onCertificate(index)}
          />
          <span>
            <strong lang=${ifDefined(langOf(certificateName(choice)))}>${certificateName(choice)}</strong>
            ${
              registered
                ? html`<span class="muted">
                    —
                    ${msg(
                      str`Issuer: ${registered.issuer}; valid until ${dateOf(ctx, registered.notAfter)}`,
                      {
                        desc: 'A token certificate: its issuer (जारीकर्ता) and the last day it is valid; Hindi puts the date before तक',
                      },
                    )}</span
                  >`
                : html`<span class="problem">
                    —
                    ${msg('not registered in e-Office', { desc: 'A token certificate not registered' })}</span
                  >`
            }
          </span>
        </label>`;
      })}
    </fieldset>
    <div class="actions">
      <button
        part="button"
        class="primary"
        type="button"
        ?disabled=${!chosen?.registered}
        @click=${ctx.onUseCertificate}
      >
        ${msg('Sign with this certificate', { desc: 'Button: sign with the chosen DSC' })}
      </button>
      ${cancelButton(ctx)}
    </div>
  </section>`;
}

function renderOtp(ctx: ViewContext): TemplateResult {
  const transaction = ctx.controller.transaction;
  const rejected = ctx.controller.otpRejected;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    ctx.onOtp(String(data.get('otp') ?? ''));
  };
  return html`<section part="otp">
    ${heading(ctx, stateHeading('awaiting-otp'))}
    <form @submit=${submit}>
      <p>
        <label for="otp"
          >${msg('One-time password sent to your Aadhaar-linked mobile', { desc: 'Label of the eSign OTP field' })}</label
        >
      </p>
      <p>
        <input
          id="otp"
          class="otp"
          name="otp"
          inputmode="numeric"
          autocomplete="one-time-code"
          pattern="[0-9]{6}"
          maxlength="6"
          required
          aria-invalid=${rejected ? 'true' : 'false'}
          aria-describedby=${rejected ? 'otp-error otp-expiry' : 'otp-expiry'}
          data-focus
        />
      </p>
      ${
        rejected
          ? html`<p id="otp-error" class="problem" role="alert">
              ${alertContent(msg('That OTP is not right. Check it and try again.', { desc: 'Wrong eSign OTP' }))}
            </p>`
          : nothing
      }
      <p id="otp-expiry" class="hint">
        ${
          transaction
            ? html`${msg('The request expires at', { desc: 'Followed by the eSign expiry time' })}
              ${when(ctx, transaction.expiresAt)}`
            : nothing
        }
      </p>
      <div class="actions">
        <button part="button" class="primary" type="submit">
          ${msg('Sign', { desc: 'Button: sign the note or draft (हस्ताक्षर करें)' })}
        </button>
        ${cancelButton(ctx)}
      </div>
    </form>
  </section>`;
}

function stepsDetails(ctx: ViewContext, result: VerificationResult): TemplateResult {
  const failures = result.steps.filter((s) => s.status === 'failed').length;
  return html`<details part="details">
    <summary>
      ${
        failures === 0
          ? msg('Verification details (all 6 checks passed)', { desc: 'Summary of the six checks, all ok' })
          : msg(str`Verification details (${failures} of 6 checks failed)`, {
              desc: 'Summary of the six checks, some failed',
            })
      }
    </summary>
    <ol class="steps">
      ${result.steps.map(
        (step) =>
          html`<li class="step ${step.status}" data-step=${step.step}>
            ${stepLabel(step.step)}:
            <span class="status"
              >${step.status === 'ok' ? msg('passed', { desc: 'Check passed' }) : msg('failed', { desc: 'Check failed' })}</span
            >${step.reason ? html` — <span class="reason" lang="en">${step.reason}</span>` : nothing}
          </li>`,
      )}
    </ol>
    <p class="hint">
      ${msg(str`Checked at ${dateTimeOf(ctx, result.checkedAt)}`, { desc: 'When the verification ran' })}
    </p>
  </details>`;
}

function verdictBox(ctx: ViewContext, verdict: Verdict): TemplateResult {
  return html`<div part="verdict" class="verdict ${verdict}" data-verdict=${verdict}>
    ${heading(ctx, verdictHeading(verdict))}
    <p>${verdictText(verdict)}</p>
  </div>`;
}

function renderSignature(ctx: ViewContext, signature: Signature, result: VerificationResult): TemplateResult {
  const locale = ctx.locale;
  const verdict = verdictOf(result);
  const post = signature.signerPost;
  return html`<section part="signature">
    ${verdictBox(ctx, verdict)}
    <dl class="facts">
      <dt>${msg('Signed by', { desc: 'Label: signer' })}</dt>
      <dd>${signature.signer.name[locale]}, ${post.designation[locale]} (${post.markingAbbreviation})</dd>
      <dt>${msg('Signed at', { desc: 'Label: signing time (IST)' })}</dt>
      <dd>${when(ctx, signature.signingTime)}</dd>
      <dt>${msg('Method', { desc: 'Label: the only signing method' })}</dt>
      <dd>${methodLabel(signature.method)}</dd>
      <dt>${msg('Certificate', { desc: 'Label: signer certificate subject (प्रमाणपत्र)' })}</dt>
      <dd lang=${ifDefined(langOf(signature.certificate.subject))}>${signature.certificate.subject}</dd>
      <dt>${msg('Issuer', { id: 'sign.issuer', desc: 'Certificate issuer (जारीकर्ता)' })}</dt>
      <dd>${signature.certificate.issuer}</dd>
      <dt>${msg('Serial number', { desc: 'Certificate serial number (क्रम संख्या)' })}</dt>
      <dd class="serial">${groupHex(signature.certificate.serialNumber)}</dd>
    </dl>
    ${stepsDetails(ctx, result)}
  </section>`;
}

function renderError(ctx: ViewContext): TemplateResult {
  const c = ctx.controller;
  const code = c.errorCode ?? 'unknown';
  if (ctx.mode === 'verify' && code === 'not-found') {
    return html`<section part="signature">${verdictBox(ctx, 'unknown')}</section>`;
  }
  return renderStateView({
    state: 'error',
    part: 'status error',
    title: heading(
      ctx,
      ctx.mode === 'verify'
        ? msg('Could not verify', { desc: 'Heading of the error state in verify mode' })
        : stateHeading('error'),
    ),
    detail: html`${errorText(code)}${
      c.errorReason?.locale === ctx.locale
        ? html`<span class="muted reason">${c.errorReason.text}</span>`
        : nothing
    }`,
    retry: ctx.onRetry,
  });
}

/** The view of the controller's state. */
export function renderState(ctx: ViewContext): TemplateResult | typeof nothing {
  const c = ctx.controller;
  switch (c.state) {
    case 'idle':
      return html`<section part="status">${heading(ctx, stateHeading('idle'))}</section>`;
    case 'loading':
      return renderStateView({ state: 'loading', title: heading(ctx, stateHeading('loading')) });
    case 'ready':
      return renderReady(ctx);
    case 'checking-service':
      return busy(ctx, stateHeading('checking-service'));
    case 'service-not-running':
      return renderServiceNotRunning(ctx);
    case 'choose-certificate':
      return renderChooseCertificate(ctx);
    case 'awaiting-pin':
      return busy(
        ctx,
        stateHeading('awaiting-pin'),
        msg(
          'The DSC signer service asks for your token PIN in its own window. Signing continues once you enter it.',
          {
            desc: 'Explains where to type the DSC PIN',
          },
        ),
      );
    case 'awaiting-otp':
      return renderOtp(ctx);
    case 'signing':
      return busy(ctx, stateHeading('signing'), undefined, false);
    case 'signed':
    case 'verified':
      return c.signature && c.verification ? renderSignature(ctx, c.signature, c.verification) : nothing;
    case 'error':
      return renderError(ctx);
    default:
      return nothing;
  }
}

/** What the live region says when the state changes. */
export function announcementFor(ctx: ViewContext): string {
  const c = ctx.controller;
  if ((c.state === 'signed' || c.state === 'verified') && c.verification) {
    return verdictHeading(verdictOf(c.verification));
  }
  if (c.state === 'error') {
    if (ctx.mode === 'verify' && c.errorCode === 'not-found') return verdictHeading('unknown');
    return errorText(c.errorCode ?? 'unknown');
  }
  return stateHeading(c.state);
}
