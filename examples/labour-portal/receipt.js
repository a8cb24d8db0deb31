// The receipt clerk's page of the portal: the clerk signs in and diarises the day's dak in
// <eo-receipt-form> — the letter, its sender, the scanned PDF — then sends it on with the form's own
// send dialog ("Diarise and send"). The form keeps a draft, so a reload loses nothing typed.
import { onLanguageChange } from './language.js';
import { onSignIn } from './sign-in.js';
// Keep the chosen API when going back to the home page.
document.getElementById('home-link').search = location.search;

const isHindi = () => document.documentElement.lang === 'hi';
const say = (hi, en) => (isHindi() ? hi : en);
const form = document.getElementById('receipt-form');
let me;

function renderWelcome() {
  if (me)
    document.getElementById('welcome').textContent =
      say('स्वागत है, ', 'Welcome, ') + (isHindi() ? me.user.name.hi : me.user.name.en);
}
onLanguageChange(renderWelcome);

// The portal's own register line: what was diarised and sent this session.
form.addEventListener('eo-receipt-diarised', (event) => {
  document.getElementById('diarised-status').textContent = say(
    `आवती ${event.detail.receipt.number} डायरी की गई।`,
    `Receipt ${event.detail.receipt.number} diarised.`,
  );
});
form.addEventListener('eo-receipt-sent', (event) => {
  const to = event.detail.movements.find((m) => m.kind === 'main')?.to;
  document.getElementById('diarised-status').textContent = say(
    `आवती ${event.detail.receipt.number} ${to ? to.name.hi : ''} को भेजी गई।`,
    `Receipt ${event.detail.receipt.number} sent to ${to ? to.name.en : ''}.`,
  );
});

onSignIn(async (client) => {
  me = await client.auth.me();
  form.client = client;
  renderWelcome();
}, document.getElementById('login-panel'));
