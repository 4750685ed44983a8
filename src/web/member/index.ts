/**
 * A signed-in person's own pages: their page (/mig), their notifications (/notifikationer) and
 * their choices of notifications (/indstillinger/notifikationer), draft minutes for approval
 * (/mig/referater), requests for items (/mig/anmodninger) and private notes (/mig/noter/:meetingId). Their questions are in
 * web/questions (/sporgsmaal, /mine-sporgsmaal).
 */
import type { Db } from '../../db/client.js';
import { notificationRoutes, settingsRoutes } from '../notifications/notification-routes.js';
import { homeRoutes } from './home-routes.js';
import { itemRequestRoutes, minutesApprovalRoutes } from './member-work-routes.js';
import { noteRoutes } from './note-routes.js';

export function memberApps(deps: { db: Db; now: () => Date; dataDir?: string }) {
  const home = homeRoutes(deps);
  home.route('/referater', minutesApprovalRoutes(deps)); // draft minutes for approval
  home.route('/anmodninger', itemRequestRoutes(deps)); // requests for an item
  home.route('/noter', noteRoutes(deps)); // private notes on a meeting's items
  return { home, notifications: notificationRoutes(deps), settings: settingsRoutes(deps) };
}
