/**
 * The JSON API's version 1 (mounted at /api/v1, read-only): publishers, bodies, persons,
 * memberships, meetings, agenda items, cases, attachments, search, the bulk export and its change
 * feed (/api/v1/changes); every
 * body, meeting, case and item names its publisher. Each route is validate
 * (zod, the same schemas that make /api/openapi.json) → query → present. Lists are paged with
 * keyset cursors (`links.next`). Errors are JSON: `{ error: { status, code, message, problems } }`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from '../../log.js';
import type { PortalDeps } from '../portal/deps.js';
import { agreementApiRoutes } from './agreement-routes.js';
import { changeRoutes } from './change-routes.js';
import { directoryRoutes } from './directory-routes.js';
import { errorBody, jsonErrors } from './errors.js';
import { frameApiRoutes } from './frame-routes.js';
import { gpCapacityApiRoutes } from './gp-capacity-routes.js';
import { meetingRoutes } from './meeting-routes.js';
import { planApiRoutes } from './plan-routes.js';
import { processApiRoutes } from './process-routes.js';
import { projectApiRoutes } from './project-routes.js';
import { exportRoute, searchRoutes } from './search-routes.js';
import { sourceRoutes } from './source-routes.js';
import { API_BASE } from './urls.js';

export interface OpenDataDeps extends PortalDeps {
  logger?: Logger;
}

export function apiV1(deps: OpenDataDeps) {
  const api = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const problems = result.error.issues.map((issue) => ({
        parameter: issue.path.map(String).join('.') || 'request',
        message: issue.message,
      }));
      const message = `Ugyldige parametre / invalid parameters: ${problems.map((p) => p.message).join('; ')}`;
      return c.json(errorBody(400, 'input_invalid', message, problems), 400);
    },
  });
  api.onError(jsonErrors(deps.logger));
  directoryRoutes(api, deps.db);
  meetingRoutes(api, deps.db);
  searchRoutes(api, deps.db);
  exportRoute(api, deps);
  changeRoutes(api, deps.db);
  sourceRoutes(api, deps.db, deps.now);
  frameApiRoutes(api, deps.db); // Frames (rammer) shared by key
  projectApiRoutes(api, deps.db); // Grants and projects (tilskud og projekter) on frames or outside pools
  agreementApiRoutes(api, deps.db); // Investment agreements (investeringsaftaler) of a health council and its municipalities
  processApiRoutes(api, deps.db); // Processes (forløb) across meetings and bodies
  planApiRoutes(api, deps.db, deps.now); // Plans (planer) and hearings (høringer)
  gpCapacityApiRoutes(api, deps.db, deps.now); // GP capacity (lægedækning) per health council
  return api;
}

/** The OpenAPI 3.1 document of version 1's routes (as mounted at /api/v1), for a server at `origin`. */
export function openApiDocument(v1: OpenAPIHono, origin: string) {
  return new OpenAPIHono().route(API_BASE, v1).getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Protokol – åbne data',
      version: '1.0.0',
      description:
        'Læseadgang til sundhedsrådenes offentliggjorte møder, dagsordener, referater og beslutninger. Hvert organ, møde, sag og punkt nævner sin udgiver (region, kommune eller anden organisation); en sag er udgiver + sagsnummer. Lukkede punkter vises kun med nummer og titel. Svar har ETag og Cache-Control (public, max-age=300); CORS er åben for læsning. Se også OParl 1.1 på /oparl/v1/system, kalendere (.ics) og feeds (.atom).',
      license: { name: 'Offentliggjort af de enkelte råd og udvalg' },
    },
    servers: [{ url: origin }],
    tags: [
      { name: 'Udgivere' },
      { name: 'Organer' },
      { name: 'Personer' },
      { name: 'Møder' },
      { name: 'Punkter' },
      { name: 'Sager' },
      { name: 'Bilag' },
      { name: 'Søgning' },
      { name: 'Eksport' },
      { name: 'Kilder' },
      { name: 'Rammer' },
      { name: 'Planer' },
      { name: 'Høringer' },
      { name: 'Lægedækning' },
    ],
  });
}
