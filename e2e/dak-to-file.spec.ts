import { type Page } from '@playwright/test';
import { expect, recordCspViolations, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { sandboxUrl } from '../playwright.config.js';

// The whole path of a letter through the portal (issue #18), in two browsers at once: the receipt clerk
// (priya.singh) diarises it with its scanned PDF and sends it to the section officer; the section
// officer (sunita.verma), already at her desk, sees it arrive in her inbox without a reload, opens it
// and puts it in one of her files. Component internals are found by id and part, not by their text, so
// the same steps run in Hindi and in English; the portal's own lines are checked in each language.
const api = `?api=${encodeURIComponent(sandboxUrl)}`;
const officer = (username: string) =>
  createClient({ baseUrl: sandboxUrl, auth: { username, password: 'Demo@1234' } });

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A one-page PDF, as a scanner would save it (smaller). */
function scannedLetter(): Buffer {
  return Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R',
      '/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >> endobj',
      '4 0 obj << /Length 53 >> stream',
      'BT /F1 18 Tf 72 760 Td (Minimum wages revision) Tj ET',
      'endstream endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n'),
    'latin1',
  );
}

const words = {
  hi: {
    welcomeSunita: 'सुनीता वर्मा',
    welcomePriya: 'प्रिया सिंह',
    sentTo: 'को भेजी गई',
    receipt: 'आवती',
    refused: 'आवती नस्ती में नहीं रखी जा सकी',
    putIn: (file: string) => `नस्ती ${file} में पत्राचार C/1 के रूप में रखी गई`,
  },
  en: {
    welcomeSunita: 'Sunita Verma',
    welcomePriya: 'Priya Singh',
    sentTo: 'sent to',
    receipt: 'Receipt',
    refused: 'The receipt could not be put in the file',
    putIn: (file: string) => `put in file ${file} as correspondence C/1`,
  },
} as const;

async function chooseLanguage(page: Page, language: 'hi' | 'en'): Promise<void> {
  // The page's own script wires the language switch once it has loaded; Hindi is the default.
  await page.waitForLoadState('load');
  if (language === 'en') await page.locator('button#language').click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of ['hi', 'en'] as const) {
  const say = words[language];

  test(`a letter diarised by the clerk reaches the section officer live and she puts it in a file (${language})`, async ({
    page,
    browser,
  }) => {
    // Two browsers, a diarising, an upload and a live arrival: more than one page's default time.
    test.setTimeout(90_000);
    const sunita = officer('sunita.verma');
    const stamp = Date.now();

    // The section officer signs in on the home page: her inbox, following the event stream.
    const errors = collectErrors(page);
    await page.goto(`/${api}`);
    await chooseLanguage(page, language);
    await page.locator('#login button[type="submit"]').click();
    await expect(page.locator('#welcome')).toContainText(say.welcomeSunita);
    const inbox = page.locator('#inbox');
    await expect(inbox.locator('[role="grid"]')).toBeVisible();
    await expect(inbox.locator('.live')).toBeVisible();
    // Two electronic files with her: one she will send on meanwhile (refused), one to put the letter in.
    const create = (suffix: string) =>
      sunita.files.create({
        numbering: { scheme: 'non_sfs', fileNumber: `ESTT/DAK/${stamp}/${suffix}` },
        nature: 'electronic',
        subject: 'न्यूनतम वेतन की दरों का पुनरीक्षण',
      });
    const goneFile = await create('A');
    const file = await create('B');
    // From here on the page must not be reloaded or left: a mark on its window would not survive it.
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });

    // The receipt clerk, in a browser of her own, diarises the letter with its PDF and sends it.
    const clerkContext = await browser.newContext();
    const clerkCsp = await recordCspViolations(clerkContext);
    const clerk = await clerkContext.newPage();
    const clerkErrors = collectErrors(clerk);
    await clerk.goto(`/receipt.html${api}`);
    await chooseLanguage(clerk, language);
    await clerk.locator('#login button[type="submit"]').click();
    await expect(clerk.locator('#welcome')).toContainText(say.welcomePriya);
    const form = clerk.locator('#receipt-form');
    const subject = `न्यूनतम वेतन की दरों के पुनरीक्षण हेतु श्रमिक संघ का ज्ञापन ${stamp}`;
    await form.locator('#subject').fill(subject);
    await form.locator('#senderName').fill('अध्यक्ष, भारतीय मज़दूर संघ');
    await form.locator('#senderOrganisation').fill('भारतीय मज़दूर संघ, भोपाल');
    await form.locator('#letterNumber').fill(`BMS/2026/${stamp % 1000}`);
    await form.locator('#deliveryMode').selectOption('registered_post');
    await form.locator('#scan').setInputFiles({
      name: 'bms-memorandum.pdf',
      mimeType: 'application/pdf',
      buffer: scannedLetter(),
    });
    await expect(form.locator('[part~="scan"]')).toContainText('bms-memorandum.pdf');
    await form.locator('[part~="diarise-send-button"]').click();
    const number = form.locator('[part="diary-number"]');
    await expect(number).toHaveText(/^\d+\/\d{4}\/\S+$/);
    const diaryNumber = (await number.textContent())?.trim() ?? '';

    const dialog = clerk.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.locator('#to-input').fill('SO(ESTT)');
    await dialog.locator('[role="option"]', { hasText: 'SO(ESTT)-LAB' }).click();
    await dialog.locator('#remarks').fill('कृपया संबंधित नस्ती में रखें');
    await dialog.locator('[part~="send-button"]').click();
    await expect(dialog).toBeHidden();
    await expect(clerk.locator('#diarised-status')).toContainText(say.sentTo);

    // It arrives in her inbox as she watches, not yet opened, and is announced; the page was not reloaded.
    const row = inbox.locator('[role="row"]', { hasText: diaryNumber });
    await expect(row).toBeVisible({ timeout: 15_000 });
    await expect(row).toHaveClass(/unread/);
    await expect(row.locator('span.subject')).toHaveText(subject);
    await expect(inbox.locator('[part="announcer"]')).toContainText(diaryNumber);
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

    // She opens it: its heading, route and the put-in-file form listing the electronic files she holds.
    await row.locator('span.subject').click();
    await expect(page.locator('#item-heading')).toHaveText(`${say.receipt} ${diaryNumber}`);
    await expect(page.locator('#tracker [part~="step"]')).not.toHaveCount(0);
    const steps = await page.locator('#tracker [part~="step"]').count();
    const putInFile = page.locator('#put-in-file');
    await expect(putInFile).toBeVisible();
    const choice = putInFile.locator('#put-in-file-file');
    await expect(choice.locator(`option[value="${goneFile.id}"]`)).toHaveText(new RegExp(goneFile.number));
    await expect(choice.locator(`option[value="${file.id}"]`)).toHaveText(new RegExp(file.number));

    // The first file goes on to the Under Secretary before she submits: refused, with the server's reason
    // shown in her language, and the form kept to choose another.
    const [us] = await sunita.directory.searchRecipients({ q: 'US(ESTT)' }).toArray({ limit: 1 });
    await sunita.files.send(goneFile.id, { to: us?.post.id ?? '' });
    await choice.selectOption(goneFile.id);
    await putInFile.locator('button[type="submit"]').click();
    await expect(page.locator('#put-in-file-error')).toContainText(say.refused);
    await expect(putInFile).toBeVisible();

    await choice.selectOption(file.id);
    await putInFile.locator('#put-in-file-remarks').fill('संबंधित नस्ती में रखा गया');
    await putInFile.locator('button[type="submit"]').click();
    await expect(page.locator('#put-in-file-status')).toContainText(say.putIn(file.number));
    await expect(page.locator('#put-in-file-status')).toContainText(diaryNumber);
    await expect(putInFile).toBeHidden();
    // Its route now ends in the file: one step more.
    await expect(page.locator('#tracker [part~="step"]')).toHaveCount(steps + 1);
    // The line follows a switch of language, like the rest of the page.
    await page.locator('button#language').click();
    await expect(page.locator('#put-in-file-status')).toContainText(
      words[language === 'hi' ? 'en' : 'hi'].putIn(file.number),
    );
    expect(navigations).toBe(0);

    // The server agrees: the receipt is the file's first correspondence, with the PDF as uploaded.
    const correspondence = await sunita.files.correspondence(file.id).toArray({ limit: 10 });
    const paper = correspondence.find((item) => item.receipt?.number === diaryNumber);
    expect(paper?.label).toBe('C/1');
    const receipt = await sunita.receipts.get(paper?.receipt?.id ?? '');
    expect(receipt.status).toBe('put_in_file');
    expect(receipt.file?.id).toBe(file.id);
    expect(receipt.correspondenceLabel).toBe('C/1');
    expect(receipt.subject).toBe(subject);
    const pdf = await sunita.attachments.download(receipt.attachments[0]?.id ?? '');
    expect(Buffer.from(await pdf.arrayBuffer()).equals(scannedLetter())).toBe(true);
    // Nothing went into the file that was sent on.
    expect(await sunita.files.correspondence(goneFile.id).toArray({ limit: 10 })).toEqual([]);

    await clerkContext.close();
    expect(clerkCsp, 'Content-Security-Policy violations on the clerk page').toEqual([]);
    expect(clerkErrors).toEqual([]);
    // The refusal's 403 is the browser's only complaint on her page.
    expect(errors.filter((error) => !/status of 403/.test(error))).toEqual([]);
  });
}
