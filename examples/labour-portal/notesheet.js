// The notesheet page of the portal: an officer signs in, picks a file that is with them, writes and
// confirms a note in <eo-notesheet-editor>, and sends the file on with <eo-send-dialog> ("confirm
// and send"). References in notes (C/1, para 4) open in the side panel. Everything e-Office comes
// from the one script tag; components follow <html lang>.
import { onLanguageChange } from './language.js';
import { onSignIn } from './sign-in.js';
// Keep the chosen API when going back to the home page.
document.getElementById('home-link').search = location.search;

const isHindi = () => document.documentElement.lang === 'hi';
const say = (hi, en) => (isHindi() ? hi : en);
const text = (value) => (isHindi() ? value.hi : value.en);

const notesheet = document.getElementById('notesheet');
let client;
let me;
let files = [];
let current;

onLanguageChange(() => renderFiles());

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
      if (current?.id === file.id) open.setAttribute('aria-current', 'true');
      open.addEventListener('click', () => openFile(file));
      number.append(open);
      const subject = document.createElement('td');
      subject.textContent = file.subject;
      subject.lang = 'hi';
      const priority = document.createElement('td');
      const badge = document.createElement('eo-priority-badge');
      badge.priority = file.priority;
      priority.append(badge);
      row.append(number, subject, priority);
      return row;
    }),
  );
  document.getElementById('no-files').hidden = files.length > 0;
  if (me) document.getElementById('welcome').textContent = say('स्वागत है, ', 'Welcome, ') + text(me.user.name);
}

/** Files the officer holds now (main movements only: copies for information cannot be acted on). */
async function loadFiles() {
  files = await client.files.list({ folder: 'inbox', kind: 'main', sort: '-movedAt' }).toArray({ limit: 50 });
  renderFiles();
}

function openFile(file) {
  current = file;
  notesheet.client = client;
  notesheet.fileId = file.id;
  notesheet.hidden = false;
  document.getElementById('pick-hint').hidden = true;
  showReferencePrompt();
  renderFiles();
}

function closeFile() {
  current = undefined;
  notesheet.hidden = true;
  notesheet.fileId = undefined;
  document.getElementById('pick-hint').hidden = false;
  showReferencePrompt();
}

// ---- the side panel: the paper or paragraph a reference points to ------------------------------

function showReferencePrompt() {
  const panel = document.getElementById('reference');
  const prompt = document.createElement('p');
  prompt.textContent = say(
    'टिप्पणी में किसी संदर्भ (जैसे C/1 या अनुच्छेद) को खोलें, वह यहाँ दिखेगा।',
    'Open a reference in a note (such as C/1 or a paragraph) and it appears here.',
  );
  panel.replaceChildren(prompt);
}

function definitionList(rows) {
  const list = document.createElement('dl');
  for (const [term, value, lang] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    if (lang) dd.lang = lang;
    list.append(dt, dd);
  }
  return list;
}

// The portal is served with Trusted Types required, so parsing HTML needs a policy. This one only feeds
// an inert DOMParser document whose text is read; no markup from it ever reaches the page.
const inertHtml = window.trustedTypes?.createPolicy('labour-portal-inert', { createHTML: (s) => s });

/** Text of stored note HTML. The server sanitised it; the panel still shows only its text. */
function plainText(html) {
  const input = inertHtml ? inertHtml.createHTML(html) : html;
  return new DOMParser().parseFromString(input, 'text/html').body.textContent ?? '';
}

async function correspondencePanel(label) {
  const items = await client.files.correspondence(current.id).toArray({ limit: 1000 });
  const item = items.find((c) => c.label === label);
  if (!item) return [definitionList([[say('संदर्भ', 'Reference'), label]])];
  const heading = document.createElement('h3');
  heading.textContent = `${item.label} — ${item.kind === 'receipt' ? say('आवती', 'Receipt') : say('जारी पत्र', 'Issued letter')}`;
  return [
    heading,
    definitionList([
      [say('विषय', 'Subject'), item.subject, 'hi'],
      [say('दिनांक', 'Date'), item.date],
      [say('आवती क्रमांक', 'Receipt number'), item.receipt?.number],
      [say('प्रेषण क्रमांक', 'Dispatch number'), item.dispatchNumber],
      [say('संलग्नक', 'Attachments'), item.attachments.map((a) => a.fileName ?? a.id).join(', ')],
    ]),
  ];
}

async function paragraphPanel(label, targetId) {
  const number = Number(label.replace(/^para:/, ''));
  const notes = targetId?.startsWith('note_')
    ? [await client.notes.get(targetId)]
    : await client.notes.list(current.id).toArray({ limit: 1000 });
  for (const note of notes) {
    const paragraph = note.paragraphs.find((p) => p.number === number);
    if (!paragraph) continue;
    const heading = document.createElement('h3');
    heading.textContent = say(`अनुच्छेद ${number}`, `Paragraph ${number}`);
    const body = document.createElement('p');
    body.textContent = plainText(paragraph.html);
    body.lang = /[\u0900-\u097F]/.test(body.textContent) ? 'hi' : 'en';
    const by = definitionList([
      [say('लेखक', 'By'), `${text(note.author.name)}, ${text(note.authorPost.designation)}`],
      [
        say('समय', 'At'),
        note.confirmedAt
          ? new Date(note.confirmedAt).toLocaleString(isHindi() ? 'hi-IN' : 'en-IN', {
              timeZone: 'Asia/Kolkata',
            })
          : '',
      ],
    ]);
    return [heading, body, by];
  }
  return [definitionList([[say('अनुच्छेद', 'Paragraph'), String(number)]])];
}

notesheet.addEventListener('eo-reference-open', async (event) => {
  const { kind, label, targetId } = event.detail;
  const panel = document.getElementById('reference');
  const loading = document.createElement('p');
  loading.textContent = say('खुल रहा है…', 'Opening…');
  panel.replaceChildren(loading);
  try {
    panel.replaceChildren(
      ...(kind === 'correspondence'
        ? await correspondencePanel(label)
        : await paragraphPanel(label, targetId)),
    );
  } catch (failure) {
    const error = document.createElement('p');
    error.className = 'error';
    error.textContent =
      say('संदर्भ नहीं खुल सका: ', 'The reference could not be opened: ') +
      String(failure?.detail ?? failure?.message ?? failure);
    panel.replaceChildren(error);
  }
});

// ---- sending: the file leaves the officer's list -------------------------------------------------

document.addEventListener('eo-file-sent', async (event) => {
  const main = event.detail.movements.find((m) => m.kind === 'main');
  const sentNumber = event.detail.file.number;
  document.getElementById('sent-status').textContent = main?.to
    ? say(
        `नस्ती ${sentNumber} ${text(main.to.name)} (${main.to.markingAbbreviation}) को भेजी गई।`,
        `File ${sentNumber} was sent to ${text(main.to.name)} (${main.to.markingAbbreviation}).`,
      )
    : say(`नस्ती ${sentNumber} भेजी गई।`, `File ${sentNumber} was sent.`);
  if (current?.id === event.detail.fileId) closeFile();
  await loadFiles();
  // Focus was on the notesheet that is gone now; put it on the message that says where the file went.
  document.getElementById('files-heading').tabIndex = -1;
  document.getElementById('files-heading').focus();
});

// ---- sign-in ----------------------------------------------------------------------------------

onSignIn(async (signedIn) => {
  client = signedIn;
  me = await client.auth.me();
  await loadFiles();
  renderFiles();
}, document.getElementById('login-panel'));
