import { DECISION_OUTCOMES, type DecisionOutcome, makeDecision } from './decision.js';
import type { AgendaItem, MeetingDocument, Participant } from './meeting-document.js';

export type VersionKind = 'agenda' | 'minutes';

export interface DraftParticipant {
  name: string;
  role: string | null;
  isAbsent: boolean;
}

export interface DraftItemContent {
  title: string;
  timeSlot: string | null;
  caseNumber: string | null;
  isClosed: boolean;
  sections: { kind: string; heading: string; text: string }[];
  decision: {
    text: string;
    outcome: string | null;
    dissents: string[] | null;
    decidedOn: string | null;
  } | null;
  absentees: { name: string; role: string | null }[];
  attachments: { title: string; isClosed: boolean }[];
}

export interface DraftMeeting {
  bodyName: string;
  heldOn: string;
  startTime: string | null;
  location: string | null;
  participants: DraftParticipant[];
  /** In agenda order; numbered 1, 2, 3 … by their place. */
  items: DraftItemContent[];
}

export const LIMITS = {
  titleMax: 500,
  sectionMax: 100_000,
  decisionMax: 50_000,
  reasonMax: 2_000,
  locationMax: 300,
  caseNumberMax: 100,
  participantsMax: 200,
  nameMax: 200,
} as const;

export function isDecisionOutcome(value: unknown): value is DecisionOutcome {
  return (DECISION_OUTCOMES as readonly unknown[]).includes(value);
}

/** The decision as published: text, outcome (as set, or derived), parts and dissents (as listed, or derived). */
export function publishedDecision(decision: NonNullable<DraftItemContent['decision']>) {
  const derived = makeDecision(decision.text, decision.decidedOn);
  return {
    ...derived,
    outcome: isDecisionOutcome(decision.outcome) ? decision.outcome : derived.outcome,
    dissents: decision.dissents ?? derived.dissents,
  };
}

/**
 * The meeting document to publish. The agenda carries no decision and no absentees (a decision
 * recorded early is published with the minutes, never before); the minutes carry all of it.
 * Closed items keep their content: this is the members' view.
 */
export function draftDocument(meeting: DraftMeeting, kind: VersionKind): MeetingDocument {
  const isMinutes = kind === 'minutes';
  const participants: Participant[] = meeting.participants.map((participant) => ({
    name: participant.name,
    party: null,
    organization: null,
    role: participant.role,
    absent: isMinutes ? participant.isAbsent : false,
  }));
  const items: AgendaItem[] = meeting.items.map((item, index) => ({
    number: index + 1,
    title: item.title,
    timeSlot: item.timeSlot,
    caseNumber: item.caseNumber,
    documentId: null,
    closed: item.isClosed,
    sections: item.sections
      .filter((section) => section.text.trim() !== '')
      .map((section) => ({ heading: section.heading, text: section.text.trim() })),
    decision: isMinutes && item.decision && item.decision.text.trim() !== '' ? publishedDecision(item.decision) : null,
    attachments: item.attachments.map((attachment) => ({
      title: attachment.title,
      documentId: null,
      ...(attachment.isClosed ? { closed: true } : {}),
    })),
    absent: isMinutes ? item.absentees.map((absentee) => ({ name: absentee.name, role: absentee.role })) : [],
  }));
  return {
    body: meeting.bodyName,
    documentType: isMinutes ? 'referat' : 'dagsorden',
    date: meeting.heldOn,
    startTime: meeting.startTime,
    location: meeting.location,
    participants,
    items,
    warnings: [],
    sourceId: null,
  };
}

/** "14.30", "14:30", "9.00", "kl. 9" → "14:30" / "09:00"; null when it is no time of day. */
export function normalizeClock(value: string): string | null {
  const match = /^\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?\s*$/i.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "14.30-15.00", "14:30 – 15:00" → "14.30-15.00" (the printed form); null when it is no slot. */
export function normalizeTimeSlot(value: string): string | null {
  const match = /^\s*([\d.:]+)\s*[-–—]\s*([\d.:]+)\s*$/.exec(value);
  if (!match) return null;
  const from = normalizeClock(match[1]);
  const to = normalizeClock(match[2]);
  if (!from || !to || to <= from) return null;
  return `${from.replace(':', '.')}-${to.replace(':', '.')}`;
}

/** One participant per line, "Navn" or "Navn, rolle"; blank lines are skipped. */
export function parseParticipantLines(text: string, isAbsent: boolean): DraftParticipant[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const comma = line.indexOf(',');
      const name = (comma === -1 ? line : line.slice(0, comma)).trim().slice(0, LIMITS.nameMax);
      const role =
        comma === -1
          ? ''
          : line
              .slice(comma + 1)
              .trim()
              .slice(0, LIMITS.nameMax);
      return { name, role: role === '' ? null : role, isAbsent };
    })
    .filter((participant) => participant.name !== '');
}

/** The participants back as lines for the form. */
export function participantLines(participants: readonly { name: string; role: string | null }[]): string {
  return participants.map((p) => (p.role ? `${p.name}, ${p.role}` : p.name)).join('\n');
}
