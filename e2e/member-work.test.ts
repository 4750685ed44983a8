/**
 * The members' daily work in a real browser (Debian's Chromium), one journey: the secretariat
 * sends the draft minutes from the meeting's page; a member (at 390 px) finds them from /mig,
 * comments on one item and approves; the secretariat sees the approval and the comment beside the
 * item's text; the member requests an item on a coming meeting and is told which meeting it is
 * for. Every page axe clean, none wider than the screen, all without JavaScript of our own.
 * Reading on the go: the member selects a passage of a coming meeting's item, presses "Fremhæv"
 * (highlight.js filled the form from the selection) and sees it marked; the next-meeting page at
 * 390 px.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/domain/danish-dates.js';
import { copenhagenDate } from '../src/domain/meeting.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { addAgendaItem } from '../src/use-cases/meetings/add-agenda-item.js';
import { createMeeting } from '../src/use-cases/meetings/create-meeting.js';
import { publishAgenda } from '../src/use-cases/meetings/publish-agenda.js';
import { updateAgendaItem } from '../src/use-cases/meetings/update-agenda-item.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, PASSWORD, ROLE_EMAILS } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const COMMENT = 'Skriv aftalens fulde navn i beslutningen.';
const PASSAGE = 'ventetiden på genoptræning skal ned';

describe.skipIf(!hasChromium)('members’ daily work in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let world: AccountsWorld;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let meetingId: number;
  let readingMeetingId: number; // Reading on the go: a coming meeting with a published agenda

  beforeAll(async () => {
    world = await openAccountsWorld(TEST_DATABASES[0]);
    const db = world.handle.db;
    const actor = COMMAND_LINE_ACTOR;
    const today = copenhagenDate(new Date());
    const meeting = async (heldOn: string) => {
      const made = await createMeeting({
        db,
        bodyId: world.thisBody.id,
        heldOn,
        startTime: '16:00',
        endTime: null,
        location: 'Rådhuset',
        kind: 'ordinary',
        actor,
      });
      if (!made.ok) throw new Error(made.reason);
      return made.meetingId;
    };
    meetingId = await meeting(addDays(today, -1));
    for (const title of ['Sundhedsaftale', 'Genoptræning'])
      await addAgendaItem({ db, meetingId, template: 'case', title, actor });
    await meeting(addDays(today, 60));
    readingMeetingId = await meeting(addDays(today, 90));
    const added = await addAgendaItem({
      db,
      meetingId: readingMeetingId,
      template: 'case',
      title: 'Ventetider',
      actor,
    });
    if (!added.ok) throw new Error(added.reason);
    await updateAgendaItem({
      db,
      itemId: added.itemId,
      revision: 1,
      title: 'Ventetider',
      timeSlot: null,
      caseNumber: null,
      isClosed: false,
      sections: [{ kind: 'case', heading: 'Sagsfremstilling', text: `Rådet er enigt om, at ${PASSAGE} i 2027.` }],
      actor,
    });
    const published = await publishAgenda({ db, meetingId: readingMeetingId, actor });
    if (!published.ok) throw new Error(published.reason);
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.handle.close();
  });

  async function signedIn(email: string, width: number): Promise<Page> {
    const page = await browser.newPage({ bypassCSP: true, viewport: { width, height: 900 } });
    await page.goto(`${base}/log-ind`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await clickAndLoad(page, 'main button[type="submit"]');
    return page;
  }

  async function checked(page: Page, width: number) {
    expect(await axeViolations(page), page.url()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(width);
  }

  it('sends, comments and approves, shows it to the secretariat, and takes a request', async () => {
    const secretariat = await signedIn(ROLE_EMAILS['secretariat of this body'], 1280);
    await secretariat.goto(`${base}/sekretariat/moede/${meetingId}`);
    await clickAndLoad(secretariat, secretariat.getByRole('link', { name: 'Godkendelse af referat' }));
    await checked(secretariat, 1280);
    await clickAndLoad(secretariat, secretariat.getByRole('button', { name: 'Send udkastet til godkendelse' }));
    expect(await secretariat.textContent('main')).toContain('Udsendelse 1 er sendt til medlemmerne.');

    const member = await signedIn(ROLE_EMAILS['member of this body'], 390);
    await member.goto(`${base}/mig`);
    await clickAndLoad(member, member.getByRole('link', { name: 'Referater til godkendelse' }));
    await checked(member, 390);
    await clickAndLoad(member, member.locator('main table a').first());
    await checked(member, 390);
    await member.fill('#comment-1', COMMENT);
    await member.check('#approve');
    await clickAndLoad(member, member.getByRole('button', { name: 'Send svar' }));
    expect(await member.textContent('main')).toContain('Dit svar er modtaget.');
    expect(await member.textContent('main')).toContain(COMMENT);

    await secretariat.reload();
    const overview = (await secretariat.textContent('main')) ?? '';
    expect(overview).toMatch(/Godkendt \d/);
    expect(await secretariat.locator('#item-1').locator('xpath=..').textContent()).toContain(COMMENT);
    await checked(secretariat, 1280);

    await member.goto(`${base}/mig`);
    await clickAndLoad(member, member.getByRole('link', { name: 'Anmod om et punkt på dagsordenen' }));
    await clickAndLoad(member, member.getByRole('link', { name: 'Anmod om et punkt' }));
    await checked(member, 390);
    await member.fill('#title', 'Ventetider på genoptræning');
    await member.fill('#reason', 'Ventetiderne er steget, og rådet bør drøfte hvorfor.');
    await clickAndLoad(member, member.getByRole('button', { name: 'Send anmodningen' }));
    const confirmation = (await member.textContent('main')) ?? '';
    expect(confirmation).toContain('Din anmodning er modtaget.');
    expect(confirmation).toContain('Punktet er anmodet optaget på mødet');
    await checked(member, 390);
  });

  it('highlights a selected passage for the member, and shows the next meeting at 390 px', async () => {
    const member = await signedIn(ROLE_EMAILS['member of this body'], 390);
    await member.goto(`${base}/moede/${readingMeetingId}`);
    // Select the passage as a reader would; highlight.js puts it in the item's form and opens it.
    await member.evaluate((passage) => {
      const paragraph = Array.from(document.querySelectorAll('.item-content p')).find((p) =>
        p.textContent?.includes(passage),
      );
      const text = paragraph?.firstChild;
      if (!paragraph || !text) throw new Error('no paragraph with the passage');
      const start = (text.textContent ?? '').indexOf(passage);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + passage.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, PASSAGE);
    await member.locator('details.highlight-form[open] textarea').waitFor();
    expect(await member.locator('details.highlight-form textarea').inputValue()).toBe(PASSAGE);
    await clickAndLoad(member, member.getByRole('button', { name: 'Fremhæv', exact: true }));
    expect(await member.locator('mark.member-highlight').textContent()).toBe(PASSAGE);
    await checked(member, 390);

    await member.goto(`${base}/mig/naeste-moede`);
    expect(await member.textContent('main')).toContain('Punkt 1: Ventetider');
    await checked(member, 390);
  });
});
