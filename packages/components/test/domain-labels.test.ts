import { expect } from '@open-wc/testing';
import { actionLabel } from '../src/shared/domain-labels.js';
import { setLocale } from '../src/shared/localization.js';

describe('domain labels', () => {
  after(() => setLocale('en'));

  it('words the first step of a receipt as diarising and of a file as opening, in both languages', async () => {
    await setLocale('en');
    expect(actionLabel('create', 'receipt')).to.equal('Diarised');
    expect(actionLabel('create', 'file')).to.equal('Opened');
    expect(actionLabel('park')).to.equal('Parked');
    await setLocale('hi');
    expect(actionLabel('create', 'receipt')).to.equal('डायरी की गई');
    expect(actionLabel('create', 'file')).to.equal('नस्ती खोली गई');
    expect(actionLabel('park')).to.equal('स्थगित');
  });
});
