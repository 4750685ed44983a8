/**
 * A signed-in person's own pages: their page (/mig), their notifications (/notifikationer) and
 * their choices of notifications (/indstillinger/notifikationer), draft minutes for approval
 * (/mig/referater), requests for items (/mig/anmodninger) and private notes (/mig/noter/:meetingId,
 * printed with the agenda at /mig/noter/:meetingId/pdf), reading on the go (/mig/naeste-moede:
 * what changed since read, the whole meeting as a zip; highlights at /mig/fremhaev). Their
 * questions are in web/questions (/sporgsmaal, /mine-sporgsmaal).
 */
import type { Db } from '../../db/client.js';
import { notificationRoutes, settingsRoutes } from '../notifications/notification-routes.js';
import { homeRoutes } from './home-routes.js';
import { itemRequestRoutes, minutesApprovalRoutes } from './member-work-routes.js';
import { noteRoutes } from './note-routes.js';
import { notesPdfRoutes } from './notes-pdf-routes.js';
import { highlightRoutes, nextMeetingRoutes } from './reading-routes.js';

export function memberApps(deps: { db: Db; now: () => Date; dataDir?: string }) {
  const home = homeRoutes(deps);
  home.route('/referater', minutesApprovalRoutes(deps)); // draft minutes for approval
  home.route('/anmodninger', itemRequestRoutes(deps)); // requests for an item
  home.route('/noter', noteRoutes(deps)); // private notes on a meeting's items
  home.route('/noter', notesPdfRoutes(deps)); // the agenda as a PDF with the member's notes (/mig/noter/:id/pdf)
  home.route('/naeste-moede', nextMeetingRoutes(deps)); // reading on the go: what changed since read, the zip
  home.route('/fremhaev', highlightRoutes(deps)); // highlighted passages of items
  return { home, notifications: notificationRoutes(deps), settings: settingsRoutes(deps) };
}
