/** Read queries for a person's notifications in the app and their choices. Only the person's own. */
import { and, desc, eq } from 'drizzle-orm';
import type { NotificationKind } from '../../domain/notifications.js';
import type { Db } from '../client.js';
import { notificationPreferences, notifications } from '../schema/index.js';

export interface NotificationRow {
  id: number;
  kind: NotificationKind;
  subject: string;
  bodyText: string;
  link: string;
  reason: string;
  createdAt: Date;
  readAt: Date | null;
  emailState: 'pending' | 'sent' | 'failed' | 'skipped';
}

export async function listNotifications(db: Db, userId: number, limit = 100): Promise<NotificationRow[]> {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      subject: notifications.subject,
      bodyText: notifications.bodyText,
      link: notifications.link,
      reason: notifications.reason,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      emailState: notifications.emailState,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.isInApp, true)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function listNotificationPreferences(
  db: Db,
  userId: number,
): Promise<Map<NotificationKind, { email: boolean; inApp: boolean }>> {
  const rows = await db
    .select({
      kind: notificationPreferences.kind,
      email: notificationPreferences.email,
      inApp: notificationPreferences.inApp,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return new Map(rows.map((row) => [row.kind, { email: row.email, inApp: row.inApp }]));
}
