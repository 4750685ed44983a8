/**
 * Plans (migration 0030): a body's plan (the nærsundhedsplan …) in numbered versions, each version's
 * text as ordered chapters, and the agenda items that treated the plan.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { PLAN_KINDS, PLAN_VERSION_STATES } from '../../domain/plan.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { agendaItems } from './meetings.js';

export const plans = pgTable(
  'plans',
  {
    id: serialId(),
    /** The body that adopts the plan (a health council for its nærsundhedsplan). */
    ownerBodyId: refersTo('owner_body_id', () => bodies.id),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    title: text('title').notNull(),
    /** What the plan is for, in a few lines (Markdown). */
    summary: text('summary'),
    /** The legal deadline for adoption (1 April 2027 for the nærsundhedsplaner). */
    deadlineOn: date('deadline_on'),
    /** Demo data: shown as fictitious, removed with the demo set. */
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('plans_owner_idx').on(t.ownerBodyId)],
);

/** One version of a plan: draft, hearing draft, adopted, revised. Versions are added, never rewritten once adopted. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: serialId(),
    planId: belongsTo('plan_id', () => plans.id),
    number: integer('number').notNull(),
    status: text('status', { enum: PLAN_VERSION_STATES }).notNull(),
    /** The date the version has (sent to hearing, adopted …). */
    versionOn: date('version_on').notNull(),
    note: text('note'),
    /** The item whose decision adopted or sent the version; null when none is linked (or a re-import removed it). */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    uniqueIndex('plan_versions_plan_number_idx').on(t.planId, t.number),
    check('plan_versions_number_positive', sql`${t.number} > 0`),
  ],
);

/** A chapter of a version: a theme with its goals and description (Markdown). */
export const planChapters = pgTable(
  'plan_chapters',
  {
    versionId: belongsTo('version_id', () => planVersions.id),
    position: integer('position').notNull(),
    theme: text('theme').notNull(),
    goals: text('goals').notNull().default(''),
    description: text('description').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.position] })],
);

/** An agenda item that treated the plan (its decision, if any, is the item's). */
export const planItems = pgTable(
  'plan_items',
  {
    planId: belongsTo('plan_id', () => plans.id),
    itemId: belongsTo('item_id', () => agendaItems.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.itemId] }), index('plan_items_item_idx').on(t.itemId)],
);
