/**
 * Following by e-mail, without an account: the subscriber (an address, stored for this alone and
 * deleted with their last subscription), what they follow (each confirmed by a link before
 * anything is sent), the messages waiting to be sent (the subscribers' outbox: one row per
 * subscription and event, so an event is never told twice), and the confirmation requests counted
 * for the rate limit (keyed by a hash of the address, or the client's address).
 */
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { FREQUENCIES, type SavedSearch, TARGET_KINDS } from '../../domain/subscriptions.js';
import { belongsTo, flag, instant, instantNow, serialId } from './columns.js';
import { meetings } from './meetings.js';
import { EMAIL_STATES } from './notifications.js';
import { questions } from './questions.js';

export const subscribers = pgTable('subscribers', {
  id: serialId(),
  /** Normalized (trimmed, lower case); shown to no one, used only to send this subscriber's messages. */
  email: text('email').notNull().unique(),
  /** The language of the page they subscribed on: their messages come in it. */
  lang: text('lang', { enum: ['da', 'en'] }).notNull(),
  /** The unguessable token of the link to their subscriptions (/foelg/mine/:token). */
  manageToken: text('manage_token').notNull().unique(),
  createdAt: instantNow('created_at'),
});

export const subscriptions = pgTable(
  'subscriptions',
  {
    id: serialId(),
    subscriberId: belongsTo('subscriber_id', () => subscribers.id),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
    /** One subscription per subscriber and target (domain/subscriptions.ts targetKey). */
    targetKey: text('target_key').notNull(),
    /** The body, publisher, case or (answers) body followed; null for a saved search. */
    targetId: integer('target_id'),
    search: jsonb('search').$type<SavedSearch>(),
    /** What is followed, as its page names it ("Sundhedsråd Fjordby"). */
    label: text('label').notNull(),
    /** Its page on the portal ("/organ/sundhedsraad-fjordby"). */
    link: text('link').notNull(),
    frequency: text('frequency', { enum: FREQUENCIES }).notNull().default('immediate'),
    /** The confirmation link's token; null once confirmed. */
    confirmToken: text('confirm_token').unique(),
    requestedAt: instantNow('requested_at'),
    confirmedAt: instant('confirmed_at'),
    /** The one-click unsubscribe's token (List-Unsubscribe and the link in each message). */
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  },
  (t) => [
    uniqueIndex('subscriptions_target_idx').on(t.subscriberId, t.targetKey),
    index('subscriptions_confirmed_target_idx').on(t.kind, t.targetId).where(sql`confirmed_at is not null`),
  ],
);

/** The subscribers' outbox: a confirmation request, or an event told to one subscription. */
export const subscriptionMessages = pgTable(
  'subscription_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: belongsTo('subscription_id', () => subscriptions.id),
    subscriberId: belongsTo('subscriber_id', () => subscribers.id),
    /** 'confirm', or the event (domain/subscriptions.ts SUBSCRIPTION_EVENTS). */
    kind: text('kind').notNull(),
    /** Subscription and event ("12:meeting:7:minutes_published"): queueing an event twice inserts nothing. */
    dedupeKey: text('dedupe_key').notNull(),
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'cascade' }),
    questionId: integer('question_id').references(() => questions.id, { onDelete: 'cascade' }),
    /** The items the message names (a case's, a search's); null: every open item of the meeting. */
    itemIds: jsonb('item_ids').$type<number[]>(),
    /** Part of a daily digest (sent with the subscriber's other due digest rows). */
    isDigest: flag('is_digest'),
    createdAt: instantNow('created_at'),
    emailState: text('email_state', { enum: EMAIL_STATES }).notNull().default('pending'),
    emailAttempts: integer('email_attempts').notNull().default(0),
    nextAttemptAt: instantNow('next_attempt_at'),
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
  },
  (t) => [
    uniqueIndex('subscription_messages_dedupe_idx').on(t.dedupeKey),
    index('subscription_messages_outbox_idx').on(t.nextAttemptAt).where(sql`email_state = 'pending'`),
    index('subscription_messages_subscriber_idx').on(t.subscriberId),
  ],
);

/** Confirmation requests, one row each, keyed "address:<sha256>" or "client:<ip>"; old rows are pruned. */
export const subscriptionRequests = pgTable(
  'subscription_requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    requestedAt: instantNow('requested_at'),
  },
  (t) => [index('subscription_requests_key_idx').on(t.key, t.requestedAt)],
);
