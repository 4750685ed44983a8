/** Meetings as the public reads about them: status labels and the Danish document title. */
import { formatMeetingDate } from './danish-dates.js';
import type { DocumentType } from './meeting-document.js';

export const MEETING_STATUSES = ['planned', 'agenda_published', 'held', 'minutes_published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  planned: 'Planlagt',
  agenda_published: 'Dagsorden offentliggjort',
  held: 'Afholdt',
  minutes_published: 'Referat offentliggjort',
  cancelled: 'Aflyst',
};

export const MEETING_KINDS = ['ordinary', 'extraordinary', 'seminar', 'conference', 'visit'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  ordinary: 'Ordinært møde',
  extraordinary: 'Ekstraordinært møde',
  seminar: 'Seminar',
  conference: 'Konference',
  visit: 'Besøg',
};

export const DOCUMENT_KIND_LABELS: Record<DocumentType, string> = {
  referat: 'Referat',
  dagsorden: 'Dagsorden',
};

/**
 * "Referat, Sundhedsråd Sønderjylland, mandag d. 23. marts 2026 kl. 17.30": the form Danish
 * minutes are titled in. Without a document the meeting is called "Møde".
 */
export function meetingTitle(input: {
  documentType: DocumentType | null;
  bodyName: string;
  heldOn: string;
  startTime: string | null;
}): string {
  const kind = input.documentType ? DOCUMENT_KIND_LABELS[input.documentType] : 'Møde';
  return `${kind}, ${input.bodyName}, ${formatMeetingDate(input.heldOn, input.startTime)}`;
}

/** Today's calendar date in Denmark ("YYYY-MM-DD"), for "upcoming" and "latest". */
export function copenhagenDate(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
