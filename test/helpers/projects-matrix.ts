/**
 * Grants and projects' rows of the authorization matrix (test/web/authorization-matrix.test.ts):
 * the public pages and the API (the same for everyone), and the secretariat's pages, for a
 * secretariat of any body and admins. The POSTs carry an empty form: registering comes back with
 * its problems (400), and a project that does not exist is not found (404), so nothing is written.
 */
import { type MatrixEntry, secretariatEntry } from './accounts.js';

/** The projects' public pages (web/projects) and their API (web/api/project-routes.ts). */
export const PROJECT_PUBLIC_ROUTES = [
  'GET /projekter',
  'GET /projekt/:id',
  'GET /projekt/:id/rapport/:file',
  'GET /api/v1/projects',
  'GET /api/v1/projects/:id',
];

export function projectMatrixEntries(): MatrixEntry[] {
  const none = '/sekretariat/projekter/999999';
  return [
    secretariatEntry('GET', '/sekretariat/projekter/ny', '/sekretariat/projekter/ny', 200),
    secretariatEntry('POST', '/sekretariat/projekter', '/sekretariat/projekter', 400),
    secretariatEntry('GET', '/sekretariat/projekter/:id', none, 404),
    secretariatEntry('POST', '/sekretariat/projekter/:id/status', `${none}/status`, 404),
    secretariatEntry('POST', '/sekretariat/projekter/:id/forbrug', `${none}/forbrug`, 404),
    secretariatEntry('POST', '/sekretariat/projekter/:id/rapporter/:reportId', `${none}/rapporter/1`, 404),
    secretariatEntry(
      'POST',
      '/sekretariat/projekter/:id/rapporter/:reportId/dagsorden',
      `${none}/rapporter/1/dagsorden`,
      404,
    ),
  ];
}
