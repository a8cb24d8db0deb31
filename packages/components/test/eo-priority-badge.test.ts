import { expect, fixture, html } from '@open-wc/testing';
import '../src/eo-priority-badge/define.js';
import type { EoPriorityBadge } from '../src/eo-priority-badge/eo-priority-badge.js';
import { currentLocale } from '../src/shared/localization.js';
import { setDocumentLanguage } from './helpers/language.js';

function labelOf(el: EoPriorityBadge): string {
  return el.shadowRoot?.querySelector('[part="badge"]')?.textContent?.trim() ?? '';
}

describe('<eo-priority-badge>', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('shows each marking in English', async () => {
    const el = await fixture<EoPriorityBadge>(
      html`<eo-priority-badge priority="most_immediate"></eo-priority-badge>`,
    );
    expect(labelOf(el)).to.equal('Most immediate');
    el.priority = 'immediate';
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Immediate');
    el.priority = 'normal';
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Normal');
  });

  it('follows <html lang> into Hindi and back', async () => {
    const el = await fixture<EoPriorityBadge>(
      html`<eo-priority-badge priority="most_immediate"></eo-priority-badge>`,
    );
    await setDocumentLanguage('hi-IN');
    await el.updateComplete;
    expect(currentLocale()).to.equal('hi');
    expect(labelOf(el)).to.equal('अति तत्काल');
    await setDocumentLanguage('en-IN');
    await el.updateComplete;
    expect(labelOf(el)).to.equal('Most immediate');
  });

  it('renders nothing for a value that is not a priority', async () => {
    const el = await fixture<EoPriorityBadge>(html`<eo-priority-badge></eo-priority-badge>`);
    el.setAttribute('priority', 'urgent-ish');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part="badge"]')).to.equal(null);
  });

  it('reflects priority to the attribute so portals can style the host', async () => {
    const el = await fixture<EoPriorityBadge>(html`<eo-priority-badge></eo-priority-badge>`);
    el.priority = 'immediate';
    await el.updateComplete;
    expect(el.getAttribute('priority')).to.equal('immediate');
  });

  for (const lang of ['en', 'hi']) {
    it(`is accessible in ${lang} (axe)`, async () => {
      await setDocumentLanguage(lang);
      const el = await fixture<HTMLElement>(
        html`<div>
          <eo-priority-badge priority="normal"></eo-priority-badge>
          <eo-priority-badge priority="immediate"></eo-priority-badge>
          <eo-priority-badge priority="most_immediate"></eo-priority-badge>
        </div>`,
      );
      await Promise.all([...el.querySelectorAll('eo-priority-badge')].map((b) => b.updateComplete));
      await expect(el).to.be.accessible();
    });
  }
});
