/**
 * The members' daily work (issue 16): a body's rules of procedure (forretningsorden) for approving
 * minutes and requesting items; rounds of draft minutes sent to the members for approval (the text
 * as sent, each member's answer and comments per item); members' requests for an item on a coming
 * meeting; and members' private notes on items. None of it is public: no public query, export,
 * feed or search reads these tables.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ITEM_REQUEST_STATES, MINUTES_APPROVAL_KINDS } from '../../domain/procedure-rules.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { followUps } from './follow-ups.js';
import { draftItems } from './meeting-drafts.js';
import { meetings } from './meetings.js';

/** A body's rules of procedure for minutes and item requests; a body without a row has the defaults. */
export const procedureRules = pgTable(
  'procedure_rules',
  {
    bodyId: integer('body_id')
      .primaryKey()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    /** At the next meeting, or by the members within `approval_working_days` of sending. */
    minutesApproval: text('minutes_approval', { enum: MINUTES_APPROVAL_KINDS }).notNull().default('next_meeting'),
    approvalWorkingDays: integer('approval_working_days').notNull().default(3),
    /** Whether a member who has not answered when the period ends counts as approving. */
    silenceIsApproval: boolean('silence_is_approval').notNull().default(true),
    /** Requests for an item must come this many calendar days before the meeting. */
    itemRequestDaysBefore: integer('item_request_days_before').notNull().default(11),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    check(
      'procedure_rules_counts',
      sql`${t.approvalWorkingDays} between 1 and 30 and ${t.itemRequestDaysBefore} between 0 and 90`,
    ),
  ],
);

/** One sending of a meeting's draft minutes to its members: the text as sent and the rule it was sent under. */
export const minutesRounds = pgTable(
  'minutes_rounds',
  {
    id: serialId(),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    /** 1, 2 … per meeting: a corrected draft is sent as the next round. */
    number: integer('number').notNull(),
    sentAt: instant('sent_at').notNull(),
    sentOn: date('sent_on').notNull(),
    minutesApproval: text('minutes_approval', { enum: MINUTES_APPROVAL_KINDS }).notNull(),
    silenceIsApproval: boolean('silence_is_approval').notNull(),
    /** The last day to answer under the within-N-days rule; null when approved at the next meeting. */
    dueOn: date('due_on'),
    sentByUserId: integer('sent_by_user_id'),
    sentByLabel: text('sent_by_label').notNull(),
    /** The draft minutes as sent (the members' view: closed items with their content). Never public. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** The follow-up made when the period ended with members missing (once per round). */
    followUpId: integer('follow_up_id').references(() => followUps.id, { onDelete: 'set null' }),
    /** The minutes version published from this round (its approvals are the published record's). */
    publishedVersion: integer('published_version'),
  },
  (t) => [uniqueIndex('minutes_rounds_number_idx').on(t.meetingId, t.number)],
);

/** A member a round was sent to, and their answer: approved (when), or only commented. */
export const minutesRoundMembers = pgTable(
  'minutes_round_members',
  {
    roundId: belongsTo('round_id', () => minutesRounds.id),
    userId: belongsTo('user_id', () => users.id),
    name: text('name').notNull(),
    approvedAt: instant('approved_at'),
    /** The member's last answer (an approval or a comment). */
    answeredAt: instant('answered_at'),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** A member's comment on one item of the draft minutes of a round. */
export const minutesComments = pgTable(
  'minutes_comments',
  {
    id: serialId(),
    roundId: belongsTo('round_id', () => minutesRounds.id),
    userId: belongsTo('user_id', () => users.id),
    /** The item's number in the round's snapshot. */
    itemNumber: integer('item_number').notNull(),
    text: text('text').notNull(),
    createdAt: instantNow('created_at'),
  },
  (t) => [index('minutes_comments_round_idx').on(t.roundId, t.itemNumber)],
);

/** A member's request for an item on a coming meeting (anmodning om optagelse af punkt). */
export const itemRequests = pgTable(
  'item_requests',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    userId: belongsTo('user_id', () => users.id),
    requesterName: text('requester_name').notNull(),
    /** The meeting the member asked for; the request is for `meeting_id` (the next one after when late). */
    askedMeetingId: integer('asked_meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    isLate: boolean('is_late').notNull().default(false),
    title: text('title').notNull(),
    reason: text('reason').notNull(),
    attachmentFileName: text('attachment_file_name'),
    attachmentMediaType: text('attachment_media_type'),
    attachmentSizeBytes: integer('attachment_size_bytes'),
    /** Hex SHA-256: the file is `attachments/<sha256>` under the data folder, as draft attachments. */
    attachmentSha256: text('attachment_sha256'),
    receivedAt: instant('received_at').notNull(),
    /** The last day for requests for the asked meeting, by the body's rules. */
    deadlineOn: date('deadline_on').notNull(),
    state: text('state', { enum: ITEM_REQUEST_STATES }).notNull().default('pending'),
    decidedAt: instant('decided_at'),
    decidedByUserId: integer('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    declineReason: text('decline_reason'),
    /** The draft item made when accepted. */
    draftItemId: integer('draft_item_id').references(() => draftItems.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('item_requests_meeting_idx').on(t.meetingId, t.state),
    index('item_requests_user_idx').on(t.userId, t.receivedAt),
  ],
);

/** A member's private note on an item, by meeting and item number (kept when the item's text changes). */
export const itemNotes = pgTable(
  'item_notes',
  {
    id: serialId(),
    userId: belongsTo('user_id', () => users.id),
    meetingId: belongsTo('meeting_id', () => meetings.id),
    itemNumber: integer('item_number').notNull(),
    text: text('text').notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('item_notes_owner_idx').on(t.userId, t.meetingId, t.itemNumber)],
);
