/**
 * The question scheme's rows of the authorization matrix (test/web/authorization-matrix.test.ts):
 * every route of src/web/questions and src/web/notifications × the six roles. Unsafe requests carry
 * bodies that the use case refuses (400) where a success would change what the next role sees.
 */
import type { AccountsWorld, RoleName } from './accounts.js';
import { questionFixturesOf } from './question-world.js';

type Expected = Record<RoleName, number>;

interface Entry {
  method: 'GET' | 'POST';
  route: string;
  path: (world: AccountsWorld, role: RoleName) => string;
  body?: (world: AccountsWorld, role: RoleName) => Record<string, string>;
  expected: Expected;
}

const signedIn = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': status,
  'member of another body': status,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

/** This body's secretariat and admins. */
const thisSecretariat = (status: number): Expected => ({
  ...signedIn(403),
  'secretariat of this body': status,
  admin: status,
});

/** Any secretariat (each sees its own bodies) and admins. */
const anySecretariat = (status: number): Expected => ({
  ...thisSecretariat(status),
  'secretariat of another body': status,
});

/** This body's members and admins. */
const askers = (status: number): Expected => ({ ...signedIn(403), 'member of this body': status, admin: status });

const fixtures = (w: AccountsWorld) => questionFixturesOf(w);
const question =
  (suffix = '') =>
  (w: AccountsWorld) =>
    `/sekretariat/sporgsmaal/${fixtures(w).questionId}${suffix}`;
const followUp =
  (suffix = '') =>
  (w: AccountsWorld) =>
    `/sekretariat/opfoelgning/${fixtures(w).followUpId}${suffix}`;

/** The question scheme's public pages: the same for everyone. */
export const QUESTION_PUBLIC_ROUTES = [
  'GET /organ/:slug/spoergsmaal',
  'GET /organ/:slug/statistik',
  'GET /organ/:slug/moedeplan',
];

export function questionSchemeEntries(): Entry[] {
  return [
    {
      method: 'GET',
      route: '/sporgsmaal/ny',
      path: (w) => `/sporgsmaal/ny?organ=${w.thisBody.slug}`,
      expected: askers(200),
    },
    {
      method: 'POST',
      route: '/sporgsmaal',
      path: () => '/sporgsmaal',
      body: (w) => ({ organ: w.thisBody.slug, title: 'Matrix', text: 'Et spørgsmål.', addressee: 'secretariat' }),
      expected: askers(303),
    },
    {
      method: 'GET',
      route: '/sporgsmaal/:id',
      path: (w) => `/sporgsmaal/${fixtures(w).questionId}`,
      // The asker (a member of this body), the body's secretariat and admins; the question is not answered yet.
      expected: { ...thisSecretariat(200), 'member of this body': 200 },
    },
    { method: 'GET', route: '/mine-sporgsmaal', path: () => '/mine-sporgsmaal', expected: signedIn(200) },
    {
      method: 'GET',
      route: '/sekretariat/sporgsmaal',
      path: () => '/sekretariat/sporgsmaal',
      expected: anySecretariat(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/sporgsmaal/offentliggoerelse',
      path: () => '/sekretariat/sporgsmaal/offentliggoerelse',
      body: (w) => ({ organ: w.thisBody.slug, offentliggoer: '0' }),
      expected: thisSecretariat(303),
    },
    {
      method: 'GET',
      route: '/sekretariat/sporgsmaal/regler',
      path: (w) => `/sekretariat/sporgsmaal/regler?organ=${w.thisBody.slug}`,
      expected: thisSecretariat(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/sporgsmaal/regler',
      path: () => '/sekretariat/sporgsmaal/regler',
      // No working days: refused, so the rules stay as they are for the next role.
      body: (w) => ({ organ: w.thisBody.slug, deadlineKind: 'working_days', workingDays: '0' }),
      expected: thisSecretariat(400),
    },
    {
      method: 'GET',
      route: '/sporgsmaal/regler',
      path: (w) => `/sporgsmaal/regler?organ=${w.thisBody.slug}`,
      // The body's members, its secretariat and admins read the rules.
      expected: { ...thisSecretariat(200), 'member of this body': 200 },
    },
    { method: 'GET', route: '/sekretariat/sporgsmaal/:id', path: question(), expected: thisSecretariat(200) },
    ...['fordel', 'besvar', 'afvis', 'uden-for-ordningen', 'kontaktet', 'videresend'].map(
      (action): Entry => ({
        method: 'POST',
        route: `/sekretariat/sporgsmaal/:id/${action}`,
        path: question(`/${action}`),
        // Empty forms (confirmed where the action closes the question): refused by the use case,
        // so the question stays as it is for the next role.
        ...(action === 'afvis' || action === 'uden-for-ordningen' ? { body: () => ({ confirm: '1' }) } : {}),
        expected: thisSecretariat(400),
      }),
    ),
    { method: 'GET', route: '/notifikationer', path: () => '/notifikationer', expected: signedIn(200) },
    { method: 'POST', route: '/notifikationer/laest', path: () => '/notifikationer/laest', expected: signedIn(303) },
    {
      method: 'POST',
      route: '/notifikationer/:id/laest',
      // Another person's notification changes nothing, and says nothing.
      path: (w) => `/notifikationer/${fixtures(w).notificationId}/laest`,
      expected: signedIn(303),
    },
    {
      method: 'GET',
      route: '/indstillinger/notifikationer',
      path: () => '/indstillinger/notifikationer',
      expected: signedIn(200),
    },
    {
      method: 'POST',
      route: '/indstillinger/notifikationer',
      path: () => '/indstillinger/notifikationer',
      body: () => ({ 'question_answered:email': '1', 'question_answered:app': '1' }),
      expected: signedIn(303),
    },
    {
      method: 'GET',
      route: '/sekretariat/opfoelgning',
      path: () => '/sekretariat/opfoelgning',
      expected: anySecretariat(200),
    },
    {
      method: 'GET',
      route: '/sekretariat/beslutning/:id/opfoelgning/ny',
      path: (w) => `/sekretariat/beslutning/${fixtures(w).decisionId}/opfoelgning/ny`,
      expected: thisSecretariat(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/beslutning/:id/opfoelgning',
      path: (w) => `/sekretariat/beslutning/${fixtures(w).decisionId}/opfoelgning`,
      expected: thisSecretariat(400),
    },
    { method: 'GET', route: '/sekretariat/opfoelgning/:id', path: followUp(), expected: thisSecretariat(200) },
    ...['udfoert', 'annuller'].map(
      (action): Entry => ({
        method: 'POST',
        route: `/sekretariat/opfoelgning/:id/${action}`,
        path: followUp(`/${action}`),
        // Confirmed, with a note over the limit: refused, so the follow-up stays open for the next role.
        body: () => ({ note: 'x'.repeat(6000), confirm: '1' }),
        expected: thisSecretariat(400),
      }),
    ),
    {
      method: 'POST',
      route: '/sekretariat/opfoelgning/:id/punkt',
      path: followUp('/punkt'),
      body: () => ({ item: 'ikke et punkt' }),
      expected: thisSecretariat(400),
    },
    {
      method: 'GET',
      route: '/sekretariat/moedeplan',
      path: () => '/sekretariat/moedeplan',
      expected: anySecretariat(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/moedeplan',
      path: () => '/sekretariat/moedeplan',
      body: (w) => ({ organ: w.thisBody.slug, kind: 'ordinary', title: '', plannedOn: '2026-05-26' }),
      expected: thisSecretariat(400),
    },
    {
      method: 'GET',
      route: '/sekretariat/moedeplan/:id',
      path: (w) => `/sekretariat/moedeplan/${fixtures(w).planEntryId}`,
      expected: thisSecretariat(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/moedeplan/:id',
      path: (w) => `/sekretariat/moedeplan/${fixtures(w).planEntryId}`,
      body: () => ({ kind: 'ordinary', title: '', plannedOn: '2026-04-28' }),
      expected: thisSecretariat(400),
    },
  ];
}
