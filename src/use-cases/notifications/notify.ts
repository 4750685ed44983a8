/**
 * notify: writes notifications for the right people — the outbox pattern: call it with the
 * transaction of the change it tells about, so a change is never without its notifications and
 * a notification never without its change. Each recipient's choices are honoured (no row when
 * they want neither an e-mail nor a notice in the app); a `dedupeKey` makes a repeated call
 * insert nothing. Delivery of the e-mails is deliver-notifications.ts.
 *
 * Who may call it: other use cases (answer-question, scan-deadlines …), and the secretariat's
 * publishing of agendas and minutes through `notifyPublication`. Returns how many rows were written.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { bodies, notificationPreferences, notifications, userRoles, users } from '../../db/schema/index.js';
import type { NotificationMessage } from '../../domain/notification-messages.js';
import { publicationMessage } from '../../domain/notification-messages.js';
import {
  DEFAULT_CHANNELS,
  type NotificationKind,
  notificationReason,
  type RecipientRelation,
} from '../../domain/notifications.js';
import type { DbOrTx } from '../accounts/account-secrets.js';

export interface Recipient {
  userId: number;
  relation: RecipientRelation;
}

export interface NotifyInput {
  kind: NotificationKind;
  recipients: readonly Recipient[];
  bodyName: string;
  message: NotificationMessage;
  /** A path on the portal. */
  link: string;
  /** The event's key ("question:12:answered"); the recipient's id is added. */
  eventKey: string;
  now: Date;
}

export async function notify(tx: DbOrTx, input: NotifyInput): Promise<number> {
  const recipients = new Map<number, Recipient>();
  for (const recipient of input.recipients)
    if (!recipients.has(recipient.userId)) recipients.set(recipient.userId, recipient);
  if (recipients.size === 0) return 0;
  const ids = [...recipients.keys()];
  const choices = await tx
    .select({
      userId: notificationPreferences.userId,
      email: notificationPreferences.email,
      inApp: notificationPreferences.inApp,
    })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.kind, input.kind), inArray(notificationPreferences.userId, ids)));
  const chosen = new Map(choices.map((choice) => [choice.userId, choice]));
  const rows = [];
  for (const recipient of recipients.values()) {
    const channels = chosen.get(recipient.userId) ?? DEFAULT_CHANNELS;
    if (!channels.email && !channels.inApp) continue;
    rows.push({
      userId: recipient.userId,
      kind: input.kind,
      subject: input.message.subject,
      bodyText: input.message.text,
      link: input.link,
      reason: notificationReason({ kind: input.kind, relation: recipient.relation, bodyName: input.bodyName }),
      dedupeKey: `${input.eventKey}:user:${recipient.userId}`,
      isInApp: channels.inApp,
      createdAt: input.now,
      emailState: channels.email ? ('pending' as const) : ('skipped' as const),
      nextAttemptAt: input.now,
    });
  }
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return inserted.length;
}

/**
 * The active users with a role in a body, as recipients: members, the secretariat or both.
 * `except`: the person who caused the event (they need no message about their own act).
 */
export async function bodyRecipients(
  tx: DbOrTx,
  input: { bodyId: number; roles: readonly ('member' | 'secretariat')[]; except?: number | null },
): Promise<Recipient[]> {
  const rows = await tx
    .select({ userId: userRoles.userId, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(eq(userRoles.bodyId, input.bodyId), inArray(userRoles.role, [...input.roles]), isNull(users.disabledAt)),
    );
  return rows.filter((row) => row.userId !== input.except).map((row) => ({ userId: row.userId, relation: row.role }));
}

export async function bodyName(tx: DbOrTx, bodyId: number): Promise<string> {
  const [row] = await tx.select({ name: bodies.name }).from(bodies).where(eq(bodies.id, bodyId));
  return row?.name ?? '';
}

/**
 * notifyPublication: "the agenda (or minutes) of a meeting is published" to the body's members and
 * secretariat. Call it in the transaction that publishes.
 */
export async function notifyPublication(
  tx: DbOrTx,
  input: {
    bodyId: number;
    kind: 'agenda_published' | 'minutes_published';
    meetingId: number;
    meetingTitle: string;
    /** Default "/moede/:meetingId". */
    link?: string;
    actorUserId?: number | null;
    now: Date;
  },
): Promise<number> {
  const name = await bodyName(tx, input.bodyId);
  return notify(tx, {
    kind: input.kind,
    recipients: await bodyRecipients(tx, {
      bodyId: input.bodyId,
      roles: ['member', 'secretariat'],
      except: input.actorUserId,
    }),
    bodyName: name,
    message: publicationMessage({ kind: input.kind, bodyName: name, meetingTitle: input.meetingTitle }),
    link: input.link ?? `/moede/${input.meetingId}`,
    // A meeting's agenda can be published again (a new version): one notice per publication instant.
    eventKey: `meeting:${input.meetingId}:${input.kind}:${input.now.getTime()}`,
    now: input.now,
  });
}
