/**
 * Processes in a real browser (Debian's Chromium), one journey: a secretariat starts a
 * nærsundhedsplan from the template, schedules its first step on a meeting, is refused the
 * adoption with the missing steps named; a citizen follows the process on its public page — the
 * timeline an image with a title and description, the same in a table — at 390 px without sideways
 * scrolling. Every page passes axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { createMeeting } from '../src/use-cases/meetings/create-meeting.js';
import { createApp } from '../src/web/app.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const PASSWORD = 'et langt og godt kodeord til prøven';
const COUNCIL = 'region-syddanmark--sundhedsraad-soenderjylland';

describe.skipIf(!hasChromium)('processes in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const violations: Record<string, string[]> = {};
  const check = async (name: string, page: Page) => {
    violations[name] = await axeViolations(page);
  };

  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open({ seed: 'reference' });
    const [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [COUNCIL]);
    const user = await createUser({
      db: handle.db,
      email: 'sekretariat@sonderjylland.dk',
      name: 'Sif Sekretær',
      password: PASSWORD,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!user.ok) throw new Error(user.reason);
    await setUserRole({ db: handle.db, userId: user.userId, bodyId, role: 'secretariat', actor: COMMAND_LINE_ACTOR });
    const meeting = await createMeeting({
      db: handle.db,
      bodyId,
      heldOn: '2027-01-18',
      startTime: '16:00',
      endTime: null,
      location: 'Rådhuset',
      kind: 'ordinary',
      actor: COMMAND_LINE_ACTOR,
    });
    if (!meeting.ok) throw new Error(meeting.reason);
    server = await startServer(createApp({ handle, cache: false }), 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await handle?.close();
  });

  it('a secretariat starts from the template and schedules a step; a citizen follows the timeline', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const secretary = await context.newPage();
    await secretary.goto(`${base}/log-ind`);
    await secretary.fill('#email', 'sekretariat@sonderjylland.dk');
    await secretary.fill('#password', PASSWORD);
    await clickAndLoad(secretary, 'main button[type="submit"]');
    await secretary.goto(`${base}/sekretariat/forloeb`);
    await check('secretariat: processes', secretary);
    await clickAndLoad(secretary, 'a:has-text("Start et forløb fra en skabelon")');
    await check('secretariat: templates', secretary);
    await secretary.check('#skabelon-naersundhedsplan');
    await clickAndLoad(secretary, 'button:has-text("Videre")');
    await secretary.selectOption('#owner', { index: 1 });
    await secretary.fill('#startsOn', '1.5.2027');
    await secretary.fill('#role-patients', 'Patient- og pårørendeudvalget i Region Syddanmark');
    await check('secretariat: start form', secretary);
    await clickAndLoad(secretary, 'button:has-text("Start forløbet")');
    expect(secretary.url()).toMatch(/\/sekretariat\/forloeb\/\d+$/);
    await check('secretariat: work page', secretary);

    const first = secretary.locator('section.process-step-work').first();
    await first.locator('summary').click();
    await first.locator('select[name="meeting"]').selectOption({ index: 1 });
    await clickAndLoad(secretary, first.locator('button:has-text("Planlæg trinnet")'));
    expect(await secretary.locator('section.process-step-work').first().textContent()).toContain('Sat på et møde');

    const adoption = secretary.locator('section.process-step-work', { hasText: 'Vedtagelse af nærsundhedsplanen' });
    await adoption.locator('summary').click();
    await clickAndLoad(secretary, adoption.locator('button:has-text("Markér som gennemført")'));
    const summary = await secretary.locator('.alert-error, [role="alert"]').first().textContent();
    expect(summary).toContain(
      '»Høring af udkast«, »Patient- og pårørendeudvalget hørt« og »Rådgivning fra Sundhedsstyrelsen«',
    );
    await check('secretariat: gate refused', secretary);
    const publicHref = await secretary.locator('a:has-text("Se forløbets offentlige side")').getAttribute('href');
    await context.close();

    const citizen = await browser.newPage({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    await citizen.goto(`${base}/forloeb`);
    await check('public: processes', citizen);
    await clickAndLoad(citizen, `a[href="${publicHref}"]`);
    await check('public: process', citizen);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const picture = citizen.locator('svg[role="img"]');
    expect(await picture.locator('#process-timeline-title').textContent()).toBe('Tidslinje for Nærsundhedsplan 2028');
    expect(await picture.locator('#process-timeline-desc').textContent()).toContain('1 sat på et møde');
    expect(await citizen.locator('table.process-steps').textContent()).toContain('Sat på et møde');
    await citizen.close();

    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
