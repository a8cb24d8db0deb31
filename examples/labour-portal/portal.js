// The portal's own code: sign-in, the officer's inbox, the file or receipt opened from it (a receipt
// with her can be put in one of her files), and the language switch. The e-Office parts (inbox,
// tracker, notesheet, SDK) come from the one script tag; components follow <html lang>.
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
/** What the put-in-file status line says, kept so a language switch can redraw it. */
let putInFileOutcome;

onLanguageChange(() => render());

function render() {
  if (me) document.getElementById('welcome').textContent = say('स्वागत है, ', 'Welcome, ') + text(me.user.name);
  if (opened) {
    document.getElementById('item-heading').textContent =
      `${opened.type === 'file' ? say('नस्ती', 'File') : say('आवती', 'Receipt')} ${opened.number}`;
  }
  document.getElementById('put-in-file-status').textContent = putInFileOutcome
    ? say(
        `आवती ${putInFileOutcome.receipt} नस्ती ${putInFileOutcome.file} में पत्राचार ${putInFileOutcome.label} के रूप में रखी गई।`,
        `Receipt ${putInFileOutcome.receipt} put in file ${putInFileOutcome.file} as correspondence ${putInFileOutcome.label}.`,
      )
    : '';
  const choose = document.querySelector('#put-in-file-file option[value=""]');
  if (choose) {
    choose.textContent = choose.dataset.empty
      ? say('आपके पास ऐसी कोई नस्ती नहीं है', 'You hold no file it can go in')
      : say('— नस्ती चुनें —', '— choose a file —');
  }
}

/** Whether one of the posts she holds (substantively or on charge) holds the receipt now. */
function withMe(receipt) {
  const holder = receipt.currentHolder?.id;
  return (
    holder !== undefined &&
    (me.posts.some((post) => post.id === holder) ||
      me.delegations.some((delegation) => delegation.post.id === holder))
  );
}

/**
 * Fills the put-in-file form with the files she holds (her inbox folder), first page only: an
 * electronic receipt can go only into an electronic file, so only those are offered for it.
 */
async function offerFiles(receipt) {
  const form = document.getElementById('put-in-file');
  const select = document.getElementById('put-in-file-file');
  document.getElementById('put-in-file-error').textContent = '';
  form.reset();
  form.hidden = !(withMe(receipt) && receipt.received && ['diarised', 'sent'].includes(receipt.status));
  if (form.hidden) return;
  const files = await client.files
    .list({ folder: 'inbox', ...(receipt.nature === 'electronic' ? { nature: 'electronic' } : {}) })
    .toArray({ limit: 100 });
  const choose = new Option('', '');
  if (files.length === 0) choose.dataset.empty = 'true';
  select.replaceChildren(
    choose,
    ...files.map((file) => {
      const option = new Option(`${file.number} — ${file.subject}`, file.id);
      option.dataset.number = file.number;
      return option;
    }),
  );
  render();
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
  putInFileOutcome = undefined;
  if (isFile) document.getElementById('put-in-file').hidden = true;
  else await offerFiles(value);
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

// Puts the opened receipt in the chosen file. A refusal (the file was sent on meanwhile, a closed or
// parked file …) shows the server's reason and leaves the form as it was, to choose another file.
document.getElementById('put-in-file').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('put-in-file-error');
  const select = document.getElementById('put-in-file-file');
  error.textContent = '';
  if (!select.value) {
    error.textContent = say('पहले एक नस्ती चुनें।', 'Choose a file first.');
    select.focus();
    return;
  }
  const receipt = opened;
  const remarks = document.getElementById('put-in-file-remarks').value.trim();
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const result = await client.receipts.putInFile(receipt.id, {
      fileId: select.value,
      ...(remarks ? { remarks } : {}),
    });
    putInFileOutcome = {
      receipt: result.receipt.number,
      file: result.file.number,
      label: result.correspondence.label,
    };
    form.hidden = true;
    render();
    // Its route now ends in the file.
    await document.getElementById('tracker').refresh();
  } catch (failure) {
    error.textContent =
      say('आवती नस्ती में नहीं रखी जा सकी: ', 'The receipt could not be put in the file: ') +
      String(failure?.detail ?? failure?.message ?? failure);
  } finally {
    button.disabled = false;
  }
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
