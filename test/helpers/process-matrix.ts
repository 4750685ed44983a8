/**
 * Processes' rows of the authorization matrix (test/web/authorization-matrix.test.ts): the public
 * pages and API (the same for everyone), and the secretariat's pages, for a secretariat of any body
 * and admins. The pages of one process or step ask for one that does not exist: the public is
 * asked to log in and members are refused before it is looked for, the secretariats get 404; the
 * start's POST carries an empty form, which comes back with its problem (400).
 */
import { type MatrixEntry, secretariats } from './accounts.js';

export const PROCESS_PUBLIC_ROUTES = [
  'GET /forloeb',
  'GET /forloeb/:id',
  'GET /api/v1/processes',
  'GET /api/v1/processes/:id',
];

const NONE = 999_999;

export function processMatrixEntries(): MatrixEntry[] {
  const get = (route: string, path: string, status: number): MatrixEntry => ({
    method: 'GET',
    route,
    path: () => path,
    expected: secretariats(status),
  });
  const post = (route: string, path: string, status: number): MatrixEntry => ({
    method: 'POST',
    route,
    path: () => path,
    body: () => ({}),
    expected: secretariats(status),
  });
  const base = '/sekretariat/forloeb';
  return [
    get(base, base, 200),
    get(`${base}/nyt`, `${base}/nyt`, 200),
    post(base, base, 400),
    get(`${base}/:id{[0-9]+}`, `${base}/${NONE}`, 404),
    get(`${base}/:id{[0-9]+}/trin/nyt`, `${base}/${NONE}/trin/nyt`, 404),
    get(`${base}/trin/:stepId{[0-9]+}`, `${base}/trin/${NONE}`, 404),
    post(`${base}/:id{[0-9]+}/trin`, `${base}/${NONE}/trin`, 404),
    post(`${base}/trin/:stepId{[0-9]+}`, `${base}/trin/${NONE}`, 404),
    ...['flyt', 'slet', 'planlaeg', 'gennemfoert', 'spring-over'].map((action) =>
      post(`${base}/trin/:stepId{[0-9]+}/${action}`, `${base}/trin/${NONE}/${action}`, 404),
    ),
    post(`${base}/:id{[0-9]+}/faser`, `${base}/${NONE}/faser`, 404),
    post(`${base}/:id{[0-9]+}/faser/:phaseId{[0-9]+}/slet`, `${base}/${NONE}/faser/1/slet`, 404),
  ];
}
