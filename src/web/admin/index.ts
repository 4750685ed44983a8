/**
 * The admins' pages (mounted at /admin): users and their roles (/admin/brugere), the audit log
 * (/admin/log), bodies and their publishers (/admin/organer), publishers (/admin/udgivere), people
 * — one person, merging, splitting and undoing (/admin/personer) — a body's memberships
 * (/admin/organer/:slug/medlemmer, /admin/medlemskaber/:id/afslut) and the publication sites that
 * are harvested (/admin/kilder), and where personal numbers were found and masked
 * (/admin/personnumre). Admins only; every change is in the audit log.
 */
import { Hono } from 'hono';
import type { AccountsDeps } from '../accounts/deps.js';
import { auditLogRoutes } from './audit-log-routes.js';
import { bodyRoutes } from './body-routes.js';
import { membershipRoutes } from './membership-routes.js';
import { mergeRoutes } from './merge-routes.js';
import { organisationRoutes } from './organisation-routes.js';
import { peopleRoutes } from './people-routes.js';
import { personRoutes } from './person-routes.js';
import { personalNumberRoutes } from './personal-number-routes.js';
import { siteRoutes } from './site-routes.js';
import { splitRoutes } from './split-routes.js';
import { userRoutes } from './user-routes.js';

export function adminApp(accounts: AccountsDeps) {
  const app = new Hono();
  app.route('/brugere', userRoutes(accounts));
  app.route('/log', auditLogRoutes(accounts));
  app.route('/organer', bodyRoutes(accounts));
  app.route('/udgivere', organisationRoutes(accounts));
  app.route('/personer', peopleRoutes(accounts)); // the list and the form that creates one
  app.route('/personer', personRoutes(accounts)); // /aendringer before /:id
  app.route('/personer', mergeRoutes(accounts)); // /:id/saml, /:id/saml/bekraeft
  app.route('/personer', splitRoutes(accounts)); // /:id/del, /:id/del/bekraeft
  app.route('/kilder', siteRoutes(accounts));
  app.route('/personnumre', personalNumberRoutes(accounts));
  app.route('/', membershipRoutes(accounts));
  return app;
}
