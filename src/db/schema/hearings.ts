/**
 * Hearings (migration 0030): what is heard (a plan version or an attachment), by whom (consultees
 * with their e-mail addresses for the invitation and the reminder), until when, the responses
 * (published only once the secretariat has checked them) and the memo (høringsnotat): each
 * response's answer and the change made, published with the body's decision.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { RESPONSE_CHANNELS, RESPONSE_STATES } from '../../domain/hearing.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { agendaItems, attachments } from './meetings.js';
import { planVersions } from './plans.js';
import { processSteps } from './processes.js';

export const hearings = pgTable(
  'hearings',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    title: text('title').notNull(),
    /** What the consultees are asked (Markdown). */
    description: text('description').notNull().default(''),
    /** The document heard: a plan version … */
    planVersionId: integer('plan_version_id').references(() => planVersions.id, { onDelete: 'set null' }),
    /** … or a published attachment. */
    attachmentId: integer('attachment_id').references(() => attachments.id, { onDelete: 'set null' }),
    /** The process step this hearing is. */
    processStepId: integer('process_step_id').references(() => processSteps.id, { onDelete: 'set null' }),
    startsOn: date('starts_on').notNull(),
    deadlineOn: date('deadline_on').notNull(),
    /** The memo's introduction (Markdown); each response's answer is on the response. */
    memoText: text('memo_text'),
    memoPublishedAt: instant('memo_published_at'),
    /** The item whose decision the memo was published with. */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('hearings_body_idx').on(t.bodyId, t.deadlineOn),
    index('hearings_step_idx').on(t.processStepId),
    check('hearings_deadline_after_start', sql`${t.deadlineOn} >= ${t.startsOn}`),
  ],
);

/** Who is asked: an organisation or person, invited (and reminded) by e-mail when an address is given. */
export const hearingConsultees = pgTable(
  'hearing_consultees',
  {
    id: serialId(),
    hearingId: belongsTo('hearing_id', () => hearings.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Never shown publicly. */
    email: text('email'),
    invitedAt: instant('invited_at'),
    remindedAt: instant('reminded_at'),
    /** Failed tries of the e-mail now due (the invitation, then the reminder): reset when one is sent (migration 0035). */
    mailAttempts: integer('mail_attempts').notNull().default(0),
    /** Not tried again before this, after a failure. */
    mailRetryAt: instant('mail_retry_at'),
    /** Given up after MAX_EMAIL_ATTEMPTS failures: shown to the secretariat, never tried again. */
    mailFailedAt: instant('mail_failed_at'),
  },
  (t) => [index('hearing_consultees_hearing_idx').on(t.hearingId, t.position)],
);

export const hearingResponses = pgTable(
  'hearing_responses',
  {
    id: serialId(),
    hearingId: belongsTo('hearing_id', () => hearings.id),
    consulteeId: integer('consultee_id').references(() => hearingConsultees.id, { onDelete: 'set null' }),
    channel: text('channel', { enum: RESPONSE_CHANNELS }).notNull(),
    /** Who answers (a person's name) and for which organisation. */
    name: text('name').notNull(),
    organisation: text('organisation'),
    text: text('text').notNull(),
    /** An attached PDF: stored under the data folder by its SHA-256. */
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    fileSizeBytes: integer('file_size_bytes'),
    /** Where the receipt goes; cleared once it is sent (kept for nothing else, shown to no one). */
    receiptEmail: text('receipt_email'),
    /** Failed tries of the receipt; after MAX_EMAIL_ATTEMPTS the address is cleared (migration 0035). */
    receiptAttempts: integer('receipt_attempts').notNull().default(0),
    receiptRetryAt: instant('receipt_retry_at'),
    receivedAt: instantNow('received_at'),
    state: text('state', { enum: RESPONSE_STATES }).notNull().default('received'),
    /** Why a response is withheld (public). */
    withheldReason: text('withheld_reason'),
    /** The memo: the body's answer to the response and the change made. */
    memoAnswer: text('memo_answer'),
    memoChange: text('memo_change'),
    ...timestamps(),
  },
  (t) => [
    index('hearing_responses_hearing_idx').on(t.hearingId, t.state, t.receivedAt),
    check('hearing_responses_withheld_reason', sql`${t.state} <> 'withheld' or ${t.withheldReason} is not null`),
  ],
);
