/**
 * Notifications in the app and each person's choices (mounted at /notifikationer and /indstillinger):
 *   GET /notifikationer, POST /notifikationer/laest (all), POST /notifikationer/:id/laest,
 *   GET|POST /indstillinger/notifikationer.
 * Only ever the signed-in person's own.
 */
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client.js';
import {
  listNotificationPreferences,
  listNotifications,
  type NotificationRow,
} from '../../db/queries/notifications.js';
import {
  DEFAULT_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannels,
  type NotificationKind,
} from '../../domain/notifications.js';
import { formatInstant } from '../../render/danish-time.js';
import { NotificationSettingsPage, NotificationsPage } from '../../render/html/notifications/notification-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { NOTIFICATION_MESSAGES } from '../../render/messages/notifications.js';
import { markNotificationsRead } from '../../use-cases/notifications/mark-notifications-read.js';
import { setNotificationPreferences } from '../../use-cases/notifications/set-notification-preferences.js';
import { userOf } from '../auth/context.js';
import { signedInOnly } from '../auth/require-role.js';
import { field } from '../kit/forms.js';
import { langOf } from '../kit/page.js';
import { idParam } from '../kit/params.js';

interface NotificationDeps {
  db: Db;
  now: () => Date;
}

/** A notification as the list shows it, in the page's language. */
function presentNotification(row: NotificationRow, lang: Lang) {
  return {
    id: row.id,
    subject: row.subject,
    text: row.bodyText,
    // Links are paths written by Protokol; anything else is not followed.
    href: row.link.startsWith('/') && !row.link.startsWith('//') ? row.link : '/',
    reason: row.reason,
    createdText: formatInstant(row.createdAt),
    isRead: row.readAt !== null,
    emailText: row.emailState === 'skipped' ? null : NOTIFICATION_MESSAGES[lang].email[row.emailState],
  };
}

export function notificationRoutes({ db, now }: NotificationDeps) {
  const app = new Hono();

  app.get('/', signedInOnly, async (c) => {
    const user = userOf(c);
    const notifications = (await listNotifications(db, user.userId)).map((row) => presentNotification(row, langOf(c)));
    return c.render(<NotificationsPage csrfToken={user.csrfToken} notifications={notifications} />);
  });

  // All of the person's notifications, or one.
  const markRead = (c: Context, notificationId?: number) =>
    markNotificationsRead({ db, userId: userOf(c).userId, notificationId, now: now() });
  app.post('/laest', signedInOnly, async (c) => {
    await markRead(c);
    return c.redirect('/notifikationer', 303);
  });

  app.post('/:id/laest', signedInOnly, async (c) => {
    await markRead(c, idParam(c));
    return c.redirect('/notifikationer', 303);
  });

  return app;
}

export function settingsRoutes({ db }: NotificationDeps) {
  const app = new Hono();

  app.get('/notifikationer', signedInOnly, async (c) => {
    const user = userOf(c);
    const chosen = await listNotificationPreferences(db, user.userId);
    // Every kind, with the person's choice or the default.
    const rows = NOTIFICATION_KINDS.map((kind) => ({
      kind,
      label: LABELS[langOf(c)].notificationKind[kind],
      ...(chosen.get(kind) ?? DEFAULT_CHANNELS),
    }));
    return c.render(
      <NotificationSettingsPage csrfToken={user.csrfToken} saved={c.req.query('gemt') === '1'} rows={rows} />,
    );
  });

  app.post('/notifikationer', signedInOnly, async (c) => {
    const form = await c.req.parseBody();
    // Every kind is on the form; an unticked box is simply absent.
    const choices: Partial<Record<NotificationKind, NotificationChannels>> = {};
    for (const kind of NOTIFICATION_KINDS) {
      choices[kind] = { email: field(form, `${kind}:email`, 5) === '1', inApp: field(form, `${kind}:app`, 5) === '1' };
    }
    await setNotificationPreferences({ db, userId: userOf(c).userId, choices });
    return c.redirect('/indstillinger/notifikationer?gemt=1', 303);
  });

  return app;
}
