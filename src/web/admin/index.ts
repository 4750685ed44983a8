/**
 * The admins' pages (mounted at /admin): users and their roles (/admin/brugere), the audit log
 * (/admin/log), bodies (/admin/organer), people (/admin/personer) and a body's memberships
 * (/admin/organer/:slug/medlemmer, /admin/medlemskaber/:id/afslut). Admins only; every change is
 * in the audit log.
 */
import { Hono } from 'hono';
import type { AccountsDeps } from '../accounts/deps.js';
import { auditLogRoutes } from './audit-log-routes.js';
import { bodyRoutes } from './body-routes.js';
import { membershipRoutes } from './membership-routes.js';
import { peopleRoutes } from './people-routes.js';
import { userRoutes } from './user-routes.js';

export function adminApp(accounts: AccountsDeps) {
  const app = new Hono();
  app.route('/brugere', userRoutes(accounts));
  app.route('/log', auditLogRoutes(accounts));
  app.route('/organer', bodyRoutes(accounts));
  app.route('/personer', peopleRoutes(accounts));
  app.route('/', membershipRoutes(accounts));
  return app;
}
