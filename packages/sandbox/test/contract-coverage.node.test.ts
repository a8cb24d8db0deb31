// Every contract operation must have a handler and a test that calls it. Operations not built yet are
// listed in NOT_IMPLEMENTED explicitly (they answer 501 `server.not_implemented`); the list may only
// shrink: implementing one without removing it here fails too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { operations } from '../src/contract.js';
import { handlers } from '../src/operations/registry.js';

const NOT_IMPLEMENTED = new Set<string>([]);

const testSources = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name !== 'contract-coverage.node.test.ts')
  .map((name) => readFileSync(new URL(name, import.meta.url), 'utf8'))
  .join('\n');

describe('contract coverage', () => {
  it('has a handler for every operation not explicitly pending', () => {
    const missing = [...operations.keys()].filter((id) => !handlers[id] && !NOT_IMPLEMENTED.has(id));
    assert.deepEqual(missing, []);
    const stale = [...NOT_IMPLEMENTED].filter((id) => handlers[id]);
    assert.deepEqual(stale, [], 'implemented: remove from NOT_IMPLEMENTED');
    const unknown = Object.keys(handlers).filter((id) => !operations.has(id));
    assert.deepEqual(unknown, [], 'handlers for operations the contract does not have');
  });

  it('has a test calling every implemented operation', () => {
    const untested = [...operations.keys()].filter(
      (id) => !NOT_IMPLEMENTED.has(id) && !testSources.includes(`'${id}'`),
    );
    assert.deepEqual(untested, []);
  });
});
