/**
 * What the role crawls share (test/web/role-crawl.test.ts over HTTP on both databases,
 * e2e/role-crawl.test.ts in Chromium at 390 and 1280 px): the pages each role must reach by links
 * from `/` (the authorization matrix's GET routes that answer the role 200, less the ones named
 * with the reason no link leads there, plus the footer's pages), the links never followed, and
 * the breadth-first crawl itself, which is told how to visit a page.
 */

import type { MatrixEntry, RoleName } from './accounts.js';
import { accountMatrixEntries } from './accounts-matrix.js';
import { type AdminMatrixFixture, adminMatrixEntries } from './admin-matrix.js';
import { frameMatrixEntries } from './frames-matrix.js';
import { memberReadingMatrixEntries } from './member-reading-matrix.js';
import type { MemberWorkFixture } from './member-work-matrix.js';
import { questionSchemeEntries } from './question-matrix.js';
import { type SecretariatFixture, secretariatMatrixEntries } from './secretariat.js';
import { subscriptionMatrixEntries } from './subscription-matrix.js';

/** The most pages one role's crawl visits. */
const PAGE_CAP = 400;

/** Not followed: logging out, the language switch, files and feeds, the JSON API. */
export const SKIPPED =
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
  ...frameMatrixEntries(),
  ...subscriptionMatrixEntries(),
  ...memberReadingMatrixEntries(() => unusedFixture<MemberWorkFixture>()), // Members' reading on the go
];

/** Pages a role may open that no link offers it, and why. */
const NOT_LINKED: Partial<Record<RoleName, Record<string, string>>> = {
  'secretariat of this body': {
    '/mine-sporgsmaal': 'a secretariat asks no questions; the menu offers its question queue instead',
    '/mig/naeste-moede': "a secretariat builds its meetings; the menu offers members the next meeting's changes",
  },
};
/** The log-in and password pages are for the public: the signed-in see "Log ud" in their place. */
const PUBLIC_ONLY = new Set(['/log-ind', '/glemt-kodeord']);

export const CRAWLED: RoleName[] = ['anonymous', 'member of this body', 'secretariat of this body', 'admin'];

/**
 * The paths the role must reach: the matrix's GET routes without parameters that answer it 200.
 * (Routes with parameters — a question, a follow-up, a person, a plan entry — are reached through
 * their lists only when such data exist; the agenda builder is asked for on its own, `hasBuilder`.)
 */
export function keyPaths(role: RoleName): string[] {
  const routes = MATRIX.filter((entry) => entry.method === 'GET' && entry.expected[role] === 200)
    .map((entry) => entry.route)
    .filter((route) => !route.includes(':'))
    .filter((route) => !(role !== 'anonymous' && PUBLIC_ONLY.has(route)))
    .filter((route) => !NOT_LINKED[role]?.[route]);
  // Everyone's: the footer's pages (about the data, following along, the glossary, every publisher, the frames).
  return [...routes, '/api/docs', '/foelg-med', '/ordliste', '/udgiver', '/rammer'];
}

/** Whether the role must also reach a meeting's agenda builder (/sekretariat/moede/:id). */
export const needsBuilder = (role: RoleName) => role === 'secretariat of this body' || role === 'admin';

/** Whether a meeting's agenda builder is among the paths. */
export const hasBuilder = (paths: Iterable<string>) =>
  [...paths].some((path) => /^\/sekretariat\/moede\/\d+$/.test(path));

/** A page as the crawl sees it: its status and the same-site links one can follow from it. */
export interface Visited {
  status: number;
  links: string[];
}

export interface CrawlResult {
  /** Every visited path's status. */
  statuses: Map<string, number>;
  /** The paths (without their queries) that answered 200. */
  reached: Set<string>;
}

/**
 * Breadth first from `/`, following what `visit` says a page links to, until every key path (and
 * the agenda builder where the role needs it) is reached, the links run out or the cap is hit. A
 * link to a page still missing is followed first (it was offered; the rest of the site need not be
 * walked to prove it). `shapeOf`, when given, visits one page of each shape only (a meeting, not
 * every meeting).
 */
export async function crawlForKeys(
  role: RoleName,
  visit: (path: string) => Promise<Visited>,
  options: { shapeOf?: (path: string) => string } = {},
): Promise<CrawlResult> {
  const keys = keyPaths(role);
  const statuses = new Map<string, number>();
  const reached = new Set<string>();
  const queue = ['/'];
  const wanted: string[] = [];
  const seen = new Set(queue);
  const shapes = new Set<string>();
  const missing = () => keys.some((key) => !reached.has(key)) || (needsBuilder(role) && !hasBuilder(reached));
  const isWanted = (link: string) => {
    const path = link.split('?')[0];
    return (keys.includes(path) && !reached.has(path)) || (needsBuilder(role) && hasBuilder([path]));
  };
  while ((wanted.length > 0 || queue.length > 0) && statuses.size < PAGE_CAP && missing()) {
    const path = (wanted.shift() ?? queue.shift()) as string;
    const { status, links } = await visit(path);
    statuses.set(path, status);
    if (status === 200) reached.add(path.split('?')[0]);
    for (const link of links) {
      if (seen.has(link) || SKIPPED.test(link)) continue;
      seen.add(link);
      const shape = options.shapeOf?.(link);
      if (shape !== undefined && !keys.includes(link) && shapes.has(shape)) continue;
      if (shape !== undefined) shapes.add(shape);
      (isWanted(link) ? wanted : queue).push(link);
    }
  }
  return { statuses, reached };
}

/** A path's shape: numbers as ":n", the query's names without their values. */
export function shapeOf(path: string): string {
  const url = new URL(path, 'http://localhost');
  const names = [...new Set(url.searchParams.keys())].sort().join('&');
  return `${url.pathname.replace(/\/\d+(?=\/|$)/g, '/:n')}?${names}`;
}
