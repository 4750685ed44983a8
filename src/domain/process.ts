/**
 * Processes (forløb) that cross meetings and bodies: an ordered set of steps, each treated by a
 * body (in Protokol or named only), with a due date or month, a status that follows the decision
 * of the item that treats it, and gates (a step that requires others to be done first).
 */

import { addDays, formatDate, MONTHS } from './danish-dates.js';
import { parseDateInput } from './date-input.js';
import type { DecisionOutcome } from './decision.js';
import { isWorkingDay } from './holidays.js';

/** What happens at a step. */
export const STEP_ACTIONS = ['input', 'discussion', 'approval', 'hearing', 'advice', 'adoption', 'sending_on'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/**
 * A step's stored status. "Overdue" is not stored: it follows from the due date and today (Danish
 * time) for a step that is neither done nor skipped.
 */
export const STEP_STATES = ['planned', 'scheduled', 'done', 'skipped'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** A step's status as the public sees it: the stored one, or overdue for an open step past its due. */
export const PUBLIC_STEP_STATES = ['planned', 'scheduled', 'done', 'overdue', 'skipped'] as const;
export type PublicStepState = (typeof PUBLIC_STEP_STATES)[number];

/** When a step is due: on a day, or in a month or a span of months ("YYYY-MM"), or not set. */
export interface StepDue {
  dueOn: string | null;
  dueMonth: string | null;
  dueMonthEnd: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a "YYYY-MM" month. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The last day of a "YYYY-MM" month. */
export function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return addDays(`${month}-01`, new Date(Date.UTC(year, m, 0)).getUTCDate() - 1);
}

/**
 * The last day a step may be done on: its due day, or the last day of its (last) month. Null
 * when the step has no due.
 */
export function dueLastDay(due: StepDue): string | null {
  if (due.dueOn) return due.dueOn;
  if (due.dueMonth) return lastDayOfMonth(due.dueMonthEnd ?? due.dueMonth);
  return null;
}

/**
 * The day after which an open step is overdue. A due day, or the last day of a due month (a span
 * "aug./sep. 2026" runs to 30 September), that falls on a weekend or a closed day (holidays.ts,
 * customary closed days included) moves to the next working day, as a deadline does when rolled
 * forward (deadlines.ts): a step due in December 2026 is overdue from 5 January 2027 (31 December
 * is nytårsaftensdag, 1 January a holiday, 2–3 January a weekend, so it may still be done on the 4th).
 */
export function overdueAfter(due: StepDue): string | null {
  let day = dueLastDay(due);
  if (day === null) return null;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** Open (planned or scheduled) and past its due on `today` (a Danish calendar date: copenhagenDate). */
export function isStepOverdue(step: StepDue & { status: StepState }, today: string): boolean {
  if (step.status === 'done' || step.status === 'skipped') return false;
  const after = overdueAfter(step);
  return after !== null && today > after;
}

/** The step's status on `today`, as pages and the API show it. */
export function publicStepState(step: StepDue & { status: StepState }, today: string): PublicStepState {
  return isStepOverdue(step, today) ? 'overdue' : step.status;
}

const SHORT_MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/**
 * A due in Danish: "1. april 2027", "august 2026", "aug./sep. 2026", "nov. 2026–jan. 2027"; "" when
 * none. Two months next to each other in a year are written with a slash, as minutes write them.
 */
export function dueLabel(due: StepDue): string {
  if (due.dueOn) return formatDate(due.dueOn);
  if (!due.dueMonth) return '';
  const [year, month] = due.dueMonth.split('-').map(Number);
  if (!due.dueMonthEnd || due.dueMonthEnd === due.dueMonth) return `${MONTHS[month - 1]} ${year}`;
  const [endYear, endMonth] = due.dueMonthEnd.split('-').map(Number);
  if (endYear === year && endMonth === month + 1)
    return `${SHORT_MONTHS[month - 1]}/${SHORT_MONTHS[endMonth - 1]} ${year}`;
  if (endYear === year) return `${SHORT_MONTHS[month - 1]}–${SHORT_MONTHS[endMonth - 1]} ${year}`;
  return `${SHORT_MONTHS[month - 1]} ${year}–${SHORT_MONTHS[endMonth - 1]} ${endYear}`;
}

/** The due as open data: "YYYY-MM-DD" or the (first) month "YYYY-MM"; null when none. */
export function dueValue(due: StepDue): string | null {
  return due.dueOn ?? due.dueMonth ?? null;
}

/**
 * What a decision's outcome does to the step its item treats:
 * - approved, noted, discussed or other: the step is done (the body treated it);
 * - postponed: the step is open again, no longer scheduled, and needs a new date;
 * - rejected: the step stays where it is and the process is flagged for the secretariat.
 */
export type OutcomeEffect = { kind: 'done' } | { kind: 'new_date_needed' } | { kind: 'rejected' };

export function stepEffectOf(outcome: DecisionOutcome): OutcomeEffect {
  if (outcome === 'postponed') return { kind: 'new_date_needed' };
  if (outcome === 'rejected') return { kind: 'rejected' };
  return { kind: 'done' };
}

/** The reason a process is flagged when a step's item was rejected (names the step and its body). */
export function rejectionFlag(step: { title: string; bodyName: string }): string {
  return `Trinnet »${step.title}« blev ikke godkendt af ${step.bodyName}.`;
}

/** A step as the gate and progress rules see it. */
export interface GateStep {
  id: number;
  title: string;
  status: StepState;
  /** A hearing step whose hearing's memo is published counts as done. */
  hearingMemoPublished?: boolean;
}

/** Done, or a hearing step whose hearing memo is published. */
export function isStepDone(step: Pick<GateStep, 'status' | 'hearingMemoPublished'>): boolean {
  return step.status === 'done' || step.hearingMemoPublished === true;
}

/** The step's stored status with its hearing taken into account (a published memo makes it done). */
export function effectiveStepState(step: Pick<GateStep, 'status' | 'hearingMemoPublished'>): StepState {
  return step.hearingMemoPublished && step.status !== 'skipped' ? 'done' : step.status;
}

/** The required steps that are neither done nor skipped: what keeps the gate closed. */
export function missingRequirements(required: readonly GateStep[]): GateStep[] {
  return required.filter((step) => !isStepDone(step) && step.status !== 'skipped');
}

/**
 * Marking a step done (or adopted): refused while a required step is open, naming the missing
 * steps, unless the secretariat gives a reason to override the gate.
 */
export type CompletionCheck =
  | { ok: true; overridden: boolean }
  | { ok: false; reason: 'already_done' | 'skipped' }
  | { ok: false; reason: 'gate'; missing: GateStep[]; message: string };

export function checkCompletion(input: {
  step: GateStep;
  required: readonly GateStep[];
  overrideReason?: string | null;
}): CompletionCheck {
  if (isStepDone(input.step)) return { ok: false, reason: 'already_done' };
  if (input.step.status === 'skipped') return { ok: false, reason: 'skipped' };
  const missing = missingRequirements(input.required);
  if (missing.length === 0) return { ok: true, overridden: false };
  if (input.overrideReason?.trim()) return { ok: true, overridden: true };
  return { ok: false, reason: 'gate', missing, message: gateMessage(input.step.title, missing) };
}

/** "»Vedtagelse« kan ikke markeres som gennemført, før disse trin er gennemført: »A« og »B«." */
export function gateMessage(title: string, missing: readonly Pick<GateStep, 'title'>[]): string {
  const names = missing.map((step) => `»${step.title}«`);
  const list = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
  return `»${title}« kan ikke markeres som gennemført, før ${missing.length === 1 ? 'dette trin er gennemført' : 'disse trin er gennemført'}: ${list}.`;
}

/** Steps side by side: a parallel group's done count ("22 af 22"), skipped steps not counted. */
export interface ParallelProgress {
  group: string;
  done: number;
  total: number;
}

export function parallelProgress(steps: readonly (GateStep & { parallelGroup: string | null })[]): ParallelProgress[] {
  const groups = new Map<string, ParallelProgress>();
  for (const step of steps) {
    if (!step.parallelGroup || step.status === 'skipped') continue;
    const progress = groups.get(step.parallelGroup) ?? { group: step.parallelGroup, done: 0, total: 0 };
    progress.total++;
    if (isStepDone(step)) progress.done++;
    groups.set(step.parallelGroup, progress);
  }
  return [...groups.values()];
}

/** "22 af 22" */
export function progressLabel(progress: Pick<ParallelProgress, 'done' | 'total'>): string {
  return `${progress.done} af ${progress.total}`;
}

export const PROCESS_LIMITS = { titleMax: 300, descriptionMax: 5_000, reasonMax: 2_000, stepsMax: 500 } as const;

const MONTH_WORDS: Record<string, number> = Object.fromEntries([
  ...MONTHS.map((name, i) => [name, i + 1]),
  ...SHORT_MONTHS.map((name, i) => [name.replace('.', ''), i + 1]),
  ['sept', 9],
]);

/** "aug", "august", "2026-08" (with `year` for the words) → "YYYY-MM"; null when not a month. */
function monthOf(word: string, year: string | null): string | null {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(word);
  if (iso) {
    const month = `${iso[1]}-${iso[2].padStart(2, '0')}`;
    return isMonth(month) ? month : null;
  }
  const number = MONTH_WORDS[word.toLowerCase().replace(/\.$/, '')];
  return number && year ? `${year}-${String(number).padStart(2, '0')}` : null;
}

/**
 * A due as the secretariat types it: a day ("2027-04-01" or "1.4.2027"), a month ("2026-08", "august 2026", "aug. 2026") or a span of months ("2026-08/2026-09",
 * "aug./sep. 2026", "juni–oktober 2026", "nov. 2026–jan. 2027"). Empty: no due. Null when it is none of these.
 */
export function parseDueInput(text: string): StepDue | null {
  const value = text.trim().replace(/\s+/g, ' ');
  if (!value) return { dueOn: null, dueMonth: null, dueMonthEnd: null };
  const day = parseDateInput(value);
  if (day.ok) return { dueOn: day.date, dueMonth: null, dueMonthEnd: null };
  const parts = value.split(/\s*[/–—]\s*|\s+-\s+|\s+til\s+/);
  if (parts.length > 2) return null;
  const yearOf = (part: string) => /(\d{4})$/.exec(part)?.[1] ?? null;
  const last = parts[parts.length - 1];
  const lastYear = yearOf(last);
  const monthText = (part: string) => part.replace(/\s*\d{4}$/, '').trim() || part;
  const start = monthOf(
    /^\d{4}-\d{1,2}$/.test(parts[0]) ? parts[0] : monthText(parts[0]),
    yearOf(parts[0]) ?? lastYear,
  );
  const end = parts.length === 2 ? monthOf(/^\d{4}-\d{1,2}$/.test(last) ? last : monthText(last), lastYear) : null;
  if (!start || (parts.length === 2 && (!end || end < start))) return null;
  return { dueOn: null, dueMonth: start, dueMonthEnd: end === start ? null : end };
}
