// The shared day-month-year date field: reading what officers type, and the field itself (label,
// hint, error tied by aria-describedby, errors in the interface language, axe).
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import {
  dateEntryOf,
  dateProblemText,
  emptyDateEntry,
  formatIndianDate,
  parseIndianDate,
  renderDateInput,
  type DateEntry,
} from '../src/shared/date-input.js';
import { setDocumentLanguage } from './helpers/language.js';
import { baseStyles, EoElement } from '../src/shared/element.js';

describe('parseIndianDate', () => {
  it('reads day-month-year with -, / or . and one-digit parts, also in Devanagari digits', () => {
    for (const text of ['15-01-2028', '15/01/2028', '15.1.2028', ' 15 - 1 - 2028 ', '१५-०१-२०२८']) {
      expect(parseIndianDate(text), text).to.deep.equal({ text, value: '2028-01-15', problem: undefined });
    }
  });

  it('never reads month-day-year or year-month-day', () => {
    expect(parseIndianDate('01-15-2028').problem).to.equal('no-such-day');
    expect(parseIndianDate('2028-01-15').problem).to.equal('format');
  });

  it('names what is wrong: format, a day that does not exist, out of bounds', () => {
    expect(parseIndianDate('15 January').problem).to.equal('format');
    expect(parseIndianDate('29-02-2027').problem).to.equal('no-such-day');
    expect(parseIndianDate('29-02-2028').value).to.equal('2028-02-29');
    expect(parseIndianDate('14-01-2028', { min: '2028-01-15' }).problem).to.equal('before-min');
    expect(parseIndianDate('16-01-2028', { max: '2028-01-15' }).problem).to.equal('after-max');
    expect(parseIndianDate('15-01-2028', { min: '2028-01-15', max: '2028-01-15' }).value).to.equal(
      '2028-01-15',
    );
  });

  it('takes an empty field as no date and no problem', () => {
    expect(parseIndianDate('  ')).to.deep.equal({ text: '  ', value: undefined, problem: undefined });
  });

  it('writes a date back as DD-MM-YYYY, in Devanagari digits on request', () => {
    expect(formatIndianDate('2028-01-15')).to.equal('15-01-2028');
    expect(formatIndianDate('2028-01-15', 'deva')).to.equal('१५-०१-२०२८');
    expect(dateEntryOf('2028-01-15')).to.deep.equal({
      text: '15-01-2028',
      value: '2028-01-15',
      problem: undefined,
    });
    expect(() => formatIndianDate('15-01-2028')).to.throw(RangeError);
  });
});

/** A host as an element would use the field: it keeps the entry and shows problems once left. */
class EoDateProbe extends EoElement {
  static override styles = baseStyles;
  static override properties = { entry: { state: true }, left: { state: true } };
  declare entry: DateEntry;
  declare left: boolean;
  constructor() {
    super();
    this.entry = emptyDateEntry;
    this.left = false;
  }
  override render() {
    return renderDateInput({
      id: 'due',
      label: 'Due date',
      entry: this.entry,
      min: '2028-01-15',
      showProblem: this.left,
      onInput: (entry) => (this.entry = entry),
      onChange: (entry) => {
        this.entry = entry;
        this.left = true;
      },
    });
  }
}
customElements.define('eo-date-probe', EoDateProbe);

const $ = <T extends Element>(el: LitElement, selector: string) =>
  el.shadowRoot?.querySelector(selector) as T;
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function typeInto(el: EoDateProbe, value: string, leave: boolean): Promise<void> {
  const input = $<HTMLInputElement>(el, '#due');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (leave) input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('renderDateInput', () => {
  afterEach(async () => {
    await setDocumentLanguage('en');
  });

  it('is a labelled text field with the day-month-year hint and an error line it refers to', async () => {
    const el = await fixture<EoDateProbe>(html`<eo-date-probe></eo-date-probe>`);
    const input = $<HTMLInputElement>(el, '#due');
    expect(input.type).to.equal('text');
    expect(input.labels?.[0]?.textContent).to.equal('Due date');
    expect(input.getAttribute('aria-describedby')).to.equal('due-hint due-error');
    expect(text($(el, '#due-hint'))).to.equal('Day-month-year, for example 15-01-2028');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keeps quiet while typing and names the problem once the field is left', async () => {
    const el = await fixture<EoDateProbe>(html`<eo-date-probe></eo-date-probe>`);
    await typeInto(el, '31-02', false);
    expect(el.entry.problem).to.equal('format');
    expect(text($(el, '#due-error'))).to.equal('');
    await typeInto(el, '31-02-2028', true);
    expect(text($(el, '#due-error'))).to.equal('There is no such date. Check the day and the month.');
    expect($(el, '#due').getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, '10-01-2028', true);
    expect(text($(el, '#due-error'))).to.equal('The date cannot be before 15-01-2028.');
    await typeInto(el, '१६-०१-२०२८', true);
    expect(el.entry.value).to.equal('2028-01-16');
    expect(text($(el, '#due-error'))).to.equal('');
  });

  it('says it in Hindi on a Hindi page, and follows a switch', async () => {
    const el = await fixture<EoDateProbe>(html`<eo-date-probe></eo-date-probe>`);
    await typeInto(el, '2028-01-15', true);
    expect(text($(el, '#due-error'))).to.equal(dateProblemText('format'));
    await setDocumentLanguage('hi');
    await el.updateComplete;
    expect(text($(el, '#due-hint'))).to.equal('दिन-माह-वर्ष, जैसे 15-01-2028');
    expect(text($(el, '#due-error'))).to.equal('तिथि दिन-माह-वर्ष के क्रम में लिखें, जैसे 15-01-2028।');
    await expect(el).to.be.accessible();
  });
});
