/**
 * The meeting calendar (mødeplan): a body's plan for the year — ordinary meetings, seminars,
 * conferences, visits — and the Danish words for it. Pure.
 */

import { formatMeetingDate } from './danish-dates.js';
import { MEETING_KINDS, type MeetingKind } from './meeting.js';

/** A plan entry is a meeting of one of the usual kinds. */
export const PLAN_ENTRY_KINDS = MEETING_KINDS;
export type PlanEntryKind = MeetingKind;

export function isPlanEntryKind(value: unknown): value is PlanEntryKind {
  return (PLAN_ENTRY_KINDS as readonly unknown[]).includes(value);
}

/**
 * "tirsdag d. 28. april 2026 kl. 8.00-12.00", or for an entry over two days
 * "torsdag d. 20. august 2026 kl. 12.00 til fredag d. 21. august 2026 kl. 12.00".
 */
export function planEntryWhen(entry: {
  plannedOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
}): string {
  // "kl. 8.00", as the calendars are written ("fra kl. 8.00 til kl. 12.00").
  const dot = (time: string) => time.replace(/^0(\d)/, '$1').replace(':', '.');
  const at = (date: string, time: string | null) => `${formatMeetingDate(date)}${time ? ` kl. ${dot(time)}` : ''}`;
  if (entry.endsOn && entry.endsOn !== entry.plannedOn) {
    return `${at(entry.plannedOn, entry.startTime)} til ${at(entry.endsOn, entry.endTime)}`;
  }
  const day = formatMeetingDate(entry.plannedOn);
  if (entry.startTime && entry.endTime) return `${day} kl. ${dot(entry.startTime)}-${dot(entry.endTime)}`;
  if (entry.startTime) return `${day} kl. ${dot(entry.startTime)}`;
  return day;
}

export const PLAN_LIMITS = { titleMax: 300, locationMax: 300, noteMax: 5_000 } as const;

/** The fields of a plan entry, as the secretariat fills them in. */
export interface PlanEntryFields {
  kind: PlanEntryKind;
  title: string;
  plannedOn: string;
  endsOn: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
}

/** An entry as a change records it (before and after); the kind as it was recorded. */
export interface PlanEntryState extends Omit<PlanEntryFields, 'kind'> {
  kind: string;
  isCancelled: boolean;
}

/**
 * What a change did, in Danish: "Sat i planen", "Aflyst", "Genoptaget", "Flyttet fra … til …",
 * "Titel og sted ændret" — several at once joined with "; ".
 */
export function describePlanChange(before: PlanEntryState | null, after: PlanEntryState): string {
  if (before === null) return 'Sat i planen';
  const parts: string[] = [];
  if (!before.isCancelled && after.isCancelled) parts.push('Aflyst');
  if (before.isCancelled && !after.isCancelled) parts.push('Genoptaget');
  const when = (entry: PlanEntryState) => planEntryWhen(entry);
  if (when(before) !== when(after)) parts.push(`Flyttet fra ${when(before)} til ${when(after)}`);
  const changed = [
    before.title !== after.title ? 'titel' : null,
    before.kind !== after.kind ? 'slags' : null,
    (before.location ?? '') !== (after.location ?? '') ? 'sted' : null,
  ].filter((part): part is string => part !== null);
  if (changed.length > 0) {
    const list =
      changed.length === 1 ? changed[0] : `${changed.slice(0, -1).join(', ')} og ${changed[changed.length - 1]}`;
    parts.push(`${list.charAt(0).toUpperCase()}${list.slice(1)} ændret`);
  }
  return parts.length > 0 ? parts.join('; ') : 'Ændret';
}
