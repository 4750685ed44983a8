/**
 * Members' reading on the go in the authorization matrix (test/web/authorization-matrix.test.ts)
 * and the role crawl (test/helpers/role-crawl.ts), over the members' work fixture's meeting:
 * the next-meeting page for everyone signed in (their own bodies' meetings), one meeting's
 * changes and "Markér som læst" for those who read the body's closed items, the whole meeting as
 * a zip for everyone signed in (closed content only for those readers: test/web/member-reading.test.ts),
 * and highlights (no such item or highlight: 404 for everyone signed in).
 */
import type { AccountsWorld, Expected, MatrixEntry, RoleName } from './accounts.js';
import type { MemberWorkFixture } from './member-work-matrix.js';

const signedIn = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': status,
  'member of another body': status,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

/** Those who read the body's closed items: its members, its secretariat, admins. */
const readers = (status: number): Expected => ({
  ...signedIn(403),
  'member of this body': status,
  'secretariat of this body': status,
  admin: status,
});

export function memberReadingMatrixEntries(fixture: () => MemberWorkFixture): MatrixEntry[] {
  const at = (path: (fx: MemberWorkFixture) => string) => (_: AccountsWorld, _role: RoleName) => path(fixture());
  return [
    { method: 'GET', route: '/mig/naeste-moede', path: () => '/mig/naeste-moede', expected: signedIn(200) },
    {
      method: 'GET',
      route: '/mig/naeste-moede/:id',
      path: at((x) => `/mig/naeste-moede/${x.roundMeetingId}`),
      expected: readers(200),
    },
    // Without the fingerprint of the page read, marking is refused as out of date (409).
    {
      method: 'POST',
      route: '/mig/naeste-moede/:id/laest',
      path: at((x) => `/mig/naeste-moede/${x.roundMeetingId}/laest`),
      body: () => ({}),
      expected: readers(409),
    },
    {
      method: 'GET',
      route: '/mig/naeste-moede/:file{[0-9]+\\.zip}',
      path: at((x) => `/mig/naeste-moede/${x.roundMeetingId}.zip`),
      expected: signedIn(200),
    },
    { method: 'POST', route: '/mig/fremhaev', path: () => '/mig/fremhaev', body: () => ({}), expected: signedIn(404) },
    {
      method: 'POST',
      route: '/mig/fremhaev/:id/slet',
      path: () => '/mig/fremhaev/999999999/slet',
      body: () => ({}),
      expected: signedIn(404),
    },
  ];
}
