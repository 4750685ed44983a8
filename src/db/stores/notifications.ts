/**
 * The notifications' store: the outbox (one row per person and event, its e-mail's state and
 * tries; never deleted) and each person's choice of channels per kind of notification.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { NotificationChannels, NotificationKind } from '../../domain/notifications.js';
import type { Db, DbOrTx, Tx } from '../client.js';
import { notificationPreferences, notifications, users } from '../schema/index.js';

// Choices

/** The recorded choices of some people for one kind (people without one take the defaults). */
export async function listChannelChoices(
  db: DbOrTx,
  { kind, userIds }: { kind: NotificationKind; userIds: readonly number[] },
): Promise<Map<number, NotificationChannels>> {
  const rows = await db
    .select({
      userId: notificationPreferences.userId,
      email: notificationPreferences.email,
      inApp: notificationPreferences.inApp,
    })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.kind, kind), inArray(notificationPreferences.userId, [...userIds])));
  return new Map(rows.map(({ userId, ...channels }) => [userId, channels]));
}

export async function saveChannelChoice(
  tx: Tx,
  { userId, kind, email, inApp }: { userId: number; kind: NotificationKind } & NotificationChannels,
): Promise<void> {
  await tx
    .insert(notificationPreferences)
    .values({ userId, kind, email, inApp })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { email, inApp },
    });
}

// The outbox

export interface NewNotification {
  userId: number;
  kind: NotificationKind;
  subject: string;
  bodyText: string;
  link: string;
  reason: string;
  dedupeKey: string;
  isInApp: boolean;
  createdAt: Date;
  emailState: 'pending' | 'skipped';
  nextAttemptAt: Date;
}

/** Writes notifications; a row whose dedupe key exists already is left out. Returns how many were written. */
export async function insertNotifications(db: DbOrTx, rows: readonly NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(notifications)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

export interface DueEmail {
  id: number;
  subject: string;
  bodyText: string;
  link: string;
  reason: string;
  attempts: number;
  email: string;
  name: string;
  isDisabled: boolean;
}

/**
 * Claims up to `limit` pending e-mails due at `now`, oldest first: their rows are locked (SKIP
 * LOCKED: rows another sender holds are passed over) and their next try is moved to `leaseUntil`,
 * so that no other sender takes them meanwhile.
 */
export async function claimDueEmails(
  tx: Tx,
  { now, limit, leaseUntil }: { now: Date; limit: number; leaseUntil: Date },
): Promise<DueEmail[]> {
  const due = await tx
    .select({
      id: notifications.id,
      subject: notifications.subject,
      bodyText: notifications.bodyText,
      link: notifications.link,
      reason: notifications.reason,
      attempts: notifications.emailAttempts,
      email: users.email,
      name: users.name,
      isDisabled: sql<boolean>`${users.disabledAt} is not null`,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.emailState, 'pending'), lte(notifications.nextAttemptAt, now)))
    .orderBy(asc(notifications.nextAttemptAt), asc(notifications.id))
    .limit(limit)
    .for('update', { of: notifications, skipLocked: true });
  if (due.length > 0) {
    await tx
      .update(notifications)
      .set({ nextAttemptAt: leaseUntil })
      .where(
        inArray(
          notifications.id,
          due.map((row) => row.id),
        ),
      );
  }
  return due;
}

/** Records what became of one e-mail. */
export async function saveEmailState(
  db: Db,
  notificationId: number,
  state: {
    emailState: 'pending' | 'sent' | 'failed' | 'skipped';
    emailAttempts?: number;
    sentAt?: Date;
    nextAttemptAt?: Date;
    lastError: string | null;
  },
): Promise<void> {
  await db.update(notifications).set(state).where(eq(notifications.id, notificationId));
}

/** Marks a person's unread notifications read (one, or all of them); returns how many. */
export async function markRead(
  db: Db,
  { userId, notificationId, now }: { userId: number; notificationId?: number; now: Date },
): Promise<number> {
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
