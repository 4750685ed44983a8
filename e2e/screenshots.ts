/**
 * Saves a screenshot of each page type of the portal, at desktop (1280 px) and phone (390 px)
 * width, into docs/screenshots/: the demo data on a fresh embedded database, Debian's Chromium.
 *   node --import tsx e2e/screenshots.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { itemId, meetingId, openPortal } from '../test/helpers/portal.js';
import { launchChromium } from './browser.js';

const OUT = path.resolve('docs/screenshots');
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

const portal = await openPortal(TEST_DATABASES[0]);
const server = await startServer(portal.app, 0, '127.0.0.1');
const base = `http://127.0.0.1:${server.port}`;
const meeting = await meetingId(portal.handle, 'Sundhedsråd Fjordby', '2026-03-16');
const item = await itemId(portal.handle, meeting, 4);

const pages: [string, string][] = [
  ['front', '/'],
  ['search', `/sog?q=${encodeURIComponent('lægedækning')}`],
  ['meeting', `/moede/${meeting}`],
  ['item', `/punkt/${item}`],
  ['case', `/sag/${encodeURIComponent('25/41077')}`],
  ['body', '/organ/region-syddanmark--sundhedsraad-fjordby'],
  ['person', '/person/hanne-kjaergaard'],
  ['publisher', '/udgiver/region-syddanmark'],
  ['publishers', '/udgiver'],
  ['not-found', '/findes-ikke'],
];

fs.mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
try {
  for (const [device, viewport] of Object.entries(WIDTHS)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, url] of pages) {
      await page.goto(`${base}${url}`);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(OUT, `${name}-${device}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  await portal.handle.close();
}
