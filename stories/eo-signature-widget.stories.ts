import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { EoSignatureWidget, SignatureWidgetState, SigningMethod } from '@eoffice/components';
import { DscBridge, loadCms, type DscSignDigest } from '@eoffice/signing';
// The scripted e-Office server of the widget's tests: a Hindi note by Sunita Verma, a sandbox CA made
// in the page, real signing. Calls held on a promise that never settles keep a story in its state.
import {
  NOTE_ID,
  SIGNATURE_ID,
  bridgeFetch,
  registration,
  scriptedClient,
  verification,
  type ScriptOptions,
} from '../packages/components/test/fixtures/signatures.js';

const forever = new Promise<void>(() => {});

/** A DSC token for the stand-in signer service: a real key and certificate under a sandbox CA. */
async function token() {
  const { SandboxCa, SoftwareSigner } = await loadCms();
  const signer = await SoftwareSigner.create({
    ca: await SandboxCa.create(),
    subject: [
      ['C', 'IN'],
      ['CN', 'Sunita Verma'],
    ],
  });
  const der = await signer.certificate();
  return { signer, der, registered: [await registration(der)] };
}

async function until(el: EoSignatureWidget, state: SignatureWidgetState): Promise<void> {
  while (el.currentState !== state) await new Promise((resolve) => setTimeout(resolve, 20));
}

function widget(canvas: HTMLElement): EoSignatureWidget {
  return canvas.querySelector('eo-signature-widget') as EoSignatureWidget;
}

interface Args {
  digits: 'latn' | 'deva';
}

const sign =
  (options: ScriptOptions = {}, methods?: SigningMethod[]) =>
  (args: Args) =>
    html`<eo-signature-widget
      target-type="note"
      target-id=${NOTE_ID}
      digits=${args.digits}
      .methods=${methods}
      .client=${scriptedClient(options)}
    ></eo-signature-widget>`;

const verify = (failed: Parameters<typeof verification>[0]) => (args: Args) =>
  html`<eo-signature-widget
    mode="verify"
    signature-id=${SIGNATURE_ID}
    digits=${args.digits}
    .client=${scriptedClient({ verify: verification(failed) })}
  ></eo-signature-widget>`;

/** Renders a DSC flow with a stand-in signer service, then presses Sign. */
function dsc(options: { live: boolean; pin?: 'hold' }, stopAt: SignatureWidgetState): Story {
  return {
    render: (args) =>
      html`<eo-signature-widget
        target-type="note"
        target-id=${NOTE_ID}
        digits=${args.digits}
        .methods=${['dsc']}
      ></eo-signature-widget>`,
    play: async ({ canvasElement }) => {
      const el = widget(canvasElement);
      const { signer, der, registered } = await token();
      const adapter: DscSignDigest = async (digest) => {
        if (options.pin === 'hold') await forever;
        return signer.sign(digest);
      };
      el.dscBridge = new DscBridge({ fetch: bridgeFetch({ live: options.live, certificate: der }) });
      el.dscSignAdapter = adapter;
      el.client = scriptedClient({ registered });
      await until(el, 'ready');
      void el.sign('dsc');
      if (stopAt === 'awaiting-pin') {
        await until(el, 'choose-certificate');
        await el.updateComplete;
        el.shadowRoot?.querySelector<HTMLButtonElement>('button.primary')?.click();
      }
      await until(el, stopAt);
    },
  };
}

/**
 * `<eo-signature-widget>` signs a note (टिप्पणी) or draft and shows whether a signature holds. It
 * shows what will be signed and its SHA-256 fingerprint, offers the sandbox key, a DSC token through
 * the local signer service or Aadhaar eSign, and walks through each step; in verify mode it shows the
 * verdict and the six checks. These stories use a scripted server; switch language and theme in the
 * toolbar.
 */
const meta: Meta<Args> = {
  title: 'Components/Signature widget',
  component: 'eo-signature-widget',
  tags: ['autodocs'],
  argTypes: { digits: { control: 'inline-radio', options: ['latn', 'deva'] } },
  args: { digits: 'latn' },
  render: sign(),
};
export default meta;

type Story = StoryObj<Args>;

/** Review: title, author and fingerprint, and the choice of method. */
export const Ready: Story = {};

/** Fetching the signing payload. */
export const Loading: Story = { render: sign({ hold: { signingPayload: forever } }) };

/** Looking for the DSC signer service on this computer. */
export const CheckingSignerService: Story = {
  render: (args) =>
    html`<eo-signature-widget
      target-type="note"
      target-id=${NOTE_ID}
      digits=${args.digits}
      .methods=${['dsc']}
      .dscSignAdapter=${(() => forever) as unknown as DscSignDigest}
      .dscBridge=${new DscBridge({ fetch: () => forever as unknown as Promise<Response> })}
      .client=${scriptedClient()}
    ></eo-signature-widget>`,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await until(el, 'ready');
    void el.sign('dsc');
    await until(el, 'checking-service');
  },
};

/** The signer service did not answer: install help, the Local Network Access hint, and a retry. */
export const SignerServiceNotRunning = dsc({ live: false }, 'service-not-running');

/** Certificates on the token; only registered ones can sign. */
export const ChooseCertificate = dsc({ live: true }, 'choose-certificate');

/** The signer service is asking for the token PIN in its own window. */
export const AwaitingPin = dsc({ live: true, pin: 'hold' }, 'awaiting-pin');

/** Aadhaar eSign: the OTP field (the sandbox's simulated ESP accepts 482913). */
export const AwaitingOtp: Story = {
  render: sign({}, ['esign']),
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await until(el, 'ready');
    await el.sign('esign');
  },
};

/** Making and submitting the signature. */
export const Signing: Story = {
  render: sign({ hold: { submitSignature: forever } }, ['sandbox_key']),
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await until(el, 'ready');
    void el.sign('sandbox_key');
    await until(el, 'signing');
  },
};

/** Signed with the sandbox key and verified. */
export const Signed: Story = {
  render: sign({}, ['sandbox_key']),
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await until(el, 'ready');
    await el.sign('sandbox_key');
  },
};

/** The note cannot be signed (still yellow). */
export const Failed: Story = {
  name: 'Error',
  render: sign({
    fail: {
      signingPayload: Object.assign(new Error('409'), { code: 'signature.target_not_signable' }),
    },
  }),
};

/** Verify mode: every check passed. */
export const VerifiedValid: Story = { render: verify({}) };
/** The draft was revised after it was signed. */
export const ContentChanged: Story = {
  render: verify({ digest: 'The draft was revised after signing (signed revision 2, current revision 3).' }),
};
/** The certificate does not chain to a trusted authority. */
export const UntrustedIssuer: Story = { render: verify({ chain: 'No path to a configured trust anchor.' }) };
/** The certificate had expired when it signed. */
export const ExpiredAtSigning: Story = {
  render: verify({
    validityAtSigningTime: 'Signing time 2026-11-23T06:04:10Z is after notAfter 2026-11-01T00:00:00Z.',
  }),
};
/** The certificate was revoked. */
export const Revoked: Story = { render: verify({ chain: 'The certificate is revoked (keyCompromise).' }) };
