// The movement export's formula guard (OWASP CSV injection): a cell a spreadsheet would run as a formula
// is neutralised with a leading apostrophe, whatever whitespace or separator hides its first character.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvField } from '../src/eo-file-tracker/csv.js';

/** The cell text a spreadsheet sees once RFC 4180 quoting is undone. */
function cell(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

describe('csvField formula guard', () => {
  const dangerous: [string, string][] = [
    ['equals', '=1+1'],
    ['plus', '+1+1'],
    ['minus', '-1+1'],
    ['at', '@SUM(A1)'],
    ['full-width equals', '＝1+1'],
    ['full-width plus', '＋1+1'],
    ['full-width minus', '－1+1'],
    ['full-width at', '＠SUM(A1)'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['leading space', ' =HYPERLINK("http://x")'],
    ['leading spaces and tab', '  \t+1'],
    ['leading no-break space', '\u00A0=1+1'],
    ['leading ideographic space', '\u3000@SUM(A1)'],
    ['semicolon then equals', ';=1+1'],
    ['space, semicolon, equals', ' ;=cmd|" /C calc"!A0'],
    ['tab alone', '\tremark'],
    ['carriage return alone', '\rremark'],
  ];
  for (const [name, value] of dangerous) {
    it(`neutralises a cell starting with ${name}`, () => {
      const text = cell(csvField(value));
      assert.ok(text.startsWith("'"), JSON.stringify(text));
      assert.equal(text.slice(1), value, 'the text itself is kept');
    });
  }

  it('quotes a cell holding a semicolon, so a semicolon-separated reading cannot split out a formula', () => {
    assert.equal(csvField('see above;=1+1'), '"see above;=1+1"');
  });

  it('leaves ordinary text, Hindi, inner signs and numbers alone', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('कृपया अवलोकन करें'), 'कृपया अवलोकन करें');
    assert.equal(csvField('a = b'), 'a = b');
    assert.equal(csvField('2025-07-14 10:30'), '2025-07-14 10:30');
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(' leading space only'), ' leading space only');
  });
});
