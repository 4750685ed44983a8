/**
 * Processes (forløb) on the web: the public list and a process's page with its timeline
 * (/forloeb, /forloeb/:id) and the secretariat's pages (/sekretariat/forloeb); the JSON API's
 * processes are web/api's (process-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { processRoutes } from './public-routes.js';
import { processSecretariatRoutes } from './secretariat-routes.js';

export function processApps(deps: { db: Db }) {
  return { public: processRoutes(deps), secretariat: processSecretariatRoutes(deps) };
}
