/**
 * markNotificationsRead: marks one of a person's notifications in the app as read, or all of them.
 * Only the person's own: another person's id changes nothing.
 *
 * Who may call it: the signed-in person. Returns how many were marked.
 */
import type { Db } from '../../db/client.js';
import { markRead } from '../../db/stores/notifications.js';

export async function markNotificationsRead({
  db,
  userId,
  notificationId,
  now = new Date(),
}: {
  db: Db;
  userId: number;
  /** Omitted: all of them. */
  notificationId?: number;
  now?: Date;
}): Promise<number> {
  return markRead(db, { userId, notificationId, now });
}
