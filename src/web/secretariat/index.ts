/**
 * The secretariat's work on the web (mounted at /sekretariat): the overview, meetings and their
 * agendas, items, attachments, publishing and corrections. The question scheme's secretariat pages
 * (/sekretariat/sporgsmaal, /opfoelgning, /beslutning, /moedeplan) are web/questions'. Register
 * `uploadLimit` on /sekretariat/* before the auth middleware (whose CSRF check reads the body).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ATTACHMENT_MAX_BYTES } from '../../domain/attachment-file.js';
import { attachmentRoutes } from './attachment-routes.js';
import type { SecretariatDeps } from './deps.js';
import { itemRoutes } from './item-routes.js';
import { meetingRoutes } from './meeting-routes.js';
import { memberWorkRoutes } from './member-work-routes.js';
import { publishingRoutes } from './publishing-routes.js';

export type { SecretariatDeps } from './deps.js';

export function secretariatApp(deps: SecretariatDeps) {
  const app = new Hono();
  app.route('/', meetingRoutes(deps));
  app.route('/', publishingRoutes(deps));
  app.route('/', itemRoutes(deps));
  app.route('/', attachmentRoutes(deps));
  app.route('/', memberWorkRoutes(deps)); // approval of minutes, requests for items, rules of procedure
  return app;
}

/** Request bodies of the secretariat's pages: an attachment (25 MB) and the form around it, no more. */
export const uploadLimit = bodyLimit({
  maxSize: ATTACHMENT_MAX_BYTES + 1024 * 1024,
  onError: (c) => c.text('Filen er for stor: bilag må højst være 25 MB.', 413),
});
