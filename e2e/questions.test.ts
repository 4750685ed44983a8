/**
 * The question scheme in a real browser (Debian's Chromium through playwright-core): a member asks;
 * the secretariat answers with a confidential part; the other members are notified (by e-mail over
 * a real SMTP server, sent by the server's background loop, and in the app); the public page shows
 * only the open part; the statistics count it. Then an axe check (zero violations) and a sensible
 * heading order on every page of the question scheme, follow-ups, meeting plan and notifications.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../src/domain/danish-dates.js';
import { computeDeadline, copenhagenDate } from '../src/domain/deadlines.js';
import { createLogger } from '../src/log.js';
import { createUser } from '../src/use-cases/accounts/create-user.js';
import { setUserRole } from '../src/use-cases/accounts/set-user-role.js';
import { COMMAND_LINE_ACTOR } from '../src/use-cases/audit/record-audit-entry.js';
import { createSmtpMailer } from '../src/web/auth/mailers.js';
import { type NotificationLoop, startNotificationLoop } from '../src/web/notifications/background-jobs.js';
import { type RunningServer, startServer } from '../src/web/server.js';
import { type AccountsWorld, openAccountsWorld, PASSWORD, ROLE_EMAILS } from '../test/helpers/accounts.js';
import { TEST_DATABASES } from '../test/helpers/databases.js';
import { type QuestionFixtures, seedQuestionWorld } from '../test/helpers/question-world.js';
import { startSmtpServer, type TestSmtpServer } from '../test/helpers/smtp-server.js';
import { axeViolations, BROWSER_TIMEOUT, hasChromium, launchChromium } from './browser.js';

const SECRET = 'fortroligpelikan';
const OTHER_MEMBER = 'andet.medlem@fjordby.dk';
/**
 * The real clock (sessions set by the login form expire in the browser's time): the deadline
 * the pages explain is computed here the same way, from today's Danish date.
 */
const DEADLINE = computeDeadline({ receivedOn: copenhagenDate(new Date()) });
const EXPLANATION = `${DEADLINE.explanation.charAt(0).toUpperCase()}${DEADLINE.explanation.slice(1)}`;

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

type Who = 'member' | 'secretariat' | 'public';

/** The pages of the question scheme that the axe test checks, one test each: the journey's, then fixed ones. */
const AXE_PAGES = [
  'member: my questions',
  'member: ask',
  'member: question sent',
  'secretariat: queue',
  'secretariat: question',
  'member: notifications',
  'member: answered question',
  'public: answers',
  'public: statistics',
  'member: notification settings',
  'member: choose a body',
  'secretariat: seeded question',
  'secretariat: follow-ups',
  'secretariat: follow-up',
  'secretariat: new follow-up',
  'secretariat: meeting plan',
  'secretariat: plan entry',
  'secretariat: notifications',
  'secretariat: scheme rules',
  'member: scheme rules',
  'public: meeting plan',
  'public: case',
  'public: body',
] as const;

describe.skipIf(!hasChromium)('the question scheme in Chromium', { timeout: BROWSER_TIMEOUT }, () => {
  let world: AccountsWorld;
  let fixtures: QuestionFixtures;
  let server: RunningServer;
  let smtp: TestSmtpServer;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let loop: NotificationLoop;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let base: string;
  const consoleErrors: string[] = [];
  /** Pages to check with axe (AXE_PAGES), by who sees them. */
  const visited = new Map<(typeof AXE_PAGES)[number], { who: Who; url: string }>();
  let questionId = 0;

  beforeAll(async () => {
    world = await openAccountsWorld(TEST_DATABASES[0], { cache: { probeIntervalMs: 20 } });
    fixtures = await seedQuestionWorld(world);
    const other = await createUser({
      db: world.handle.db,
      email: OTHER_MEMBER,
      name: 'Andet Medlem',
      password: PASSWORD,
      actor: COMMAND_LINE_ACTOR,
    });
    if (!other.ok) throw new Error(other.reason);
    await setUserRole({
      db: world.handle.db,
      userId: other.userId,
      bodyId: world.thisBody.id,
      role: 'member',
      actor: COMMAND_LINE_ACTOR,
    });
    server = await startServer(world.app, 0, '127.0.0.1');
    base = `http://127.0.0.1:${server.port}`;
    smtp = await startSmtpServer();
    mailer = createSmtpMailer({ url: smtp.url, from: 'Protokol <protokol@example.dk>' });
    loop = startNotificationLoop({
      db: world.handle.db,
      mailer,
      publicUrl: base,
      logger: createLogger('silent'),
      intervalMs: 100,
    });
    browser = await launchChromium();
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await loop?.stop();
    mailer?.close();
    await smtp?.close();
    await server?.close();
    await world?.handle.close();
  }, BROWSER_TIMEOUT);

  /** A browser context of its own, signed in through the real login form (or the public's). */
  async function personAt(email: string | null, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false });
    contexts.push(context);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    if (email) {
      await page.goto(`${base}/log-ind`);
      await page.fill('#email', email);
      await page.fill('#password', PASSWORD);
      await page.click('main button[type="submit"]');
      await page.waitForURL(`${base}/`);
    }
    return page;
  }

  it('a member asks; the secretariat answers with a confidential part; the members are told; the public sees the open part', async () => {
    // The member asks.
    const member = await personAt(ROLE_EMAILS['member of this body']);
    await member.goto(`${base}/mine-sporgsmaal`);
    visited.set('member: my questions', { who: 'member', url: member.url() });
    await member.getByRole('link', { name: /^Stil et spørgsmål i / }).click();
    await member.waitForURL(/\/sporgsmaal\/ny\?organ=/);
    visited.set('member: ask', { who: 'member', url: member.url() });
    expect(await member.textContent('main')).toContain(
      `Stiller du spørgsmålet i dag, er fristen ${formatDate(DEADLINE.dueOn)}.`,
    );
    await member.fill('#title', 'Ventelister til genoptræning');
    await member.fill('#text', 'Hvor mange borgere står på venteliste til genoptræning efter udskrivning?');
    await member.selectOption('#addressee', 'hospital_management');
    await member.getByRole('button', { name: 'Send spørgsmålet' }).click();
    await member.waitForURL(/\/sporgsmaal\/\d+\?sendt=1$/);
    questionId = Number(/\/sporgsmaal\/(\d+)/.exec(member.url())?.[1]);
    visited.set('member: question sent', { who: 'member', url: member.url() });
    expect(await member.textContent('.alert-success')).toContain(EXPLANATION);
    expect(await member.textContent('h1')).toBe('Spørgsmål til spørgeordningen: Ventelister til genoptræning');

    // The public page before the answer: the body does not publish yet.
    const visitor = await personAt(null);
    await visitor.goto(`${base}/organ/${world.thisBody.slug}/spoergsmaal`);
    expect(await visitor.textContent('main')).toContain('offentliggør ikke svarene');

    // The secretariat: the queue, publishing on, the answer.
    const secretariat = await personAt(ROLE_EMAILS['secretariat of this body']);
    await secretariat.goto(`${base}/sekretariat/sporgsmaal`);
    visited.set('secretariat: queue', { who: 'secretariat', url: secretariat.url() });
    const row = secretariat.locator('tr', { hasText: 'Ventelister til genoptræning' });
    expect(await row.textContent()).toContain(EXPLANATION);
    await secretariat.getByRole('button', { name: /^Offentliggør svar fremover for / }).click();
    await secretariat.waitForURL(/offentliggoerelse=1/);
    expect(await secretariat.textContent('main')).toContain('Svar offentliggøres');
    await secretariat
      .getByRole('link', { name: 'Spørgsmål til spørgeordningen: Ventelister til genoptræning' })
      .click();
    await secretariat.waitForURL(new RegExp(`/sekretariat/sporgsmaal/${questionId}$`));
    visited.set('secretariat: question', { who: 'secretariat', url: secretariat.url() });
    await secretariat.fill('#part-1', '312 borgere venter på genoptræning; ventetiden er i gennemsnit 18 dage.');
    await secretariat.fill('#part-2', `Heraf venter 9 på det ${SECRET}-hold, som lukkes i maj.`);
    await secretariat.check('#part-2-confidential');
    expect(await secretariat.isChecked('#publish')).toBe(true);
    await secretariat.getByRole('button', { name: 'Send svaret' }).click();
    await secretariat.waitForURL(/gemt=besvaret/);
    expect(await secretariat.textContent('.alert-success')).toContain('Organets medlemmer får besked');
    expect(await secretariat.textContent('main')).toContain('Besvaret inden for fristen'.toLowerCase());

    // The members are told by e-mail (the background loop sends it), without the confidential text.
    const mails = await smtp.waitFor(4);
    const answered = mails.filter((mail) => mail.subject.startsWith('Besvaret: '));
    expect(answered.flatMap((mail) => mail.to).sort()).toEqual(
      [ROLE_EMAILS['member of this body'], OTHER_MEMBER].sort(),
    );
    for (const mail of smtp.received) expect(mail.raw.toLowerCase()).not.toContain(SECRET);
    expect(answered[0].text).toContain('312 borgere venter på genoptræning');
    expect(answered[0].text).toContain('Svaret har fortrolige dele, som du kan læse i Protokol.');
    expect(answered[0].text).toContain(`${base}/sporgsmaal/${questionId}`);

    // …and in the app, with the reason; the other member reads the answer, the confidential part marked.
    const colleague = await personAt(OTHER_MEMBER);
    await colleague.goto(`${base}/notifikationer`);
    visited.set('member: notifications', { who: 'member', url: colleague.url() });
    expect(await colleague.textContent('main')).toContain('Du får denne besked, fordi du er medlem af');
    await colleague
      .getByRole('link', { name: 'Besvaret: Spørgsmål til spørgeordningen: Ventelister til genoptræning' })
      .click();
    await colleague.waitForURL(new RegExp(`/sporgsmaal/${questionId}$`));
    visited.set('member: answered question', { who: 'member', url: colleague.url() });
    expect(await colleague.textContent('.answer-part-confidential')).toContain(SECRET);
    expect(await colleague.textContent('.answer-part-confidential')).toContain('Fortroligt');

    // The public: the open part only, found from the body's page.
    await visitor.goto(`${base}/organ/${world.thisBody.slug}`);
    await visitor.getByRole('link', { name: 'Spørgsmål og svar (spørgeordningen)' }).click();
    await visitor.waitForURL(/\/spoergsmaal$/);
    visited.set('public: answers', { who: 'public', url: visitor.url() });
    const publicText = (await visitor.textContent('main')) ?? '';
    expect(publicText).toContain('312 borgere venter på genoptræning');
    expect(publicText).toContain('Svaret har desuden fortrolige dele, som ikke offentliggøres.');
    expect(publicText.toLowerCase()).not.toContain(SECRET);
    expect(publicText).not.toContain('member of this body');
    expect((await visitor.content()).toLowerCase()).not.toContain(SECRET);

    // The statistics count it (the seeded question is still open, within its deadline).
    await visitor.getByRole('link', { name: 'Se statistikken' }).click();
    await visitor.waitForURL(/\/statistik$/);
    visited.set('public: statistics', { who: 'public', url: visitor.url() });
    const stats = await visitor.locator('.statistics-table').textContent();
    expect(stats).toMatch(/Stillede spørgsmål\s*2/);
    expect(stats).toMatch(/Besvarede\s*1/);
    expect(stats).toMatch(/Besvaret inden for fristen\s*1 \(100 %\)/);
    expect(stats).toMatch(/Under behandling\s*1/);
  });

  it('has no console errors (no CSP violation) on the pages of the journey', async () => {
    expect(consoleErrors).toEqual([]);
  });

  describe('accessibility of every page of the question scheme', () => {
    const axeFor = {} as Record<Who, Page>;

    beforeAll(async () => {
      const slug = world.thisBody.slug;
      const fixed: [(typeof AXE_PAGES)[number], Who, string][] = [
        ['member: notification settings', 'member', `${base}/indstillinger/notifikationer`],
        ['member: choose a body', 'member', `${base}/sporgsmaal/ny`],
        ['secretariat: seeded question', 'secretariat', `${base}/sekretariat/sporgsmaal/${fixtures.questionId}`],
        ['secretariat: follow-ups', 'secretariat', `${base}/sekretariat/opfoelgning`],
        ['secretariat: follow-up', 'secretariat', `${base}/sekretariat/opfoelgning/${fixtures.followUpId}`],
        [
          'secretariat: new follow-up',
          'secretariat',
          `${base}/sekretariat/beslutning/${fixtures.decisionId}/opfoelgning/ny`,
        ],
        ['secretariat: meeting plan', 'secretariat', `${base}/sekretariat/moedeplan?organ=${slug}&aar=2026`],
        ['secretariat: plan entry', 'secretariat', `${base}/sekretariat/moedeplan/${fixtures.planEntryId}`],
        ['secretariat: notifications', 'secretariat', `${base}/notifikationer`],
        ['secretariat: scheme rules', 'secretariat', `${base}/sekretariat/sporgsmaal/regler?organ=${slug}`],
        ['member: scheme rules', 'member', `${base}/sporgsmaal/regler?organ=${slug}`],
        ['public: meeting plan', 'public', `${base}/organ/${slug}/moedeplan?aar=2026`],
        ['public: case', 'public', `${base}/sag/25%2F58516`],
        ['public: body', 'public', `${base}/organ/${slug}`],
      ];
      for (const [name, who, url] of fixed) visited.set(name, { who, url });
      axeFor.member = await personAt(ROLE_EMAILS['member of this body'], { bypassCSP: true });
      axeFor.secretariat = await personAt(ROLE_EMAILS['secretariat of this body'], { bypassCSP: true });
      axeFor.public = await personAt(null, { bypassCSP: true });
    }, BROWSER_TIMEOUT);

    for (const name of AXE_PAGES) {
      it(`finds no axe violations and a sensible heading order: ${name}`, async () => {
        const target = visited.get(name);
        expect(target, `${name} was visited`).toBeDefined();
        const { who, url } = target!;
        const page = axeFor[who];
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        expect(await page.getAttribute('html', 'lang'), url).toBe('da');
        expect(await axeViolations(page), `${who}: ${url}`).toEqual([]);
        expectSensibleHeadings(await headingLevels(page), url);
      });
    }
  });
});
