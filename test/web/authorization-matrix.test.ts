/**
 * The authorization matrix: every route × every role → the expected status. A route of the app
 * that is neither in MATRIX nor in PUBLIC_ROUTES fails the suite, so no route goes without an
 * entry. Every unsafe request carries a valid CSRF token for its role, so what is tested here is
 * the authorization, not the CSRF check (that is in auth.test.ts). On one database (PostgreSQL when
 * the run has one): what it checks is each route's guard, and the routes' queries are tested on both
 * engines by their own tests.
 */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import { BODY_ACTIONS, type BodyAction } from '../../src/domain/roles.js';
import { isAppError } from '../../src/errors.js';
import { createAuth, requireRole } from '../../src/web/auth/index.js';
import {
  type AccountsWorld,
  CookieJar,
  csrfTokenIn,
  getPage,
  type MatrixEntry,
  openAccountsWorld,
  ROLES,
  type RoleName,
  sessionFor,
} from '../helpers/accounts.js';
import { accountMatrixEntries } from '../helpers/accounts-matrix.js'; // Accounts
import { type AdminMatrixFixture, adminMatrixEntries, seedAdminMatrix } from '../helpers/admin-matrix.js'; // Admin
import { AGREEMENT_PUBLIC_ROUTES, agreementMatrixEntries } from '../helpers/agreements-matrix.js'; // Investment agreements
import { CRAWL_DATABASES } from '../helpers/databases.js';
import { FRAME_PUBLIC_ROUTES, frameMatrixEntries } from '../helpers/frames-matrix.js'; // Frames and keys
import { GP_CAPACITY_PUBLIC_ROUTES, gpCapacityMatrixEntries } from '../helpers/gp-capacity-matrix.js'; // GP capacity
import { memberReadingMatrixEntries } from '../helpers/member-reading-matrix.js'; // Members' reading on the go
import {
  type MemberWorkFixture,
  memberWorkMatrixEntries,
  seedMemberWorkFixture,
} from '../helpers/member-work-matrix.js'; // Members' daily work
import { startTestProvider, type TestProvider } from '../helpers/oidc-provider.js';
import { OPEN_DATA_PUBLIC_ROUTES } from '../helpers/open-data-matrix.js'; // Open data
import {
  PLAN_HEARING_PUBLIC_ROUTES,
  type PlanHearingFixture,
  planHearingMatrixEntries,
  seedPlanHearingFixture,
} from '../helpers/plans-hearings-matrix.js'; // Plans and hearings
import { PROCESS_PUBLIC_ROUTES, processMatrixEntries } from '../helpers/process-matrix.js'; // Processes
import { PROJECT_PUBLIC_ROUTES, projectMatrixEntries } from '../helpers/projects-matrix.js'; // Grants and projects
import { QUESTION_PUBLIC_ROUTES, questionSchemeEntries } from '../helpers/question-matrix.js'; // Question scheme
import { seedQuestionWorld } from '../helpers/question-world.js'; // Question scheme
import {
  makeDataDir,
  type SecretariatFixture,
  secretariatMatrixEntries,
  seedSecretariatFixture,
} from '../helpers/secretariat.js'; // The secretariat's work
import { subscriptionMatrixEntries } from '../helpers/subscription-matrix.js'; // Following by e-mail

type Entry = MatrixEntry;

/** The fixtures seeded in beforeAll. */
let secretariat: SecretariatFixture;
const SECRETARIAT_DATA_DIR = makeDataDir();
let admin: AdminMatrixFixture;
let memberWork: MemberWorkFixture;
let plansHearings: PlanHearingFixture; // Plans and hearings

const MATRIX: Entry[] = [
  // Accounts: logging in and out, passwords, OpenID Connect, users, the audit log (test/helpers/accounts-matrix.ts)
  ...accountMatrixEntries(),
  // The secretariat's work: meetings, agendas, items, attachments, publishing (per role its own
  // meeting and items), a member's page (test/helpers/secretariat.ts)
  ...secretariatMatrixEntries(() => secretariat),
  // Question scheme, follow-ups, meeting plan, notifications (test/helpers/question-matrix.ts)
  ...questionSchemeEntries(),
  // Admin: bodies, publishers, people, memberships, merging and splitting, sites (test/helpers/admin-matrix.ts)
  ...adminMatrixEntries(() => admin),
  // Frames and keys: the secretariat's form (test/helpers/frames-matrix.ts)
  ...frameMatrixEntries(),
  ...projectMatrixEntries(), // Grants and projects: the secretariat's pages (test/helpers/projects-matrix.ts)
  ...agreementMatrixEntries(), // Investment agreements: the secretariat's pages (test/helpers/agreements-matrix.ts)
  ...processMatrixEntries(), // Processes (forløb)
  ...gpCapacityMatrixEntries(), // GP capacity (lægedækning): the secretariat's pages (test/helpers/gp-capacity-matrix.ts)
  // Following by e-mail without an account: the same for everyone (test/helpers/subscription-matrix.ts)
  ...subscriptionMatrixEntries(),
  // Members' daily work: draft minutes for approval, requests for items, rules of procedure (test/helpers/member-work-matrix.ts)
  ...memberWorkMatrixEntries(() => memberWork),
  ...memberReadingMatrixEntries(() => memberWork), // Members' reading on the go (test/helpers/member-reading-matrix.ts)
  // Plans and hearings: the response form, the secretariat's pages (test/helpers/plans-hearings-matrix.ts)
  ...planHearingMatrixEntries(() => plansHearings),
];

/**
 * The public portal: the same status for everyone, signed in or not. (A member of the body also
 * reads the closed items on /moede/:id, /punkt/:id and the documents: test/web/secretariat.test.ts.)
 */
const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /',
  'GET /moede/:id',
  'GET /moede/:file{[0-9]+\\.(?:pdf|txt)}', // The secretariat's work: the documents
  'GET /moede/:id/version/:number', // The secretariat's work: published versions
  'GET /punkt/:id',
  'GET /kilde/:meetingId',
  'GET /organ/:slug',
  'GET /sag/:number{.+}',
  'GET /person/:slug',
  'GET /udgiver', // Publishers: every publisher, one publisher, its calendar and its feed of minutes
  'GET /udgiver/:slug',
  'GET /udgiver/:slug/kalender.ics',
  'GET /udgiver/:slug/referater.atom',
  'GET /sog',
  'GET /find-sundhedsraad', // "Find dit sundhedsråd": without a choice, the municipality picker
  'GET /sprog',
  'GET /ordliste', // The glossary: the words of meetings explained
  'GET /kilder', // Sources: every publisher's publication sites and their status
  'GET /en/sources', // … in English (through the language switch)
  ...OPEN_DATA_PUBLIC_ROUTES, // Open data: JSON API, OParl, calendars and feeds (all public, read-only)
  ...QUESTION_PUBLIC_ROUTES, // Question scheme: published answers, statistics, meeting plan
  ...FRAME_PUBLIC_ROUTES, // Frames and keys: every frame, one frame, its allocation as CSV
  ...PROJECT_PUBLIC_ROUTES, // Grants and projects: the list, one project, and the API's
  ...AGREEMENT_PUBLIC_ROUTES, // Investment agreements: the list, one agreement, and the API's
  ...PROCESS_PUBLIC_ROUTES, // Processes (forløb): the list, one process, and the API's
  ...GP_CAPACITY_PUBLIC_ROUTES, // GP capacity (lægedækning): the list, a council's board, and the API's
  ...PLAN_HEARING_PUBLIC_ROUTES, // Plans and hearings: lists, a plan and its diff, a hearing, thanks, a response's PDF
];

describe.each(CRAWL_DATABASES)('authorization matrix on $name', (database) => {
  let world: AccountsWorld;
  let provider: TestProvider;

  beforeAll(async () => {
    provider = await startTestProvider();
    world = await openAccountsWorld(database, {
      auth: {
        config: {
          trustProxy: true,
          oidc: {
            issuer: provider.issuer,
            clientId: provider.clientId,
            clientSecret: provider.clientSecret,
            redirectUrl: `http://localhost${OIDC_CALLBACK_PATH}`,
          },
        },
      },
      dataDir: SECRETARIAT_DATA_DIR, // The secretariat's work: attachments
    });
    secretariat = await seedSecretariatFixture(world, SECRETARIAT_DATA_DIR); // The secretariat's work
    await seedQuestionWorld(world); // Question scheme
    admin = await seedAdminMatrix(world); // Admin
    memberWork = await seedMemberWorkFixture(world); // Members' daily work
    plansHearings = await seedPlanHearingFixture(world); // Plans and hearings
  });
  afterAll(async () => {
    await world?.handle.close();
    await provider?.close();
  });

  /** A browser for the role: a fresh session (or none) and a valid CSRF token. */
  async function browserFor(role: RoleName): Promise<{ jar: CookieJar; csrf: string }> {
    if (role === 'anonymous') {
      const jar = new CookieJar();
      const { text } = await getPage(world.app, jar, '/log-ind');
      return { jar, csrf: csrfTokenIn(text) };
    }
    return sessionFor(world.handle, world.userIds[role]);
  }

  it('has an entry for every route of the app', () => {
    const registered = new Set(
      world.app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`),
    );
    const listed = new Set([...MATRIX.map((entry) => `${entry.method} ${entry.route}`), ...PUBLIC_ROUTES]);
    const missing = [...registered].filter((route) => !listed.has(route));
    expect(missing, 'routes without an entry in the authorization matrix').toEqual([]);
    const stale = [...listed].filter((route) => !registered.has(route));
    expect(stale, 'entries for routes that do not exist').toEqual([]);
  });

  for (const entry of MATRIX) {
    describe(`${entry.method} ${entry.route}`, () => {
      for (const role of ROLES) {
        it(`${role} → ${entry.expected[role]}`, async () => {
          const { jar, csrf } = await browserFor(role);
          const init: RequestInit = { method: entry.method, headers: { cookie: jar.header() } };
          if (entry.method === 'POST') {
            init.body = new URLSearchParams({ ...(entry.body?.(world, role) ?? {}), _csrf: csrf });
            init.headers = { ...init.headers, 'content-type': 'application/x-www-form-urlencoded' };
          }
          const response = await world.app.request(entry.path(world, role), init);
          expect(response.status).toBe(entry.expected[role]);
        });
      }
    });
  }

  it('serves the public pages without parameters alike to every role', async () => {
    const paths = PUBLIC_ROUTES.filter((route) => !route.includes(':')).map((route) => route.split(' ')[1]);
    for (const path of paths) {
      const statuses = new Set<number>();
      for (const role of ROLES) {
        const { jar } = await browserFor(role);
        statuses.add((await world.app.request(path, { headers: { cookie: jar.header() } })).status);
      }
      expect([...statuses], path).toHaveLength(1);
      expect([...statuses][0], path).toBeLessThan(400);
    }
  });

  describe('body-scoped permissions through requireRole', () => {
    const MAY: Record<BodyAction, RoleName[]> = {
      read_closed_item: ['member of this body', 'secretariat of this body', 'admin'],
      ask_question: ['member of this body', 'admin'],
      edit_meeting: ['secretariat of this body', 'admin'],
      publish: ['secretariat of this body', 'admin'],
      answer_question: ['secretariat of this body', 'admin'],
    };
    let probe: Hono;
    beforeAll(() => {
      probe = new Hono();
      const auth = createAuth({ db: world.handle.db });
      probe.use('*', ...auth.middleware);
      // As the app does: an AppError's code gives the status.
      probe.onError((error, c) => c.text(error.message, isAppError(error) ? (error.status as 404) : 500));
      for (const action of BODY_ACTIONS) {
        probe.get(
          `/probe/:body/${action}`,
          requireRole(action, (c) => (c.req.param('body') === '0' ? null : Number(c.req.param('body')))),
          (c) => c.text('ok'),
        );
      }
    });

    for (const action of BODY_ACTIONS) {
      for (const role of ROLES) {
        const expected = role === 'anonymous' ? 401 : MAY[action].includes(role) ? 200 : 403;
        it(`${action} in this body: ${role} → ${expected}`, async () => {
          const { jar } = await browserFor(role);
          const response = await probe.request(`/probe/${world.thisBody.id}/${action}`, {
            headers: { cookie: jar.header() },
          });
          expect(response.status).toBe(expected);
        });
      }
    }

    it('a body that does not exist is 404 for the signed-in', async () => {
      const { jar } = await browserFor('admin');
      const response = await probe.request('/probe/0/edit_meeting', { headers: { cookie: jar.header() } });
      expect(response.status).toBe(404);
    });
  });
});
