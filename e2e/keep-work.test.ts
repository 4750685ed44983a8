/**
 * Forms that never lose work, in a real browser (Debian's Chromium through playwright-core): on
 * the secretariat's pages with more than one submit button (the item editor, the agenda builder),
 * distinctive text is typed into every free-text field and each button is pressed in turn (a
 * confirmation page is left with "Fortryd"); every typed text is then either saved (in the page's
 * fields after a reload) or still in its field — never silently dropped. The unsaved-changes
 * warning asks before a link leaves typed text behind, and not on the form's own submit.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../src/use-cases/meetings/create-meeting.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, sessionFor } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { makeDataDir } from '../test/helpers/secretariat.js';
import { BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

/** The free-text fields of the page's keep-work form (dates, times and choices keep their values). */
const TEXT_FIELDS = 'form.keep-work textarea[name], form.keep-work input[name][type=text]';
/** Fields with a format of their own: typing prose there is refused with a reason, not lost. */
const SKIPPED = new Set(['heldOn', 'startTime', 'endTime', 'timeSlot']);
/** The form's buttons one can press (the builder's hidden default button for Enter is not one). */
const BUTTONS = 'form.keep-work button[type=submit]:visible';

/** Every named field's value in the page, by name (a reload's saved values or the kept ones). */
const fieldValues = (page: Page) =>
  page.$$eval('form [name]', (fields) =>
    fields.map((field) => (field as HTMLInputElement | HTMLTextAreaElement).value).join('\n'),
  );

describe.skipIf(!hasChromium)('forms that keep work in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let world: AccountsWorld;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  let meetingId: number;
  let itemId: number;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = makeDataDir();
    world = await openAccountsWorld(TEST_DATABASES[0], { cache: false, dataDir });
    const db = world.handle.db;
    const meeting = await createMeeting({
      db,
      bodyId: world.thisBody.id,
      heldOn: '2027-06-08',
      startTime: '14:00',
      endTime: null,
      location: 'Mødelokale 2',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    meetingId = meeting.meetingId;
    for (const title of ['Udbud af rengøring', 'Ny sundhedsaftale']) {
      const item = await addAgendaItem({ db, meetingId, template: 'case', title, actor: COMMAND_LINE_ACTOR });
      if (!item.ok) throw new Error(item.reason);
      itemId ??= item.itemId;
    }
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
    const { jar } = await sessionFor(world.handle, world.userIds['secretariat of this body']);
    context = await browser.newContext();
    await context.addCookies(
      [...jar.cookies].map(([name, value]) => ({ name, value, url: base, httpOnly: true, sameSite: 'Lax' as const })),
    );
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await world?.handle.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, BROWSER_TIMEOUT);

  /** Types "<tag> <field>" into every free-text field; returns the texts typed. */
  async function typeEverywhere(page: Page, tag: string): Promise<string[]> {
    const typed: string[] = [];
    for (const field of await page.locator(TEXT_FIELDS).all()) {
      const name = (await field.getAttribute('name')) ?? '';
      if (SKIPPED.has(name) || !(await field.isVisible())) continue;
      const text = `${tag} ${name}`;
      await field.fill(text);
      typed.push(text);
    }
    return typed;
  }

  /**
   * Each submit button of the page's keep-work form in turn, on a fresh page with text typed in
   * every field: afterwards each text is in the page's fields as it came back, or saved.
   */
  async function everyButtonKeepsWork(path: string) {
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    const buttons = await page.locator(BUTTONS).count();
    expect(buttons, path).toBeGreaterThan(1);
    const lost: string[] = [];
    for (let index = 0; index < buttons; index++) {
      await page.goto(`${base}${path}`);
      const button = page.locator(BUTTONS).nth(index);
      const label = ((await button.textContent()) ?? '').trim();
      const typed = await typeEverywhere(page, `K${index}`);
      expect(typed.length, path).toBeGreaterThan(0);
      await clickAndLoad(page, button);
      const confirmed = ((await page.locator('main').textContent()) ?? '').includes('Er du sikker?');
      if (confirmed) {
        await clickAndLoad(page, page.locator('main a', { hasText: 'Fortryd' }));
      }
      const shown = await fieldValues(page);
      await page.goto(`${base}${path}`);
      // Saved: in a field of the page, or in its text (a new item's title is the item).
      const saved = `${await fieldValues(page)}\n${(await page.locator('main').textContent()) ?? ''}`;
      for (const text of typed) {
        if (!shown.includes(text) && !saved.includes(text)) lost.push(`${label}: ${text}`);
      }
    }
    await page.close();
    return lost;
  }

  it('keeps what was typed in the item editor whichever button is pressed', async () => {
    expect(await everyButtonKeepsWork(`/sekretariat/punkt/${itemId}`)).toEqual([]);
  });

  it('keeps what was typed in the agenda builder whichever button is pressed', async () => {
    expect(await everyButtonKeepsWork(`/sekretariat/moede/${meetingId}`)).toEqual([]);
  });

  it('warns before a link leaves unsaved changes, and not on the form’s own submit', async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.type());
      await dialog.dismiss();
    });
    const editor = `${base}/sekretariat/punkt/${itemId}`;
    const leave = page.locator('main a[href^="/sekretariat/moede/"]').first();

    // No change: the link leaves without a question.
    await page.goto(editor);
    await clickAndLoad(page, leave);
    expect(dialogs).toEqual([]);

    // A change: the browser asks; staying keeps the text in its field.
    await page.goto(editor);
    await page.locator('#title').click();
    await page.locator('#title').fill('Ændret, ikke gemt');
    await leave.click();
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.url()).toBe(editor);
    expect(await page.locator('#title').inputValue()).toBe('Ændret, ikke gemt');

    // The form's own save: no question, and the text is saved.
    await clickAndLoad(page, page.locator(BUTTONS).first());
    expect(dialogs).toEqual(['beforeunload']);
    await page.goto(editor);
    expect(await page.locator('#title').inputValue()).toBe('Ændret, ikke gemt');
    await page.close();
  });
});
