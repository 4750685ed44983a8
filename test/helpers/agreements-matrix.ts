/**
 * Investment agreements' rows of the authorization matrix (test/web/authorization-matrix.test.ts):
 * the public pages and the API (the same for everyone), and the secretariat's pages, for a
 * secretariat of any body and admins. The POSTs carry an empty form: creating comes back with its
 * problems (400), and an agreement that does not exist is not found (404), so nothing is written.
 */
import type { MatrixEntry, RoleName } from './accounts.js';

type Expected = Record<RoleName, number>;

const secretariats = (status: number): Expected => ({
  anonymous: 401,
  'member of this body': 403,
  'member of another body': 403,
  'secretariat of this body': status,
  'secretariat of another body': status,
  admin: status,
});

/** The agreements' public pages (web/agreements) and their API (web/api/agreement-routes.ts). */
export const AGREEMENT_PUBLIC_ROUTES = [
  'GET /aftaler',
  'GET /aftale/:id',
  'GET /api/v1/agreements',
  'GET /api/v1/agreements/:id',
];

export function agreementMatrixEntries(): MatrixEntry[] {
  const none = '/sekretariat/aftaler/999999';
  const entry = (method: 'GET' | 'POST', route: string, path: string, status: number): MatrixEntry => ({
    method,
    route,
    path: () => path,
    ...(method === 'POST' ? { body: () => ({}) } : {}),
    expected: secretariats(status),
  });
  return [
    entry('GET', '/sekretariat/aftaler/ny', '/sekretariat/aftaler/ny', 200),
    entry('POST', '/sekretariat/aftaler', '/sekretariat/aftaler', 400),
    entry('GET', '/sekretariat/aftaler/:id', none, 404),
    entry('POST', '/sekretariat/aftaler/:id/status', `${none}/status`, 404),
    entry('POST', '/sekretariat/aftaler/:id/godkendelse', `${none}/godkendelse`, 404),
  ];
}
