/**
 * Every page a role may use is reached by links one can see: a crawl from `/` in Chromium for the
 * public, a member, a secretariat and an admin, at 390 and 1280 px. On each page the menus
 * (<details>) are opened as a person would open them, and only the links drawn on the screen at
 * that width are followed (a link the design system hides below some width does not count). One
 * page of each shape is visited (a meeting, not every meeting). The pages each role must reach are
 * those of the HTTP crawl (test/helpers/role-crawl.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, type RoleName, sessionFor } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { CRAWLED, crawlForKeys, hasBuilder, keyPaths, needsBuilder, shapeOf } from '../test/helpers/role-crawl.js';
import { makeDataDir, seedSecretariatFixture } from '../test/helpers/secretariat.js';
import { BROWSER_TIMEOUT, hasChromium, launchChromium } from './browser.js';

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

/** The same-site links drawn on the page once every menu is open, as paths with their queries. */
function visibleLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    const links: string[] = [];
    for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const box = link.getBoundingClientRect();
      const drawn =
        box.width > 0 &&
        box.height > 0 &&
        link.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
      const url = new URL(link.href, location.href);
      if (drawn && url.origin === location.origin) links.push(`${url.pathname}${url.search}`);
    }
    return links;
  });
}

describe.skipIf(!hasChromium)('every role reaches its pages by the links it sees', { timeout: BROWSER_TIMEOUT }, () => {
  // The last database is PostgreSQL when the run has one (the faster), else PGlite.
  const database = TEST_DATABASES[TEST_DATABASES.length - 1];
  let world: AccountsWorld;
  let server: RunningServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const dataDir = makeDataDir();
    world = await openAccountsWorld(database, { dataDir });
    await seedSecretariatFixture(world, dataDir);
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.handle.close();
  }, BROWSER_TIMEOUT);

  for (const role of CRAWLED) {
    for (const viewport of WIDTHS) {
      it(`${role} at ${viewport.width} px`, async () => {
        const context = await browser.newContext({ viewport });
        if (role !== 'anonymous') {
          const { jar } = await sessionFor(world.handle, world.userIds[role as Exclude<RoleName, 'anonymous'>]);
          const cookies = [...jar.cookies].map(([name, value]) => ({ name, value, url: base }));
          await context.addCookies(cookies);
        }
        const page = await context.newPage();
        const { statuses, reached } = await crawlForKeys(
          role,
          async (path) => {
            const response = await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
            const isPage = response?.headers()['content-type']?.startsWith('text/html') ?? false;
            return { status: response?.status() ?? 0, links: isPage ? await visibleLinks(page) : [] };
          },
          { shapeOf },
        );
        await context.close();
        const keys = keyPaths(role);
        expect(
          keys.filter((key) => !reached.has(key)),
          `pages ${role} may use that no visible link leads to at ${viewport.width} px`,
        ).toEqual([]);
        if (needsBuilder(role)) expect(hasBuilder(reached), "a meeting's agenda builder").toBe(true);
        expect([...statuses].filter(([, status]) => status >= 500)).toEqual([]);
      });
    }
  }
});
