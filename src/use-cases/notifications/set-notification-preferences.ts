/**
 * setNotificationPreferences: a person's choice, per kind of notification, of an e-mail and/or a
 * notice in the app. Kinds left out keep their current choice.
 *
 * Who may call it: the signed-in person, for themselves. Returns nothing.
 */
import type { Db } from '../../db/client.js';
import { saveChannelChoice } from '../../db/stores/notifications.js';
import type { NotificationChannels, NotificationKind } from '../../domain/notifications.js';

export interface SetNotificationPreferencesInput {
  db: Db;
  userId: number;
  choices: Partial<Record<NotificationKind, NotificationChannels>>;
}

export async function setNotificationPreferences({
  db,
  userId,
  choices,
}: SetNotificationPreferencesInput): Promise<void> {
  const rows = Object.entries(choices).map(([kind, channels]) => ({
    userId,
    kind: kind as NotificationKind,
    email: channels!.email,
    inApp: channels!.inApp,
  }));
  if (rows.length === 0) return;
  await db.transaction(async (tx) => {
    for (const row of rows) await saveChannelChoice(tx, row);
  });
}
