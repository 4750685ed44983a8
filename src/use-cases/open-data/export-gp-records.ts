/**
 * The GP capacity records of the export (lægedækning): one record per health council's board, with
 * what the API gives (/api/v1/gp-capacity) — the model's possible GPs against the actual, planning
 * areas, practices, vacancies with their state on the export's day, the decisions linked and the
 * history by month — and its three CSV tables (practices, vacancies, months), the council's slug on
 * every row. Whitelisted: a practice's owners are never selected beyond their count, and never
 * written (they exist only for the rule of at most three ydernumre); a closed decision item is
 * `{ item: null, isClosed: true }`, never its title.
 */
import type { GpBoardDetail } from '../../db/queries/gp-capacity.js';
import type { DecisionRef } from '../../db/selections.js';
import {
  type AreaTotals,
  areaTotals,
  gpGap,
  type MonthSnapshot,
  openShareOfCounts,
  type VacancyOutcome,
  type VacancyState,
  vacancyState,
} from '../../domain/gp-capacity.js';

/** The item that decided: its id, or null when the item is closed. */
interface GpDecision {
  item: number | null;
  isClosed: boolean;
}

/** One health council's GP capacity board. */
export interface GpCapacityRecord {
  type: 'gp-capacity';
  id: number;
  body: string;
  bodyName: string;
  possibleGps: number;
  possibleSource: string;
  dataOn: string;
  actualGps: number;
  gapGps: number;
  practicesOpen: number;
  practicesClosed: number;
  openShare: number | null;
  isFictitious: boolean;
  areas: ({ name: string } & Omit<AreaTotals, 'area'>)[];
  practices: {
    number: string;
    name: string;
    area: string;
    gps: number;
    capacity: number;
    patients: number;
    isOpen: boolean;
  }[];
  vacancies: {
    practiceNumber: string;
    practiceName: string;
    area: string;
    clockStartsOn: string;
    deadlineOn: string;
    state: VacancyState;
    outcome: VacancyOutcome | null;
    endedOn: string | null;
    note: string | null;
    decision: GpDecision | null;
  }[];
  decisions: { note: string | null; decision: GpDecision }[];
  history: MonthSnapshot[];
}

const decisionOf = (decision: DecisionRef): GpDecision =>
  decision.isClosed ? { item: null, isClosed: true } : { item: decision.itemId, isClosed: false };

/** A board's record; each vacancy's state as on `today` ("YYYY-MM-DD"). */
export function gpCapacityRecord(board: GpBoardDetail, today: string): GpCapacityRecord {
  return {
    type: 'gp-capacity',
    id: board.id,
    body: board.body.slug,
    bodyName: board.body.name,
    possibleGps: board.possibleGps,
    possibleSource: board.possibleSource,
    dataOn: board.dataOn,
    actualGps: board.actualGps,
    gapGps: gpGap(board.possibleGps, board.actualGps),
    practicesOpen: board.practicesOpen,
    practicesClosed: board.practiceCount - board.practicesOpen,
    openShare: openShareOfCounts(board.practicesOpen, board.practiceCount),
    isFictitious: board.isFictitious,
    areas: areaTotals(board.areas, board.practices).map(({ area, ...totals }) => ({ name: area, ...totals })),
    practices: board.practices.map((p) => ({
      number: p.number,
      name: p.name,
      area: p.area,
      gps: p.gps,
      capacity: p.capacity,
      patients: p.patients,
      isOpen: p.isOpen,
    })),
    vacancies: board.vacancies.map((v) => ({
      practiceNumber: v.practiceNumber,
      practiceName: v.practiceName,
      area: v.areaName,
      clockStartsOn: v.clockStartsOn,
      deadlineOn: v.deadlineOn,
      state: vacancyState(v, today),
      outcome: v.outcome,
      endedOn: v.endedOn,
      note: v.note,
      decision: v.decision ? decisionOf(v.decision) : null,
    })),
    decisions: board.decisions.map((row) => ({ note: row.note, decision: decisionOf(row.decision) })),
    history: board.history.map((month) => ({
      month: month.month,
      possibleGps: month.possibleGps,
      actualGps: month.actualGps,
      practicesOpen: month.practicesOpen,
      practicesClosed: month.practicesClosed,
      vacanciesOpen: month.vacanciesOpen,
    })),
  };
}

/** GP capacity's CSV tables: one row per practice, per vacancy, per council and month. */
export const GP_CSV_TABLES = ['gp-practices', 'gp-vacancies', 'gp-history'] as const;
export type GpCsvTable = (typeof GP_CSV_TABLES)[number];

export const GP_CSV_COLUMNS: Record<GpCsvTable, string[]> = {
  'gp-practices': [
    'body',
    'number',
    'name',
    'area',
    'gps',
    'capacity',
    'patients',
    'is_open',
    'data_on',
    'is_fictitious',
  ],
  'gp-vacancies': [
    'body',
    'practice_number',
    'practice_name',
    'area',
    'clock_starts_on',
    'deadline_on',
    'state',
    'outcome',
    'ended_on',
    'note',
    'decision_item',
    'decision_closed',
    'is_fictitious',
  ],
  'gp-history': [
    'body',
    'month',
    'possible_gps',
    'actual_gps',
    'gap_gps',
    'practices_open',
    'practices_closed',
    'vacancies_open',
    'is_fictitious',
  ],
};

type Field = string | number | boolean | null;

/** A board's rows in one of its CSV tables, in that table's column order. */
export function gpCsvRows(table: GpCsvTable, r: GpCapacityRecord): Field[][] {
  switch (table) {
    case 'gp-practices':
      return r.practices.map((p) => [
        r.body,
        p.number,
        p.name,
        p.area,
        p.gps,
        p.capacity,
        p.patients,
        p.isOpen,
        r.dataOn,
        r.isFictitious,
      ]);
    case 'gp-vacancies':
      return r.vacancies.map((v) => [
        r.body,
        v.practiceNumber,
        v.practiceName,
        v.area,
        v.clockStartsOn,
        v.deadlineOn,
        v.state,
        v.outcome,
        v.endedOn,
        v.note,
        v.decision?.item ?? null,
        v.decision?.isClosed ?? null,
        r.isFictitious,
      ]);
    case 'gp-history':
      return r.history.map((h) => [
        r.body,
        h.month,
        h.possibleGps,
        h.actualGps,
        gpGap(h.possibleGps, h.actualGps),
        h.practicesOpen,
        h.practicesClosed,
        h.vacanciesOpen,
        r.isFictitious,
      ]);
  }
}
