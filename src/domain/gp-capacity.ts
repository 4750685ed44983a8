/**
 * GP capacity (lægedækning) per health council: the rules of its board. A health council's
 * planning areas (planlægningsområder) hold practices (ydernumre) with their GPs, their capacity
 * (the differentiated number of patients the region assigns) and the patients listed, each open or
 * closed for new patients. The national distribution model sets the possible number of GPs per
 * health council; the actual number is the GPs in its practices. A vacant practice number starts a
 * clock: it must be re-filled, moved or withdrawn by the deadline that follows. A history keeps one
 * snapshot per council per month. Pure: no I/O.
 */
import { daysBetween, isCalendarDate } from './deadlines.js';
import { isMonth } from './process.js';
import { addMonths } from './project.js';

/**
 * Months from a vacancy's clock start to its deadline (re-fill, move or withdraw the practice
 * number). The project's assumption: neither the reform's texts in the minutes read so far
 * (../shared/seeds, ../shared/corpus) nor the law proposal they cite name the period, so six
 * months is used until the rule is found; change it here and every deadline follows.
 */
export const VACANCY_DEADLINE_MONTHS = 6;

/**
 * The most practice numbers (ydernumre) one GP may own: three, down from six (the law proposal of
 * 24 April 2025 on the national distribution of GP capacity, as the minutes report it).
 */
export const MAX_PRACTICES_PER_OWNER = 3;

/** How a vacancy ends: the practice number re-filled (genbesat), moved (flyttet) or withdrawn (inddraget). */
export const VACANCY_OUTCOMES = ['refilled', 'moved', 'withdrawn'] as const;
export type VacancyOutcome = (typeof VACANCY_OUTCOMES)[number];

/** A vacancy as the public sees it: open, open past its deadline, or ended by an outcome. */
export const VACANCY_STATES = ['open', 'overdue', ...VACANCY_OUTCOMES] as const;
export type VacancyState = (typeof VACANCY_STATES)[number];

/** The longest texts the board keeps (a practice's name, an area's, a note). */
export const GP_LIMITS = { nameMax: 300, noteMax: 2_000, ownersMax: 20, countMax: 1_000_000 } as const;

/** The deadline that follows a vacancy's clock start ("YYYY-MM-DD"): VACANCY_DEADLINE_MONTHS later. */
export function vacancyDeadline(clockStartsOn: string): string {
  if (!isCalendarDate(clockStartsOn)) throw new RangeError(`not a "YYYY-MM-DD" date: ${clockStartsOn}`);
  return addMonths(clockStartsOn, VACANCY_DEADLINE_MONTHS);
}

/** A vacancy's state on `today`: its outcome when it has one, else open — overdue after its deadline. */
export function vacancyState(
  vacancy: { deadlineOn: string; outcome: VacancyOutcome | null },
  today: string,
): VacancyState {
  if (vacancy.outcome !== null) return vacancy.outcome;
  return today > vacancy.deadlineOn ? 'overdue' : 'open';
}

/** Whole days left to a vacancy's deadline on `today` (negative: past it). */
export function daysLeft(deadlineOn: string, today: string): number {
  return daysBetween(today, deadlineOn);
}

export type OutcomeCheck = { ok: true } | { ok: false; reason: 'already_ended' | 'before_clock' | 'bad_date' };

/** Whether a vacancy may end with an outcome decided on `decidedOn`: once, and not before its clock started. */
export function checkVacancyOutcome(
  vacancy: { clockStartsOn: string; outcome: VacancyOutcome | null },
  decidedOn: string,
): OutcomeCheck {
  if (vacancy.outcome !== null) return { ok: false, reason: 'already_ended' };
  if (!isCalendarDate(decidedOn)) return { ok: false, reason: 'bad_date' };
  if (decidedOn < vacancy.clockStartsOn) return { ok: false, reason: 'before_clock' };
  return { ok: true };
}

/** A practice number (ydernummer): digits only, 1–10 of them (leading zeros kept). */
export function isPracticeNumber(text: string): boolean {
  return /^\d{1,10}$/.test(text);
}

/** The owners named in a cell ("Anna Holm | Bo Ravn"): trimmed, empty ones dropped, each once. */
export function ownersOf(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split('|')
        .map((owner) => owner.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

/** An owner's identity for the rule: case and spacing do not make another person. */
const ownerKey = (owner: string) => owner.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

export interface OwnerOverLimit {
  /** The owner as first written. */
  owner: string;
  /** The practice numbers they own, in the order given. */
  numbers: string[];
}

/**
 * The owners of more than MAX_PRACTICES_PER_OWNER practice numbers among these practices (one
 * practice counted once per owner, however often it is listed), in the order first met.
 */
export function ownersOverLimit(practices: readonly { number: string; owners: readonly string[] }[]): OwnerOverLimit[] {
  const owned = new Map<string, OwnerOverLimit>();
  for (const practice of practices) {
    for (const owner of practice.owners) {
      const key = ownerKey(owner);
      if (!key) continue;
      const entry = owned.get(key) ?? { owner: owner.trim(), numbers: [] };
      if (!entry.numbers.includes(practice.number)) entry.numbers.push(practice.number);
      owned.set(key, entry);
    }
  }
  return [...owned.values()].filter((entry) => entry.numbers.length > MAX_PRACTICES_PER_OWNER);
}

export interface PracticeCounts {
  gps: number;
  capacity: number;
  patients: number;
  isOpen: boolean;
}

/** The actual number of GPs: those in the council's practices. */
export function actualGps(practices: readonly Pick<PracticeCounts, 'gps'>[]): number {
  return practices.reduce((sum, practice) => sum + practice.gps, 0);
}

/** Possible minus actual: the GPs the council lacks (negative: more than the model gives it). */
export function gpGap(possibleGps: number, actual: number): number {
  return possibleGps - actual;
}

/** The practices open for new patients of all: a share from 0 to 1, null when there are none. */
export function openShare(practices: readonly Pick<PracticeCounts, 'isOpen'>[]): number | null {
  return openShareOfCounts(practices.filter((practice) => practice.isOpen).length, practices.length);
}

/** The same share from the counts (open of all practices). */
export function openShareOfCounts(open: number, total: number): number | null {
  return total === 0 ? null : open / total;
}

/** A share (0–1) as a whole per cent, rounded half up ("62 %"); "–" for none. */
export function percentText(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

/** Patients listed of the capacity: a share, null for a capacity of 0. */
export function capacityUse(counts: Pick<PracticeCounts, 'capacity' | 'patients'>): number | null {
  return counts.capacity === 0 ? null : counts.patients / counts.capacity;
}

export interface AreaTotals {
  area: string;
  practices: number;
  practicesOpen: number;
  gps: number;
  capacity: number;
  patients: number;
}

/** Totals per planning area, in the areas' order; an area without practices counts zeros. */
export function areaTotals(
  areas: readonly string[],
  practices: readonly (PracticeCounts & { area: string })[],
): AreaTotals[] {
  return areas.map((area) => {
    const own = practices.filter((practice) => practice.area === area);
    return {
      area,
      practices: own.length,
      practicesOpen: own.filter((practice) => practice.isOpen).length,
      gps: actualGps(own),
      capacity: own.reduce((sum, practice) => sum + practice.capacity, 0),
      patients: own.reduce((sum, practice) => sum + practice.patients, 0),
    };
  });
}

/** The month ("YYYY-MM") of a "YYYY-MM-DD" date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** One council's board in one month: the model's possible GPs against the actual, practices and vacancies. */
export interface MonthSnapshot {
  month: string;
  possibleGps: number;
  actualGps: number;
  practicesOpen: number;
  practicesClosed: number;
  vacanciesOpen: number;
}

/** The snapshot of `month` from the board's current state (a vacancy is open until it has an outcome). */
export function snapshotOf(
  state: {
    possibleGps: number;
    practices: readonly PracticeCounts[];
    vacancies: readonly { outcome: VacancyOutcome | null }[];
  },
  month: string,
): MonthSnapshot {
  if (!isMonth(month)) throw new RangeError(`not a "YYYY-MM" month: ${month}`);
  const open = state.practices.filter((practice) => practice.isOpen).length;
  return {
    month,
    possibleGps: state.possibleGps,
    actualGps: actualGps(state.practices),
    practicesOpen: open,
    practicesClosed: state.practices.length - open,
    vacanciesOpen: state.vacancies.filter((vacancy) => vacancy.outcome === null).length,
  };
}

/** The history in month order, one snapshot a month (a later one of the same month wins). */
export function historyOf(snapshots: readonly MonthSnapshot[]): MonthSnapshot[] {
  const byMonth = new Map<string, MonthSnapshot>();
  for (const snapshot of snapshots) byMonth.set(snapshot.month, snapshot);
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}
