/**
 * A body's year on its public meeting plan: its meetings (published or imported, held, coming or
 * cancelled) and the plan's own entries, one line per meeting. A plan entry on the day of a
 * meeting is that meeting: its title, kind and changes go with the meeting's line.
 */
import type { PlanEntryRow, PlanMeetingRow } from '../../db/queries/meeting-plan.js';
import { planEntryWhen } from '../../domain/meeting-plan.js';
import type { PlanEntryView } from '../../render/html/questions/meeting-plan-pages.js';
import { LABELS } from '../../render/i18n.js';
import { presentPlanEntry } from './presenters.js';

function meetingState(meeting: PlanMeetingRow, today: string): string {
  if (meeting.status === 'cancelled') return LABELS.da.meetingStatus.cancelled;
  const when = meeting.heldOn < today ? 'Holdt' : 'Kommende';
  return meeting.status === 'planned' || meeting.status === 'held'
    ? when
    : `${when} · ${LABELS.da.meetingStatus[meeting.status].toLowerCase()}`;
}

function presentPlanMeeting(meeting: PlanMeetingRow, entry: PlanEntryRow | undefined, today: string): PlanEntryView {
  const planned = entry ? presentPlanEntry(entry, { editable: false }) : null;
  return {
    id: planned?.id ?? 0,
    kindLabel: planned?.kindLabel ?? '',
    title: planned?.title ?? LABELS.da.meetingKind[meeting.kind],
    // A planned entry over several days keeps its span; else the meeting's own date and time.
    whenText:
      entry?.endsOn && planned
        ? planned.whenText
        : planEntryWhen({
            plannedOn: meeting.heldOn,
            endsOn: null,
            startTime: meeting.startTime,
            endTime: meeting.endTime,
          }),
    date: meeting.heldOn,
    location: meeting.location ?? planned?.location ?? null,
    isCancelled: meeting.status === 'cancelled',
    changes: planned?.changes ?? [],
    meeting: { href: `/moede/${meeting.id}`, stateLabel: meetingState(meeting, today) },
  };
}

/** The year's meetings and plan entries in date order, each meeting once. */
export function presentYearPlan(input: {
  entries: PlanEntryRow[];
  meetings: PlanMeetingRow[];
  today: string;
}): PlanEntryView[] {
  const { entries, meetings, today } = input;
  const used = new Set<number>();
  const lines = meetings.map((meeting) => {
    const entry = entries.find((candidate) => candidate.plannedOn === meeting.heldOn && !used.has(candidate.id));
    if (entry) used.add(entry.id);
    return presentPlanMeeting(meeting, entry, today);
  });
  const plannedOnly = entries
    .filter((entry) => !used.has(entry.id))
    .map((entry) => presentPlanEntry(entry, { editable: false }));
  return [...lines, ...plannedOnly].sort((a, b) => a.date.localeCompare(b.date));
}
