/**
 * The question scheme (spørgeordningen): members' questions, the parts of their answers (each
 * open or confidential), and each body's choice to publish answers on the portal. Notes that are
 * never public — the chair's reason to decline, the contact with the asker — live on the question
 * and are selected only by the secretariat's and the asker's queries.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { DEADLINE_RULE_KINDS } from '../../domain/question-scheme-rules.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';

export const QUESTION_STATES = ['received', 'assigned', 'answered', 'declined', 'outside_scheme'] as const;
export const QUESTION_ADDRESSEES = ['secretariat', 'hospital_management', 'executive_board'] as const;

export const questions = pgTable(
  'questions',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    askerUserId: refersTo('asker_user_id', () => users.id),
    title: text('title').notNull(),
    text: text('text').notNull(),
    addressee: text('addressee', { enum: QUESTION_ADDRESSEES }).notNull(),
    state: text('state', { enum: QUESTION_STATES }).notNull().default('received'),
    receivedAt: instant('received_at').notNull(),
    /** The Danish calendar date of receipt: the deadline counts from it. */
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    assignedToUserId: integer('assigned_to_user_id').references(() => users.id),
    assignedAt: instant('assigned_at'),
    /** Who answers it when not a user of Protokol ("Sygehusdirektør Anne Hansen"). */
    assignmentNote: text('assignment_note'),
    answeredAt: instant('answered_at'),
    answeredOn: date('answered_on'),
    answeredByUserId: integer('answered_by_user_id').references(() => users.id),
    /** The answer's open parts are shown on the portal (only when the body publishes answers too). */
    isAnswerPublic: flag('is_answer_public'),
    /** Declined by the chair, or outside the scheme: when, and the note for the asker. Never public. */
    closedAt: instant('closed_at'),
    closedNote: text('closed_note'),
    /** The asker was contacted (deadline passed, or declined): when, by whom, what was agreed. Never public. */
    contactedAt: instant('contacted_at'),
    contactedByUserId: integer('contacted_by_user_id').references(() => users.id),
    contactNote: text('contact_note'),
    /** Sent on to the regional council's scheme as well: when and where. */
    forwardedAt: instant('forwarded_at'),
    forwardedByUserId: integer('forwarded_by_user_id').references(() => users.id),
    forwardedLink: text('forwarded_link'),
    ...timestamps(),
  },
  (t) => [
    index('questions_body_state_idx').on(t.bodyId, t.state, t.dueOn),
    index('questions_asker_idx').on(t.askerUserId),
    check('questions_due_after_receipt', sql`${t.dueOn} >= ${t.receivedOn}`),
  ],
);

export const questionAnswerParts = pgTable(
  'question_answer_parts',
  {
    id: serialId(),
    questionId: belongsTo('question_id', () => questions.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    /** "Det angives i besvarelsen, hvis svaret indeholder oplysninger af fortrolig karakter." */
    isConfidential: flag('is_confidential'),
  },
  (t) => [uniqueIndex('question_answer_parts_position_idx').on(t.questionId, t.position)],
);

/**
 * A body's rules for the question scheme (domain/question-scheme-rules.ts); a body without a row
 * has the default: one calendar week, nothing published, no note. The deadline columns' defaults
 * are that week, so a row made only to publish answers keeps it.
 */
export const questionSchemeSettings = pgTable(
  'question_scheme_settings',
  {
    bodyId: integer('body_id')
      .primaryKey()
      .references(() => bodies.id, { onDelete: 'cascade' }),
    publishesAnswers: flag('publishes_answers'),
    /** `calendar`: weeks and days as on the calendar; `working_days`: the days are working days (weeks 0). */
    deadlineKind: text('deadline_kind', { enum: DEADLINE_RULE_KINDS }).notNull().default('calendar'),
    deadlineWeeks: integer('deadline_weeks').notNull().default(1),
    deadlineDays: integer('deadline_days').notNull().default(0),
    /** The secretariat's note for members: what is outside the scheme, whom to contact. */
    memberNote: text('member_note'),
    updatedAt: instantNow('updated_at'),
  },
  (t) => [
    check(
      'question_scheme_settings_deadline_valid',
      sql`(${t.deadlineKind} = 'calendar' and ${t.deadlineWeeks} >= 0 and ${t.deadlineDays} >= 0 and ${t.deadlineWeeks} + ${t.deadlineDays} >= 1)
        or (${t.deadlineKind} = 'working_days' and ${t.deadlineWeeks} = 0 and ${t.deadlineDays} >= 1)`,
    ),
  ],
);
