/**
 * Frames' rows of the authorization matrix (test/web/authorization-matrix.test.ts) and the role
 * crawls: the public pages (the same for everyone) and the secretariat's form, for a secretariat of
 * any body and admins. The POST carries an empty form, which comes back with its problems (400), so
 * that no frame is created.
 */
import { type MatrixEntry, secretariats } from './accounts.js';

/** The frames' public pages (web/frames): every frame, one frame and its allocation as CSV. */
export const FRAME_PUBLIC_ROUTES = ['GET /rammer', 'GET /ramme/:id', 'GET /ramme/:id/fordeling.csv'];

export function frameMatrixEntries(): MatrixEntry[] {
  return [
    {
      method: 'GET',
      route: '/sekretariat/rammer/ny',
      path: () => '/sekretariat/rammer/ny',
      expected: secretariats(200),
    },
    {
      method: 'POST',
      route: '/sekretariat/rammer',
      path: () => '/sekretariat/rammer',
      body: () => ({}),
      expected: secretariats(400),
    },
  ];
}
