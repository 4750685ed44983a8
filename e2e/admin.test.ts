/**
 * The admins' publishers and persons in a real browser (Debian's Chromium through playwright-core),
 * without JavaScript of our own: an admin sets the publisher of a body an upgrade could not place
 * (its old address then redirects), merges two persons of one name from two municipalities —
 * choosing the other among the same-named and confirming on a page of its own — and undoes it.
 * Every admin page passed gets an axe check (zero violations) at 1280 px and at 390 px, where the
 * page must not scroll sideways.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { createApp } from '../src/web/app.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { type PersonWorld, personWorld } from '../test/helpers/person-world.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const PASSWORD = 'et langt og godt kodeord til prøven';
const UNKNOWN = 'ukendt-udgiver--gammelt-sundhedsudvalg';
const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('the admins in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let persons: PersonWorld;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let admin: Page;
  let base: string;
  let greve: number;
  let aarhus: number;
  let siteId: number;
  const consoleErrors: string[] = [];
  /** Axe's findings and sideways scrolling on each page, at both widths. */
  const findings: Record<string, string[]> = {};

  /** Axe at 1280 px and at 390 px (where the page must fit the width), then back to 1280 px. */
  const check = async (name: string) => {
    findings[`${name} @1280`] = await axeViolations(admin);
    await admin.setViewportSize(NARROW);
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    findings[`${name} @390`] = [
      ...(await axeViolations(admin)),
      ...(overflow > 0 ? [`scrolls sideways by ${overflow} px`] : []),
    ];
    await admin.setViewportSize(WIDE);
  };

  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open({ seed: 'reference' });
    const created = await createUser({
      db: handle.db,
      email: 'admin@protokol.dk',
      name: 'Ada Admin',
      password: PASSWORD,
      isAdmin: true,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!created.ok) throw new Error(created.reason);
    await handle.query("insert into bodies (slug, name, kind) values ($1, 'Gammelt Sundhedsudvalg', 'committee')", [
      UNKNOWN,
    ]);
    // A site whose last harvest failed on a meeting with a long address (it must wrap at 390 px).
    const [site] = await handle.query<{ id: number }>(
      "select id from harvest_sites where url = 'https://dagsordener.greve.dk'",
    );
    siteId = site.id;
    await handle.query(
      `insert into harvest_runs (site_id, state, counts, errors, finished_at) values ($1, 'partial', '{"new": 2, "failed": 1}',
       '[{"url": "https://dagsordener.greve.dk/api/agenda/dagsorden/7c9e1234-aaaa-bbbb-cccc-0123456789ab", "message": "HTTP 500 efter 3 forsøg"}]', now())`,
      [site.id],
    );
    persons = personWorld(handle);
    const one = await persons.meeting('Greve Kommune', 'Social- og Sundhedsudvalget', '2025-01-10', ['Anne Jensen']);
    const two = await persons.meeting('Aarhus Kommune', 'Sundhedsudvalget', '2025-01-11', ['Anne Jensen']);
    greve = (await persons.personOf(one, 'Anne Jensen')).id;
    aarhus = (await persons.personOf(two, 'Anne Jensen')).id;
    const app = createApp({ handle, cache: false, auth: { config: { trustProxy: false } } });
    server = await startServer(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
    // The CSP is bypassed only so that axe can be injected.
    context = await browser.newContext({ bypassCSP: true, viewport: WIDE });
    admin = await context.newPage();
    admin.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${admin.url()}: ${message.text()}`);
    });
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    persons?.close();
    await handle?.close();
  }, BROWSER_TIMEOUT);

  it("sets an unknown body's publisher; the old address leads to the new one", async () => {
    await admin.goto(`${base}/log-ind`);
    await admin.fill('#email', 'admin@protokol.dk');
    await admin.fill('#password', PASSWORD);
    await Promise.all([
      admin.waitForURL((url) => !url.pathname.startsWith('/log-ind')),
      admin.click('main button[type="submit"]'),
    ]);
    await admin.goto(`${base}/admin/organer`);
    expect(await admin.textContent('#unplaced-heading')).toBe('Udgiver ukendt');
    await check('bodies');
    const form = admin.locator('form', { hasText: 'Gammelt Sundhedsudvalg' });
    await form.locator('select').selectOption({ label: 'Greve Kommune' });
    await clickAndLoad(admin, form.locator('button:has-text("Sæt udgiver")'));
    expect(await admin.textContent('main')).toContain(
      'Organets adresse er nu /organ/greve-kommune--gammelt-sundhedsudvalg',
    );
    expect(await admin.locator('#unplaced-heading').count()).toBe(0);
    await admin.goto(`${base}/organ/${UNKNOWN}`);
    expect(new URL(admin.url()).pathname).toBe('/organ/greve-kommune--gammelt-sundhedsudvalg');
  });

  it('merges two persons of one name, choosing and confirming on pages of their own', async () => {
    await admin.goto(`${base}/admin/personer`);
    expect(await admin.locator(`main a[href="/admin/personer/${aarhus}"]`).count()).toBe(1);
    await check('people');
    await clickAndLoad(admin, `main a[href="/admin/personer/${greve}"]`);
    expect(await admin.textContent('h1')).toBe('Anne Jensen');
    await check('person');
    await clickAndLoad(admin, 'a:has-text("Læg sammen med …")');
    expect(await admin.textContent('main')).toContain('Sundhedsudvalget (Aarhus Kommune)');
    await check('merge: choose');
    await admin.check(`input[name="med"][value="${aarhus}"]`);
    await clickAndLoad(admin, 'button:has-text("Videre")');
    expect(await admin.textContent('h1')).toBe('Læg to personer sammen');
    expect(await admin.isChecked(`input[name="behold"][value="${greve}"]`)).toBe(true);
    await check('merge: confirm');
    await clickAndLoad(admin, 'button:has-text("Læg sammen")');
    expect(new URL(admin.url()).pathname).toBe(`/admin/personer/${greve}`);
    expect(await admin.textContent('main')).toContain('Personerne er lagt sammen.');
    expect(await admin.textContent('main')).toContain('Sundhedsudvalget (Aarhus Kommune)');
    await check('person after merge');
    await admin.goto(`${base}/admin/personer`);
    expect(await admin.locator(`main a[href="/admin/personer/${aarhus}"]`).count()).toBe(0);
  });

  it('undoes the merge from the person page', async () => {
    await admin.goto(`${base}/admin/personer/${greve}`);
    await clickAndLoad(admin, 'button:has-text("Fortryd")');
    expect(new URL(admin.url()).pathname).toBe(`/admin/personer/${aarhus}`);
    expect(await admin.textContent('main')).toContain('Ændringen er fortrudt.');
    await admin.goto(`${base}/admin/personer`);
    expect(await admin.locator(`main a[href="/admin/personer/${aarhus}"]`).count()).toBe(1);
    await admin.goto(`${base}/admin/personer/aendringer`);
    expect(await admin.textContent('main')).toContain('Fortrudt');
    await check('changes');
  });

  it('finds no axe violations on the other new admin pages either', async () => {
    for (const [name, path] of [
      ['split: choose', `/admin/personer/${greve}/del`],
      ['publishers', '/admin/udgivere'],
      ['sites', '/admin/kilder'],
      ['site', `/admin/kilder/${siteId}`],
    ]) {
      await admin.goto(`${base}${path}`);
      await check(name);
    }
    expect(await admin.textContent('.harvest-errors')).toContain('HTTP 500 efter 3 forsøg');
    await admin.goto(`${base}/admin/kilder`);
    // A form sent back with its problems.
    await clickAndLoad(admin, 'button:has-text("Registrér side")');
    expect(await admin.textContent('.alert-error')).toContain('Skriv sidens adresse');
    await check('sites with problems');
  });

  it('finds no axe violations, no sideways scrolling and no console errors', () => {
    expect(Object.keys(findings).length).toBeGreaterThanOrEqual(20);
    expect(Object.entries(findings).filter(([, found]) => found.length > 0)).toEqual([]);
    // A form sent back with its problems answers 400, which Chromium logs as a failed load.
    expect(consoleErrors.filter((error) => !error.includes('status of 400'))).toEqual([]);
  });
});
