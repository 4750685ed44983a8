/**
 * Plans and hearings in a real browser (Debian's Chromium), with the demo set: a consultee answers
 * an open hearing on its public page at 390 px; the secretariat publishes the response, writes
 * and publishes the memo; a citizen reads the response and the memo, the plan's page and the diff
 * between its versions. Every page axe clean and no wider than the screen.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { openHearing } from '../src/use-cases/hearings/open-hearing.js';
import { createApp } from '../src/web/app.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { openPortal } from '../test/helpers/portal.js';
import { axeViolations, BROWSER_TIMEOUT, hasChromium, launchChromium } from './browser.js';

const PASSWORD = 'korrekt hest batteri hæftning';

describe.skipIf(!hasChromium)('plans and hearings in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let hearing: number;
  let plan: number;

  beforeAll(async () => {
    const portal = await openPortal(TEST_DATABASES[0]);
    handle = portal.handle;
    const [{ id: bodyId }] = await handle.query<{ id: number }>(
      `select id from bodies where slug = 'region-syddanmark--sundhedsraad-fjordby'`,
    );
    [{ id: plan }] = await handle.query<{ id: number }>('select id from plans where is_fictitious');
    const opened = await openHearing({
      db: handle.db,
      actor: null,
      auditActor: COMMAND_LINE_ACTOR,
      bodyId,
      title: 'Høring over forslag til akutfunktion',
      description: 'Sig din mening om forslaget.',
      planVersionId: null,
      attachmentId: null,
      processStepId: null,
      startsOn: '2020-01-01',
      deadlineOn: '2099-12-31',
      consultees: [{ name: 'Ældrerådet', email: null }],
    });
    if (!opened.ok) throw new Error('hearing not opened');
    hearing = opened.hearingId;
    const user = await createUser({
      db: handle.db,
      email: 'sekretariat@fjordby.example.dk',
      name: 'Sekretariatet',
      password: PASSWORD,
      isAdmin: false,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!user.ok) throw new Error('user not created');
    await setUserRole({ db: handle.db, userId: user.userId, bodyId, role: 'secretariat', actor: COMMAND_LINE_ACTOR });
    // The real clock (the portal's fixed one would expire the session cookie in the browser at once).
    server = await startServer(createApp({ handle }), 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await handle?.close();
  });

  async function check(page: Page, width: number) {
    expect(await axeViolations(page), page.url()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(width);
  }

  it('a consultee answers, the secretariat publishes the response and the memo, a citizen reads them and the plan', async () => {
    const consultee = await browser.newPage({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    try {
      await consultee.goto(`${base}/hoering/${hearing}`);
      await check(consultee, 390);
      await consultee.fill('#name', 'Ida Holm');
      await consultee.fill('#organisation', 'Ældrerådet');
      await consultee.fill('#text', 'Akutfunktionen skal også dække aften og weekend.');
      await consultee.click('button[type="submit"]:has-text("Send høringssvar")');
      await consultee.waitForURL(/\/tak$/);
      expect(await consultee.locator('h1').textContent()).toBe('Tak for dit høringssvar');
      await check(consultee, 390);
    } finally {
      await consultee.close();
    }

    const secretariat = await browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    try {
      await secretariat.goto(`${base}/log-ind`);
      await secretariat.fill('#email', 'sekretariat@fjordby.example.dk');
      await secretariat.fill('#password', PASSWORD);
      await secretariat.click('main button[type="submit"]');
      await secretariat.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
      await secretariat.goto(`${base}/sekretariat/hoeringer/${hearing}`);
      await check(secretariat, 1280);
      await secretariat.click('button:has-text("Offentliggør svaret")');
      await secretariat.waitForURL(/gemt=1/);
      await secretariat.fill('#memoText', 'Sundhedsrådet modtog ét svar og udvider åbningstiden.');
      await secretariat.click('button:has-text("Gem høringsnotatet")');
      await secretariat.waitForURL(/gemt=1/);
      await secretariat.click('button:has-text("Offentliggør høringsnotatet")');
      await secretariat.waitForURL(/gemt=1/);
      expect(await secretariat.locator('.facts').textContent()).toContain('Offentliggjort');
      await check(secretariat, 1280);
    } finally {
      await secretariat.close();
    }

    const citizen = await browser.newPage({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    try {
      await citizen.goto(`${base}/hoering/${hearing}`);
      const text = await citizen.locator('main').textContent();
      expect(text).toContain('Akutfunktionen skal også dække aften og weekend.');
      expect(text).toContain('Sundhedsrådet modtog ét svar og udvider åbningstiden.');
      await check(citizen, 390);
      await citizen.goto(`${base}/plan/${plan}`);
      expect(await citizen.locator('h1').textContent()).toContain('Nærsundhedsplan 2027–2030');
      await check(citizen, 390);
      await citizen.click('a:has-text("Se ændringer fra forrige version")');
      await citizen.waitForURL(/forskel/);
      expect(await citizen.locator('ins').first().textContent()).toContain('Tilføjet');
      await check(citizen, 390);
    } finally {
      await citizen.close();
    }
  });
});
