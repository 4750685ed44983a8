/**
 * Every page a role may use is reached by links: an HTTP crawl from `/` (breadth first, same site,
 * GET only, as the role's browser would follow <a href>) for the public, a member, a secretariat
 * and an admin, on both databases. The pages each role must reach are named in
 * test/helpers/role-crawl.ts (the authorization matrix's GET routes that answer the role 200, the
 * footer's pages, a meeting's agenda builder for the secretariat and admins); e2e/role-crawl.test.ts
 * follows only the links a browser shows at 390 and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccountsWorld, CookieJar, openAccountsWorld, type RoleName, sessionFor } from '../helpers/accounts.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { CRAWLED, crawlForKeys, hasBuilder, keyPaths, needsBuilder } from '../helpers/role-crawl.js';
import { makeDataDir, seedSecretariatFixture } from '../helpers/secretariat.js';

/** The same-site links of a page, as paths with their queries (fragments dropped). */
function linksIn(html: string, from: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
    const url = new URL(match[1].replaceAll('&amp;', '&'), `http://localhost${from}`);
    if (url.origin === 'http://localhost') links.push(`${url.pathname}${url.search}`);
  }
  return links;
}

/** A page fetched as the role's browser would (GET, its cookie), and the links in its HTML. */
async function visitOver(world: AccountsWorld, jar: CookieJar, path: string) {
  const response = await world.app.request(path, { headers: { cookie: jar.header() } });
  if (!response.headers.get('content-type')?.startsWith('text/html')) {
    await response.body?.cancel();
    return { status: response.status, links: [] };
  }
  return { status: response.status, links: linksIn(await response.text(), path) };
}

describe.each(TEST_DATABASES)('every role reaches its pages by links, on $name', (database) => {
  let world: AccountsWorld;
  const dataDir = makeDataDir();
  beforeAll(async () => {
    world = await openAccountsWorld(database, { dataDir });
    await seedSecretariatFixture(world, dataDir); // meetings of this body for the agenda builder
  });
  afterAll(async () => {
    await world?.handle.close();
  });

  for (const role of CRAWLED) {
    it(`${role}`, async () => {
      const jar = role === 'anonymous' ? new CookieJar() : (await sessionFor(world.handle, world.userIds[role])).jar;
      const keys = keyPaths(role);
      const { statuses, reached } = await crawlForKeys(role, (path) => visitOver(world, jar, path));
      expect(
        keys.filter((key) => !reached.has(key)),
        `pages ${role} may use that no link leads to`,
      ).toEqual([]);
      if (needsBuilder(role)) expect(hasBuilder(reached), "a meeting's agenda builder").toBe(true);
      const broken = [...statuses].filter(([, status]) => status >= 500);
      expect(broken, 'links that lead to a server error').toEqual([]);
      expect(keys.length).toBeGreaterThan(role === 'anonymous' ? 5 : 8);
    });
  }

  it("lists the pages of one's roles on /mig too, not only in the header's menu", async () => {
    const main = async (role: Exclude<RoleName, 'anonymous'>) => {
      const { jar } = await sessionFor(world.handle, world.userIds[role]);
      const html = await (await world.app.request('/mig', { headers: { cookie: jar.header() } })).text();
      return html.slice(html.indexOf('<main'));
    };
    const member = await main('member of this body');
    expect(member).toContain('href="/mine-sporgsmaal"');
    expect(member).toContain('href="/sporgsmaal/ny"');
    expect(member).toContain('href="/notifikationer"');
    expect(member).not.toContain('href="/sekretariat/sporgsmaal"');
    const secretariat = await main('secretariat of this body');
    expect(secretariat).toContain('href="/sekretariat/opfoelgning"');
    expect(secretariat).not.toContain('href="/sporgsmaal/ny"');
  });
});
