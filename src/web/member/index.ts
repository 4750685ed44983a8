/**
 * A signed-in person's own pages: their page (/mig), their notifications (/notifikationer) and
 * their choices of notifications (/indstillinger/notifikationer). Their questions are in
 * web/questions (/sporgsmaal, /mine-sporgsmaal).
 */
import type { Db } from '../../db/client.js';
import { notificationRoutes, settingsRoutes } from '../notifications/notification-routes.js';
import { homeRoutes } from './home-routes.js';

export function memberApps(deps: { db: Db; now: () => Date }) {
  return { home: homeRoutes(deps), notifications: notificationRoutes(deps), settings: settingsRoutes(deps) };
}
