/**
 * The header's account bar and menu in a real browser (Debian's Chromium), at 390 px and 1280 px:
 * the public sees "Log ind", which leads to the form and back to the page; a member and a
 * secretariat see their name, "Min side", "Log ud" and every link of their menu (a <details>
 * disclosure), all reached by the keyboard alone; "Log ud" works on a phone; axe finds nothing in
 * the header (the menu open) nor in the footer.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, PASSWORD, ROLE_EMAILS } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const NARROW = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

type Role = 'member of this body' | 'secretariat of this body';

/** What each role's menu must offer (text → address). */
const MENUS: Record<Role, [string, string][]> = {
  'member of this body': [
    ['Mine møder', '/mig'],
    ['Mine spørgsmål', '/mine-sporgsmaal'],
    ['Stil et spørgsmål', '/sporgsmaal/ny'],
    ['Notifikationer', '/notifikationer'],
    ['Indstillinger', '/indstillinger/notifikationer'],
  ],
  'secretariat of this body': [
    ['Notifikationer', '/notifikationer'],
    ['Indstillinger', '/indstillinger/notifikationer'],
    ['Møder og dagsordener', '/sekretariat'],
    ['Spørgsmål', '/sekretariat/sporgsmaal'],
    ['Regler for spørgeordningen', '/sekretariat/sporgsmaal/regler'],
    ['Opfølgning', '/sekretariat/opfoelgning'],
    ['Mødeplan', '/sekretariat/moedeplan'],
  ],
};

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Axe's violations within the header and the footer, one line each. */
async function headerViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page
    const axe = (window as any).axe;
    const result = await axe.run({ include: [['header'], ['footer']] }, { resultTypes: ['violations'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`,
    );
  });
}

/**
 * Tabs through the page from its top, opening the menu with Enter when its summary has the focus;
 * the links and buttons that got the focus, as "text → address".
 */
async function focusedByKeyboard(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const focused: string[] = [];
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return null;
      const isMenuClosed = element.tagName === 'SUMMARY' && !(element.parentElement as HTMLDetailsElement).open;
      return {
        isMenuClosed,
        text: element.textContent?.trim() ?? '',
        href: element.getAttribute('href') ?? element.tagName.toLowerCase(),
        inMain: element.closest('main') !== null,
      };
    });
    if (!active || active.inMain) break;
    if (active.isMenuClosed) await page.keyboard.press('Enter');
    focused.push(`${active.text} → ${active.href}`);
  }
  return focused;
}

describe.skipIf(!hasChromium)('navigation in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let world: AccountsWorld;
  let server: RunningServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    world = await openAccountsWorld(TEST_DATABASES[0]);
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await world?.handle.close();
  }, BROWSER_TIMEOUT);

  /** The account bar and the menu at the page's width: seen, tabbed to, and clean for axe. */
  async function checkSignedIn(page: Page, role: Role) {
    const header = page.locator('header');
    expect(await header.getByText(role, { exact: true }).isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: 'Min side' }).isVisible()).toBe(true);
    expect(await header.getByRole('button', { name: 'Log ud' }).isVisible()).toBe(true);
    const focused = await focusedByKeyboard(page);
    for (const [text, href] of MENUS[role]) {
      expect(await header.getByRole('link', { name: text, exact: true }).isVisible(), text).toBe(true);
      expect(focused, text).toContain(`${text} → ${href}`);
    }
    expect(focused).toContain('Min side → /mig');
    expect(focused).toContain('Log ud → button');
    expect(await header.getByRole('link', { name: 'Brugere' }).count()).toBe(0); // admins only
    expect(await headerViolations(page)).toEqual([]); // with the menu open
  }

  for (const role of Object.keys(MENUS) as Role[]) {
    it(`${role}: signs in from a page and back, sees and tabs to the menu at 1280 and 390 px, logs out on a phone`, async () => {
      // The CSP is bypassed only so that axe can be injected.
      const context = await browser.newContext({ bypassCSP: true, viewport: WIDE });
      const page = await context.newPage();
      await page.goto(`${base}/udgiver`);
      const logIn = page.locator('header a', { hasText: 'Log ind' });
      expect(await logIn.isVisible()).toBe(true);
      await page.setViewportSize(NARROW);
      expect(await logIn.isVisible()).toBe(true);
      await clickAndLoad(page, logIn);
      expect(new URL(page.url()).pathname).toBe('/log-ind');
      expect(await page.isVisible('#email')).toBe(true);
      await page.fill('#email', ROLE_EMAILS[role]);
      await page.fill('#password', PASSWORD);
      await clickAndLoad(page, 'main button[type="submit"]');
      expect(new URL(page.url()).pathname).toBe('/udgiver');

      await checkSignedIn(page, role);
      await page.setViewportSize(WIDE);
      await page.reload(); // the menu closed again, the focus at the top
      await checkSignedIn(page, role);

      await page.setViewportSize(NARROW);
      await clickAndLoad(page, page.locator('header').getByRole('button', { name: 'Log ud' }));
      expect(await page.locator('header a', { hasText: 'Log ind' }).isVisible()).toBe(true);
      expect(await page.locator('header').getByRole('button', { name: 'Log ud' }).count()).toBe(0);
      await context.close();
    });
  }
});
