/**
 * The question scheme (spørgeordningen): members' questions, the parts of their answers (each
 * open or confidential), and each body's choice to publish answers on the portal. Notes that are
 * never public — the chair's reason to decline, the contact with the asker — live on the question
 * and are selected only by the secretariat's and the asker's queries.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { bodies } from './bodies.js';

export const QUESTION_STATES = ['received', 'assigned', 'answered', 'declined', 'outside_scheme'] as const;
export const QUESTION_ADDRESSEES = ['secretariat', 'hospital_management', 'executive_board'] as const;

export const questions = pgTable(
  'questions',
  {
    id: serial('id').primaryKey(),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    askerUserId: integer('asker_user_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    text: text('text').notNull(),
    addressee: text('addressee', { enum: QUESTION_ADDRESSEES }).notNull(),
    state: text('state', { enum: QUESTION_STATES }).notNull().default('received'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The Danish calendar date of receipt: the deadline counts from it. */
    receivedOn: date('received_on').notNull(),
    dueOn: date('due_on').notNull(),
    assignedToUserId: integer('assigned_to_user_id').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /** Who answers it when not a user of Protokol ("Sygehusdirektør Anne Hansen"). */
    assignmentNote: text('assignment_note'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredOn: date('answered_on'),
    answeredByUserId: integer('answered_by_user_id').references(() => users.id),
    /** The answer's open parts are shown on the portal (only when the body publishes answers too). */
    isAnswerPublic: boolean('is_answer_public').notNull().default(false),
    /** Declined by the chair, or outside the scheme: when, and the note for the asker. Never public. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedNote: text('closed_note'),
    /** The asker was contacted (deadline passed, or declined): when, by whom, what was agreed. Never public. */
    contactedAt: timestamp('contacted_at', { withTimezone: true }),
    contactedByUserId: integer('contacted_by_user_id').references(() => users.id),
    contactNote: text('contact_note'),
    /** Sent on to the regional council's scheme as well: when and where. */
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }),
    forwardedByUserId: integer('forwarded_by_user_id').references(() => users.id),
    forwardedLink: text('forwarded_link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
    id: serial('id').primaryKey(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    /** "Det angives i besvarelsen, hvis svaret indeholder oplysninger af fortrolig karakter." */
    isConfidential: boolean('is_confidential').notNull().default(false),
  },
  (t) => [uniqueIndex('question_answer_parts_position_idx').on(t.questionId, t.position)],
);

/** A body's settings for the question scheme; a body without a row publishes nothing. */
export const questionSchemeSettings = pgTable('question_scheme_settings', {
  bodyId: integer('body_id')
    .primaryKey()
    .references(() => bodies.id, { onDelete: 'cascade' }),
  publishesAnswers: boolean('publishes_answers').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
