/**
 * Investment agreements on the web: the public list (/aftaler), an agreement's page (/aftale/:id)
 * and the secretariat's pages (/sekretariat/aftaler); the JSON API's agreements are web/api's
 * (agreement-routes.ts). app.tsx mounts each at its prefix.
 */
import type { Db } from '../../db/client.js';
import { agreementListRoutes, agreementRoutes } from './public-routes.js';
import { agreementSecretariatRoutes } from './secretariat-routes.js';

export function agreementApps(deps: { db: Db }) {
  return {
    list: agreementListRoutes(deps),
    agreement: agreementRoutes(deps),
    secretariat: agreementSecretariatRoutes(deps),
  };
}
