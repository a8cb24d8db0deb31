// The portal's own code: sign-in, a list of the officer's files, and the language switch. The
// e-Office parts (tracker, SDK) come from the one script tag; components follow <html lang>.
import { createClient } from '/cdn/eoffice.js';
import { onLanguageChange } from './language.js';
import { apiUrl, onSignIn } from './sign-in.js';

// Public tracking needs no sign-in.
document.getElementById('public-tracker').client = createClient({ baseUrl: apiUrl });

// The notesheet and signing pages talk to the same e-Office API as this one.
document.getElementById('notesheet-link').search = location.search;
document.getElementById('sign-link').search = location.search;
document.getElementById('drafts-link').search = location.search;

const text = (value) => (document.documentElement.lang === 'hi' ? value.hi : value.en);

onLanguageChange(() => renderFiles());

let files = [];
let me;

function renderFiles() {
  const body = document.getElementById('files');
  body.replaceChildren(
    ...files.map((file) => {
      const row = document.createElement('tr');
      const number = document.createElement('td');
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'link';
      open.textContent = file.number;
      open.addEventListener('click', () => {
        document.getElementById('tracker').fileId = file.id;
      });
      number.append(open);
      const subject = document.createElement('td');
      subject.textContent = file.subject;
      subject.lang = 'hi';
      const priority = document.createElement('td');
      const badge = document.createElement('eo-priority-badge');
      badge.priority = file.priority;
      priority.append(badge);
      const holder = document.createElement('td');
      holder.textContent = file.currentHolder ? file.currentHolder.markingAbbreviation : '—';
      row.append(number, subject, priority, holder);
      return row;
    }),
  );
  if (me) {
    document.getElementById('welcome').textContent =
      (document.documentElement.lang === 'hi' ? 'स्वागत है, ' : 'Welcome, ') + text(me.user.name);
  }
}

/** The files with the officer now (inbox) first, then those they created that have moved on. */
async function loadFiles(client) {
  const [inbox, created] = await Promise.all([
    client.files.list({ folder: 'inbox', sort: '-createdAt' }).toArray({ limit: 20 }),
    client.files.list({ folder: 'created', sort: '-createdAt' }).toArray({ limit: 20 }),
  ]);
  const seen = new Set(inbox.map((file) => file.id));
  files = [...inbox, ...created.filter((file) => !seen.has(file.id))];
  renderFiles();
}

/**
 * Keeps the list current without a reload: a file sent to the officer appears, one sent on shows its
 * new holder. Movements come from the SDK's event stream; bursts are fetched once.
 */
async function followMovements(client) {
  let pending;
  for await (const event of client.events.subscribe({ types: ['movement.created', 'stream.reset'] })) {
    if (event.type !== 'movement.created' && event.type !== 'stream.reset') continue;
    clearTimeout(pending);
    pending = setTimeout(() => void loadFiles(client).catch(() => undefined), 200);
  }
}

onSignIn(async (client) => {
  me = await client.auth.me();
  document.getElementById('tracker').client = client;
  await loadFiles(client);
  if (files[0]) document.getElementById('tracker').fileId = files[0].id;
  // A stream that ends with an error (signed out, no access) leaves the list as last loaded.
  void followMovements(client).catch(() => undefined);
});
