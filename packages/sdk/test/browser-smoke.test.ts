// The SDK in Chromium against the real sandbox the test runner started: the browser path has no
// Node-only import and CORS lets a portal page call the API.
import { expect } from '@open-wc/testing';
import { AuthenticationError, NotFoundError, ValidationError, createClient } from '../src/index.js';

declare global {
  interface Window {
    __EOFFICE_SANDBOX_URL__: string;
  }
}

describe('@eoffice/sdk in the browser', () => {
  const client = createClient({
    baseUrl: window.__EOFFICE_SANDBOX_URL__,
    auth: { username: 'sunita.verma', password: 'Demo@1234' },
    locale: 'hi',
  });

  it('signs in and reads who the user is', async () => {
    const me = await client.auth.me();
    expect(me.user.username).to.equal('sunita.verma');
    expect(me.posts.length).to.be.greaterThan(0);
  });

  it('lists the user’s files page by page', async () => {
    const files = await client.files.list({ folder: 'created', limit: 2 }).toArray({ limit: 5 });
    expect(files.length).to.be.greaterThan(0);
    expect(files[0]?.id).to.match(/^file_/);
  });

  it('throws typed errors with problem details in Hindi', async () => {
    const missing = await client.files.get('file_doesnotexist1').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(NotFoundError);
    expect((missing as NotFoundError).code).to.equal('resource.not_found');
    const invalid = await client.api
      .post('/files', { body: { subject: '' } as never })
      .catch((e: unknown) => e);
    expect(invalid).to.be.instanceOf(ValidationError);
    expect((invalid as ValidationError).errors.length).to.be.greaterThan(0);
  });

  it('asks for the language of the page’s <html lang> when no locale is configured', async () => {
    const asked: (string | null)[] = [];
    const following = createClient({
      baseUrl: window.__EOFFICE_SANDBOX_URL__,
      hooks: { beforeRequest: [(request) => void asked.push(request.headers.get('accept-language'))] },
    });
    const lang = document.documentElement.lang;
    try {
      document.documentElement.lang = 'hi-IN';
      const inHindi = await following.files.get('file_doesnotexist1').catch((e: unknown) => e);
      document.documentElement.lang = 'en';
      const inEnglish = await following.files.get('file_doesnotexist1').catch((e: unknown) => e);
      expect(asked).to.deep.equal(['hi', 'en']);
      // No sign-in, so the server refuses both.
      expect(inHindi).to.be.instanceOf(AuthenticationError);
      expect(inEnglish).to.be.instanceOf(AuthenticationError);
    } finally {
      document.documentElement.lang = lang;
    }
  });
});
