// asEnum narrows stored strings to contract enums once, in the presenters: a value the contract does not
// know is a server fault, never an answer sent on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asEnum, FILE_STATUSES, KEY_USAGES, SCOPES } from '../src/presenters/contract-enums.js';
import { contractUnitKind } from '../src/presenters/directory.js';

describe('contract enums at the database boundary', () => {
  it('passes a stored value the contract knows through unchanged', () => {
    assert.equal(asEnum('in_movement', FILE_STATUSES, 'file status'), 'in_movement');
    assert.equal(asEnum('files:read', SCOPES, 'scope'), 'files:read');
    assert.equal(asEnum('nonRepudiation', KEY_USAGES, 'key usage'), 'nonRepudiation');
  });

  it('refuses a stored value the contract does not know, naming it', () => {
    assert.throws(() => asEnum('archived', FILE_STATUSES, 'file status'), /file status "archived"/);
    // Inherited members of a plain object are not members of the enum.
    assert.throws(() => asEnum('toString', FILE_STATUSES, 'file status'), /"toString"/);
  });

  it("maps the sandbox's organisation units to the contract's office and refuses unknown kinds", () => {
    assert.equal(contractUnitKind('organisation'), 'office');
    assert.equal(contractUnitKind('section'), 'section');
    assert.throws(() => contractUnitKind('division'), /unit kind "division"/);
  });
});
