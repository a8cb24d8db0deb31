// Sign-in, shared by the portal's pages: the #login form signs in through the SDK (`configure()` makes
// the client that every e-Office component on the page uses) and hands that client to the page.
import { configure } from '/cdn/eoffice.js';

/** The sandbox API; a department points this at its e-Office server (`?api=` overrides it). */
export const apiUrl = new URLSearchParams(location.search).get('api') ?? 'http://localhost:4100/api/v1';

/**
 * Wires the #login form. On submit it signs in, awaits `signedIn(client)` (the page loads and renders
 * what it shows), then hides `signInArea` and shows #desk. A wrong password, or any failure while
 * loading, shows in #login-error and leaves the form as it was.
 */
export function onSignIn(signedIn, signInArea = document.getElementById('login')) {
  const loginForm = document.getElementById('login');
  loginForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(loginForm);
    const error = document.getElementById('login-error');
    error.textContent = '';
    try {
      const client = configure({
        baseUrl: apiUrl,
        auth: { username: String(form.get('username')), password: String(form.get('password')) },
      });
      await signedIn(client);
      signInArea.hidden = true;
      document.getElementById('desk').hidden = false;
    } catch (failure) {
      const hindi = document.documentElement.lang === 'hi';
      error.textContent =
        failure?.name === 'AuthenticationError'
          ? hindi
            ? 'उपयोगकर्ता नाम या पासवर्ड सही नहीं है।'
            : 'The username or password is not right.'
          : String(failure?.detail ?? failure?.message ?? failure);
    }
  });
}
