/**
 * Plans (planer) on the web: the public list (/planer), a plan's page and the difference between
 * two versions (/plan/:id, /plan/:id/forskel) and the secretariat's pages (/sekretariat/planer);
 * the JSON API's plans are web/api's (plan-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { planListRoutes, planRoutes } from './public-routes.js';
import { planSecretariatRoutes } from './secretariat-routes.js';

export function planApps(deps: { db: Db }) {
  return { list: planListRoutes(deps), plan: planRoutes(deps), secretariat: planSecretariatRoutes(deps) };
}
