/**
 * A save that names a stale revision (someone saved meanwhile): the fields where the user's
 * change and the saved version differ, for the 409 page's panel ("Din ændring" / "Den gemte
 * version"). Only the rows that differ.
 */
import type { ConflictRow } from '../../render/html/secretariat/shared.js';

const differing = (rows: ConflictRow[]) => rows.filter((row) => row.mine !== row.saved);

interface MeetingFields {
  heldOn: string;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  kind: string;
}

export function meetingConflict(mine: MeetingFields, saved: MeetingFields): ConflictRow[] {
  return differing([
    { label: 'Dato', mine: mine.heldOn, saved: saved.heldOn },
    { label: 'Starttidspunkt', mine: mine.startTime ?? '', saved: saved.startTime ?? '' },
    { label: 'Sluttidspunkt', mine: mine.endTime ?? '', saved: saved.endTime ?? '' },
    { label: 'Sted', mine: mine.location ?? '', saved: saved.location ?? '' },
    { label: 'Mødetype', mine: mine.kind, saved: saved.kind },
  ]);
}

export function participantsConflict(
  mine: { present: string; absent: string },
  saved: { name: string; role: string | null; isAbsent: boolean }[],
): ConflictRow[] {
  const lines = (absent: boolean) =>
    saved
      .filter((p) => p.isAbsent === absent)
      .map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))
      .join('\n');
  return differing([
    { label: 'Deltagere', mine: mine.present.trim(), saved: lines(false) },
    { label: 'Fraværende fra mødet', mine: mine.absent.trim(), saved: lines(true) },
  ]);
}

interface ItemForm {
  title: string;
  timeSlot: string;
  caseNumber: string;
  isClosed: boolean;
  sections: { kind: string; label: string; value: string }[];
}

export function itemConflict(mine: ItemForm, saved: ItemForm): ConflictRow[] {
  const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');
  return differing([
    { label: 'Titel', mine: mine.title, saved: saved.title },
    { label: 'Tidspunkt', mine: mine.timeSlot, saved: saved.timeSlot },
    { label: 'Sagsnummer', mine: mine.caseNumber, saved: saved.caseNumber },
    { label: 'Lukket punkt', mine: yesNo(mine.isClosed), saved: yesNo(saved.isClosed) },
    ...mine.sections.map((section) => ({
      label: section.label,
      mine: section.value.trim(),
      saved: (saved.sections.find((s) => s.kind === section.kind)?.value ?? '').trim(),
    })),
  ]);
}

interface DecisionForm {
  text: string;
  outcome: string;
  dissents: string;
  absentees: string;
}

export function decisionConflict(mine: DecisionForm, saved: DecisionForm): ConflictRow[] {
  return differing([
    { label: 'Beslutning', mine: mine.text, saved: saved.text },
    { label: 'Udfald', mine: mine.outcome, saved: saved.outcome },
    { label: 'Mindretal og forbehold', mine: mine.dissents, saved: saved.dissents },
    { label: 'Fraværende under punktet', mine: mine.absentees, saved: saved.absentees },
  ]);
}
