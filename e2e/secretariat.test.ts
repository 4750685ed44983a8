/**
 * The secretariat's work in a real browser (Debian's Chromium through playwright-core): an admin
 * creates a body and a secretariat user; the secretary (who chooses a password from the e-mailed
 * link) builds a meeting with five items, one closed, publishes the agenda, records decisions and
 * absentees, publishes the minutes and corrects a decision. The public then sees the minutes and
 * the correction note and nothing of the closed item; a member of the body sees the closed item, a
 * member of another body does not. Every new page type gets an axe check (zero violations).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../src/db/client.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { createApp } from '../src/web/app.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { axeViolations, BROWSER_TIMEOUT, clickAndLoad, hasChromium, launchChromium } from './browser.js';

const PASSWORD = 'et langt og godt kodeord til prøven';
const SECRET = 'Fortroligt: forhandling om fratrædelse';

describe.skipIf(!hasChromium)('the secretariat in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let handle: DbHandle;
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  const mails: { to: string; text: string }[] = [];
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  /** Axe's findings on each new page type, checked where the journey passes it. */
  const violations: Record<string, string[]> = {};
  const check = async (name: string, page: Page) => {
    violations[name] = await axeViolations(page);
  };

  beforeAll(async () => {
    handle = await TEST_DATABASES[0].open({ seed: 'reference' });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protokol-e2e-'));
    const admin = await createUser({
      db: handle.db,
      email: 'admin@protokol.dk',
      name: 'Ada Admin',
      password: PASSWORD,
      isAdmin: true,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!admin.ok) throw new Error(admin.reason);
    const app = createApp({
      handle,
      cache: false,
      dataDir,
      auth: {
        config: { trustProxy: false },
        mailer: {
          async send(to, _subject, text) {
            mails.push({ to, text });
          },
        },
      },
    });
    server = await startServer(app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await handle?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, BROWSER_TIMEOUT);

  /** A browser of its own (cookies), with the CSP bypassed only so that axe can be injected. */
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  async function logIn(page: Page, email: string) {
    await page.goto(`${base}/log-ind`);
    await page.fill('#email', email);
    await page.fill('#password', PASSWORD);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/log-ind')),
      page.click('main button[type="submit"]'),
    ]);
  }

  /** Sends the form of `button` and waits for the page it leads to. */
  const submit = clickAndLoad;

  let bodySlug: string;
  let meetingUrl: string;
  let secretary: Page;

  it('an admin creates a body and a secretariat user, who chooses a password from the e-mail', async () => {
    const admin = await newPage();
    await logIn(admin, 'admin@protokol.dk');
    await admin.goto(`${base}/admin/organer`);
    await check('admin: bodies', admin);
    await admin.fill('#name', 'Sundhedsråd Prøveby');
    await admin.selectOption('#kind', 'health_council');
    await admin.selectOption('#publisher', { label: 'Region Syddanmark' });
    await submit(admin, 'button:has-text("Opret organ")');
    expect(admin.url()).toContain('/admin/organer?oprettet=1');
    bodySlug = 'region-syddanmark--sundhedsraad-proeveby';
    await admin.goto(`${base}/admin/brugere`);
    await admin.fill('#name', 'Sif Sekretær');
    await admin.fill('#email', 'sekretaer@proeveby.dk');
    await submit(admin, 'button:has-text("Opret bruger")');
    await admin.selectOption('#body', { label: 'Sundhedsråd Prøveby (Region Syddanmark)' });
    await admin.selectOption('#role', 'secretariat');
    await submit(admin, 'button:has-text("Gem rolle")');
    expect(await admin.textContent('main')).toContain('Sekretariat');

    const link = /https?:\/\/\S+\/nulstil-kodeord\/\S+/.exec(
      mails.find((m) => m.to === 'sekretaer@proeveby.dk')!.text,
    )![0];
    secretary = await newPage();
    await secretary.goto(link);
    await secretary.fill('#password', PASSWORD);
    await secretary.fill('#repeat', PASSWORD);
    await submit(secretary, 'main button[type="submit"]');
    await logIn(secretary, 'sekretaer@proeveby.dk');
  });

  it('the secretary builds a meeting with five items, one closed, and publishes the agenda', async () => {
    await secretary.goto(`${base}/sekretariat`);
    await check('overview', secretary);
    await clickAndLoad(secretary, 'a:has-text("Nyt møde i Sundhedsråd Prøveby")');
    await check('new meeting', secretary);
    await secretary.fill('#heldOn', '2026-03-23'); // held already: its minutes may be published
    await secretary.fill('#startTime', '16:00');
    await secretary.fill('#location', 'Rådhuset, mødelokale 2');
    await submit(secretary, 'button:has-text("Opret mødet")');
    expect(secretary.url()).toMatch(/\/sekretariat\/moede\/\d+\?gemt=oprettet/);
    const builderUrl = secretary.url().split('?')[0];
    meetingUrl = builderUrl.replace('/sekretariat/moede/', '/moede/');

    const add = async (template: string, title = '') => {
      await secretary.selectOption('#template', template);
      await secretary.fill('#title', title);
      await submit(secretary, 'button:has-text("Tilføj punkt")');
    };
    await add('approve_agenda');
    await add('announcements');
    await add('closed', 'Lukket: Personalesag');
    await add('case', 'Sundhedsplan 2027');
    await add('any_other_business');
    // Move the case above the closed item: the numbers follow.
    await submit(secretary, 'button[aria-label="Op: flyt punkt 4 op"]');
    const titles = await secretary.$$eval('main table tbody th a', (links) => links.map((a) => a.textContent));
    expect(titles).toEqual([
      'Godkendelse af dagsorden',
      'Meddelelser',
      'Sundhedsplan 2027',
      'Lukket: Personalesag',
      'Eventuelt',
    ]);
    await check('builder', secretary);

    await clickAndLoad(secretary, 'main table a:has-text("Lukket: Personalesag")');
    await check('editor', secretary);
    await secretary.fill('#section-summary', `${SECRET}.\n\n- punkt et\n- punkt to`);
    await submit(secretary, 'button:has-text("Vis forhåndsvisning")');
    expect(await secretary.textContent('.preview')).toContain('punkt et');
    await check('editor with preview', secretary);
    await submit(secretary, 'button:has-text("Gem punktet")');
    expect(await secretary.textContent('main')).toContain('Ændringerne er gemt.');

    await secretary.goto(builderUrl);
    await submit(secretary, 'button:has-text("Offentliggør dagsordenen")');
    // The confirmation page says what will happen; only its button publishes.
    expect(await secretary.textContent('main')).toContain('Er du sikker?');
    await check('confirmation', secretary);
    await submit(secretary, 'button:has-text("Ja, offentliggør dagsordenen")');
    expect(await secretary.textContent('main')).toContain('Dagsordenen er offentliggjort.');
  });

  it('records decisions and an absentee, publishes the minutes and corrects a decision', async () => {
    const builderUrl = meetingUrl.replace('/moede/', '/sekretariat/moede/');
    const decide = async (title: string, decision: string, absentees = '') => {
      await secretary.goto(builderUrl);
      await clickAndLoad(secretary, `main table a:has-text("${title}")`);
      await secretary.fill('#decision', decision);
      await secretary.fill('#absentees', absentees);
      await submit(secretary, 'button:has-text("Gem beslutningen")');
      expect(await secretary.textContent('main')).toContain('Beslutningen er gemt.');
    };
    await decide('Godkendelse af dagsorden', 'Godkendt.');
    await decide('Sundhedsplan 2027', 'Godkendt.', 'Bo Berg, Medlem');
    await decide('Lukket: Personalesag', 'Tiltrådt. Aftalen er fortrolig.');
    await secretary.goto(builderUrl);
    await secretary.fill('#present', 'Anne Andersen, Formand\nCarl Clausen');
    await secretary.fill('#absent', 'Dorte Dahl');
    await submit(secretary, 'button:has-text("Gem deltagere")');
    await submit(secretary, 'button:has-text("Godkend og offentliggør referatet")');
    await submit(secretary, 'button:has-text("Ja, offentliggør referatet")');
    expect(await secretary.textContent('main')).toContain('Referatet er godkendt og offentliggjort.');

    await decide('Sundhedsplan 2027', 'Godkendt med den ændring, at planen sendes i høring.', 'Bo Berg, Medlem');
    await secretary.goto(builderUrl);
    await secretary.fill('#reason', 'Beslutningen i punkt 3 var gengivet ufuldstændigt.');
    await submit(secretary, 'button:has-text("Offentliggør rettelsen")');
    await submit(secretary, 'button:has-text("Ja, offentliggør rettelsen")');
    expect(await secretary.textContent('main')).toContain('Rettelsen er offentliggjort som en ny version.');
    await check('builder with versions', secretary);
  });

  it('the public sees the minutes and the correction note, and nothing of the closed item', async () => {
    const visitor = await newPage();
    await visitor.goto(meetingUrl);
    const main = (await visitor.textContent('main')) ?? '';
    expect(await visitor.textContent('h1')).toMatch(/^Referat, Sundhedsråd Prøveby, mandag d\. 23\. marts 2026/);
    expect(main).toMatch(/Rettet \d{1,2}\. \S+ \d{4}: Beslutningen i punkt 3 var gengivet ufuldstændigt\./);
    expect(main).toContain('sendes i høring');
    expect(main).toContain('Dorte Dahl');
    expect(main).toContain('Lukket: Personalesag');
    expect(main).not.toContain('Fortroligt');
    expect(main).not.toContain('fortrolig');
    await check('public meeting', visitor);
    await clickAndLoad(visitor, 'a:has-text("Version 3")');
    expect(await visitor.locator('ins').count()).toBeGreaterThan(0);
    expect(await visitor.locator('del').count()).toBeGreaterThan(0);
    await check('version', visitor);
    const text = await visitor.request.get(`${meetingUrl}.txt`);
    expect(text.status()).toBe(200);
    expect(await text.text()).not.toContain('Fortroligt');
  });

  it('a member of the body sees the closed item; a member of another body does not', async () => {
    const [{ id: bodyId }] = await handle.query<{ id: number }>('select id from bodies where slug = $1', [bodySlug]);
    const [{ id: otherId }] = await handle.query<{ id: number }>(
      "select id from bodies where kind = 'health_council' and slug <> $1 order by slug limit 1",
      [bodySlug],
    );
    for (const [email, body] of [
      ['medlem@proeveby.dk', bodyId],
      ['medlem@andetsted.dk', otherId],
    ] as const) {
      const user = await createUser({
        db: handle.db,
        email,
        name: email,
        password: PASSWORD,
        actor: COMMAND_LINE_ACTOR,
      });
      if (!user.ok) throw new Error(user.reason);
      await setUserRole({
        db: handle.db,
        userId: user.userId,
        bodyId: body,
        role: 'member',
        actor: COMMAND_LINE_ACTOR,
      });
    }
    const member = await newPage();
    await logIn(member, 'medlem@proeveby.dk');
    await member.goto(meetingUrl);
    expect(await member.textContent('main')).toContain(SECRET);
    await check('member meeting', member);
    await member.goto(`${base}/mig`);
    expect(await member.textContent('main')).toContain('Sundhedsråd Prøveby');
    await check('member page', member);

    const stranger = await newPage();
    await logIn(stranger, 'medlem@andetsted.dk');
    await stranger.goto(meetingUrl);
    expect(await stranger.textContent('main')).not.toContain('Fortroligt');
    expect(await stranger.textContent('main')).toContain('Lukket: Personalesag');
  });

  it('finds no axe violations on the new pages, and no console errors', async () => {
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(10);
    for (const [name, found] of Object.entries(violations)) expect(found, name).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
