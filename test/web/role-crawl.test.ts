/**
 * Every page a role may use is reached by links: an HTTP crawl from `/` (breadth first, same site,
 * GET only, as the role's browser would follow <a href>) for the public, a member, a secretariat
 * and an admin. The pages each role must reach are the authorization matrix's GET routes that
 * answer the role 200 (test/helpers/*-matrix.ts, secretariat.ts), less the ones named below with
 * the reason no link leads there; plus the footer's pages for everyone and a meeting's agenda
 * builder for the secretariat and admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountsWorld,
  CookieJar,
  type MatrixEntry,
  openAccountsWorld,
  type RoleName,
  sessionFor,
} from '../helpers/accounts.js';
import { accountMatrixEntries } from '../helpers/accounts-matrix.js';
import { type AdminMatrixFixture, adminMatrixEntries } from '../helpers/admin-matrix.js';
import { TEST_DATABASES } from '../helpers/databases.js';
import { questionSchemeEntries } from '../helpers/question-matrix.js';
import {
  makeDataDir,
  type SecretariatFixture,
  secretariatMatrixEntries,
  seedSecretariatFixture,
} from '../helpers/secretariat.js';

/** The most pages one role's crawl visits. */
const PAGE_CAP = 400;

/** Not followed: logging out, the language switch, files and feeds, the JSON API. */
const SKIPPED =
  /^\/(?:log-ud|sprog)(?:[/?]|$)|^\/(?:api\/v1|oparl)\/|\.(?:pdf|ics|atom|csv|txt|json|ndjson|zip|gz)(?:$|\?)/;

/** The matrix's rows; only their method, route and statuses are read here (the fixtures are not). */
const unusedFixture = <T>(): T => {
  throw new Error('the crawl reads the routes, not the paths');
};
const MATRIX: MatrixEntry[] = [
  ...accountMatrixEntries(),
  ...secretariatMatrixEntries(() => unusedFixture<SecretariatFixture>()),
  ...questionSchemeEntries(),
  ...adminMatrixEntries(() => unusedFixture<AdminMatrixFixture>()),
];

/** Pages a role may open that no link offers it, and why. */
const NOT_LINKED: Partial<Record<RoleName, Record<string, string>>> = {
  'secretariat of this body': {
    '/mine-sporgsmaal': 'a secretariat asks no questions; the menu offers its question queue instead',
  },
};
/** The log-in and password pages are for the public: the signed-in see "Log ud" in their place. */
const PUBLIC_ONLY = new Set(['/log-ind', '/glemt-kodeord']);

const CRAWLED: RoleName[] = ['anonymous', 'member of this body', 'secretariat of this body', 'admin'];

/**
 * The paths the role must reach: the matrix's GET routes without parameters that answer it 200.
 * (Routes with parameters — a question, a follow-up, a person, a plan entry — are reached through
 * their lists only when such data exist; the agenda builder is asked for on its own below.)
 */
function keyPaths(role: RoleName): string[] {
  const routes = MATRIX.filter((entry) => entry.method === 'GET' && entry.expected[role] === 200)
    .map((entry) => entry.route)
    .filter((route) => !route.includes(':'))
    .filter((route) => !(role !== 'anonymous' && PUBLIC_ONLY.has(route)))
    .filter((route) => !NOT_LINKED[role]?.[route]);
  // Everyone's: the footer's pages (about the data, following along, the glossary, every publisher).
  return [...routes, '/api/docs', '/foelg-med', '/ordliste', '/udgiver'];
}

/** The same-site links of a page, as paths with their queries (fragments dropped). */
function linksIn(html: string, from: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]+)"/g)) {
    const url = new URL(match[1].replaceAll('&amp;', '&'), `http://localhost${from}`);
    if (url.origin === 'http://localhost') links.push(`${url.pathname}${url.search}`);
  }
  return links;
}

/**
 * Breadth first from `/` until `goOn` (told each page's path and status) says enough, the links
 * run out or the cap is hit; every visited path's status.
 */
async function crawl(
  world: AccountsWorld,
  jar: CookieJar,
  goOn: (path: string, status: number) => boolean,
): Promise<Map<string, number>> {
  const statuses = new Map<string, number>();
  const queue = ['/'];
  const seen = new Set(queue);
  while (queue.length > 0 && statuses.size < PAGE_CAP) {
    const path = queue.shift() as string;
    const response = await world.app.request(path, { headers: { cookie: jar.header() } });
    statuses.set(path, response.status);
    if (!goOn(path, response.status)) break;
    if (!response.headers.get('content-type')?.startsWith('text/html')) {
      await response.body?.cancel();
      continue;
    }
    const html = await response.text();
    for (const link of linksIn(html, path)) {
      if (seen.has(link) || SKIPPED.test(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return statuses;
}

/** Whether a meeting's agenda builder (/sekretariat/moede/:id) is among the pages. */
const hasBuilder = (paths: Set<string>) => [...paths].some((path) => /^\/sekretariat\/moede\/\d+$/.test(path));

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
      const needsBuilder = role === 'secretariat of this body' || role === 'admin';
      const reached = new Set<string>();
      const statuses = await crawl(world, jar, (path, status) => {
        if (status === 200) reached.add(path.split('?')[0]);
        // On while a page is missing.
        return keys.some((key) => !reached.has(key)) || (needsBuilder && !hasBuilder(reached));
      });
      const ok = [...reached];
      expect(
        keys.filter((key) => !ok.includes(key)),
        `pages ${role} may use that no link leads to`,
      ).toEqual([]);
      if (needsBuilder) expect(hasBuilder(reached), "a meeting's agenda builder").toBe(true);
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
