/**
 * Hearings (høringer) on the web: the public list (/hoeringer), a hearing's page with its response
 * form (/hoering/:id; register `hearingUploadLimit` on /hoering/* before the auth middleware) and the
 * secretariat's pages (/sekretariat/hoeringer); the JSON API's hearings are web/api's
 * (hearing-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import type { AccountsDeps } from '../accounts/deps.js';
import { hearingListRoutes, hearingRoutes } from './public-routes.js';
import { hearingSecretariatRoutes } from './secretariat-routes.js';

export { hearingUploadLimit } from './public-routes.js';

export function hearingApps(deps: { db: Db; now: () => Date; dataDir: string | undefined; accounts: AccountsDeps }) {
  return { list: hearingListRoutes(deps), hearing: hearingRoutes(deps), secretariat: hearingSecretariatRoutes(deps) };
}
