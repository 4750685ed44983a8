/**
 * Frames and projects in a real browser (Debian's Chromium), with the demo set's frame and its
 * projects: the lists, a frame's page and a project's page (its timeline beside its table) have
 * no axe violations at 390 and 1280 px, no page scrolls sideways at 390 px (the tables scroll in
 * their own regions, which the keyboard reaches), and each picture is an image with a title beside
 * its table.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { openPortal } from '../test/helpers/portal.js';
import { axeViolations, BROWSER_TIMEOUT, hasChromium, launchChromium } from './browser.js';

describe.skipIf(!hasChromium)('frames in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
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
    server = await startServer(portal.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
});
