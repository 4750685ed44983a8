/**
 * Grants and projects (migration 0033): a project draws on a frame's allocation (the frame and the
 * recipient's position in it) or on an outside pool (named); its responsible bodies (several when it
 * spans clusters); each lifecycle transition with its date, the decision item that made it and a
 * note; its status reports (due, received, the follow-up each became, the draft item it was put on).
 * Amounts are integers of øre. A frame's part is never over-committed: domain/project.ts checks it
 * under the allocation's lock (db/stores/projects.ts).
 */
import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { PROJECT_STATUSES } from '../../domain/project.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instantNow, serialId, timestamps } from './columns.js';
import { followUps } from './follow-ups.js';
import { frameAllocations, frames } from './frames.js';
import { draftItems } from './meeting-drafts.js';
import { agendaItems } from './meetings.js';

/** A project or grant (tilskud): on a frame's allocation, or on an outside pool. */
export const projects = pgTable(
  'projects',
  {
    id: serialId(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    /** The frame and the recipient's allocation in it (both or neither). */
    frameId: integer('frame_id').references(() => frames.id),
    allocationPosition: integer('allocation_position'),
    /** An outside pool ("Fonden for Almen Praksis' pulje") when not on a frame. */
    poolName: text('pool_name'),
    appliedOn: date('applied_on').notNull(),
    appliedOre: bigint('applied_ore', { mode: 'bigint' }),
    /** Set when granted; what the project commits of its allocation. */
    grantedOre: bigint('granted_ore', { mode: 'bigint' }),
    /** Given back when it stopped (by default its unspent rest): no longer committed (migration 0039). */
    returnedOre: bigint('returned_ore', { mode: 'bigint' }),
    ownFundingOre: bigint('own_funding_ore', { mode: 'bigint' }).notNull().default(sql`0`),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    extendedTo: date('extended_to'),
    status: text('status', { enum: PROJECT_STATUSES }).notNull().default('applied'),
    /** Months between status reports (12: yearly, as most frames' conditions say). */
    reportEveryMonths: integer('report_every_months').notNull().default(12),
    /** Demo data: shown as fictitious, removed with the demo set. */
    isFictitious: flag('is_fictitious'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'projects_allocation_fk',
      columns: [t.frameId, t.allocationPosition],
      foreignColumns: [frameAllocations.frameId, frameAllocations.position],
    }),
    index('projects_allocation_idx').on(t.frameId, t.allocationPosition),
    check('projects_frame_or_pool', sql`(${t.frameId} is null) <> (${t.poolName} is null)`),
    check('projects_allocation_with_frame', sql`(${t.frameId} is null) = (${t.allocationPosition} is null)`),
    check(
      'projects_amounts_not_negative',
      sql`coalesce(${t.appliedOre}, 0) >= 0 and coalesce(${t.grantedOre}, 0) >= 0 and ${t.ownFundingOre} >= 0`,
    ),
    check(
      'projects_returned_within_granted',
      sql`${t.returnedOre} is null or (${t.returnedOre} >= 0 and ${t.returnedOre} <= coalesce(${t.grantedOre}, 0))`,
    ),
    check(
      'projects_period_in_order',
      sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`,
    ),
    check('projects_report_interval', sql`${t.reportEveryMonths} between 1 and 120`),
  ],
);

/** The bodies responsible for a project (a cluster, a health council …), the first the lead. */
export const projectBodies = pgTable(
  'project_bodies',
  {
    projectId: belongsTo('project_id', () => projects.id),
    bodyId: integer('body_id')
      .notNull()
      .references(() => bodies.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.bodyId] }), index('project_bodies_body_idx').on(t.bodyId)],
);

/** Each move of a project's status (its registration included), with the decision that made it. */
export const projectTransitions = pgTable(
  'project_transitions',
  {
    id: serialId(),
    projectId: belongsTo('project_id', () => projects.id),
    fromStatus: text('from_status', { enum: PROJECT_STATUSES }),
    toStatus: text('to_status', { enum: PROJECT_STATUSES }).notNull(),
    /** The day the decision took effect. */
    decidedOn: date('decided_on').notNull(),
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    note: text('note'),
    createdByUserId: integer('created_by_user_id').references(() => users.id),
    createdAt: instantNow('created_at'),
  },
  (t) => [
    index('project_transitions_project_idx').on(t.projectId, t.decidedOn),
    index('project_transitions_item_idx').on(t.decisionItemId),
  ],
);

/** A status report due from a project; received with its text, a follow-up while awaited, put on an agenda. */
export const projectReports = pgTable(
  'project_reports',
  {
    id: serialId(),
    projectId: belongsTo('project_id', () => projects.id),
    dueOn: date('due_on').notNull(),
    receivedOn: date('received_on'),
    /** The report's text (or its summary). */
    body: text('body'),
    /** Where the report itself is (a document's address), when given. */
    documentUrl: text('document_url'),
    /** The report as a PDF, stored under the data folder by its SHA-256 (migration 0039). */
    fileSha256: text('file_sha256'),
    fileName: text('file_name'),
    fileSizeBytes: integer('file_size_bytes'),
    /** The follow-up that awaits it (done when received). */
    followUpId: integer('follow_up_id').references(() => followUps.id, { onDelete: 'set null' }),
    /** The draft item it was put on. */
    draftItemId: integer('draft_item_id').references(() => draftItems.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('project_reports_project_idx').on(t.projectId, t.dueOn),
    index('project_reports_follow_up_idx').on(t.followUpId),
  ],
);
