/**
 * markNotificationsRead: marks one of a person's notifications in the app as read, or all of them.
 * Only the person's own: another person's id changes nothing.
 *
 * Who may call it: the signed-in person. Returns how many were marked.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema/index.js';

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
  const marked = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        notificationId === undefined ? undefined : eq(notifications.id, notificationId),
      ),
    )
    .returning({ id: notifications.id });
  return marked.length;
}
