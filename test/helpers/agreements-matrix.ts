/**
 * Investment agreements' rows of the authorization matrix (test/web/authorization-matrix.test.ts):
 * the public pages and the API (the same for everyone), and the secretariat's pages, for a
 * secretariat of any body and admins. The POSTs carry an empty form: creating comes back with its
 * problems (400), and an agreement that does not exist is not found (404), so nothing is written.
 */
import { type MatrixEntry, secretariatEntry } from './accounts.js';

/** The agreements' public pages (web/agreements) and their API (web/api/agreement-routes.ts). */
export const AGREEMENT_PUBLIC_ROUTES = [
  'GET /aftaler',
  'GET /aftale/:id',
  'GET /api/v1/agreements',
  'GET /api/v1/agreements/:id',
];

export function agreementMatrixEntries(): MatrixEntry[] {
  const none = '/sekretariat/aftaler/999999';
  return [
    secretariatEntry('GET', '/sekretariat/aftaler/ny', '/sekretariat/aftaler/ny', 200),
    secretariatEntry('POST', '/sekretariat/aftaler', '/sekretariat/aftaler', 400),
    secretariatEntry('GET', '/sekretariat/aftaler/:id', none, 404),
    secretariatEntry('POST', '/sekretariat/aftaler/:id/status', `${none}/status`, 404),
    secretariatEntry('POST', '/sekretariat/aftaler/:id/godkendelse', `${none}/godkendelse`, 404),
  ];
}
