import { expect } from '@open-wc/testing';
import {
  calendarDay,
  daysBetween,
  formatDate,
  formatDateTime,
  formatTime,
  today,
} from '../src/shared/dates.js';

describe('dates for Indian readers', () => {
  const instant = '2026-03-31T20:15:00Z'; // 1 April 2026, 01:45 in India

  it('shows India Standard Time by default, not UTC or the machine zone', () => {
    expect(formatDate(instant, { locale: 'en' })).to.equal('1 Apr 2026');
    expect(formatDateTime(instant, { locale: 'en' })).to.match(/^1 Apr 2026, 1:45\s?am$/i);
  });

  it('writes Hindi month names and, on request, Devanagari digits', () => {
    const hindi = formatDate(instant, { locale: 'hi' });
    expect(hindi).to.contain('अप्रैल');
    expect(hindi).to.contain('2026');
    const deva = formatDate(instant, { locale: 'hi', digits: 'deva' });
    expect(deva).to.contain('२०२६');
    expect(deva).not.to.match(/[0-9]/);
  });

  it('writes Hindi as an office does: full month names and the 24-hour clock, no English am/pm', () => {
    const evening = '2028-01-15T13:45:00Z'; // 15 January 2028, 19:15 in India
    expect(formatDate(evening, { locale: 'hi' })).to.equal('15 जनवरी 2028');
    expect(formatDateTime(evening, { locale: 'hi' })).to.equal('15 जनवरी 2028, 19:15');
    expect(formatDateTime(evening, { locale: 'hi', digits: 'deva' })).to.equal('१५ जनवरी २०२८, १९:१५');
    expect(formatDateTime('2026-11-23T02:00:00Z', { locale: 'hi' })).to.equal('23 नवंबर 2026, 07:30');
    for (const text of [formatDate(evening, { locale: 'hi' }), formatDateTime(evening, { locale: 'hi' })]) {
      expect(text).not.to.match(/[A-Za-z]|॰/);
    }
  });

  it('writes times alone on the 24-hour clock in both languages', () => {
    expect(formatTime('2028-01-15T13:45:00Z', { locale: 'en' })).to.equal('19:15');
    expect(formatTime('2028-01-15T13:45:00Z', { locale: 'hi', digits: 'deva' })).to.equal('१९:१५');
  });

  it('honours another time zone when a portal asks for one', () => {
    expect(formatDate(instant, { locale: 'en', timeZone: 'UTC' })).to.equal('31 Mar 2026');
  });

  it('counts calendar days in IST', () => {
    // 23:30 IST on 31 March to 22:30 IST on 1 April: one calendar day though under 24 hours.
    expect(daysBetween('2026-03-31T18:00:00Z', '2026-04-01T17:00:00Z')).to.equal(1);
    expect(daysBetween('2026-03-31T17:00:00Z', '2026-03-31T18:29:00Z')).to.equal(0);
    expect(daysBetween('2026-03-01T00:00:00Z', '2026-03-31T00:00:00Z')).to.equal(30);
  });

  it('rejects an invalid date with a RangeError', () => {
    expect(() => formatDate('not a date', { locale: 'en' })).to.throw(RangeError);
  });
});

describe('today and calendar days in India', () => {
  const eveningUtc = new Date('2026-01-01T20:00:00Z');

  it('counts the day in IST, which is ahead of UTC before 05:30', () => {
    expect(today(undefined, eveningUtc)).to.equal('2026-01-02');
    expect(today('UTC', eveningUtc)).to.equal('2026-01-01');
    expect(calendarDay('2026-01-01T18:29:59Z')).to.equal('2026-01-01');
    expect(calendarDay('2026-01-01T18:30:00Z')).to.equal('2026-01-02');
  });

  it('rejects what is not a date', () => {
    expect(() => calendarDay('not a date')).to.throw(RangeError);
  });
});
