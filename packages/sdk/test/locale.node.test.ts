// Accept-Language: the configured locale, a function read before every request, or in a browser
// the page's <html lang> (faked here with a minimal document).
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { createClient } from '../src/index.js';
import { scriptedServer, type ScriptedServer } from './scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  Reflect.deleteProperty(globalThis, 'document');
});

/** The Accept-Language of `calls` requests, `between` running after each; `undefined` for none. */
async function languagesSent(
  options: Partial<Parameters<typeof createClient>[0]>,
  calls = 1,
  between: () => void = () => {},
): Promise<(string | undefined)[]> {
  const local = await scriptedServer(() => ({ status: 200, body: {} }));
  try {
    const client = createClient({ baseUrl: local.baseUrl, auth: 't', ...options });
    for (let i = 0; i < calls; i++) {
      await client.auth.me();
      between();
    }
    // Node's fetch sends `*` when the caller sets no Accept-Language.
    return local.received.map(({ headers }) =>
      headers['accept-language'] === '*' ? undefined : headers['accept-language'],
    );
  } finally {
    await local.close();
  }
}

/** A page whose <html lang> is `lang`, as far as the SDK looks. */
function fakePage(lang: string): { documentElement: { lang: string } } {
  const document = { documentElement: { lang } };
  Object.defineProperty(globalThis, 'document', { value: document, configurable: true });
  return document;
}

describe('Accept-Language', () => {
  it('sends the configured locale', async () => {
    assert.deepEqual(await languagesSent({ locale: 'hi' }), ['hi']);
    assert.deepEqual(await languagesSent({ locale: 'en' }), ['en']);
  });

  it('reads a locale function before every request', async () => {
    let language = 'en-IN';
    assert.deepEqual(
      await languagesSent(
        { locale: () => language },
        3,
        () => (language = language === 'en-IN' ? 'hi' : 'ta'),
      ),
      ['en', 'hi', undefined],
    );
  });

  it('follows the page’s <html lang> when it is Hindi or English, as it changes', async () => {
    const page = fakePage('hi-IN');
    assert.deepEqual(
      await languagesSent(
        {},
        3,
        () => (page.documentElement.lang = page.documentElement.lang === 'hi-IN' ? 'en' : 'mr'),
      ),
      ['hi', 'en', undefined],
    );
  });

  it('lets the configured locale win over the page, and a call’s own header win over both', async () => {
    fakePage('hi');
    assert.deepEqual(await languagesSent({ locale: 'en' }), ['en']);
    server = await scriptedServer(() => ({ status: 200, body: {} }));
    const client = createClient({ baseUrl: server.baseUrl, auth: 't', locale: 'hi' });
    await client.auth.me({ headers: { 'Accept-Language': 'en' } });
    assert.equal(server.received[0]?.headers['accept-language'], 'en');
  });

  it('sends none in Node without a locale', async () => {
    assert.deepEqual(await languagesSent({}), [undefined]);
  });
});
