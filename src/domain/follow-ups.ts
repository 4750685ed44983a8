/**
 * Follow-ups (opfølgning): what a decision asks for by a date. States: open → done | cancelled.
 * Pure; expected refusals are values; dates are Danish calendar dates ("YYYY-MM-DD").
 */
import { deadlineStatus } from './deadlines.js';

export const FOLLOW_UP_STATES = ['open', 'done', 'cancelled'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export type FollowUpEvent = 'complete' | 'cancel';
export type FollowUpRefusal = 'already-done' | 'already-cancelled';

export type FollowUpTransition = { ok: true; state: FollowUpState } | { ok: false; reason: FollowUpRefusal };

/** Only an open follow-up can be completed or cancelled. */
export function transitionFollowUp(current: FollowUpState, event: FollowUpEvent): FollowUpTransition {
  if (current === 'done') return { ok: false, reason: 'already-done' };
  if (current === 'cancelled') return { ok: false, reason: 'already-cancelled' };
  return { ok: true, state: event === 'complete' ? 'done' : 'cancelled' };
}

/** Days before the due date from which a follow-up counts as due (and its notification goes out). */
export const FOLLOW_UP_WARN_DAYS = 7;

export type FollowUpTiming = 'on_time' | 'due_soon' | 'overdue' | 'closed';

/** Where an open follow-up stands on `today`; closed ones no longer run. */
export function followUpTiming(input: { state: FollowUpState; dueOn: string; today: string }): FollowUpTiming {
  if (input.state !== 'open') return 'closed';
  const status = deadlineStatus({
    dueOn: input.dueOn,
    answeredOn: null,
    today: input.today,
    warnDays: FOLLOW_UP_WARN_DAYS,
  });
  return status.status === 'overdue' ? 'overdue' : status.status === 'due_soon' ? 'due_soon' : 'on_time';
}

export const FOLLOW_UP_LIMITS = { whatMax: 2_000, responsibleMax: 300, noteMax: 5_000 } as const;
