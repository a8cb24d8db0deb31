// The signing page: sign-in (as on the portal's home page), the officer's own confirmed notes, and
// <eo-signature-widget> to sign one with the sandbox key or to verify one already signed.
import { onLanguageChange } from './language.js';
import { onSignIn } from './sign-in.js';
const widget = document.getElementById('signer');

const text = (value) => (document.documentElement.lang === 'hi' ? value.hi : value.en);
const words = {
  sign: { hi: 'हस्ताक्षर करें', en: 'Sign' },
  verify: { hi: 'सत्यापित करें', en: 'Verify' },
  signed: { hi: 'हस्ताक्षरित', en: 'Signed' },
  unsigned: { hi: 'हस्ताक्षर शेष', en: 'Not signed yet' },
  note: { hi: 'टिप्पणी', en: 'Note' },
  none: { hi: 'हस्ताक्षर के लिए आपकी कोई पुष्ट टिप्पणी नहीं है।', en: 'You have no confirmed notes to sign.' },
  welcome: { hi: 'स्वागत है, ', en: 'Welcome, ' },
};

onLanguageChange(() => renderNotes());

let me;
let rows = [];

/**
 * The officer's own green notes: only the author may sign a note. An officer usually confirms a note
 * and sends the file on in one step, so the files they sent are searched as well as those with them.
 */
async function loadNotes(client) {
  const folders = await Promise.all(
    ['inbox', 'sent'].map((folder) => client.files.list({ folder, limit: 50 }).toArray({ limit: 200 })),
  );
  const files = [...new Map(folders.flat().map((file) => [file.id, file])).values()];
  const found = [];
  for (const file of files) {
    const notes = await client.notes.list(file.id).toArray({ limit: 500 });
    for (const note of notes) {
      if (note.author.id === me.user.id && note.status === 'green') found.push({ file, note });
    }
  }
  return found;
}

function open(row) {
  if (row.note.signatureId) {
    widget.mode = 'verify';
    widget.signatureId = row.note.signatureId;
  } else {
    widget.mode = 'sign';
    widget.targetType = 'note';
    widget.targetId = row.note.id;
  }
  widget.hidden = false;
}

function renderNotes() {
  const body = document.getElementById('notes');
  if (rows.length === 0) {
    const cell = document.createElement('td');
    cell.colSpan = 3;
    cell.textContent = text(words.none);
    const row = document.createElement('tr');
    row.append(cell);
    body.replaceChildren(row);
  } else {
    body.replaceChildren(
      ...rows.map((item) => {
        const row = document.createElement('tr');
        const file = document.createElement('td');
        file.textContent = item.file.number;
        const note = document.createElement('td');
        note.textContent = `${text(words.note)} ${item.note.sequence ?? ''}`;
        const status = document.createElement('td');
        const action = document.createElement('button');
        action.type = 'button';
        action.className = 'link';
        action.textContent = text(item.note.signatureId ? words.verify : words.sign);
        action.setAttribute('aria-label', `${action.textContent}: ${note.textContent}, ${item.file.number}`);
        action.addEventListener('click', () => open(item));
        status.append(text(item.note.signatureId ? words.signed : words.unsigned), ' — ', action);
        row.append(file, note, status);
        return row;
      }),
    );
  }
  if (me) document.getElementById('welcome').textContent = text(words.welcome) + text(me.user.name);
}

// Once signed, the row offers "Verify" instead of "Sign".
widget.addEventListener('eo-signed', (event) => {
  const row = rows.find((r) => r.note.id === event.detail.signature.target.id);
  if (row) row.note = { ...row.note, signatureId: event.detail.signature.id };
  renderNotes();
});

onSignIn(async (client) => {
  me = await client.auth.me();
  rows = await loadNotes(client);
  widget.client = client;
  renderNotes();
  const first = rows.find((r) => !r.note.signatureId) ?? rows[0];
  if (first) open(first);
});
