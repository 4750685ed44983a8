/**
 * A body's rules of procedure (forretningsorden) for the members' daily work, pure:
 * - how minutes are approved (godkendelse af referat): at the next meeting, or by the members
 *   within N working days (hverdage) of sending, silence counting as approval or not;
 * - the deadline for requesting an item (anmodning om optagelse af punkt): N calendar days before
 *   the meeting, moved back to the working day before when it falls on a weekend or holiday; a
 *   request after it is for the next meeting after.
 * Every date is a Danish calendar date ("YYYY-MM-DD"; `copenhagenDate` turns an instant into one).
 */
import { addDays } from './danish-dates.js';
import { computeDeadline } from './deadlines.js';
import { isWorkingDay } from './holidays.js';

export const MINUTES_APPROVAL_KINDS = ['next_meeting', 'members_within_days'] as const;
export type MinutesApprovalKind = (typeof MINUTES_APPROVAL_KINDS)[number];

export const ITEM_REQUEST_STATES = ['pending', 'accepted', 'declined'] as const;

export interface ProcedureRules {
  minutesApproval: MinutesApprovalKind;
  /** Working days (hverdage) the members have to answer, counted from the day after sending. */
  approvalWorkingDays: number;
  silenceIsApproval: boolean;
  /** Calendar days before the meeting a request for an item must come. */
  itemRequestDaysBefore: number;
}

/** A body that has set nothing: minutes approved at the next meeting; requests 11 days before. */
export const DEFAULT_PROCEDURE_RULES: ProcedureRules = {
  minutesApproval: 'next_meeting',
  approvalWorkingDays: 3,
  silenceIsApproval: true,
  itemRequestDaysBefore: 11,
};

export const PROCEDURE_LIMITS = { approvalWorkingDaysMax: 30, itemRequestDaysBeforeMax: 90 } as const;

/** The last day to answer draft minutes sent on `sentOn`: N working days after, holidays passed over. */
export function approvalDueOn(sentOn: string, workingDays: number): string {
  return computeDeadline({ receivedOn: sentOn, rule: { kind: 'working_days', days: workingDays } }).dueOn;
}

/**
 * The last day to request an item on a meeting held on `heldOn`: `daysBefore` calendar days before,
 * moved back to the working day before when that day is a weekend or holiday.
 */
export function itemRequestDeadline(heldOn: string, daysBefore: number): string {
  let day = addDays(heldOn, -daysBefore);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

export interface ComingMeeting {
  id: number;
  heldOn: string;
}

export type RequestPlacement =
  | { ok: true; meeting: ComingMeeting; isLate: boolean; deadlineOn: string }
  /** Too late for the asked meeting and no later meeting is planned yet. */
  | { ok: false; reason: 'no_later_meeting'; deadlineOn: string };

/**
 * Which meeting a request received on `receivedOn` is for: the asked one when on time (on or
 * before its deadline), else the first of `later` (the body's coming meetings after it, by date).
 */
export function placeItemRequest(input: {
  receivedOn: string;
  asked: ComingMeeting;
  later: readonly ComingMeeting[];
  daysBefore: number;
}): RequestPlacement {
  const deadlineOn = itemRequestDeadline(input.asked.heldOn, input.daysBefore);
  if (input.receivedOn <= deadlineOn) return { ok: true, meeting: input.asked, isLate: false, deadlineOn };
  const next = [...input.later]
    .filter((meeting) => meeting.heldOn > input.asked.heldOn)
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.id - b.id))[0];
  return next
    ? { ok: true, meeting: next, isLate: true, deadlineOn }
    : { ok: false, reason: 'no_later_meeting', deadlineOn };
}

export interface RoundForApproval {
  minutesApproval: MinutesApprovalKind;
  silenceIsApproval: boolean;
  /** Null under the next-meeting rule. */
  dueOn: string | null;
  members: readonly { name: string; approved: boolean }[];
}

export interface ApprovalState {
  /** The minutes may be published. */
  met: boolean;
  /** The answering period is over (within-N-days rule). */
  periodOver: boolean;
  /** The members who have not approved (by name, in the round's order). */
  missing: string[];
}

/**
 * Whether a round's rule is met on `today`: under the next-meeting rule always (the meeting
 * approves); under the within-N-days rule when every member approved, or when the period is over
 * and silence counts as approval.
 */
export function approvalState(round: RoundForApproval, today: string): ApprovalState {
  const missing = round.members.filter((member) => !member.approved).map((member) => member.name);
  if (round.minutesApproval === 'next_meeting') return { met: true, periodOver: false, missing };
  const periodOver = round.dueOn !== null && today > round.dueOn;
  return { met: missing.length === 0 || (periodOver && round.silenceIsApproval), periodOver, missing };
}

/**
 * Why minutes under the within-N-days rule may not be published yet: no round was sent, the draft
 * changed since the last round (send the corrected draft again), or members have not approved
 * (named; `dueOn` the end of their period).
 */
export interface MinutesApprovalRefusal {
  reason: 'round_missing' | 'round_outdated' | 'approval_missing';
  missing: string[];
  dueOn: string | null;
}
