/**
 * Open data in a real browser (Debian's Chromium): /api/docs and the pages that link calendars
 * and feeds have no axe violations and a sensible heading order, load without console errors
 * (no CSP violation: the documentation uses no script and no external file), a page on
 * another origin can read the API (CORS), and a feed opens as a readable page (XSLT).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { openPortal } from '../test/helpers/portal.js';
import { axeViolations, BROWSER_TIMEOUT, hasChromium, launchChromium } from './browser.js';

describe.skipIf(!hasChromium)('open data in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let other: RunningServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const portal = await openPortal(TEST_DATABASES[0]);
    handle = portal.handle;
    server = await startServer(portal.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    // Another origin: a plain page that reads the API from the browser.
    const { Hono } = await import('hono');
    const site = new Hono();
    site.get('/', (c) =>
      c.html('<!DOCTYPE html><html lang="da"><head><title>Andet site</title></head><body></body></html>'),
    );
    other = await startServer(site, 0, '127.0.0.1');
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await other?.close();
    await server?.close();
    await handle?.close();
  }, BROWSER_TIMEOUT);

  it('documents the API on an accessible page without console errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    for (const path of [
      '/api/docs',
      '/organ/region-syddanmark--sundhedsraad-fjordby',
      '/sag/26%2F1002',
      '/sog?q=sundhedsplan',
    ]) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
    }
    expect(errors).toEqual([]);
    await context.close();

    const axeContext = await browser.newContext({ bypassCSP: true });
    const axePage = await axeContext.newPage();
    for (const path of [
      '/api/docs',
      '/organ/region-syddanmark--sundhedsraad-fjordby',
      '/sag/26%2F1002',
      '/sog?q=sundhedsplan',
    ]) {
      await axePage.goto(`${base}${path}`);
      expect(await axeViolations(axePage), path).toEqual([]);
    }
    await axePage.goto(`${base}/api/docs`);
    const levels = await axePage.$$eval('h1, h2, h3, h4, h5, h6', (els) =>
      els.map((el) => Number(el.tagName.slice(1))),
    );
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    await axeContext.close();
  });

  it('lets a page on another origin read the API', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${other.port}/`);
    const result = await page.evaluate(async (api) => {
      const response = await fetch(`${api}/api/v1/bodies/region-syddanmark--sundhedsraad-fjordby`);
      const body = await response.json();
      return {
        status: response.status,
        name: body.name,
        publisher: body.publisher,
        etag: response.headers.get('etag'),
      };
    }, base);
    expect(result).toMatchObject({
      status: 200,
      name: 'Sundhedsråd Fjordby',
      publisher: { slug: 'region-syddanmark', name: 'Region Syddanmark', kind: 'region' },
    });
    expect(result.etag).toMatch(/^W\//);
    await context.close();
  });

  it('shows a feed as a readable page, through its XSL stylesheet', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${base}/organ/region-syddanmark--sundhedsraad-fjordby/referater.atom`);
    expect(response?.headers()['content-type']).toBe('application/xml; charset=utf-8');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Referater fra Sundhedsråd Fjordby');
    expect(await page.locator('main').textContent()).toContain('Det her er et nyhedsfeed');
    expect(await page.locator('.feed-entry a').count()).toBeGreaterThan(0);
    await context.close();
  });
});
