/**
 * GP capacity (lægedækning) per health council: its board (the national distribution model's
 * possible number of GPs, where that number comes from, the date the data hold for), its planning
 * areas and practices (ydernumre: GPs, capacity, patients listed, open or closed for new patients,
 * the owners for the rule of at most three), vacancies (the clock's start, the deadline, how it
 * ended and the decision that ended it), decisions linked to the board, and the history: one
 * snapshot per council per month. The rules are domain/gp-capacity.ts's. Areas and practices are
 * replaced whole by each import; vacancies, decisions and the history stay.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { VACANCY_OUTCOMES } from '../../domain/gp-capacity.js';
import { users } from './accounts.js';
import { bodies } from './bodies.js';
import { belongsTo, flag, instantNow, refersTo, serialId, timestamps } from './columns.js';
import { agendaItems } from './meetings.js';

/** One health council's board: the model's possible number of GPs and the date of the data. */
export const gpBoards = pgTable(
  'gp_boards',
  {
    id: serialId(),
    bodyId: refersTo('body_id', () => bodies.id),
    /** The national distribution model's possible number of GPs for the council. */
    possibleGps: integer('possible_gps').notNull(),
    /** Where the possible number comes from ("Sundhedsstyrelsens fordelingsmodel 2026"). */
    possibleSource: text('possible_source').notNull(),
    /** The date the areas and practices hold for (the history's month is its month). */
    dataOn: date('data_on').notNull(),
    /** Demo data: shown as fictitious, removed with the demo set. */
    isFictitious: flag('is_fictitious'),
    updatedByUserId: integer('updated_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('gp_boards_body_idx').on(t.bodyId),
    check('gp_boards_possible_not_negative', sql`${t.possibleGps} >= 0`),
  ],
);

/** A planning area (planlægningsområde) of a council, in the order the data gave them. */
export const gpAreas = pgTable(
  'gp_areas',
  {
    id: serialId(),
    boardId: belongsTo('board_id', () => gpBoards.id),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('gp_areas_board_name_idx').on(t.boardId, t.name)],
);

/** A practice (ydernummer) in a planning area. */
export const gpPractices = pgTable(
  'gp_practices',
  {
    id: serialId(),
    boardId: belongsTo('board_id', () => gpBoards.id),
    areaId: belongsTo('area_id', () => gpAreas.id),
    /** The practice number (ydernummer), digits as written (leading zeros kept). */
    number: text('number').notNull(),
    name: text('name').notNull(),
    /** GPs working in the practice (0 while it is vacant). */
    gps: integer('gps').notNull(),
    /** The differentiated number of patients the region assigns the practice. */
    capacity: integer('capacity').notNull(),
    patients: integer('patients').notNull(),
    isOpen: boolean('is_open').notNull(),
    /** The owners as given (for the rule of at most three ydernumre per GP); never shown to the public. */
    owners: text('owners').array().notNull().default(sql`'{}'::text[]`),
    position: integer('position').notNull(),
  },
  (t) => [
    uniqueIndex('gp_practices_board_number_idx').on(t.boardId, t.number),
    index('gp_practices_area_idx').on(t.areaId),
    check('gp_practices_counts_not_negative', sql`${t.gps} >= 0 and ${t.capacity} >= 0 and ${t.patients} >= 0`),
  ],
);

/** A vacant practice number: its clock, its deadline and how it ended (re-filled, moved, withdrawn). */
export const gpVacancies = pgTable(
  'gp_vacancies',
  {
    id: serialId(),
    boardId: belongsTo('board_id', () => gpBoards.id),
    practiceNumber: text('practice_number').notNull(),
    /** The practice's name and area when the vacancy was registered (the practice may go later). */
    practiceName: text('practice_name').notNull(),
    areaName: text('area_name').notNull(),
    clockStartsOn: date('clock_starts_on').notNull(),
    deadlineOn: date('deadline_on').notNull(),
    outcome: text('outcome', { enum: VACANCY_OUTCOMES }),
    endedOn: date('ended_on'),
    /** The agenda item whose decision ended it; null when none is linked (or a re-import removed it). */
    decisionItemId: integer('decision_item_id').references(() => agendaItems.id, { onDelete: 'set null' }),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('gp_vacancies_board_practice_clock_idx').on(t.boardId, t.practiceNumber, t.clockStartsOn),
    index('gp_vacancies_item_idx').on(t.decisionItemId),
    check('gp_vacancies_outcome_with_end', sql`(${t.outcome} is null) = (${t.endedOn} is null)`),
    check('gp_vacancies_deadline_after_clock', sql`${t.deadlineOn} >= ${t.clockStartsOn}`),
  ],
);

/** A decision (an agenda item) linked to a council's board, with a note of what it decided. */
export const gpBoardDecisions = pgTable(
  'gp_board_decisions',
  {
    boardId: belongsTo('board_id', () => gpBoards.id),
    itemId: belongsTo('item_id', () => agendaItems.id),
    note: text('note'),
    linkedAt: instantNow('linked_at'),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.itemId] }), index('gp_board_decisions_item_idx').on(t.itemId)],
);

/** The history: one snapshot of a council's board per month (the latest change in the month wins). */
export const gpMonthSnapshots = pgTable(
  'gp_month_snapshots',
  {
    boardId: belongsTo('board_id', () => gpBoards.id),
    /** "YYYY-MM". */
    month: text('month').notNull(),
    possibleGps: integer('possible_gps').notNull(),
    actualGps: integer('actual_gps').notNull(),
    practicesOpen: integer('practices_open').notNull(),
    practicesClosed: integer('practices_closed').notNull(),
    vacanciesOpen: integer('vacancies_open').notNull(),
    recordedAt: instantNow('recorded_at'),
  },
  (t) => [
    primaryKey({ columns: [t.boardId, t.month] }),
    check('gp_month_snapshots_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);
