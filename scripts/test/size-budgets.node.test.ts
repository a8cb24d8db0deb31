// DESIGN.md's size budgets, enforced: sizes are deterministic, so they belong in `npm test` (timings do
// not; they are in `npm run bench`). Runs after `npm run build`, which makes the CDN bundle it measures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measureSizes } from '../size-budgets.mjs';

describe('size budgets (min+gzip)', async () => {
  const figures = await measureSizes();

  it('measures every element, the editors’ shared lazy core, the SDK and the CDN bundle', () => {
    const names = figures.map((f) => f.name).join('\n');
    for (const part of [
      'eo-file-tracker',
      'eo-notesheet-editor, reader',
      'eo-draft-editor, reader',
      'editing core',
      '@eoffice/sdk',
      'CDN bundle',
    ])
      assert.match(names, new RegExp(part.replace(/[().]/g, '\\$&')));
    assert.ok(figures.every((f) => f.value > 0));
  });

  for (const figure of figures) {
    it(`${figure.name}: ${figure.value} KB ≤ ${figure.budget} KB`, () => {
      assert.ok(
        figure.value <= figure.budget,
        `${figure.value} KB is over its budget of ${figure.budget} KB`,
      );
    });
  }
});
