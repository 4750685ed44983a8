/**
 * Investment agreements (investeringsaftaler): one health council (a body) and one or more of its
 * municipalities (organisations of kind municipality) as parties, each party with its municipal
 * council's approval (day and decision item); an amount in øre per year 2027–2030; each status move
 * with the day, the decision item that made it and a note; the yearly reports due while it runs,
 * each awaited by a follow-up. domain/agreement.ts holds the rules.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '../../domain/agreement.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { followUps } from './follow-ups.js';
import { agendaItems } from './meetings.js';
import { organisations } from './reference.js';

/** An agreement between a health council and its municipalities. */
export const agreements = pgTable(
  'agreements',
  {
    id: serialId(),
    title: text('title').notNull(),
    purpose: text('purpose').notNull(),
    /** The health council. */
    councilBodyId: refersTo('council_body_id', () => bodies.id),
    kind: text('kind', { enum: AGREEMENT_KINDS }).notNull(),
    status: text('status', { enum: AGREEMENT_STATUSES }).notNull().default('proposal'),
    /** Demo data: shown as fictitious, removed with the demo set. */
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('agreements_council_idx').on(t.councilBodyId)],
);

/** A municipality that is party to an agreement, with its municipal council's approval. */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: serialId(),
    agreementId: belongsTo('agreement_id', () => agreements.id),
    organisationId: refersTo('organisation_id', () => organisations.id),
    position: integer('position').notNull(),
    approvedOn: date('approved_on'),
    approvalItemId: integer('approval_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('agreement_parties_unique').on(t.agreementId, t.organisationId),
    index('agreement_parties_organisation_idx').on(t.organisationId),
  ],
);

/** An agreement's amount for one year (2027–2030). */
export const agreementYears = pgTable(
  'agreement_years',
  {
    agreementId: belongsTo('agreement_id', () => agreements.id),
    year: integer('year').notNull(),
    amountOre: bigint('amount_ore', { mode: 'bigint' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.year] }),
    check('agreement_years_in_engine', sql`${t.year} between 2027 and 2030`),
    check('agreement_years_not_negative', sql`${t.amountOre} >= 0`),
  ],
);

/** Each move of an agreement's status (its creation included), with the decision that made it. */
export const agreementTransitions = pgTable(
  'agreement_transitions',
  {
    id: serialId(),
    agreementId: belongsTo('agreement_id', () => agreements.id),
    fromStatus: text('from_status', { enum: AGREEMENT_STATUSES }),
    toStatus: text('to_status', { enum: AGREEMENT_STATUSES }).notNull(),
    decidedOn: date('decided_on').notNull(),
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    note: text('note'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('agreement_transitions_agreement_idx').on(t.agreementId, t.decidedOn),
    index('agreement_transitions_item_idx').on(t.decisionItemId),
  ],
);

/** A yearly report due from a running agreement, awaited by a follow-up of the health council. */
export const agreementReports = pgTable(
  'agreement_reports',
  {
    id: serialId(),
    agreementId: belongsTo('agreement_id', () => agreements.id),
    year: integer('year').notNull(),
    dueOn: date('due_on').notNull(),
    followUpId: integer('follow_up_id').references(() => followUps.id, { onDelete: 'set null' }),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    unique('agreement_reports_year_unique').on(t.agreementId, t.year),
    index('agreement_reports_follow_up_idx').on(t.followUpId),
  ],
);
