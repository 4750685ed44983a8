/**
 * The accounts' rows of the authorization matrix (test/web/authorization-matrix.test.ts): logging
 * in and out, passwords, OpenID Connect, the admins' user pages and the audit log. Also read by
 * test/web/role-crawl.test.ts, which checks that each role's pages are reached by links.
 */
import { OIDC_CALLBACK_PATH } from '../../src/config.js';
import { adminOnly, everyone, type MatrixEntry, ROLES } from './accounts.js';

const MADE_UP_TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export function accountMatrixEntries(): MatrixEntry[] {
  return [
    { method: 'GET', route: '/log-ind', path: () => '/log-ind', expected: everyone(200) },
    { method: 'POST', route: '/log-ind', path: () => '/log-ind', body: () => ({ email: '' }), expected: everyone(400) },
    { method: 'POST', route: '/log-ud', path: () => '/log-ud', expected: everyone(303) },
    { method: 'GET', route: '/glemt-kodeord', path: () => '/glemt-kodeord', expected: everyone(200) },
    {
      method: 'POST',
      route: '/glemt-kodeord',
      path: () => '/glemt-kodeord',
      body: () => ({ email: 'matrix@example.dk' }),
      expected: everyone(200),
    },
    {
      method: 'GET',
      route: '/nulstil-kodeord/:token',
      path: () => `/nulstil-kodeord/${MADE_UP_TOKEN}`,
      expected: everyone(404),
    },
    {
      method: 'POST',
      route: '/nulstil-kodeord/:token',
      path: () => `/nulstil-kodeord/${MADE_UP_TOKEN}`,
      body: () => ({ password: 'et langt nok kodeord', repeat: 'et langt nok kodeord' }),
      expected: everyone(404),
    },
    { method: 'GET', route: '/log-ind/oidc', path: () => '/log-ind/oidc', expected: everyone(303) },
    {
      method: 'GET',
      route: OIDC_CALLBACK_PATH,
      path: () => `${OIDC_CALLBACK_PATH}?code=x&state=y`,
      expected: everyone(400),
    },
    { method: 'GET', route: '/admin/brugere', path: () => '/admin/brugere', expected: adminOnly(200) },
    {
      method: 'POST',
      route: '/admin/brugere',
      path: () => '/admin/brugere',
      body: (_, role) => ({ name: 'Matrix', email: `matrix-${ROLES.indexOf(role)}@example.dk` }),
      expected: adminOnly(303),
    },
    {
      method: 'GET',
      route: '/admin/brugere/:id',
      path: (w) => `/admin/brugere/${w.userIds['member of this body']}`,
      expected: adminOnly(200),
    },
    {
      method: 'POST',
      route: '/admin/brugere/:id/rolle',
      path: (w) => `/admin/brugere/${w.userIds['member of this body']}/rolle`,
      body: (w) => ({ body: String(w.thisBody.id), role: 'member' }),
      expected: adminOnly(303),
    },
    {
      method: 'POST',
      route: '/admin/brugere/:id/nulstil',
      path: (w) => `/admin/brugere/${w.userIds['member of another body']}/nulstil`,
      expected: adminOnly(303),
    },
    { method: 'GET', route: '/admin/log', path: () => '/admin/log', expected: adminOnly(200) },
  ];
}
