// The drafts page of the portal: a section officer drafts a reply to a receipt in <eo-draft-editor>,
// seniors revise it, the competent officer approves (signing with <eo-signature-widget>), and the
// receipt clerk of the central registry issues it; the dispatch register below lists what was issued.
// Everything e-Office comes from the one script tag; components follow <html lang>.
import { onLanguageChange } from './language.js';
import { onSignIn } from './sign-in.js';
document.getElementById('home-link').search = location.search;

const isHindi = () => document.documentElement.lang === 'hi';
const say = (hi, en) => (isHindi() ? hi : en);
const text = (value) => (isHindi() ? value.hi : value.en);

const editor = document.getElementById('draft');
const register = document.getElementById('register');
const status = document.getElementById('draft-status');
let client;
let me;
let files = [];
let current;

onLanguageChange(() => renderFiles());

function renderFiles() {
  document.getElementById('files').replaceChildren(
    ...files.map((file) => {
      const row = document.createElement('tr');
      const number = document.createElement('td');
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'link';
      open.textContent = file.number;
      if (current?.id === file.id) open.setAttribute('aria-current', 'true');
      open.addEventListener('click', () => void openFile(file));
      number.append(open);
      const subject = document.createElement('td');
      subject.textContent = file.subject;
      subject.lang = 'hi';
      row.append(number, subject);
      return row;
    }),
  );
  document.getElementById('no-files').hidden = files.length > 0;
  if (me) document.getElementById('welcome').textContent = say('स्वागत है, ', 'Welcome, ') + text(me.user.name);
}

async function loadFiles() {
  files = await client.files.list({ folder: 'inbox', kind: 'main', sort: '-movedAt' }).toArray({ limit: 50 });
  renderFiles();
}

function show() {
  editor.hidden = false;
  document.getElementById('print').hidden = false;
  document.getElementById('pick-hint').hidden = true;
  status.textContent = '';
}

/** The drafts of a file; a new one replies to the file's latest receipt. */
async function openFile(file) {
  current = file;
  const papers = await client.files.correspondence(file.id).toArray({ limit: 1000 });
  const receipt = papers.filter((paper) => paper.kind === 'receipt').pop();
  editor.client = client;
  editor.draftId = undefined;
  editor.replyTo = receipt?.receipt?.id ?? undefined;
  editor.fileId = file.id;
  show();
  renderFiles();
}

/** One draft by id: how the central registry opens a letter it is asked to dispatch. */
function openDraft(draftId) {
  current = undefined;
  editor.client = client;
  editor.fileId = undefined;
  editor.draftId = draftId;
  show();
  renderFiles();
}

document.getElementById('open-draft').addEventListener('submit', (event) => {
  event.preventDefault();
  const id = String(new FormData(event.target).get('draft') ?? '').trim();
  if (id) openDraft(id);
});

document.getElementById('print').addEventListener('click', () => window.print());

editor.addEventListener('eo-draft-saved', (event) => {
  const { draft } = event.detail;
  status.textContent = say(`मसौदा संस्करण ${draft.revision} सहेजा गया।`, `Draft saved as v${draft.revision}.`);
});
editor.addEventListener('eo-draft-approved', (event) => {
  const { draft } = event.detail;
  status.textContent = say(`संस्करण ${draft.revision} अनुमोदित।`, `v${draft.revision} approved.`);
  // The letter goes to the central registry for dispatch: this link opens it there.
  const link = document.getElementById('draft-link');
  const url = new URL(location.href);
  url.searchParams.set('draft', draft.id);
  link.textContent = say('प्रेषण हेतु लिंक: ', 'Link for dispatch: ') + url.href;
  link.hidden = false;
});
editor.addEventListener('eo-draft-issued', (event) => {
  status.textContent = say(
    `पत्र ${event.detail.dispatchNumber} के रूप में जारी किया गया।`,
    `The letter was issued as ${event.detail.dispatchNumber}.`,
  );
  void register.reload();
});

onSignIn(async (signedIn) => {
  client = signedIn;
  me = await client.auth.me();
  register.client = client;
  await loadFiles();
  const draft = new URLSearchParams(location.search).get('draft');
  if (draft) openDraft(draft);
}, document.getElementById('login-panel'));
