/**
 * GP capacity's rows of the authorization matrix (test/web/authorization-matrix.test.ts): the
 * public pages and the API (the same for everyone), and the secretariat's pages, for a secretariat
 * of any body and admins. The POSTs carry an empty form: the upload comes back with its problem
 * (400), and a council without a board is not found (404), so nothing is written.
 */
import { type MatrixEntry, secretariatEntry } from './accounts.js';

/** GP capacity's public pages (web/gp-capacity) and its API (web/api/gp-capacity-routes.ts). */
export const GP_CAPACITY_PUBLIC_ROUTES = [
  'GET /laegedaekning',
  'GET /laegedaekning/:slug',
  'GET /api/v1/gp-capacity',
  'GET /api/v1/gp-capacity/:slug',
];

export function gpCapacityMatrixEntries(): MatrixEntry[] {
  const none = '/sekretariat/laegedaekning/intet-sundhedsraad';
  return [
    secretariatEntry('GET', '/sekretariat/laegedaekning', '/sekretariat/laegedaekning', 200),
    secretariatEntry('POST', '/sekretariat/laegedaekning', '/sekretariat/laegedaekning', 400),
    secretariatEntry('GET', '/sekretariat/laegedaekning/:slug', none, 404),
    secretariatEntry('POST', '/sekretariat/laegedaekning/:slug/vakance/:id', `${none}/vakance/1`, 404),
    secretariatEntry('POST', '/sekretariat/laegedaekning/:slug/beslutning', `${none}/beslutning`, 404),
  ];
}
