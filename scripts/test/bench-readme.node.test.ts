// The bench writes its table into the README between the markers, leaving the rest as it was.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { END, START, benchMarkdown, machine, replaceBetweenMarkers } from '../bench-readme.mjs';

const figures = {
  measuredAt: '2026-12-03T08:15:00.000Z',
  results: [
    { name: 'inbox first page, p95', value: 21.5, p50: 12.1, budget: 30, unit: 'ms', ok: true },
    { name: 'pendency | by officer, p95', value: 320, p50: 150, budget: 300, unit: 'ms', ok: false },
    { name: 'reference: ky alone (min+gzip)', value: 4.1, budget: null, unit: 'KB', ok: true },
    { name: 'reference: Prism', value: null, budget: null, unit: null, ok: true, note: 'Error: no Prism' },
  ],
  growth: [{ name: 'public tracking', unit: 'ms, p95', '11000 movements': 1.2, '1100000 movements': 1.4 }],
  sideBySide: [{ name: 'inbox first page', unit: 'ms, p95', sqlite: 21.5, postgres: 48.2 }],
};

describe('bench table in the README', () => {
  it('lists every figure with its budget, whether it is met, the growth and the machine', () => {
    const markdown = benchMarkdown(figures);
    assert.match(markdown, /^Measured 2026-12-03 08:15 UTC on \d+ cores .*Node v\d+/);
    assert.ok(markdown.includes(machine()));
    assert.ok(markdown.includes('| inbox first page, p95 | 21.5 ms | 12.1 | 30 | yes |'));
    assert.ok(markdown.includes('| pendency \\| by officer, p95 | 320 ms | 150 | 300 | **no** |'));
    assert.ok(markdown.includes('| reference: ky alone (min+gzip) | 4.1 KB | – | – |  |'));
    assert.ok(markdown.includes('| reference: Prism | Error: no Prism |'));
    assert.ok(markdown.includes('| public tracking | ms, p95 | 1.2 | 1.4 |'));
    assert.ok(markdown.includes('| operation | unit | SQLite | PostgreSQL |'));
    assert.ok(markdown.includes('| inbox first page | ms, p95 | 21.5 | 48.2 |'));
  });

  it('replaces only what is between the markers', () => {
    const readme = `# Title\n\nBefore.\n\n${START}\nold table\n${END}\n\nAfter.\n`;
    const next = replaceBetweenMarkers(readme, 'new table');
    assert.equal(next, `# Title\n\nBefore.\n\n${START}\n\nnew table\n\n${END}\n\nAfter.\n`);
    assert.equal(
      replaceBetweenMarkers(next, 'newer'),
      `# Title\n\nBefore.\n\n${START}\n\nnewer\n\n${END}\n\nAfter.\n`,
    );
    assert.throws(() => replaceBetweenMarkers('# no markers', 'x'), /no <!-- bench:start -->/);
  });
});
