import { expect, fixture, html } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { html as litHtml } from 'lit';
import type { EOfficeClient } from '@eoffice/sdk';
import { configure } from '../src/shared/configuration.js';
import { baseStyles, EoElement } from '../src/shared/element.js';
import { renderStateView, type StandardState } from '../src/shared/state-view.js';
import { setDocumentLanguage } from './helpers/language.js';

/** A minimal element on the base, as a new component would start. */
class EoProbe extends EoElement {
  static override styles = baseStyles;
  static override properties = { shown: { attribute: false }, client: { attribute: false } };
  declare shown: StandardState | undefined;
  declare client: EOfficeClient | undefined;
  retried = 0;

  sendBeforeSign(): boolean {
    return this.emit(
      'eo-before-sign',
      { target: { type: 'note', id: 'note_1' }, method: 'sandbox_key', digest: 'ab' } as never,
      { cancelable: true },
    );
  }

  sendSaved(): boolean {
    return this.emit('eo-note-saved', { note: {} as never });
  }

  say(text: string, assertive = false): void {
    this.announce(text, assertive ? 'assertive' : 'polite');
  }

  get usedClient(): EOfficeClient | undefined {
    return this.resolveClient(this.client);
  }

  override render() {
    return litHtml`<p class="label">${msg('Try again', { desc: 'Retry button' })}</p>
      ${
        this.shown
          ? renderStateView({
              state: this.shown,
              title: 'Title',
              detail: 'Detail',
              retry: () => this.retried++,
            })
          : ''
      }
      ${this.renderAnnouncer()}`;
  }
}
customElements.define('eo-probe', EoProbe);

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('EoElement, the base of every eo-* element', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('emits events that bubble out of shadow roots and reports a veto', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><eo-probe></eo-probe></div>`);
    const el = host.querySelector('eo-probe') as EoProbe;
    const seen: Event[] = [];
    host.addEventListener('eo-note-saved', (e) => seen.push(e));
    expect(el.sendSaved()).to.equal(true);
    expect(seen).to.have.length(1);
    expect(seen[0]?.bubbles && seen[0]?.composed).to.equal(true);
    expect(seen[0]?.cancelable).to.equal(false);

    expect(el.sendBeforeSign()).to.equal(true);
    host.addEventListener('eo-before-sign', (e) => e.preventDefault());
    expect(el.sendBeforeSign()).to.equal(false);
  });

  it('follows <html lang> and re-renders in the new language', async () => {
    const el = await fixture<EoProbe>(html`<eo-probe></eo-probe>`);
    expect(text(root(el).querySelector('.label'))).to.equal('Try again');
    await setDocumentLanguage('hi-IN');
    await el.updateComplete;
    expect(text(root(el).querySelector('.label'))).to.not.equal('Try again');
    await setDocumentLanguage('en');
    await el.updateComplete;
    expect(text(root(el).querySelector('.label'))).to.equal('Try again');
  });

  it("uses its own client, else the page's configured one", async () => {
    const page = configure({ baseUrl: 'http://page.test/api/v1' });
    const own = configure({ baseUrl: 'http://own.test/api/v1' });
    configure(page);
    const el = await fixture<EoProbe>(html`<eo-probe></eo-probe>`);
    expect(el.usedClient).to.equal(page);
    el.client = own;
    expect(el.usedClient).to.equal(own);
  });

  it('announces politely and assertively in two live regions present from the start', async () => {
    const el = await fixture<EoProbe>(html`<eo-probe></eo-probe>`);
    const polite = root(el).querySelector('[part="announcer"]');
    const assertive = root(el).querySelector('[part="alert-announcer"]');
    expect(polite?.getAttribute('aria-live')).to.equal('polite');
    expect(assertive?.getAttribute('aria-live')).to.equal('assertive');
    el.say('Saved.');
    el.say('Could not send.', true);
    await el.updateComplete;
    expect(text(polite)).to.equal('Saved.');
    expect(text(assertive)).to.equal('Could not send.');
  });

  it('draws every standard state with one look: alerts for failures, busy while loading', async () => {
    const el = await fixture<EoProbe>(html`<eo-probe></eo-probe>`);
    const roles: Record<string, string | null> = {};
    for (const state of ['loading', 'empty', 'not-found', 'forbidden', 'offline', 'error'] as const) {
      el.shown = state;
      await el.updateComplete;
      const box = root(el).querySelector('[part="status"]');
      roles[state] = box?.getAttribute('role') ?? null;
      expect(box?.classList.contains('eo-state')).to.equal(true);
      expect(text(box)).to.contain('Title');
      expect(text(box)).to.contain('Detail');
      expect(box?.getAttribute('aria-busy')).to.equal(state === 'loading' ? 'true' : null);
    }
    expect(roles).to.deep.equal({
      loading: 'status',
      empty: 'status',
      'not-found': 'alert',
      forbidden: 'alert',
      offline: 'alert',
      error: 'alert',
    });
    (root(el).querySelector('[part="status"] button') as HTMLButtonElement).click();
    expect(el.retried).to.equal(1);
    await expect(el).shadowDom.to.be.accessible();
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'eo-probe': EoProbe;
  }
}
