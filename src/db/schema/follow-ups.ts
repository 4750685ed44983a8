/**
 * Follow-ups (opfølgning) of decisions, and the bodies' meeting calendars with their changes.
 * A follow-up points at the agenda item whose decision asks for it: decisions are one per item and
 * are rewritten when minutes are imported again, so the item is the handle that lasts.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { PlanEntryState } from '../../domain/meeting-plan.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instant, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { hearings } from './hearings.js';
import { agendaItems, MEETING_KINDS } from './meetings.js';
import { processSteps } from './processes.js';

export const FOLLOW_UP_STATES = ['open', 'done', 'cancelled'] as const;

export const followUps = pgTable(
  'follow_ups',
  {
    id: serialId(),
    /** The body that follows up (the deciding body). */
    bodyId: refersTo('body_id', () => bodies.id),
    /** The item whose decision asks for it; null if the item was later removed by a re-import. */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    what: text('what').notNull(),
    /** Who answers for it ("Sekretariatet", "Sygehus Sønderjylland"). */
    responsible: text('responsible').notNull(),
    dueOn: date('due_on').notNull(),
    /** "Return to body X": the body it goes back to (or on to). */
    returnToBodyId: integer('return_to_body_id').references(() => bodies.id),
    state: text('state', { enum: FOLLOW_UP_STATES }).notNull().default('open'),
    closedAt: instant('closed_at'),
    closedNote: text('closed_note'),
    /** The later item that answers it. */
    answeredByItemId: integer('answered_by_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    /** A process step's due date, or a hearing's deadline, followed up (deleted with the step or hearing). */
    processStepId: integer('process_step_id').references(() => processSteps.id, { onDelete: 'cascade' }),
    hearingId: integer('hearing_id').references(() => hearings.id, { onDelete: 'cascade' }),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('follow_ups_body_state_idx').on(t.bodyId, t.state, t.dueOn),
    index('follow_ups_item_idx').on(t.decisionItemId),
    index('follow_ups_process_step_idx').on(t.processStepId),
    index('follow_ups_hearing_idx').on(t.hearingId),
  ],
);

/** One entry of a body's plan for the year. Entries are cancelled, never deleted. */
export const meetingPlanEntries = pgTable(
  'meeting_plan_entries',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    kind: text('kind', { enum: MEETING_KINDS }).notNull().default('ordinary'),
    title: text('title').notNull(),
    plannedOn: date('planned_on').notNull(),
    /** For entries over more than one day (a 12-12 seminar). */
    endsOn: date('ends_on'),
    /** "HH:MM", Danish wall time. */
    startTime: text('start_time'),
    endTime: text('end_time'),
    location: text('location'),
    note: text('note'),
    isCancelled: flag('is_cancelled'),
    ...timestamps(),
  },
  (t) => [
    index('meeting_plan_entries_body_idx').on(t.bodyId, t.plannedOn),
    check('meeting_plan_entries_ends_after_start', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.plannedOn}`),
  ],
);

/** An entry as a change records it (before and after). */
export type PlanEntrySnapshot = PlanEntryState;

/** Each change of a plan entry (its creation included), with the decision that made it. */
export const meetingPlanChanges = pgTable(
  'meeting_plan_changes',
  {
    id: serialId(),
    entryId: belongsTo('entry_id', () => meetingPlanEntries.id),
    changedAt: instantNow('changed_at'),
    changedByUserId: integer('changed_by_user_id').references(() => users.id),
    /** The item whose decision made the change, when one did. */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    note: text('note'),
    before: jsonb('before').$type<PlanEntrySnapshot | null>(),
    after: jsonb('after').$type<PlanEntrySnapshot>().notNull(),
  },
  (t) => [index('meeting_plan_changes_entry_idx').on(t.entryId, t.changedAt)],
);
