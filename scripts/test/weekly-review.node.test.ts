// examples/integrator-node/weekly-review.mjs as cron runs it, against the seeded sandbox: the reports-only
// service client logs in, and the CSV (BOM, formula-safe) and the self-contained HTML summary hold the
// review the API gives; a wrong secret exits 1 with the problem's code.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { freshDatabase, type TestDatabase } from '../../packages/sandbox/test/database.js';
import { createClient } from '@eoffice/sdk';

const run = promisify(execFile);
let sandbox: RunningSandbox;
let out: string;

let database: TestDatabase | undefined;

before(async () => {
  // SQLite in memory, or a PostgreSQL database of its own in the PostgreSQL pass of test-node.mjs.
  database = await freshDatabase();
  sandbox = await startSandbox({ db: database.location, seed: true, logger: false });
  out = mkdtempSync(join(tmpdir(), 'weekly-review-'));
});
after(async () => {
  await sandbox?.close();
  await database?.drop();
  rmSync(out, { recursive: true, force: true });
});

// The script runs on the workspace's sources, as the other node tests do (no build needed).
const script = (env: Record<string, string>) =>
  run(
    process.execPath,
    ['--conditions=@eoffice/source', '--import', 'tsx', 'examples/integrator-node/weekly-review.mjs'],
    { env: { ...process.env, EOFFICE_API_URL: sandbox.url, REVIEW_OUT: out, ...env } },
  );

describe('weekly review script', () => {
  it('writes the department’s review as CSV and a self-contained HTML summary', async () => {
    const { stdout } = await script({ REVIEW_LANG: 'hi' });
    const [csvPath, htmlPath, line] = stdout.trim().split('\n');
    assert.match(csvPath ?? '', /weekly-review-LAB-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual(
      readdirSync(out).sort(),
      [csvPath, htmlPath].map((p) => p?.slice(out.length + 1)).sort(),
    );

    // What the API gives the same service client.
    const client = createClient({
      baseUrl: sandbox.url,
      auth: {
        clientId: 'cli_weeklyreview',
        clientSecret: 'weekly-review-sandbox-secret',
        scope: 'reports:read',
      },
    });
    const review = await client.reports.review({ period: 'week', periods: 8 });
    const total = review.totals.files.total + review.totals.receipts.total;
    assert.ok(total > 0, 'the seeded department has pending work');
    assert.match(line ?? '', new RegExp(`^श्रम विभाग, मंत्रालय, भोपाल: ${total} pending`));

    const csv = readFileSync(csvPath as string);
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM for Excel');
    const text = csv.toString('utf8').slice(1);
    const field = (name: string) => (/[",;]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name);
    for (const row of review.rows)
      assert.ok(text.includes(`\r\n${field(row.group.name.hi)},`), `a line for ${row.group.name.en}`);
    assert.match(
      text,
      new RegExp(`\\r\\nTotal,,${total},${review.totals.files.total},${review.totals.receipts.total},`),
    );
    assert.equal(
      text.split('\r\n').filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l)).length,
      8,
      'eight weeks of trend',
    );

    const html = readFileSync(htmlPath as string, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|<link|src=/, 'self-contained: no scripts or external resources');
    assert.match(html, /साप्ताहिक समीक्षा \/ Weekly pendency review: श्रम विभाग, मंत्रालय, भोपाल/);
    assert.match(html, /@page \{ size: A4 landscape/);
    const overdue = await client.reports.pendingItemsPage({
      unitId: review.unit.id,
      overdue: true,
      limit: 20,
    });
    assert.ok(overdue.items.length > 0, 'the seed has overdue work');
    for (const item of overdue.items) assert.ok(html.includes(item.item.number), item.item.number);
  });

  it('exits 1 with the problem code when the secret is wrong', async () => {
    await assert.rejects(
      script({ EOFFICE_CLIENT_SECRET: 'wrong-secret-0000000000' }),
      (error: { code: number; stderr: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr, /^weekly review failed: /);
        return true;
      },
    );
  });
});
