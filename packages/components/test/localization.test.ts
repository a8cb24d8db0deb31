import { expect } from '@open-wc/testing';
import { currentLocale, followDocumentLanguage } from '../src/shared/localization.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('following <html lang>', () => {
  it('ends in English when the page switches back while the Hindi strings are still loading', async () => {
    // A portal that restores a saved choice does exactly this: the page starts in Hindi, the
    // components begin to load the Hindi strings, and the page switches to English at once.
    document.documentElement.lang = 'hi';
    followDocumentLanguage();
    document.documentElement.lang = 'en';
    await import('../src/generated/locales/hi.js');
    await settle();
    expect(currentLocale()).to.equal('en');

    document.documentElement.lang = 'hi-IN';
    await import('../src/generated/locales/hi.js');
    await settle();
    expect(currentLocale()).to.equal('hi');
  });
});
