/**
 * Pages that moved to the message catalogue, asked for in English (the language cookie): log-in,
 * the problem pages, a person's notifications and settings, the question scheme's and follow-ups'
 * pages and the administrators' users, people and personal numbers come with an English heading, `lang="en"`, and no Danish word of Protokol's
 * own in the page's main part (what people wrote stays as written: the bodies' names are taken
 * out before the check; the pages here show no other data).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, CookieJar, getPage, openAccountsWorld, sessionFor } from '../helpers/accounts.js';
import { CRAWL_DATABASES } from '../helpers/databases.js';
import { visibleText } from '../helpers/portal.js';
import { seedQuestionWorld } from '../helpers/question-world.js';

/** Interface words of these pages in Danish: none may be left in the English page. */
const DANISH =
  /[æøåÆØÅ]|\b(Log ind|Kodeord|Glemt|Notifikationer|Indstillinger|Gem|Vælg|Frist|Organ|Stil et|Regler|Opfølgning|Mødeplan|Sekretariatet|Dine sider|Ingen|Vis|Brugere|Personer|Opret|Udgiver|Roller|Nej)\b/;

describe.each(CRAWL_DATABASES)('converted pages in English, on $name', (database) => {
  let world: AccountsWorld;
  let bodyNames: string[] = [];
  const jars = {} as Record<'anonymous' | 'member' | 'secretariat' | 'admin', CookieJar>;

  beforeAll(async () => {
    world = await openAccountsWorld(database, { cache: false });
    await seedQuestionWorld(world);
    bodyNames = (await world.handle.query<{ name: string }>('select name from bodies')).map((row) => row.name);
    jars.anonymous = new CookieJar();
    jars.member = (await sessionFor(world.handle, world.userIds['member of this body'])).jar;
    jars.secretariat = (await sessionFor(world.handle, world.userIds['secretariat of this body'])).jar;
    jars.admin = (await sessionFor(world.handle, world.userIds.admin)).jar;
    for (const jar of Object.values(jars)) jar.cookies.set('lang', 'en');
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  it.each([
    ['anonymous', '/log-ind', 200, 'Log in'],
    ['anonymous', '/glemt-kodeord', 200, 'Forgotten password'],
    ['anonymous', '/nulstil-kodeord/not-a-token-at-all-xxxxxxxx', 404, 'The link does not work'],
    ['anonymous', '/notifikationer', 401, 'Log in to see the page'],
    ['member', '/notifikationer', 200, 'Notifications'],
    ['member', '/indstillinger/notifikationer', 200, 'Notification settings'],
    ['member', '/sporgsmaal/ny', 200, 'Ask a question'],
    ['member', '/sekretariat/sporgsmaal', 403, 'You do not have access'],
    ['secretariat', '/sekretariat/sporgsmaal/regler', 200, 'Rules of the question scheme'],
    ['admin', '/admin/brugere', 200, 'Users'],
    ['admin', '/admin/personer', 200, 'People'],
    ['admin', '/admin/personnumre', 200, 'Personal numbers found'],
  ] as const)('%s %s: %i, "%s", no Danish', async (who, path, status, heading) => {
    const { response, text } = await getPage(world.app, jars[who], path);
    expect(response.status).toBe(status);
    expect(text).toContain('<html lang="en"');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(text)?.[1] ?? '';
    expect(main).not.toContain('lang="da"');
    expect(main).toMatch(new RegExp(`<h1[^>]*>${heading}( – [^<]+)?</h1>`));
    const words = bodyNames.reduce((rest, name) => rest.replaceAll(name, ''), visibleText(main));
    expect(words.match(DANISH)?.[0], words).toBeUndefined();
  });

  it('keeps Danish for a browser without the cookie', async () => {
    const { text } = await getPage(world.app, new CookieJar(), '/log-ind');
    expect(text).toMatch(/<h1[^>]*>Log ind<\/h1>/);
  });
});
