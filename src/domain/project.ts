/**
 * Grants and projects (tilskud og projekter): a project draws on a frame's allocation (the frame
 * and its recipient) or on an outside pool (pulje). Pure rules:
 *
 * - the lifecycle: applied → granted → running → (extended) → evaluated → into operation /
 *   continued with changes / stopped; `checkTransition` refuses any other step with the current
 *   status and the allowed next ones (their words are render/messages/projects.ts's);
 * - granting never over-commits a frame's part (`checkGrant`, on frame.ts's `checkCommitment`):
 *   refused with the amount left;
 * - committed per allocation = the sum over its projects of what each holds (`committedOre`): a
 *   granted project holds its granted amount minus what it gave back (`returnedOre`). The minutes
 *   say "Uforbrugte penge skal betales tilbage": money paid out and spent stays spent, the unspent
 *   rest is repaid. So a project that stops gives back, from the day it stops, the amount recorded
 *   on the stop transition — by default its unspent rest, granted minus spent (`returnOnStop`) —
 *   and only what it spent stays committed; the rest of its part is free for other projects;
 * - spending (forbrug): the secretariat records what a project spent (amount, date, note; several
 *   entries); it never goes above what the project holds (granted minus returned): refused with
 *   the amount left (`checkSpending`);
 * - status reports due every `everyMonths` months (yearly unless the frame says otherwise) from
 *   the start date until the period's end (`reportDueDates`).
 */
import { type CommitmentCheck, checkCommitment } from './frame.js';

export const PROJECT_STATUSES = [
  'applied',
  'granted',
  'running',
  'extended',
  'evaluated',
  'in_operation',
  'continued_with_changes',
  'stopped',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** From each status, the statuses a decision may move a project to. */
export const NEXT_STATUSES: Record<ProjectStatus, readonly ProjectStatus[]> = {
  applied: ['granted', 'stopped'],
  granted: ['running', 'stopped'],
  running: ['extended', 'evaluated', 'stopped'],
  extended: ['extended', 'evaluated', 'stopped'],
  evaluated: ['in_operation', 'continued_with_changes', 'stopped'],
  continued_with_changes: ['extended', 'evaluated', 'stopped'],
  in_operation: [],
  stopped: [],
};

export type TransitionCheck =
  | { ok: true }
  | { ok: false; reason: 'not_allowed'; current: ProjectStatus; allowed: readonly ProjectStatus[] };

/** Whether a project in `current` may move to `next`; refused with the allowed next statuses. */
export function checkTransition(current: ProjectStatus, next: ProjectStatus): TransitionCheck {
  const allowed = NEXT_STATUSES[current];
  return allowed.includes(next) ? { ok: true } : { ok: false, reason: 'not_allowed', current, allowed };
}

/** Whether a project in this status holds its granted amount of its frame's part. */
export function isCommitting(status: ProjectStatus): boolean {
  return status !== 'applied';
}

export interface ProjectMoney {
  status: ProjectStatus;
  grantedOre: bigint | null;
  /** What the project gave back when it stopped (null: nothing, or not stopped). */
  returnedOre?: bigint | null;
}

/** What one project holds of its frame's part: granted minus returned (0 while only applied for). */
export function projectCommittedOre(project: ProjectMoney): bigint {
  if (!isCommitting(project.status) || project.grantedOre === null) return 0n;
  const held = project.grantedOre - (project.returnedOre ?? 0n);
  return held > 0n ? held : 0n;
}

/** What the projects on one allocation commit: the sum of what each holds (granted minus returned). */
export function committedOre(projects: readonly ProjectMoney[]): bigint {
  let sum = 0n;
  for (const project of projects) sum += projectCommittedOre(project);
  return sum;
}

/** The sum of a project's spending entries. */
export function spentOre(entries: readonly { amountOre: bigint }[]): bigint {
  let sum = 0n;
  for (const entry of entries) sum += entry.amountOre;
  return sum;
}

export type SpendingCheck =
  | { ok: true; leftOre: bigint }
  | { ok: false; reason: 'not_granted' | 'not_positive' }
  | { ok: false; reason: 'over_granted'; leftOre: bigint };

/**
 * Whether `amountOre` more can be recorded as spent by a project that has spent `spentOre`: only
 * a granted project, only a positive amount, never more than it holds (granted minus returned) —
 * refused with the amount left.
 */
export function checkSpending(input: ProjectMoney & { spentOre: bigint; amountOre: bigint }): SpendingCheck {
  if (!isCommitting(input.status) || input.grantedOre === null) return { ok: false, reason: 'not_granted' };
  if (input.amountOre <= 0n) return { ok: false, reason: 'not_positive' };
  const left = projectCommittedOre(input) - input.spentOre;
  const clamped = left > 0n ? left : 0n;
  if (input.amountOre > clamped) return { ok: false, reason: 'over_granted', leftOre: clamped };
  return { ok: true, leftOre: clamped - input.amountOre };
}

export type ReturnCheck =
  | { ok: true; returnedOre: bigint | null }
  | { ok: false; reason: 'return_out_of_range'; unspentOre: bigint };

/**
 * What a project gives back when it stops: the amount given (from 0 up to its unspent rest), or by
 * default the unspent rest (granted minus spent); null for a project never granted.
 */
export function returnOnStop(input: {
  grantedOre: bigint | null;
  spentOre: bigint;
  returnedOre?: bigint | null;
}): ReturnCheck {
  if (input.grantedOre === null) return { ok: true, returnedOre: null };
  const rest = input.grantedOre - input.spentOre;
  const unspent = rest > 0n ? rest : 0n;
  const returned = input.returnedOre ?? unspent;
  if (returned < 0n || returned > unspent) return { ok: false, reason: 'return_out_of_range', unspentOre: unspent };
  return { ok: true, returnedOre: returned };
}

/**
 * Whether `amountOre` can be granted from a part of `allocatedOre` of which the other projects
 * (`committedOre`) hold some already: refused with the amount left.
 */
export function checkGrant(input: { allocatedOre: bigint; committedOre: bigint; amountOre: bigint }): CommitmentCheck {
  return checkCommitment(input);
}

/** Months between status reports unless the frame says otherwise: yearly. */
export const REPORT_EVERY_MONTHS = 12;

/** The most status reports one project is given (a guard against a century-long period). */
const MAX_REPORTS = 50;

/** `date` ("YYYY-MM-DD") plus `months`, the day kept or the month's last day (31 January + 1 month: 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(day, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The dates status reports are due: every `everyMonths` months from the start, up to and including
 * the period's end (`endsOn`, or the extension's end); with no end given, the first one only. A
 * period shorter than one interval still gets one report, at its end.
 */
export function reportDueDates(input: { startsOn: string; endsOn: string | null; everyMonths?: number }): string[] {
  const every = input.everyMonths ?? REPORT_EVERY_MONTHS;
  if (!Number.isInteger(every) || every < 1) return [];
  const first = addMonths(input.startsOn, every);
  if (input.endsOn === null) return [first];
  if (input.endsOn <= input.startsOn) return [];
  const dates: string[] = [];
  for (let n = 1; n <= MAX_REPORTS; n++) {
    const due = addMonths(input.startsOn, every * n);
    if (due > input.endsOn) break;
    dates.push(due);
  }
  return dates.length > 0 ? dates : [input.endsOn];
}

/** The period's end as it stands: the extension's end when extended. */
export function periodEnd(project: { endsOn: string | null; extendedTo: string | null }): string | null {
  return project.extendedTo ?? project.endsOn;
}

export const PROJECT_LIMITS = {
  nameMax: 300,
  purposeMax: 5_000,
  poolMax: 300,
  noteMax: 2_000,
  reportMax: 20_000,
  spendingNoteMax: 500,
} as const;
