// The portal's own code: sign-in, the officer's inbox, the file or receipt opened from it, and the
// language switch. The e-Office parts (inbox, tracker, notesheet, SDK) come from the one script tag;
// components follow <html lang>.
import { createClient } from '/cdn/eoffice.js';
import { onLanguageChange } from './language.js';
import { apiUrl, onSignIn } from './sign-in.js';

// Public tracking needs no sign-in.
document.getElementById('public-tracker').client = createClient({ baseUrl: apiUrl });

// The notesheet and signing pages talk to the same e-Office API as this one.
document.getElementById('notesheet-link').search = location.search;
document.getElementById('sign-link').search = location.search;
document.getElementById('review-link').search = location.search;
document.getElementById('receipt-link').search = location.search;
document.getElementById('item-notesheet-link').search = location.search;
document.getElementById('drafts-link').search = location.search;

const text = (value) => (document.documentElement.lang === 'hi' ? value.hi : value.en);
const say = (hi, en) => (document.documentElement.lang === 'hi' ? hi : en);

let me;
let client;
let opened;

onLanguageChange(() => render());

function render() {
  if (me) document.getElementById('welcome').textContent = say('स्वागत है, ', 'Welcome, ') + text(me.user.name);
  if (opened) {
    document.getElementById('item-heading').textContent =
      `${opened.type === 'file' ? say('नस्ती', 'File') : say('आवती', 'Receipt')} ${opened.number}`;
  }
}

/**
 * Opens a file or receipt chosen in the inbox: reading it marks it opened (so its sender can no longer
 * pull it back), then its notesheet (files) and its route show below the inbox.
 */
async function openItem(item) {
  const value = item.type === 'file' ? await client.files.get(item.id) : await client.receipts.get(item.id);
  opened = item;
  const section = document.getElementById('item');
  const notesheet = document.getElementById('item-notesheet');
  const tracker = document.getElementById('tracker');
  document.getElementById('item-subject').textContent = value.subject;
  const isFile = item.type === 'file';
  document.getElementById('item-notesheet-heading').hidden = !isFile;
  document.getElementById('item-notesheet-link').hidden = !isFile;
  notesheet.hidden = !isFile;
  notesheet.fileId = isFile ? item.id : undefined;
  tracker.receiptId = isFile ? undefined : item.id;
  tracker.fileId = isFile ? item.id : undefined;
  section.hidden = false;
  render();
  document.getElementById('item-heading').focus();
}

document.getElementById('inbox').addEventListener('eo-item-open', (event) => {
  void openItem(event.detail.item).catch((failure) => {
    document.getElementById('item-subject').textContent = String(
      failure?.detail ?? failure?.message ?? failure,
    );
  });
});

onSignIn(async (signedIn) => {
  client = signedIn;
  me = await client.auth.me();
  document.getElementById('tracker').client = client;
  document.getElementById('item-notesheet').client = client;
  // The inbox loads its folder and follows the event stream by itself.
  document.getElementById('inbox').client = client;
  render();
});
