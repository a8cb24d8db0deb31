import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/eo-file-tracker/define.js';
import '../src/eo-notesheet-editor/define.js';
import '../src/eo-priority-badge/define.js';
import '../src/eo-send-dialog/define.js';
import '../src/eo-signature-widget/define.js';
import '../src/eo-receipt-form/define.js';
import '../src/eo-inbox/define.js';
import { dark, highContrast, light } from '../src/themes/palettes.js';
import { adoptThemes, themeCss } from '../src/themes/themes.js';
import { greens } from './fixtures/notesheet.js';
import { minimumWagesFile, minimumWagesMovements } from './fixtures/movements.js';
import { inboxItems } from './fixtures/inbox.js';

const TAGS = [
  'eo-file-tracker',
  'eo-notesheet-editor',
  'eo-send-dialog',
  'eo-signature-widget',
  'eo-priority-badge',
  'eo-receipt-form',
  'eo-inbox',
] as const;

/** A resolved token on an element, as its styles see it. */
function token(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim().toLowerCase();
}

async function allFive(wrapper: ReturnType<typeof html>): Promise<HTMLElement[]> {
  const host = await fixture<HTMLElement>(wrapper);
  const elements = TAGS.map((tag) => host.querySelector(tag) as HTMLElement);
  await Promise.all(
    elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  return elements;
}

const five = html`<eo-file-tracker></eo-file-tracker><eo-notesheet-editor></eo-notesheet-editor
  ><eo-send-dialog></eo-send-dialog><eo-signature-widget></eo-signature-widget
  ><eo-priority-badge priority="immediate"></eo-priority-badge
  ><eo-receipt-form draft-storage="none"></eo-receipt-form><eo-inbox .items=${[]}></eo-inbox>`;

describe('themes before the page opts in', () => {
  it('are not added to the page by the elements, which stay light under a theme class', async () => {
    const before = document.adoptedStyleSheets.length;
    const host = await fixture<HTMLElement>(
      html`<div class="eo-theme-dark"><eo-file-tracker></eo-file-tracker></div>`,
    );
    const tracker = host.querySelector('eo-file-tracker') as HTMLElement;
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(token(tracker, '--_c-bg')).to.equal(light.bg);
  });
});

describe('themes', () => {
  before(() => {
    // As a portal opts in once: the theme stylesheet on the page (or a link to its file).
    const before = document.adoptedStyleSheets.length;
    adoptThemes(document);
    adoptThemes(document);
    expect(document.adoptedStyleSheets.length - before, 'adopted once').to.equal(1);
  });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  it('are light by default', async () => {
    for (const el of await allFive(html`<div>${five}</div>`)) {
      expect(token(el, '--_c-bg'), el.localName).to.equal(light.bg);
      expect(token(el, '--_c-fg'), el.localName).to.equal(light.fg);
    }
  });

  it('turn every element dark under .eo-theme-dark on any ancestor', async () => {
    const elements = await allFive(html`<section class="eo-theme-dark"><div>${five}</div></section>`);
    for (const el of elements) {
      expect(token(el, '--_c-bg'), el.localName).to.equal(dark.bg);
      expect(token(el, '--_c-accent'), el.localName).to.equal(dark.accent);
    }
    // Drawn, not only declared: the tracker's background and the badge's colours follow.
    expect(getComputedStyle(elements[0] as Element).backgroundColor).to.equal('rgb(21, 25, 30)');
    const badge = elements[4]?.shadowRoot?.querySelector('[part="badge"]') as Element;
    expect(getComputedStyle(badge).color).to.equal('rgb(255, 212, 138)');
    expect(token(elements[0] as Element, 'color-scheme')).to.equal('dark');
  });

  it('apply with data-eo-theme too, high contrast included', async () => {
    for (const el of await allFive(html`<div data-eo-theme="high-contrast">${five}</div>`)) {
      expect(token(el, '--_c-bg'), el.localName).to.equal(highContrast.bg);
      expect(token(el, '--_c-focus'), el.localName).to.equal(highContrast.focus);
    }
  });

  it('stay light when the OS is dark but the page opted into nothing', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const elements = await allFive(html`<div>${five}</div>`);
    for (const el of elements) expect(token(el, '--_c-bg'), el.localName).to.equal(light.bg);
    expect(getComputedStyle(elements[0] as Element).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(token(elements[0] as Element, 'color-scheme')).to.equal('light');
  });

  it('follow the OS only inside .eo-theme-auto', async () => {
    const elements = await allFive(html`<div class="eo-theme-auto">${five}</div>`);
    for (const el of elements) expect(token(el, '--_c-bg'), el.localName).to.equal(light.bg);
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of elements) expect(token(el, '--_c-bg'), el.localName).to.equal(dark.bg);
  });

  it('return to light inside .eo-theme-light within a dark region', async () => {
    const elements = await allFive(
      html`<div class="eo-theme-dark"><div class="eo-theme-light">${five}</div></div>`,
    );
    for (const el of elements) expect(token(el, '--_c-bg'), el.localName).to.equal(light.bg);
  });

  it("keep an element's own property above the theme, and a page's own rule for a theme class", async () => {
    const style = document.createElement('style');
    style.textContent = '.eo-theme-dark { --eo-color-accent: #ffcc00; }';
    document.head.append(style);
    try {
      const host = await fixture<HTMLElement>(
        html`<div class="eo-theme-dark">
          <eo-file-tracker style="--eo-tracker-bg: #102030"></eo-file-tracker>
        </div>`,
      );
      const tracker = host.querySelector('eo-file-tracker') as HTMLElement;
      expect(token(tracker, '--_bg')).to.equal('#102030');
      expect(token(tracker, '--_c-accent')).to.equal('#ffcc00');
    } finally {
      style.remove();
    }
  });

  it('hand the focus ring to the system colours in forced-colors mode', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const [tracker] = await allFive(html`<div class="eo-theme-dark">${five}</div>`);
    expect(token(tracker as Element, '--_c-focus')).to.equal('highlight');
  });

  it('ship no unconditional dark rule: dark tokens only under a class, attribute or the auto opt-in', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(themeCss);
    const media = [...sheet.cssRules].filter((r): r is CSSMediaRule => r instanceof CSSMediaRule);
    expect(media.map((m) => m.conditionText)).to.deep.equal(['(prefers-color-scheme: dark)']);
    expect((media[0]?.cssRules[0] as CSSStyleRule).selectorText).to.contain('.eo-theme-auto');
  });

  for (const theme of ['eo-theme-dark', 'eo-theme-high-contrast'] as const) {
    it(`keeps the tracker, notesheet and inbox accessible under .${theme} (axe)`, async () => {
      const host = await fixture<HTMLElement>(
        html`<div class=${theme}>
          <eo-file-tracker .item=${minimumWagesFile} .movements=${minimumWagesMovements()}></eo-file-tracker>
          <eo-notesheet-editor readonly .notes=${greens()}></eo-notesheet-editor>
          <eo-inbox .items=${inboxItems(8)} .counts=${{ inbox: 8, inboxUnread: 4 }}></eo-inbox>
        </div>`,
      );
      for (const el of host.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')) {
        if (el.updateComplete) await el.updateComplete;
      }
      await expect(host).to.be.accessible();
    });
  }
});
