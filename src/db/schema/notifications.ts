/**
 * Notifications (the outbox): one row per person and event, written in the same transaction as
 * the change it tells about. The in-app list reads them; the delivery loop sends the e-mails and
 * records every try. Rows are never deleted. The text never holds an answer's confidential parts.
 */
import { bigserial, boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { NOTIFICATION_KINDS } from '../../domain/notifications.js';
import { users } from './accounts.js';
import { belongsTo, instant, instantNow } from './columns.js';

/** pending: to send (again at next_attempt_at); sent; failed: gave up after the last try; skipped: no e-mail wanted or possible. */
export const EMAIL_STATES = ['pending', 'sent', 'failed', 'skipped'] as const;

export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: belongsTo('user_id', () => users.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    /** A path on the portal ("/sporgsmaal/12"); e-mails make it absolute with PUBLIC_URL. */
    link: text('link').notNull(),
    /** "Du får denne besked, fordi …" */
    reason: text('reason').notNull(),
    /** One notification per event and person: a repeated scan or call inserts nothing. */
    dedupeKey: text('dedupe_key'),
    isInApp: boolean('is_in_app').notNull().default(true),
    createdAt: instantNow('created_at'),
    readAt: instant('read_at'),
    emailState: text('email_state', { enum: EMAIL_STATES }).notNull().default('pending'),
    emailAttempts: integer('email_attempts').notNull().default(0),
    nextAttemptAt: instantNow('next_attempt_at'),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_idx').on(t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_outbox_idx').on(t.emailState, t.nextAttemptAt),
  ],
);

/** A person's choice per kind; no row means both channels on. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: belongsTo('user_id', () => users.id),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    email: boolean('email').notNull(),
    inApp: boolean('in_app').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
