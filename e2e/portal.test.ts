/**
 * The public portal in a real browser (Debian's Chromium through playwright-core): the journey
 * front page → search → meeting → item → case → body → person, and body → publisher → search
 * within the publisher, an axe check on every page type (the publisher's page and the search with
 * its publisher filter at phone and desktop width too), the heading order, lang, and
 * keyboard-only navigation reaching every visible link.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { LEAK_FIXTURE, openPortal } from '../test/helpers/portal.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

/** Heading levels in document order. */
async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (els) => els.map((el) => Number(el.tagName.slice(1))));
}

function expectSensibleHeadings(levels: number[], url: string) {
  expect(levels[0], `${url}: first heading`).toBe(1);
  expect(
    levels.filter((l) => l === 1),
    `${url}: one h1`,
  ).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) {
    expect(
      levels[i] - levels[i - 1],
      `${url}: heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`,
    ).toBeLessThanOrEqual(1);
  }
}

/** Tabs through the page and returns the hrefs reached, and the visible links that exist. */
async function tabThrough(page: Page): Promise<{ reached: Set<string>; visible: string[]; focusVisible: boolean }> {
  const visible = await page.$$eval('a[href]', (links) =>
    links
      .filter((a) => (a as HTMLElement).checkVisibility() && a.getBoundingClientRect().width > 0)
      .map((a) => (a as HTMLAnchorElement).href),
  );
  const reached = new Set<string>();
  let focusVisible = true;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < visible.length * 2 + 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const indicated = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
      return { href: el instanceof HTMLAnchorElement ? el.href : null, indicated };
    });
    if (!focused) continue;
    if (focused.href) reached.add(focused.href);
    if (!focused.indicated) focusVisible = false;
    if (reached.size >= new Set(visible).size) break;
  }
  return { reached, visible, focusVisible };
}

/** The page types the journey visits, each checked on its own (axe, headings, keyboard). */
const PAGE_TYPES = [
  'front',
  'search',
  'meeting',
  'item',
  'case',
  'body',
  'person',
  'publisher',
  'publisherSearch',
  'sources',
  'closedMeeting',
  'noResults',
  'notFound',
] as const;
const LINKED_PAGE_TYPES = ['front', 'search', 'meeting', 'item', 'case', 'body', 'person', 'publisher'] as const;
/** Phone and desktop: the publisher's pages are checked at both. */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

describe.skipIf(!hasChromium)('portal in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** For axe only: its script is injected inline, which the portal's CSP (rightly) forbids. */
  let axeContext: BrowserContext;
  let axePage: Page;
  const consoleErrors: string[] = [];
  let base: string;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    const portal = await openPortal(TEST_DATABASES[0], [LEAK_FIXTURE]);
    handle = portal.handle;
    server = await startServer(portal.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    axeContext = await browser.newContext({ bypassCSP: true });
    axePage = await axeContext.newPage();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await axeContext?.close();
    await browser?.close();
    await server?.close();
    await handle?.close();
  }, BROWSER_TIMEOUT);

  it('walks front page → search → meeting → item → case → body', async () => {
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    pages.front = page.url();

    await page.fill('#front-search', 'lægedækning');
    await page.press('#front-search', 'Enter');
    await page.waitForURL(/\/sog\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('lægedækning');
    expect(await page.textContent('.result-count')).toMatch(/\d+ resultater for »lægedækning«/);
    expect(await page.locator('.result-title mark').count()).toBeGreaterThan(0);
    pages.search = page.url();

    const firstResult = page.locator('.result').first();
    await firstResult.locator('.result-meta a[href^="/moede/"]').click();
    await page.waitForURL(/\/moede\/\d+$/);
    expect(await page.textContent('h1')).toMatch(/^(Referat|Dagsorden), .+, \w+dag d\. \d+\. \w+ \d{4}/);
    pages.meeting = page.url();

    const itemWithCase = page.locator('article.agenda-item', { has: page.locator('a[href^="/sag/"]') }).first();
    await itemWithCase.getByRole('link', { name: 'Fast link til punktet' }).click();
    await page.waitForURL(/\/punkt\/\d+$/);
    expect(await page.textContent('h1')).toMatch(/^Punkt \d+: /);
    pages.item = page.url();

    await page.getByRole('link', { name: 'Se sagens forløb' }).click();
    await page.waitForURL(/\/sag\/.+/);
    // Titled by its subject and number: "<subject> (sag 25/41077)".
    expect(await page.textContent('h1')).toMatch(/^\S.* \(sag \S+\)$/);
    expect(await page.locator('.timeline-entry').count()).toBeGreaterThan(1);
    pages.case = page.url();

    await page.locator('.timeline-entry .timeline-date a').first().click();
    await page.waitForURL(/\/organ\/[a-z0-9-]+$/);
    expect(await page.locator('table').first().textContent()).toContain('Rolle');
    pages.body = page.url();

    await page.locator('table a[href^="/person/"]').first().click();
    await page.waitForURL(/\/person\/[a-z0-9-]+$/);
    pages.person = page.url();

    // The body's publisher, and a search within it (the publisher filter chosen).
    await page.goto(pages.body);
    await clickAndLoad(page, page.locator('.facts a[href^="/udgiver/"]').first());
    expect(page.url()).toMatch(/\/udgiver\/[a-z0-9-]+$/);
    expect(await page.textContent('h1')).toBe('Region Syddanmark');
    pages.publisher = page.url();
    await clickAndLoad(page, page.getByRole('link', { name: 'Søg i Region Syddanmarks dagsordener og referater' }));
    expect(new URL(page.url()).searchParams.get('udgiver')).toBe('region-syddanmark');
    expect(await page.inputValue('#filter-publisher')).toBe('region-syddanmark');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    pages.publisherSearch = page.url();
    // Where the publisher's documents come from: its line leads to every source and its status.
    await page.goto(pages.publisher);
    await clickAndLoad(page, page.getByRole('link', { name: 'Alle kilder og deres status' }));
    expect(new URL(page.url()).pathname).toBe('/kilder');
    expect(await page.textContent('h1')).toBe('Kilder');
    pages.sources = `${base}/kilder`;

    const closedMeeting = await handle.query<{ meeting_id: number }>(
      `select meeting_id from agenda_items where is_closed order by meeting_id limit 1`,
    );
    pages.closedMeeting = `${base}/moede/${closedMeeting[0].meeting_id}`;
    pages.noResults = `${base}/sog?q=xylofonkvarts`;
    pages.notFound = `${base}/findes-ikke`;
  });

  it('loads every page without a console error (no CSP violation, no missing file)', async () => {
    for (const [name, url] of Object.entries(pages)) {
      if (name === 'notFound') continue;
      await page.goto(url);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('sizes text by importance at 390 px: headings at least the text they head, result titles above snippets, bullets in line', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const px = (value: string) => Number.parseFloat(value);
    for (const name of ['search', 'meeting', 'closedMeeting', 'item', 'body'] as const) {
      await page.goto(pages[name]);
      // Each heading in main against the first text after it (its section's paragraph, list or table).
      const pairs = await page.$$eval('main h1, main h2, main h3, main h4', (headings) =>
        headings.flatMap((heading) => {
          let next = heading.nextElementSibling;
          while (next && (next.textContent ?? '').trim() === '') next = next.nextElementSibling;
          if (!next || /^H[1-6]$/.test(next.tagName)) return [];
          const text = next.matches('p, li, dd, td') ? next : (next.querySelector('p, li, dd, td') ?? next);
          return [
            {
              heading: `${heading.tagName} ${(heading.textContent ?? '').trim().slice(0, 40)}`,
              headingSize: getComputedStyle(heading).fontSize,
              textSize: getComputedStyle(text).fontSize,
            },
          ];
        }),
      );
      expect(pairs.length, `${name}: headings measured`).toBeGreaterThan(0);
      for (const pair of pairs) {
        expect(
          px(pair.headingSize),
          `${name}: ${pair.heading} (${pair.headingSize} vs ${pair.textSize})`,
        ).toBeGreaterThanOrEqual(px(pair.textSize));
      }
      // A list's bullets stand one under the other, at the list's left edge.
      const crooked = await page.$$eval('ul', (lists) =>
        lists
          .filter((list) => (list as HTMLElement).checkVisibility())
          .flatMap((list) => {
            const bulleted = Array.from(list.children).filter(
              (li) => getComputedStyle(li, '::before').content === '"•"',
            );
            const lefts = new Set(bulleted.map((li) => Math.round(li.getBoundingClientRect().left)));
            return lefts.size > 1
              ? [`${list.className || list.parentElement?.className}: ${[...lefts].join(', ')}`]
              : [];
          }),
      );
      expect(crooked, `${name}: bullets out of line`).toEqual([]);
    }
    await page.goto(pages.search);
    const result = await page.$eval('.result', (el) => ({
      title: getComputedStyle(el.querySelector('.result-title') as Element).fontSize,
      snippet: getComputedStyle(el.querySelector('.result-snippet') as Element).fontSize,
      meta: getComputedStyle(el.querySelector('.result-meta') as Element).fontSize,
    }));
    expect(px(result.title), `result title ${result.title} vs snippet ${result.snippet}`).toBeGreaterThan(
      px(result.snippet),
    );
    expect(px(result.title)).toBeGreaterThan(px(result.meta));
    await page.goto(pages.meeting);
    const sections = await page.$$eval('.item-section h3', (headings) =>
      headings.map((h) => [h.textContent?.trim() ?? '', getComputedStyle(h).fontSize]),
    );
    expect(sections.map(([text]) => text).join(' ')).toMatch(/Indstilling|Resumé|Sagsfremstilling/);
    for (const [text, size] of sections) expect(px(size), text).toBeGreaterThanOrEqual(16);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('visits every page type', () => {
    expect(Object.keys(pages).sort()).toEqual([...PAGE_TYPES].sort());
  });

  for (const name of PAGE_TYPES) {
    it(`finds no axe violations and a sensible heading order: ${name}`, async () => {
      const url = pages[name];
      const response = await axePage.goto(url);
      expect(response?.status(), name).toBe(name === 'notFound' ? 404 : 200);
      expect(await axePage.getAttribute('html', 'lang'), name).toBe('da');
      expect(await axeViolations(axePage), `${name}: ${url}`).toEqual([]);
      expectSensibleHeadings(await headingLevels(axePage), name);
    });
  }

  for (const name of ['publisher', 'publisherSearch', 'sources'] as const) {
    it(`finds no axe violations and nothing wider than the screen at 390 and 1280 px: ${name}`, async () => {
      for (const viewport of WIDTHS) {
        await axePage.setViewportSize(viewport);
        await axePage.goto(pages[name]);
        expect(await axeViolations(axePage), `${name} at ${viewport.width} px`).toEqual([]);
        const overflow = await axePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${viewport.width} px: horizontal scroll`).toBeLessThanOrEqual(0);
      }
      await axePage.setViewportSize({ width: 1280, height: 720 });
    });
  }

  it('is just as accessible in English', async () => {
    await axePage.goto(`${base}/sprog?til=en&tilbage=${encodeURIComponent(new URL(pages.meeting).pathname)}`);
    expect(axePage.url()).toBe(pages.meeting);
    expect(await axePage.getAttribute('html', 'lang')).toBe('en');
    expect(await axePage.textContent('main')).toContain('Participants');
    expect(await axeViolations(axePage)).toEqual([]);
    await axePage.goto(`${base}/sprog?til=da&tilbage=%2F`);
    expect(await axePage.getAttribute('html', 'lang')).toBe('da');
  });

  for (const name of LINKED_PAGE_TYPES) {
    it(`reaches every link with the keyboard alone, with a visible focus, skip link first: ${name}`, async () => {
      await page.goto(pages[name]);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className), name).toBe('skipnav');
      const { reached, visible, focusVisible } = await tabThrough(page);
      const missing = [...new Set(visible)].filter((href) => !reached.has(href));
      expect(missing, `${name}: links not reached by Tab`).toEqual([]);
      expect(focusVisible, `${name}: focus indicator`).toBe(true);
    });
  }

  it('works without JavaScript: search by submitting the form', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${base}/sog`);
    await plain.fill('#search-query', 'nærsundhedsplan');
    await plain.click('.search-filters summary');
    await plain.selectOption('#filter-body', 'region-syddanmark--sundhedsraad-fjordby');
    // The date as its hint says, in the Danish order: a text field, not the browser's date picker.
    await plain.fill('#filter-from', '1.3.2026');
    await plain.click('.search-filters button[type="submit"]');
    await plain.waitForURL(/organ=region-syddanmark--sundhedsraad-fjordby/);
    expect(await plain.textContent('.result-count')).toMatch(/resultater? for »nærsundhedsplan«/);
    expect(await plain.inputValue('#filter-from')).toBe('1.3.2026');
    await noScript.close();
  });

  it('works without JavaScript: find your health council from the front page', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${base}/`);
    await plain.selectOption('#find-municipality', 'greve-kommune');
    await clickAndLoad(plain, plain.getByRole('button', { name: 'Vis sundhedsrådet' }));
    expect(new URL(plain.url()).pathname).toBe('/organ/region-oestdanmark--sundhedsraad-oestsjaelland-og-oeerne');
    expect(await plain.textContent('h1')).toBe('Sundhedsråd Østsjælland og Øerne');
    await noScript.close();
  });
});
