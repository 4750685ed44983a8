/** Meetings: their statuses and kinds, and the Danish calendar date that "upcoming" and "latest" count from. */
import { copenhagenParts } from './copenhagen-time.js';

export const MEETING_STATUSES = ['planned', 'agenda_published', 'held', 'minutes_published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_KINDS = ['ordinary', 'extraordinary', 'seminar', 'conference', 'visit'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Today's calendar date in Denmark ("YYYY-MM-DD"), for "upcoming" and "latest". */
export function copenhagenDate(now: Date): string {
  return copenhagenParts(now).date;
}
