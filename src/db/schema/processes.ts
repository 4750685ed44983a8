/**
 * Processes (migration 0030): a process (forløb) of ordered steps across bodies, in phases drawn as
 * bars on its timeline, with gates (a step that requires others). A step is treated by a body in
 * Protokol, or by one only named (a body outside Protokol: its name and, when known, its
 * publisher). Steps sharing a `parallel_group` run side by side ("22 af 22 kommunalbestyrelser").
 * A step is scheduled on a meeting (and its draft item while the agenda is built); once the item is
 * published the step links to the agenda item, whose decision's outcome sets the step's status.
 */
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { STEP_ACTIONS, STEP_STATES } from '../../domain/process.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instant, refersTo, serialId, timestamps } from './columns.js';
import { draftItems } from './meeting-drafts.js';
import { agendaItems, meetings } from './meetings.js';
import { plans } from './plans.js';
import { organisations } from './reference.js';

export const processes = pgTable(
  'processes',
  {
    id: serialId(),
    title: text('title').notNull(),
    description: text('description'),
    /** The body whose secretariat keeps the process. */
    ownerBodyId: refersTo('owner_body_id', () => bodies.id),
    /** The plan the process adopts, when it has one. */
    planId: integer('plan_id').references(() => plans.id, { onDelete: 'set null' }),
    /** The template it was started from (domain), if any. */
    templateKey: text('template_key'),
    /** Set when a step's item was rejected: the process needs the secretariat's attention. */
    flaggedReason: text('flagged_reason'),
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('processes_owner_idx').on(t.ownerBodyId), index('processes_plan_idx').on(t.planId)],
);

/** A phase: a bar on the timeline ("Høring af udkast", November–December 2026). */
export const processPhases = pgTable(
  'process_phases',
  {
    id: serialId(),
    processId: belongsTo('process_id', () => processes.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
  },
  (t) => [
    index('process_phases_process_idx').on(t.processId, t.position),
    check('process_phases_ends_after_start', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

export const processSteps = pgTable(
  'process_steps',
  {
    id: serialId(),
    processId: belongsTo('process_id', () => processes.id),
    position: integer('position').notNull(),
    phaseId: integer('phase_id').references((): AnyPgColumn => processPhases.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    action: text('action', { enum: STEP_ACTIONS }).notNull(),
    /** The body in Protokol that treats the step … */
    bodyId: integer('body_id').references(() => bodies.id),
    /** … or one only named ("Socialdirektørforum"), with its publisher when known. */
    outsideBodyName: text('outside_body_name'),
    outsidePublisherId: integer('outside_publisher_id').references(() => organisations.id),
    /** Steps with the same group run in parallel (each municipal council its own step). */
    parallelGroup: text('parallel_group'),
    /** Due on a day … */
    dueOn: date('due_on'),
    /** … or in a month ("2026-08"), or a span of months ("2026-08" to "2026-09": "aug./sep. 2026"). */
    dueMonth: text('due_month'),
    dueMonthEnd: text('due_month_end'),
    status: text('status', { enum: STEP_STATES }).notNull().default('planned'),
    /** Why a step was skipped (required when skipped). */
    skipReason: text('skip_reason'),
    /** The meeting it is scheduled on, and the item there (draft while the agenda is built, then published). */
    meetingId: integer('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    draftItemId: integer('draft_item_id').references(() => draftItems.id, { onDelete: 'set null' }),
    itemId: integer('item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    completedOn: date('completed_on'),
    /** A gate passed over: the secretariat's reason (public), who and when. */
    overrideReason: text('override_reason'),
    overriddenAt: instant('overridden_at'),
    overriddenByUserId: integer('overridden_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('process_steps_process_idx').on(t.processId, t.position),
    index('process_steps_item_idx').on(t.itemId),
    index('process_steps_draft_item_idx').on(t.draftItemId),
    index('process_steps_meeting_idx').on(t.meetingId),
    index('process_steps_body_idx').on(t.bodyId),
    check('process_steps_one_body', sql`(${t.bodyId} is null) <> (${t.outsideBodyName} is null)`),
    check('process_steps_due_month', sql`${t.dueMonth} is null or ${t.dueMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      'process_steps_due_month_end',
      sql`${t.dueMonthEnd} is null or (${t.dueMonth} is not null and ${t.dueMonthEnd} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and ${t.dueMonthEnd} >= ${t.dueMonth})`,
    ),
    check('process_steps_one_due', sql`${t.dueOn} is null or ${t.dueMonth} is null`),
    check('process_steps_skip_reason', sql`${t.status} <> 'skipped' or ${t.skipReason} is not null`),
  ],
);

/** A gate: the step cannot be done while the required step is open (unless overridden with a reason). */
export const processStepRequirements = pgTable(
  'process_step_requirements',
  {
    stepId: belongsTo('step_id', () => processSteps.id),
    requiresStepId: belongsTo('requires_step_id', () => processSteps.id),
  },
  (t) => [
    primaryKey({ columns: [t.stepId, t.requiresStepId] }),
    index('process_step_requirements_required_idx').on(t.requiresStepId),
    check('process_step_requirements_not_self', sql`${t.stepId} <> ${t.requiresStepId}`),
  ],
);
