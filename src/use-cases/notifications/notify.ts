/**
 * notify: writes notifications for the right people — the outbox pattern: call it with the
 * transaction of the change it tells about, so a change is never without its notifications and
 * a notification never without its change. Each recipient's choices are honoured (no row when
 * they want neither an e-mail nor a notice in the app); a `dedupeKey` makes a repeated call
 * insert nothing. Delivery of the e-mails is deliver-notifications.ts.
 *
 * Who may call it: other use cases (answer-question, scan-deadlines, notify-publication …).
 * Returns how many rows were written.
 */
import type { DbOrTx } from '../../db/client.js';
import { listActiveRoleHolders } from '../../db/stores/accounts.js';
import { insertNotifications, listChannelChoices, type NewNotification } from '../../db/stores/notifications.js';
import type { NotificationMessage } from '../../domain/notification-messages.js';
import {
  DEFAULT_CHANNELS,
  type NotificationKind,
  notificationReason,
  type RecipientRelation,
} from '../../domain/notifications.js';

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
  const chosen = await listChannelChoices(tx, { kind: input.kind, userIds: [...recipients.keys()] });
  const rows: NewNotification[] = [];
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
  return insertNotifications(tx, rows);
}

/**
 * The active users with a role in a body, as recipients: members, the secretariat or both.
 * `except`: the person who caused the event (they need no message about their own act).
 */
export async function bodyRecipients(
  tx: DbOrTx,
  input: { bodyId: number; roles: readonly ('member' | 'secretariat')[]; except?: number | null },
): Promise<Recipient[]> {
  const rows = await listActiveRoleHolders(tx, { bodyId: input.bodyId, roles: input.roles });
  return rows.filter((row) => row.userId !== input.except).map((row) => ({ userId: row.userId, relation: row.role }));
}
