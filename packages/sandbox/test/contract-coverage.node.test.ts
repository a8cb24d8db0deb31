// Every contract operation must have a handler and a test that calls it, so a new operation cannot be
// added to the contract without an implementation and a test here (buildApp also refuses to start
// without a handler for each).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { operations } from '../src/contract.js';
import { handlers } from '../src/operations/registry.js';

const testSources = readdirSync(new URL('.', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name !== 'contract-coverage.node.test.ts')
  .map((name) => readFileSync(new URL(name, import.meta.url), 'utf8'))
  .join('\n');

describe('contract coverage', () => {
  it('has a handler for every operation and no handler outside the contract', () => {
    const missing = [...operations.keys()].filter((id) => !Object.hasOwn(handlers, id));
    assert.deepEqual(missing, []);
    const unknown = Object.keys(handlers).filter((id) => !operations.has(id));
    assert.deepEqual(unknown, [], 'handlers for operations the contract does not have');
  });

  it('has a test calling every operation', () => {
    const untested = [...operations.keys()].filter((id) => !testSources.includes(`'${id}'`));
    assert.deepEqual(untested, []);
  });
});
