/**
 * Frames (rammer) and their keys on the web: the public list (/rammer), a frame's page and its CSV
 * (/ramme/:id, /ramme/:id/fordeling.csv) and the secretariat's form (/sekretariat/rammer); the
 * JSON API's frames are web/api's (frame-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { frameListRoutes, frameRoutes } from './public-routes.js';
import { frameSecretariatRoutes } from './secretariat-routes.js';

export function frameApps(deps: { db: Db }) {
  return {
    list: frameListRoutes(deps),
    frame: frameRoutes(deps),
    secretariat: frameSecretariatRoutes(deps),
  };
}
