/**
 * GP capacity (lægedækning) on the web: the public list and a health council's board
 * (/laegedaekning, /laegedaekning/:slug) and the secretariat's pages (/sekretariat/laegedaekning);
 * the JSON API's boards are web/api's (gp-capacity-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { gpCapacityRoutes } from './public-routes.js';
import { gpSecretariatRoutes } from './secretariat-routes.js';

export function gpCapacityApps(deps: { db: Db; now?: () => Date }) {
  return { public: gpCapacityRoutes(deps), secretariat: gpSecretariatRoutes(deps) };
}
