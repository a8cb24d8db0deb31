import { type Page } from '@playwright/test';
import { expect, test } from './strict-csp.js';
import { createClient } from '@eoffice/sdk';
import { startSandbox, type RunningSandbox } from '@eoffice/sandbox';
import { PROBLEM_MESSAGES } from '../packages/sandbox/src/problem-messages.js';

// The README's portal tour, in its order, once in Hindi and once in English, each on a sandbox of its
// own seeded afresh (the tour sends the seed's one file of the under secretary away). The under
// secretary signs in on the notesheet page, writes a note on the file the seed leaves with him,
// confirms it and sends the file on, keeping its priority; the deputy secretary, signed in on the home
// page in another browser, sees it arrive without reloading; on the signing page he signs his note and
// sees it verified; a citizen tracks the file on the home page; Storybook opens in the same language.
// The language chosen on the first page stays on every other. In Hindi no English server message
// (the sandbox's problem titles and details) may show or be announced anywhere on the way.
const seededFile = 'A-43020/12/2026-Estt.';
const password = 'Demo@1234';

const words = {
  hi: {
    name: 'Hindi',
    otherLanguage: 'English',
    rajesh: 'राजेश',
    meenakshi: 'मीनाक्षी',
    confirmAndSend: 'पुष्टि करें और भेजें',
    sendFile: 'नस्ती भेजें',
    sendTo: 'प्रेषिती',
    send: 'भेजें',
    sign: 'हस्ताक्षर करें',
    note: 'टिप्पणी',
    verified: 'हस्ताक्षर सत्यापित',
    number: /नस्ती या आवती/,
    trackingCode: 'अनुवर्तन कोड',
    track: 'स्थिति देखें',
    mostImmediate: 'अति तत्काल',
  },
  en: {
    name: 'English',
    otherLanguage: 'हिन्दी',
    rajesh: 'Rajesh',
    meenakshi: 'Meenakshi',
    confirmAndSend: 'Confirm and send',
    sendFile: 'Send file',
    sendTo: 'Send to',
    send: 'Send',
    sign: 'Sign',
    note: 'Note',
    verified: 'Signature verified',
    number: 'File or receipt number',
    trackingCode: 'Tracking code',
    track: 'Track',
    mostImmediate: 'Most immediate',
  },
} as const;

/** The sandbox's English problem messages: none may reach a Hindi page. */
const englishServerMessages = [
  ...new Set(Object.values(PROBLEM_MESSAGES).flatMap(({ en }) => [en.title, en.detail])),
];

function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

/** The titles of the problem+json answers the page receives (the server's own words). */
function collectProblemTitles(page: Page, titles: Promise<string>[]): void {
  page.on('response', (response) => {
    if (!(response.headers()['content-type'] ?? '').includes('problem+json')) return;
    titles.push(
      response
        .json()
        .then((body: { title?: string }) => body.title ?? '')
        .catch(() => ''),
    );
  });
}

/**
 * The page's rendered text, the open shadow roots of its components included, with what their live
 * regions say (visually hidden, yet read out).
 */
function renderedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot): void => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Element) {
          if (node.shadowRoot) walk(node.shadowRoot);
          continue;
        }
        const text = node.textContent?.trim();
        const parent = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
        if (text && parent?.checkVisibility()) out.push(text);
      }
    };
    walk(document);
    return out.join('\n');
  });
}

async function expectNoEnglishServerMessage(page: Page, where: string, shownInShadow: string): Promise<void> {
  const text = await renderedText(page);
  // The walk reaches into the components: a string only drawn inside a shadow root is there.
  expect(text, `${where}: the scan sees the components' own text`).toContain(shownInShadow);
  const english = englishServerMessages.filter((message) => text.includes(message));
  expect(english, `${where}: English server messages on a Hindi page`).toEqual([]);
}

for (const language of ['hi', 'en'] as const) {
  const w = words[language];

  test.describe(`the README tour in ${w.name}`, () => {
    let sandbox: RunningSandbox;
    test.beforeAll(async () => {
      sandbox = await startSandbox({ seed: true });
    });
    test.afterAll(async () => {
      await sandbox.close();
    });

    test(`in ${w.name}: sign in, write a note, send it keeping its priority, see it arrive, sign it, track it, open Storybook`, async ({
      page,
      browser,
      baseURL,
    }, testInfo) => {
      test.setTimeout(180_000);
      // Each step's page in the test report, after the web fonts have loaded.
      const attach = async (shown: Page, title: string): Promise<void> => {
        await shown.evaluate(() => document.fonts.ready);
        await testInfo.attach(title, {
          body: await shown.screenshot({ fullPage: true }),
          contentType: 'image/png',
        });
      };
      const api = `?api=${encodeURIComponent(sandbox.url)}`;
      const errors: string[] = [];
      const problemTitles: Promise<string>[] = [];
      collectErrors(page, errors);
      collectProblemTitles(page, problemTitles);
      const officer = (username: string) =>
        createClient({ baseUrl: sandbox.url, auth: { username, password } });
      const rajesh = officer('rajesh.tiwari');
      const [seeded] = await rajesh.files.list({ folder: 'inbox', q: seededFile }).toArray({ limit: 1 });
      expect(seeded?.number, 'the fresh seed leaves the file with him').toBe(seededFile);
      const file = await rajesh.files.get(seeded?.id ?? '');
      expect(file.priority).toBe('immediate');

      // The deputy secretary, in a browser of her own, on the home page in the same language.
      const hers = await browser.newContext({ baseURL });
      // Her pages answer to the same strict policy as his (the fixture watches his context only).
      const herViolations: string[] = [];
      await hers.exposeBinding('__eoReportCspViolation', (_source, violation: string) => {
        herViolations.push(violation);
      });
      await hers.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __eoReportCspViolation(text: string): void })
            .__eoReportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
        });
      });
      await hers.addInitScript((lang) => localStorage.setItem('labour-portal.language', lang), language);
      const recipient = await hers.newPage();
      collectErrors(recipient, errors);
      collectProblemTitles(recipient, problemTitles);
      await recipient.goto(`/${api}`);
      await expect(recipient.locator('html')).toHaveAttribute('lang', language);
      await recipient.locator('#login input[name="username"]').fill('meenakshi.dubey');
      await recipient.locator('#login button[type="submit"]').click();
      await expect(recipient.locator('#welcome')).toContainText(w.meenakshi);
      await expect(recipient.locator('#login'), 'the sign-in form goes').toBeHidden();
      // Her list (whatever draws it), found by its text: the file is not there yet.
      const herList = recipient.locator('#desk');
      await expect(herList.getByText(seededFile)).toHaveCount(0);
      await recipient.evaluate(() => Object.assign(window, { tourNotReloaded: true }));

      // He opens the home page and chooses the language (Hindi is the portal's own).
      await page.goto(`/${api}`);
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);

      // The notesheet page, from the home page's link: the language stays.
      await page.locator('#notesheet-link').click();
      await expect(page).toHaveURL(/notesheet\.html/);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.locator('#language')).toHaveText(w.otherLanguage);
      await page.locator('#login button[type="submit"]').click();
      await expect(page.locator('#welcome')).toContainText(w.rajesh);
      await expect(page.locator('#login'), 'the sign-in form goes').toBeHidden();
      await page.locator('#files').getByRole('button', { name: seededFile }).click();

      const notesheet = page.locator('#notesheet');
      await notesheet.locator('[contenteditable="true"]').click();
      const text = 'प्रस्ताव नियमानुसार है। उप सचिव महोदय के अवलोकनार्थ प्रस्तुत।';
      await page.keyboard.insertText(text);
      await notesheet.getByRole('button', { name: w.confirmAndSend }).click();
      const dialog = page.getByRole('dialog', { name: w.sendFile });
      // The dialog proposes the file's own priority ("immediate"), not "normal".
      await expect(dialog.locator('input[name="priority"]:checked')).toHaveValue('immediate');
      await dialog.getByRole('combobox', { name: w.sendTo }).fill('DS-LAB');
      await dialog.getByRole('option', { name: /DS-LAB/ }).click();
      if (language === 'hi') await expectNoEnglishServerMessage(page, 'notesheet page', w.sendFile);
      await attach(page, `notesheet page, sending (${w.name})`);
      await dialog.getByRole('button', { name: w.send, exact: true }).click();
      await expect(page.locator('#sent-status')).toContainText('DS-LAB');

      // It arrives in her list, in her open page, without a reload.
      await expect(herList.getByText(seededFile).first()).toBeVisible({ timeout: 20_000 });
      expect(await recipient.evaluate(() => 'tourNotReloaded' in window), 'her page was not reloaded').toBe(
        true,
      );
      if (language === 'hi') await expectNoEnglishServerMessage(recipient, 'her home page', w.track);
      await attach(recipient, `home page of the recipient, the file arrived (${w.name})`);

      // The send kept the file's priority.
      const movements = await rajesh.files.movements(file.id).toArray({ limit: 100 });
      const sent = movements.filter((m) => m.action === 'send' && m.kind === 'main').at(-1);
      expect(sent?.to?.markingAbbreviation).toBe('DS-LAB');
      expect(sent?.priority, 'the send kept the file priority').toBe('immediate');
      const notes = await rajesh.notes.list(file.id).toArray({ limit: 100 });
      const mine = notes.find(
        (n) => n.status === 'green' && n.paragraphs.some((p) => p.html.includes('अवलोकनार्थ')),
      );
      expect(mine, 'his confirmed note').toBeDefined();

      // The signing page: the language stays; he signs the note he wrote and sees it verified.
      await page.goto(`/sign.html${api}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.locator('#login button[type="submit"]').click();
      await expect(page.locator('#login'), 'the sign-in form goes').toBeHidden();
      await page
        .locator('#notes')
        .getByRole('button', { name: `${w.sign}: ${w.note} ${mine?.sequence}, ${seededFile}` })
        .click();
      const widget = page.locator('#signer');
      await widget.getByRole('button', { name: w.sign, exact: true }).click();
      await expect(widget.getByRole('heading', { name: w.verified })).toBeVisible({ timeout: 30_000 });
      expect((await rajesh.notes.get(mine?.id ?? '')).signatureId).toMatch(/^sig_/);
      if (language === 'hi') await expectNoEnglishServerMessage(page, 'signing page', w.verified);
      await attach(page, `signing page, verified (${w.name})`);

      // A citizen tracks the file on the home page with its number and tracking code.
      await page.goto(`/${api}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const tracker = page.locator('#public-tracker');
      await tracker.getByLabel(w.number).fill(seededFile);
      await tracker.getByLabel(w.trackingCode).fill(file.trackingCode ?? '');
      await tracker.getByRole('button', { name: w.track }).click();
      await expect(tracker).toContainText(seededFile);
      // Status only: no officer's name.
      await expect(tracker).not.toContainText(w.rajesh);
      if (language === 'hi') await expectNoEnglishServerMessage(page, 'public tracking', w.track);
      await attach(page, `home page, public tracking (${w.name})`);

      expect(errors, 'errors on the portal pages').toEqual([]);
      const titles = await Promise.all(problemTitles);
      if (language === 'hi') {
        const english = titles.filter((title) => englishServerMessages.includes(title));
        expect(english, 'problem answers in English to a Hindi page').toEqual([]);
      }
      expect(herViolations, 'Content-Security-Policy violations in her browser').toEqual([]);
      await hers.close();

      // Storybook, where the README points designers, in the tour's language.
      const storybookErrors: string[] = [];
      page.on('pageerror', (error) => storybookErrors.push(error.message));
      await page.goto(
        `/storybook/?path=/story/components-priority-badge--most-immediate&globals=locale:${language}`,
      );
      const preview = page.frameLocator('#storybook-preview-iframe');
      // The preview loads every story's code first: on a busy machine that takes a while.
      await expect(preview.locator('eo-priority-badge')).toHaveText(w.mostImmediate, { timeout: 30_000 });
      await expect(preview.locator('html')).toHaveAttribute('lang', language);
      expect(storybookErrors).toEqual([]);
    });
  });
}
