/**
 * The secretariat's work on the web: meetings and agendas (/sekretariat/…), a member's own page
 * (/mig), the admins' bodies (/admin/organer). Mount with app.route('/', secretariatRoutes(deps)),
 * and register `uploadLimit` before the auth middleware (whose CSRF check reads the body).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ATTACHMENT_MAX_BYTES } from '../../domain/attachment-file.js';
import { bodyAdminRoutes } from './body-admin-routes.js';
import type { SecretariatDeps } from './deps.js';
import { secretariatItemRoutes } from './item-routes.js';
import { secretariatMeetingRoutes } from './meeting-routes.js';
import { memberRoutes } from './member-routes.js';

export type { SecretariatDeps } from './deps.js';

export function secretariatRoutes(deps: SecretariatDeps) {
  const app = new Hono();
  app.route('/', secretariatMeetingRoutes(deps));
  app.route('/', secretariatItemRoutes(deps));
  app.route('/', memberRoutes(deps));
  app.route('/', bodyAdminRoutes(deps));
  return app;
}

/** Request bodies of the secretariat's pages: an attachment (25 MB) and the form around it, no more. */
export const uploadLimit = bodyLimit({
  maxSize: ATTACHMENT_MAX_BYTES + 1024 * 1024,
  onError: (c) => c.text('Filen er for stor: bilag må højst være 25 MB.', 413),
});
