// The weekly review page of the portal, for the Principal Secretary: <eo-pendency-report> with the
// signed-in officer's client (configure() makes it the page-wide one); choosing a pending item shows its
// movements in <eo-file-tracker> below. Everything e-Office comes from the one script tag; the
// components follow <html lang>.
import { onLanguageChange } from './language.js';
import { onSignIn } from './sign-in.js';
// Keep the chosen API when going back to the home page.
document.getElementById('home-link').search = location.search;

onLanguageChange(() => {});

const review = document.getElementById('review');
const tracker = document.getElementById('tracker');
const trackerPanel = document.getElementById('tracker-panel');

// Setting the client starts the report: it loads the officer's department.
onSignIn(async (client) => {
  review.client = client;
}, document.getElementById('login-panel'));

// The report fires eo-item-open when a file or receipt is chosen; the portal shows its tracker.
review.addEventListener('eo-item-open', (event) => {
  const { type, id } = event.detail;
  tracker.client = review.client;
  tracker.fileId = type === 'file' ? id : undefined;
  tracker.receiptId = type === 'receipt' ? id : undefined;
  trackerPanel.hidden = false;
  document.getElementById('tracker-heading').focus();
});
