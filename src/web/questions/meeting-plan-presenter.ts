/**
 * A body's year on its public meeting plan: its meetings (published or imported, held, coming or
 * cancelled) and the plan's own entries, one line per meeting. A plan entry on the day of a
 * meeting is that meeting: its title, kind and changes go with the meeting's line.
 */
import type { PlanEntryRow, PlanMeetingRow } from '../../db/queries/meeting-plan.js';
import { planEntryWhen } from '../../domain/meeting-plan.js';
import type { PlanEntryView } from '../../render/html/questions/meeting-plan-pages.js';
import { LABELS, type Lang } from '../../render/i18n.js';
import { QUESTION_MESSAGES } from '../../render/messages/questions.js';
import { presentPlanEntry } from './presenters.js';

function meetingState(meeting: PlanMeetingRow, today: string, lang: Lang): string {
  if (meeting.status === 'cancelled') return LABELS[lang].meetingStatus.cancelled;
  const m = QUESTION_MESSAGES[lang].plan;
  const when = meeting.heldOn < today ? m.held : m.coming;
  return meeting.status === 'planned' || meeting.status === 'held'
    ? when
    : `${when} · ${LABELS[lang].meetingStatus[meeting.status].toLowerCase()}`;
}

function presentPlanMeeting(
  meeting: PlanMeetingRow,
  entry: PlanEntryRow | undefined,
  today: string,
  lang: Lang,
): PlanEntryView {
  const planned = entry ? presentPlanEntry(entry, { editable: false, lang }) : null;
  return {
    id: planned?.id ?? 0,
    kindLabel: planned?.kindLabel ?? '',
    title: planned?.title ?? LABELS[lang].meetingKind[meeting.kind],
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
    meeting: { href: `/moede/${meeting.id}`, stateLabel: meetingState(meeting, today, lang) },
  };
}

/** The year's meetings and plan entries in date order, each meeting once. */
export function presentYearPlan(input: {
  entries: PlanEntryRow[];
  meetings: PlanMeetingRow[];
  today: string;
  lang: Lang;
}): PlanEntryView[] {
  const { entries, meetings, today, lang } = input;
  const used = new Set<number>();
  const lines = meetings.map((meeting) => {
    const entry = entries.find((candidate) => candidate.plannedOn === meeting.heldOn && !used.has(candidate.id));
    if (entry) used.add(entry.id);
    return presentPlanMeeting(meeting, entry, today, lang);
  });
  const plannedOnly = entries
    .filter((entry) => !used.has(entry.id))
    .map((entry) => presentPlanEntry(entry, { editable: false, lang }));
  return [...lines, ...plannedOnly].sort((a, b) => a.date.localeCompare(b.date));
}
