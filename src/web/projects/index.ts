/**
 * Grants and projects on the web: the public list (/projekter), a project's page (/projekt/:id)
 * and the secretariat's pages (/sekretariat/projekter); the JSON API's projects are web/api's
 * (project-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { projectListRoutes, projectRoutes } from './public-routes.js';
import { projectSecretariatRoutes } from './secretariat-routes.js';

export function projectApps(deps: { db: Db; now?: () => Date; dataDir?: string }) {
  return {
    list: projectListRoutes(deps),
    project: projectRoutes(deps),
    secretariat: projectSecretariatRoutes(deps),
  };
}
