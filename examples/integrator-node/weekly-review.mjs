// The weekly pendency review, for a department's IT cell to schedule: a service client with the
// `reports:read` scope logs in, fetches this week's review of a unit (rows below it with age buckets,
// overdue counts, e-adoption share, the trend and the change since last week, the oldest items) and
// writes a CSV for a spreadsheet and a self-contained HTML summary for the meeting.
//
//   EOFFICE_API_URL=https://eoffice.example.gov.in/api/v1 \
//   EOFFICE_CLIENT_ID=cli_weeklyreview EOFFICE_CLIENT_SECRET=… \
//   REVIEW_UNIT=unit_… REVIEW_OUT=/var/reports/weekly REVIEW_LANG=hi \
//   node examples/integrator-node/weekly-review.mjs
//
// cron, every Monday at 07:30 IST (02:00 UTC):
//   0 2 * * 1  cd /opt/eoffice && node examples/integrator-node/weekly-review.mjs >> /var/log/weekly-review.log 2>&1
//
// Without REVIEW_UNIT the service client's own department is reviewed. Defaults suit the sandbox (npm start).
// Exits 1 with the problem's code on failure, so cron's mail says what went wrong.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@eoffice/sdk';
import { BOM, reviewToCsv } from '@eoffice/components/eo-pendency-report/csv';

const env = process.env;
const lang = env.REVIEW_LANG === 'hi' ? 'hi' : 'en';
const out = env.REVIEW_OUT ?? 'weekly-review';

const client = createClient({
  baseUrl: env.EOFFICE_API_URL ?? 'http://localhost:4100/api/v1',
  auth: {
    clientId: env.EOFFICE_CLIENT_ID ?? 'cli_weeklyreview',
    clientSecret: env.EOFFICE_CLIENT_SECRET ?? 'weekly-review-sandbox-secret',
    scope: 'reports:read',
  },
});

const escape = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
const number = new Intl.NumberFormat(lang === 'hi' ? 'hi-IN' : 'en-IN');
const n = (value) => number.format(value);
const pending = (row) => row.files.total + row.receipts.total;
const bucket = (row, key) => row.files[key] + row.receipts[key];
const share = (row) => {
  const all = row.electronic + row.physical;
  return all === 0 ? '—' : `${((row.electronic / all) * 100).toFixed(1)}%`;
};
const BUCKETS = [
  ['days0to7', '0–7 दिन / days'],
  ['days8to15', '8–15 दिन / days'],
  ['days16to30', '16–30 दिन / days'],
  ['over30Days', '30 दिन से अधिक / over 30 days'],
];

/** A self-contained page: inline styles, no scripts, prints on A4 landscape. */
function summaryHtml(review, overdue) {
  const name = (text) => escape(text[lang]);
  const first = review.trend[0];
  const last = review.trend.at(-1);
  const max = Math.max(1, ...review.rows.map(pending));
  const { difference } = review.change;
  const change = difference > 0 ? `+${n(difference)}` : difference < 0 ? `−${n(-difference)}` : '±0';
  const rows = review.rows
    .map(
      (
        row,
      ) => `<tr><th scope="row">${name(row.group.name)}${row.group.designation ? `<br><small>${name(row.group.designation)}</small>` : ''}</th>
  <td>${n(pending(row))} <span class="bar" aria-hidden="true" style="inline-size:${((pending(row) / max) * 4).toFixed(2)}em"></span></td>${BUCKETS.map(([key]) => `<td>${n(bucket(row, key))}</td>`).join('')}
  <td>${n(row.overdue)}</td><td>${share(row)}</td><td>${row.oldestDays ?? '—'}</td></tr>`,
    )
    .join('\n');
  const trend = review.trend
    .map(
      (p) =>
        `<tr><th scope="row">${p.from} – ${p.to}</th><td>${n(p.created)}</td><td>${n(p.received)}</td><td>${n(p.disposed)}</td><td>${n(p.pending)}</td></tr>`,
    )
    .join('\n');
  const items = overdue
    .map(
      (i) => `<li><strong>${escape(i.item.number)}</strong> — ${escape(i.item.subject ?? '')}<br>
  ${name(i.holder.name)}, ${name(i.holder.designation)} · ${n(i.daysPending)} दिन / days · नियत तिथि / due ${escape(i.dueDate ?? '')}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>साप्ताहिक समीक्षा / Weekly review — ${name(review.unit.name)}</title>
<style>
  @page { size: A4 landscape; margin: 12mm; }
  body { font-family: system-ui, 'Noto Sans', 'Noto Sans Devanagari', 'Nirmala UI', sans-serif; color: #1b1f24; margin: 1.5rem; }
  table { border-collapse: collapse; inline-size: 100%; font-variant-numeric: tabular-nums; margin-block-end: 1.5rem; }
  th, td { border-block-end: 1px solid #c5ccd4; padding: 0.25rem 0.5rem; text-align: end; }
  th[scope="row"], thead th:first-child { text-align: start; }
  caption { text-align: start; font-weight: 600; }
  .figures { display: flex; flex-wrap: wrap; gap: 1rem; }
  .figures div { border: 1px solid #c5ccd4; border-radius: 0.375em; padding: 0.5rem 1rem; }
  .figures b { display: block; font-size: 1.6em; }
  .bar { display: inline-block; block-size: 0.8em; background: #0b5394; min-inline-size: 1px; }
  small, .meta { color: #4f5a66; }
</style>
</head>
<body>
<header>
  <p class="meta">${name(review.path[0]?.name ?? review.unit.name)}</p>
  <h1>साप्ताहिक समीक्षा / Weekly pendency review: ${name(review.unit.name)}</h1>
  <p class="meta">अवधि / Period: ${first?.from ?? ''} – ${last?.to ?? ''} · तैयार / Generated: ${escape(review.asOf)}</p>
</header>
<div class="figures">
  <div>लंबित / Pending <b>${n(pending(review.totals))}</b> ${change} पिछले सप्ताह से / since last week</div>
  <div>नियत तिथि बीती / Overdue <b>${n(review.totals.overdue)}</b></div>
  <div>30 दिन से अधिक / Over 30 days <b>${n(bucket(review.totals, 'over30Days'))}</b></div>
  <div>इलेक्ट्रॉनिक अंश / Electronic share <b>${share(review.totals)}</b></div>
</div>
<table>
  <caption>अवधि के अनुसार लंबित नस्तियाँ और आवतियाँ / Pending files and receipts by age</caption>
  <thead><tr><th scope="col">नाम / Name</th><th scope="col">लंबित / Pending</th>${BUCKETS.map(([, label]) => `<th scope="col">${label}</th>`).join('')}
  <th scope="col">नियत तिथि बीती / Overdue</th><th scope="col">इलेक्ट्रॉनिक / Electronic</th><th scope="col">सबसे पुराना (दिन) / Oldest (days)</th></tr></thead>
  <tbody>
${rows}
  </tbody>
  <tfoot><tr><th scope="row">योग / Total</th><td>${n(pending(review.totals))}</td>${BUCKETS.map(([key]) => `<td>${n(bucket(review.totals, key))}</td>`).join('')}
  <td>${n(review.totals.overdue)}</td><td>${share(review.totals)}</td><td>${review.totals.oldestDays ?? '—'}</td></tr></tfoot>
</table>
<table>
  <caption>प्रवृत्ति / Trend</caption>
  <thead><tr><th scope="col">अवधि / Period</th><th scope="col">खोली / डायरी की गई — Created</th><th scope="col">प्राप्त / Received</th><th scope="col">निराकृत / Disposed</th><th scope="col">लंबित / Pending</th></tr></thead>
  <tbody>
${trend}
  </tbody>
</table>
<h2>नियत तिथि बीते सबसे पुराने प्रकरण / Oldest overdue items</h2>
<ol>
${items || '<li>कोई नहीं / None</li>'}
</ol>
</body>
</html>
`;
}

try {
  const review = await client.reports.review({
    ...(env.REVIEW_UNIT ? { unitId: env.REVIEW_UNIT } : {}),
    period: 'week',
    periods: 8,
  });
  const overdue = (
    await client.reports.pendingItemsPage({ unitId: review.unit.id, overdue: true, limit: 20 })
  ).items;
  const day = review.asOf.slice(0, 10);
  const base = join(out, `weekly-review-${review.unit.code.replace(/[^\p{L}\p{N}._-]+/gu, '_')}-${day}`);
  await mkdir(out, { recursive: true });
  await writeFile(`${base}.csv`, BOM + reviewToCsv(review, lang));
  await writeFile(`${base}.html`, summaryHtml(review, overdue));
  console.log(`${base}.csv`);
  console.log(`${base}.html`);
  console.log(
    `${review.unit.name[lang]}: ${pending(review.totals)} pending (${review.change.difference >= 0 ? '+' : ''}${review.change.difference} since last week), ${review.totals.overdue} overdue`,
  );
} catch (error) {
  console.error(`weekly review failed: ${error.code ?? error.name}: ${error.message}`);
  process.exitCode = 1;
}
