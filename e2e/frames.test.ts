/**
 * Frames and projects in a real browser (Debian's Chromium), with the demo set's frame and its
 * projects: the lists, a frame's page and a project's page (its timeline beside its table) have
 * no axe violations at 390 and 1280 px, no page scrolls sideways at 390 px (the tables scroll in
 * their own regions, which the keyboard reaches), and each picture is an image with a title beside
 * its table. One journey: a secretariat creates a frame (allocated by a key as it is made),
 * registers a project on its part, grants it and starts it, and receives its first status report;
 * a citizen at 390 px sees the frame's picture with the project committed and downloads the CSV.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { createApp } from '../src/web/app.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { openPortal } from '../test/helpers/portal.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const PASSWORD = 'et langt og godt kodeord til rammerne';
const COUNCIL = 'region-syddanmark--sundhedsraad-soenderjylland';

/** Chooses the first option of a select whose text holds `text`. */
async function choose(page: Page, select: string, text: string): Promise<void> {
  const value = await page.locator(`${select} option`, { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`no option »${text}« in ${select}`);
  await page.selectOption(select, value);
}

describe.skipIf(!hasChromium)('frames in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  /** The journey's server: on the real clock (the portal's fixed day would expire the session's cookie at once). */
  let work: RunningServer;
  let workBase: string;
  let frame: string;
  let project: string;

  beforeAll(async () => {
    const portal = await openPortal(TEST_DATABASES[0]);
    handle = portal.handle;
    const [{ id }] = await handle.query<{ id: number }>('select id from frames where is_fictitious');
    frame = `/ramme/${id}`;
    const [{ id: projectId }] = await handle.query<{ id: number }>(
      'select id from projects where is_fictitious and pool_name is not null',
    );
    project = `/projekt/${projectId}`;
    const [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [COUNCIL]);
    const user = await createUser({
      db: handle.db,
      email: 'okonomi@sonderjylland.dk',
      name: 'Øko Sekretær',
      password: PASSWORD,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!user.ok) throw new Error(user.reason);
    await setUserRole({ db: handle.db, userId: user.userId, bodyId, role: 'secretariat', actor: COMMAND_LINE_ACTOR });
    server = await startServer(portal.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    work = await startServer(createApp({ handle }), 0, '127.0.0.1');
    workBase = `http://127.0.0.1:${work.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await work?.close();
    await handle?.close();
  });

  for (const width of [390, 1280]) {
    it(`reads at ${width} px: no axe violations, nothing wider than the screen`, async () => {
      const page = await browser.newPage({ bypassCSP: true, viewport: { width, height: 900 } });
      try {
        for (const path of ['/rammer', frame, '/projekter', project]) {
          await page.goto(`${base}${path}`);
          expect(await axeViolations(page), path).toEqual([]);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(wide, path).toBeLessThanOrEqual(width);
        }
        expect(await page.locator('.project-timeline svg[role="img"] title').first().textContent()).toContain(
          'Tidslinje',
        );
        expect(await page.locator('.lifecycle-table').textContent()).toContain('Forlænget');
        await page.goto(`${base}${frame}`);
        expect(await page.locator('.allocation-chart svg[role="img"] > title').textContent()).toContain(
          'Fordelt, disponeret og forbrugt',
        );
        expect(await page.locator('.allocation-table').textContent()).toContain('487.500 kr.');
        // The table's scrolling region is reached by the keyboard.
        const region = page.locator('.table--responsive-scroll[role="region"]');
        await region.focus();
        expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
      } finally {
        await page.close();
      }
    });
  }
  it('a secretariat creates a frame, registers a project, grants and starts it and receives its report; a citizen sees the picture and the CSV', async () => {
    const violations: Record<string, string[]> = {};
    const context = await browser.newContext({ bypassCSP: true });
    const secretary = await context.newPage();
    await secretary.goto(`${workBase}/log-ind`);
    await secretary.fill('#email', 'okonomi@sonderjylland.dk');
    await secretary.fill('#password', PASSWORD);
    await clickAndLoad(secretary, 'main button[type="submit"]');

    await secretary.goto(`${workBase}/sekretariat/rammer/ny`);
    violations['new frame'] = await axeViolations(secretary);
    await secretary.fill('#title', 'Trivselsmidler 2027');
    await secretary.fill('#purpose', 'Små projekter om trivsel.');
    await choose(secretary, '#owner', 'Region Syddanmark');
    await choose(secretary, '#body', 'Sønderjylland');
    await secretary.fill('#total', '1 mio. kr.');
    await secretary.fill('#fromYear', '2027');
    await secretary.fill('#toYear', '2027');
    await secretary.selectOption('#key', { index: 1 });
    await clickAndLoad(secretary, 'button:has-text("Opret og fordel rammen")');
    expect(secretary.url()).toMatch(/\/ramme\/\d+$/);
    const framePath = new URL(secretary.url()).pathname;

    await secretary.goto(`${workBase}/sekretariat/projekter/ny`);
    violations['new project'] = await axeViolations(secretary);
    await secretary.fill('#name', 'Trivsel i Tønder');
    await secretary.fill('#purpose', 'Gåture for ensomme ældre.');
    await choose(secretary, '#source', 'Trivselsmidler 2027: Sundhedsråd Sønderjylland');
    await choose(secretary, '#lead', 'Sønderjylland');
    await secretary.fill('#appliedOn', '1.2.2027');
    await secretary.fill('#applied', '150.000 kr.');
    await secretary.fill('#reportEvery', '12');
    await clickAndLoad(secretary, 'button:has-text("Registrér projektet")');
    const projectId = /\/projekt\/(\d+)$/.exec(secretary.url())?.[1];
    expect(projectId).toBeDefined();

    await secretary.goto(`${workBase}/sekretariat/projekter/${projectId}`);
    await secretary.selectOption('#to', 'granted');
    await secretary.fill('#decidedOn', '1.3.2027');
    await clickAndLoad(secretary, 'button:has-text("Gem skridtet")');
    await secretary.goto(`${workBase}/sekretariat/projekter/${projectId}`);
    await secretary.selectOption('#to', 'running');
    await secretary.fill('#decidedOn', '1.4.2027');
    await secretary.fill('#startsOn', '1.4.2027');
    await clickAndLoad(secretary, 'button:has-text("Gem skridtet")');
    await secretary.goto(`${workBase}/sekretariat/projekter/${projectId}`);
    violations['project work'] = await axeViolations(secretary);
    const firstReport = secretary.locator('form[action*="/rapporter/"]').first();
    await firstReport.locator('input[name="receivedOn"]').fill('2.4.2028');
    await firstReport.locator('textarea[name="body"]').fill('Første år: 40 gåture.');
    await clickAndLoad(secretary, firstReport.locator('button:has-text("Registrér rapporten som modtaget")'));
    await secretary.goto(`${workBase}/projekt/${projectId}`);
    expect(await secretary.locator('main').textContent()).toContain('Første år: 40 gåture.');
    await context.close();

    const citizen = await browser.newPage({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    await citizen.goto(`${workBase}${framePath}`);
    violations['public frame'] = await axeViolations(citizen);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await citizen.locator('.allocation-chart svg[role="img"] > title').textContent()).toContain(
      'Fordelt, disponeret og forbrugt',
    );
    expect(await citizen.locator('.allocation-table').textContent()).toContain('150.000 kr.');
    const csvHref = await citizen.locator('a[href$="fordeling.csv"]').getAttribute('href');
    const csv = await citizen.evaluate(async (href) => (await fetch(href)).text(), csvHref as string);
    expect(csv.split('\n')[0]).toContain(';');
    expect(csv).toContain('Sønderjylland');
    await citizen.close();
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((name) => [name, []])));
  });
});
