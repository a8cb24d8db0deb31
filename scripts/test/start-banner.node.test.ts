// `npm start`'s banner names what its servers really use: the database SANDBOX_DB points to (not
// always .data/sandbox.db) and the ports SANDBOX_PORT and PORT choose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startBanner, startSettings } from '../start-banner.mjs';

describe('the npm start banner', () => {
  it('names the default database and addresses when nothing is set', () => {
    const settings = startSettings({});
    assert.deepEqual(settings, { apiPort: '4100', portalPort: '4173', database: '.data/sandbox.db' });
    const banner = startBanner(settings);
    assert.match(banner, /Data is kept in \.data\/sandbox\.db \(delete it to start afresh\)\./);
    assert.match(banner, /sandbox API: {2}http:\/\/localhost:4100\/api\/v1\n/);
    assert.match(banner, /Open the portal at http:\/\/localhost:4173\/\n/);
  });

  it('names the database SANDBOX_DB points to, and not the default', () => {
    const banner = startBanner(startSettings({ SANDBOX_DB: '/srv/eoffice/demo.db' }));
    assert.match(banner, /Data is kept in \/srv\/eoffice\/demo\.db \(delete it to start afresh\)\./);
    assert.doesNotMatch(banner, /\.data\/sandbox\.db/);
  });

  it('says an in-memory database keeps nothing', () => {
    const banner = startBanner(startSettings({ SANDBOX_DB: ':memory:' }));
    assert.match(banner, /Data is kept in memory only/);
    assert.doesNotMatch(banner, /delete it/);
  });

  it('points every page at the API on another port', () => {
    const banner = startBanner(startSettings({ SANDBOX_PORT: '4400', PORT: '8080' }));
    const api = '?api=http://localhost:4400/api/v1';
    assert.ok(banner.includes(`sandbox API:  http://localhost:4400/api/v1`));
    for (const page of ['', 'notesheet.html', 'sign.html']) {
      assert.ok(banner.includes(`http://localhost:8080/${page}${api}`), `${page || 'home'} keeps the API`);
    }
    assert.ok(banner.includes('http://localhost:8080/storybook/'));
  });
});
