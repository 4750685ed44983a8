/** The fields of a meeting-plan entry and their checks, shared by plan-meeting and change-meeting-plan. */
import type { PlanEntrySnapshot } from '../../db/stores/meeting-plan.js';
import { isWallTime } from '../../domain/copenhagen-time.js';
import { isCalendarDate } from '../../domain/deadlines.js';
import { isPlanEntryKind, PLAN_LIMITS, type PlanEntryFields } from '../../domain/meeting-plan.js';

export type PlanEntryRefusal =
  | 'kind_invalid'
  | 'title_missing'
  | 'title_too_long'
  | 'date_invalid'
  | 'end_date_invalid'
  | 'time_invalid'
  | 'location_too_long'
  | 'note_too_long';

export function validatePlanEntry(
  entry: PlanEntryFields,
  note: string,
): { ok: true; entry: PlanEntryFields; note: string | null } | { ok: false; reason: PlanEntryRefusal } {
  const title = entry.title.trim();
  const location = entry.location?.trim() || null;
  const endsOn = entry.endsOn || null;
  const startTime = entry.startTime || null;
  const endTime = entry.endTime || null;
  if (!isPlanEntryKind(entry.kind)) return { ok: false, reason: 'kind_invalid' };
  if (!title) return { ok: false, reason: 'title_missing' };
  if (title.length > PLAN_LIMITS.titleMax) return { ok: false, reason: 'title_too_long' };
  if (!isCalendarDate(entry.plannedOn)) return { ok: false, reason: 'date_invalid' };
  if (endsOn !== null && (!isCalendarDate(endsOn) || endsOn < entry.plannedOn)) {
    return { ok: false, reason: 'end_date_invalid' };
  }
  if ((startTime !== null && !isWallTime(startTime)) || (endTime !== null && !isWallTime(endTime))) {
    return { ok: false, reason: 'time_invalid' };
  }
  if (location && location.length > PLAN_LIMITS.locationMax) return { ok: false, reason: 'location_too_long' };
  if (note.trim().length > PLAN_LIMITS.noteMax) return { ok: false, reason: 'note_too_long' };
  return {
    ok: true,
    entry: { kind: entry.kind, title, plannedOn: entry.plannedOn, endsOn, startTime, endTime, location },
    note: note.trim() || null,
  };
}

export function snapshotOf(entry: PlanEntryFields & { isCancelled: boolean }): PlanEntrySnapshot {
  return {
    kind: entry.kind,
    title: entry.title,
    plannedOn: entry.plannedOn,
    endsOn: entry.endsOn,
    startTime: entry.startTime,
    endTime: entry.endTime,
    location: entry.location,
    isCancelled: entry.isCancelled,
  };
}
